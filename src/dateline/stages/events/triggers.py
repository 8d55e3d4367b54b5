"""Trigger detection: lexicon verbs and event nouns in a parsed sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.parts_of_speech import IDS

from dateline.stages.events import auxiliary
from dateline.stages.events.copulas import copula_of
from dateline.stages.events.lexicon import Entry, Lexicon
from dateline.stages.events.words import word_lists
from dateline.stages.tokens import token_table

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
#: spaCy's ids of the parts of speech a trigger can have (a cheap filter before any token is read).
TRIGGER_TAGS = frozenset(IDS[pos] for pos in VERB_POS | NOUN_POS | {"ADJ", "PROPN"})
#: Marks after which a capitalised word opens a report's body ("KIRKUK, 4 March – Fighting erupted…").
OPENING_MARKS = frozenset({"–", "—", "-", "--", ":"})
#: Auxiliary links that make a word the parser tagged as an adjective a verb's participle.
_AUXILIARIES = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})
#: Tokens around a trigger head with their word forms (see `_near`).
Near = list[tuple[Any, tuple[str, ...]]]


@dataclass(frozen=True)
class Trigger:
    """A matched predicate: its head token, every token of the matched entry and its candidates."""

    head: Any
    tokens: tuple[Any, ...]
    pos: str
    types: dict[str, str | None]

    @property
    def start(self) -> int:
        return int(min(t.idx for t in self.tokens))

    @property
    def end(self) -> int:
        return int(max(t.idx + len(t) for t in self.tokens))

    @property
    def text(self) -> str:
        return " ".join(t.text for t in sorted(self.tokens, key=lambda t: t.i))


def word_forms(token: Any) -> tuple[str, ...]:
    """The lookup keys of a token: its lemma and its lower-cased form."""
    lemma = token.lemma_.lower()
    return (lemma,) if lemma == token.lower_ else (lemma, token.lower_)


#: Dependencies of an active subject: no word of a phrase its verb heads (a passive subject is: "a body
#: was found").
SUBJECTS = frozenset({"nsubj", "csubj"})
#: Dependencies of a clause with its own predicate under a trigger's head.
OWN_CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "acl", "csubj"})


def _near(token: Any) -> Near:
    """Children and grandchildren (where particles, prepositions and compound parts hang), each with
    its word forms; a verb heading a clause of its own is no word of the phrase ("said it will
    support…" is no "say support"), nor is the subject's phrase."""
    near: Near = []
    for child in token.children:
        if _temporal(child):
            continue  # "called his counterpart on Friday" is no "call on"
        if child.dep_ in SUBJECTS:
            continue  # "the Rapid Support Forces said" is no "say support"
        if not (child.dep_.split(":")[0] in OWN_CLAUSES and child.pos_ in VERB_POS):
            near.append((child, word_forms(child)))
        near += [(grandchild, word_forms(grandchild)) for grandchild in child.children]
        if child.dep_ in OBJECT_DEPS:  # "appelé les autorités à libérer…": the parser hangs the
            near += [  # infinitive the object must carry out on the object itself
                (mark, word_forms(mark))
                for clause in child.children
                if clause.dep_ in {"acl", "xcomp"} and "Inf" in clause.morph.get("VerbForm")
                for mark in clause.children
                if mark.dep_ == "mark"
            ]
    return near


#: Units a recognised DATE names as a length of time ("sentenced to five years"), not a point in it.
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})


def _temporal(child: Any) -> bool:
    """A preposition whose object the recogniser reads as a date or a time ("on Friday", "in March");
    a duration ("to five years") stays a possible word of the trigger ("sentenced to")."""
    return child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} and g.lemma_.lower() not in DURATION_UNITS
        for g in child.children
    )


def _others(entry: Entry, word: str) -> list[str]:
    """The words of `entry` other than the one its head carries."""
    return [other for other in entry.words if other != word]


def _match(
    token: Any, entry: Entry, word: str, near: list[tuple[Any, tuple[str, ...]]]
) -> tuple[Any, ...] | None:
    """The tokens realising `entry` with `token` as the one carrying `word` (`near`: see `_near`), or None."""
    if entry.reflexive and not any(form in word_lists().reflexives for _, forms in near for form in forms):
        return None
    matched = [token]
    for other in _others(entry, word):
        hit = next((t for t, forms in near if other in forms and t not in matched), None)
        if hit is None:
            return None
        matched.append(hit)
    return tuple(matched)


def _part_of_speech(token: Any) -> str | None:
    if nominal_gerund(token):
        return "noun"
    if token.pos_ in VERB_POS or auxiliary.misread_present(token):
        return "verb"  # « Le ministre menace de suspendre… »: "menace" tagged a modifier of "ministre"
    if token.pos_ in NOUN_POS:
        return "noun"
    if token.pos_ == "ADJ" and any(c.dep_ in _AUXILIARIES for c in token.children):
        return "verb"  # a quoted participle the parser took for an adjective: "avoir « neutralisé »"
    if token.pos_ == "PROPN" and opening(token):
        return "noun"  # "KIRKUK, 4 March – Fighting erupted…": a common noun capitalised after a dateline
    return None


def nominal_gerund(token: Any) -> bool:
    """An -ing form the tagger made a verb that stands as a subject with no object of its own: the
    event noun ("Shelling targeted the village", "Fighting pitted the army against…")."""
    if token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass"}:
        return not any(c.dep_ in {"dobj", "obj", "nsubj"} for c in token.children)
    return misread_gerund(token)


def misread_gerund(token: Any) -> bool:
    """A capitalised -ing word opening its sentence that the tagger made an auxiliary of the verb after it
    ("Shelling hit the outskirts of…"): that verb's subject."""
    return (
        token.pos_ == "AUX"
        and token.dep_ == "aux"
        and token.lower_.endswith("ing")
        and token.head.i > token.i
        and token.head.pos_ == "VERB"
        and opening(token)
    )


def opening(token: Any) -> bool:
    """A capitalised word (no other capital) opening a sentence or following a dateline's dash or a colon,
    not followed by a name: the tagger takes such a common noun for a name."""
    if not (token.text[:1].isupper() and token.text[1:].islower()):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (after is not None and after.pos_ == "PROPN") or token.dep_ in {"compound", "amod"}:
        return False  # "Riot police used water cannon": a modifier of the noun after it
    return before is None or before.is_space or before.text in OPENING_MARKS or before.text in {".", "!", "?"}


def token_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    """The longest lexicon entry headed by `token` (candidates merged on ties)."""
    pos = _part_of_speech(token)
    if pos is None:
        return None
    forms = plain_forms(token) if token.pos_ == "PROPN" else word_forms(token)
    if auxiliary.misread_present(token):
        forms = (*forms, *auxiliary.present_infinitives(token))
    candidates = [(word, entry) for word in forms for entry in lexicon.lookup(pos, word)]
    if not candidates and pos == "noun" and auxiliary.misread_verb(token):
        # "qu'ils boycotteraient le scrutin": a rare future or conditional the tagger took for a noun
        pos = "verb"
        candidates = [
            (word, entry) for word in future_infinitives(token) for entry in lexicon.lookup(pos, word)
        ]
    multiword = any(entry.reflexive or _others(entry, word) for word, entry in candidates)
    near = _near(token) if multiword else []
    best: list[tuple[Entry, tuple[Any, ...]]] = []
    for word, entry in candidates:
        tokens = _match(token, entry, word, near)
        if tokens is None:
            continue
        if not best or entry.size > best[0][0].size:
            best = [(entry, tokens)]
        elif entry.size == best[0][0].size:
            best.append((entry, tokens))
    if not best:
        return None
    types: dict[str, str | None] = {}
    for entry, _ in best:
        for category, mode in entry.types.items():
            types.setdefault(category, mode)
    return Trigger(head=token, tokens=best[0][1], pos=pos, types=types)


def plain_forms(token: Any) -> tuple[str, ...]:
    """The lookup keys of a common noun the tagger took for a name (no lemma: spaCy keeps the form):
    the lower-cased form and, for a plural, its singular ("Clashes": clash)."""
    form = token.lower_
    singulars = [form[: -len(end)] for end in ("es", "s") if form.endswith(end) and len(form) > len(end) + 2]
    return (form, *singulars)


def future_infinitives(token: Any) -> list[str]:
    """The infinitives a form may be the future or conditional of ("boycotteraient": boycotter)."""
    form = token.lower_
    endings = auxiliary.FRENCH_CONDITIONAL_ENDINGS | auxiliary.FRENCH_FUTURE_ENDINGS
    stems = {form[: -len(e)] for e in endings if auxiliary.infinitive_plus(form, e)}
    return [f for stem in sorted(stems) for f in (stem, stem + "e")]


def find_triggers(sentence: Any, lexicon: Lexicon) -> list[Trigger]:
    """Triggers in a spaCy sentence span, minus those inside a longer match or carried by a light verb."""
    tags = token_table(sentence.doc).pos[sentence.start : sentence.end]
    candidates = [sentence[j] for j, tag in enumerate(tags) if tag in TRIGGER_TAGS]
    found = [t for t in (token_trigger(token, lexicon) for token in candidates) if t is not None]
    found += [donor for token in candidates if (donor := donor_trigger(token, lexicon)) is not None]
    covered = {tok.i for t in found if len(t.tokens) > 1 for tok in t.tokens[1:]}
    found = [t for t in found if t.head.i not in covered]
    noun_heads = {t.head.i for t in found if t.pos == "noun"}
    noun_heads |= {
        u.i for t in found if t.pos == "noun" and (u := undertaking_of(t.head, lexicon)) is not None
    }
    return [t for t in found if not _light_verb_of_noun(t, noun_heads, lexicon)]


#: Prepositions by which an undertaking noun takes the act it runs ("a campaign of", « une campagne de »).
UNDERTAKING_LINKS = frozenset({"of", "de", "d'", "du", "des"})


def undertaking_of(noun: Any, lexicon: Lexicon) -> Any:
    """The undertaking noun (`undertaking_nouns`) that runs the act `noun` names, which then stands for
    it before a light verb ("launched a cholera vaccination drive": "drive"; "a campaign of air strikes",
    « une opération de secours »); None otherwise."""
    head = noun.head
    if noun.dep_ == "compound":
        owner = head
    elif noun.dep_ == "pobj" and head.lower_ in UNDERTAKING_LINKS:
        owner = head.head
    elif noun.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in UNDERTAKING_LINKS for c in noun.children
    ):
        owner = head
    else:
        return None
    return owner if owner != noun and owner.lemma_.lower() in lexicon.undertaking_nouns else None


def donor_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    """A giver noun predicated of a party ("X remains the largest donor to Y"): ongoing material aid."""
    if token.lemma_.lower() not in lexicon.donor_nouns or copula_of(token) is None:
        return None
    return Trigger(head=token, tokens=(token,), pos="noun", types={"AID": None})


def _light_verb_of_noun(trigger: Trigger, noun_heads: set[int], lexicon: Lexicon) -> bool:
    """A light verb ("mener", "carry out", "hold") whose subject or object is a noun trigger yields to
    it; an occurrence verb only to its subject ("the strike ended", not "they ended the strike")."""
    if trigger.pos != "verb" or len(trigger.tokens) > 1:
        return False
    lemma = trigger.head.lemma_.lower()
    light = lemma in lexicon.light_verbs
    if not light and lemma not in lexicon.occurrence_verbs:
        return False
    deps = light_objects(trigger.head) | SUBJECT_DEPS if light else SUBJECT_DEPS
    if light and any(noun.i in noun_heads for noun in day_objects(trigger.head)):
        return True
    if light and any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lexicon.undertaking_nouns for c in trigger.head.children
    ):
        return True  # "launched an awareness campaign": an undertaking, no weapon launched
    return any(child.i in noun_heads and child.dep_ in deps for child in trigger.head.children)


def day_objects(verb: Any) -> list[Any]:
    """The nouns the French parser hung on a day or time word right after the verb instead of on the
    verb ("a adopté jeudi des mesures restrictives": "mesures" under "jeudi"; "a condamné mardi huit
    hommes", "a rejeté jeudi les dossiers", "ont attaqué dans la nuit de samedi un village": also
    through a chain of time words and as the day's object): the verb's objects."""
    times = word_lists().recent_times
    found = []
    days = [d for d in verb.children if d.dep_ in DAY_SLOTS and d.lemma_.lower() in times and d.i > verb.i]
    while days:
        day = days.pop()
        for child in day.children:
            if child.dep_ == "nummod" and child.i < day.i and partitive(child):
                found.append(child)  # "ont relâché sept d'entre eux samedi": "sept" hung on the day
                continue
            if child.i < day.i or child.dep_ not in DAY_LINKS:
                continue
            if child.lemma_.lower() in times:
                days.append(child)  # "dans la nuit de samedi", "lundi matin"
            elif child.pos_ in {"NOUN", "PROPN"} and _uncased(child):
                found.append(child)
    return sorted(found, key=lambda t: t.i)


def day_verb(noun: Any) -> Any:
    """The verb whose object `noun` is though the parser hung it on a day or time word
    (`day_objects`); None otherwise."""
    times = word_lists().recent_times
    node = noun.head
    for _ in range(4):
        if node.head == node or node.lemma_.lower() not in times:
            return None
        if node.head.pos_ in {"VERB", "AUX"}:
            return node.head if noun in day_objects(node.head) else None
        node = node.head
    return None


#: Links by which the French parser hangs a time word right after a verb on it (an object too: "a
#: annoncé jeudi des sanctions", "jeudi" read as the object).
DAY_SLOTS = frozenset({"obl", "obl:mod", "obl:arg", "obj"})
#: Links by which the French parser hangs a verb's object, or a further time word, on a time word.
DAY_LINKS = frozenset({"nmod", "obj", "obl", "obl:mod"})


def partitive(token: Any) -> bool:
    """A number counting the members of a group ("eight of his supporters", « sept d'entre eux »)."""
    return token.pos_ == "NUM" and any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "nmod" and c.pos_ in {"PRON", "NOUN"})
        for c in token.children
    )


def _uncased(noun: Any) -> bool:
    """No preposition before the noun but a partitive article ("jeudi des mesures")."""
    return all(c.lower_ in {"des", "du"} for c in noun.children if c.dep_ == "case" and c.i < noun.i)


def misread_object(noun: Any, verb: Any) -> bool:
    """An object the French parser read as a time adverbial after a day word ("ont entamé lundi une
    grève illimitée": "grève" as "obl:mod", no preposition but an article), or the complement of a verb
    whose object slot the day took ("ont procédé samedi à l'arrestation": "samedi" as the object)."""
    if noun.dep_ != "obl:mod" or noun.i < verb.i:
        return False
    times = word_lists().recent_times
    if any(c.dep_ == "obj" and c.lemma_.lower() in times and c.i < noun.i for c in verb.children):
        return True
    return not any(c.dep_ == "case" for c in noun.children) and any(c.dep_ == "det" for c in noun.children)


def light_objects(verb: Any) -> frozenset[str]:
    """The links by which a light verb takes its event noun: its object, also the argument oblique the
    French parser gives a partitive or "à" object ("a adopté de nouvelles sanctions", "a procédé à
    des arrestations"), except under "faire" ("faire état de", "faire l'objet de" report, not act)."""
    return OBJECT_DEPS if verb.lemma_.lower() == "faire" else OBJECT_DEPS | {"obl:arg"}


OBJECT_DEPS = frozenset({"obj", "dobj", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
