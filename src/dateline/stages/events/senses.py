"""Triggers that tell no new act: a trigger word used of something that does not act (weather, markets,
a game: the kind of its argument decides, words `nature_nouns`, `market_nouns`, `sport_*`), and an act
the report names only to date its background ("since factions seized the area in 2019", « depuis
l'attaque de 2015 », "the 2009 riots" in a report of a later year)."""

from __future__ import annotations

import re
from typing import Any

from dateline.stages.events.words import WordLists, word_lists

#: Links of a verb's subject, its object and its passive agent.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
OBJECTS = frozenset({"obj", "dobj"})
AGENTS = frozenset({"agent", "obl:agent"})
#: Links up a clause chain ("crushed Uganda 3-0, attacking relentlessly": the attack is the game's).
CHAIN = frozenset({"advcl", "conj", "xcomp"})
SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
YEAR = re.compile(r"^(19|20)\d\d$")


def figurative(head: Any, anchor: Any, sentence: Any) -> str | None:
    """The kind of non-act a trigger tells ("nature", "market", "sport"), or None: weather or a disaster as
    its subject or agent ("storms hit the coast", "villagers cut off by floods"), a market, price or
    currency as its subject or a trader as its agent ("stocks were hammered", « la Bourse a chuté », "hit
    by selling"), or, for a word that also tells
    a game, a player or a record as its subject or object, a score on it or its clause ("crushed Uganda
    3-0, attacking…"), or a team in a sentence about a match."""
    words = word_lists()
    verbs = [head] if anchor is None or anchor is head else [head, anchor]
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECTS]
    agents = [_object(c) for v in verbs for c in v.children if c.dep_ in AGENTS]
    if any(_natural(t, words) for t in subjects + agents + _shared_subjects(verbs[-1], subjects)):
        return "nature"
    if any(_market(t, words) for t in subjects + agents):
        return "market"
    if not any(v.lemma_.lower() in words.sport_senses for v in verbs):
        return None
    objects = [c for v in verbs for c in v.children if c.dep_ in OBJECTS]
    if any(_names(t, words.sport_nouns) for t in subjects + objects) or scored(head):
        return "sport"
    teams = any(_names(t, words.team_nouns) for t in subjects + objects)
    return "sport" if teams and _sporting(sentence, words) else None


def _natural(token: Any, words: WordLists) -> bool:
    """Weather or a disaster, also one named by its kind ("Cyclone Yasa", "Hurricane Melissa", "Typhoon
    Kalmaegi": the kind is the name's compound), or hung as an apposition on a dateline the parser made
    the subject ("HAVANA, 4 March – Hurricane Melissa battered…")."""
    for noun in (token, *(c for c in token.children if c.dep_ == "appos")):
        if _names(noun, words.nature_nouns) or any(
            c.dep_ == "compound" and c.lemma_.lower() in words.nature_nouns for c in noun.children
        ):
            return True
    return False


def _shared_subjects(verb: Any, own: list[Any]) -> list[Any]:
    """For a verb without a subject of its own, the subject of the clause it continues ("Hurricane Melissa
    battered Cuba, destroying crops", "Cyclone Yasa flattened homes and killed four people")."""
    if own:
        return []
    current = verb
    for _ in range(3):
        if current.dep_ not in CHAIN or current.head is current:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
    return []


def _object(token: Any) -> Any:
    """The noun of an English "by" agent (the preposition is the link), else the token."""
    return next((c for c in token.children if c.dep_ == "pobj"), token)


def _names(token: Any, nouns: frozenset[str]) -> bool:
    """The noun (its lemma, its form, or with its compound: "heat wave") is one of `nouns`."""
    compound = " ".join(c.lower_ for c in token.children if c.dep_ == "compound")
    return bool({token.lemma_.lower(), token.lower_, f"{compound} {token.lower_}".strip()} & nouns)


def _market(token: Any, words: WordLists) -> bool:
    if token.lemma_.lower() in words.market_places:  # "the stock market", « le marché boursier »
        return any(_names(c, words.market_nouns) for c in token.children if c.dep_ in {"compound", "amod"})
    return _names(token, words.market_nouns)


def scored(head: Any) -> bool:
    """A score ("3-0", "2-1") on the trigger, its objects or the verbs whose clause it continues."""
    verbs, current = [head], head
    while current.dep_ in CHAIN and current.head is not current:
        current = current.head
        verbs.append(current)
    holders = {v.i for v in verbs} | {c.i for v in verbs for c in v.children if c.dep_ in OBJECTS}
    doc = head.doc
    for v in verbs:
        for t in v.subtree:
            if t.head.i not in holders:
                continue
            if SCORE.match(t.text):
                return True
            after = [doc[j].text for j in range(t.i + 1, min(t.i + 3, len(doc)))]
            if SCORE.match("".join([t.text, *after])):  # "3 - 0" in three tokens
                return True
    return False


def _sporting(sentence: Any, words: WordLists) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words.sport_words for t in sentence)


def background(head: Any, published_year: int | None) -> bool:
    """An act named to date the news, not told as news: the trigger heads a "since/depuis" phrase or
    clause naming no recent day ("since the 2014 war", « depuis l'attaque de 2015 », "has been calm
    since protests toppled the president"; an English clause only under a perfect, as "since" is also
    "because"), or it is an event noun a year before the report's qualifies ("the 2009 riots",
    « l'attaque de 2015 »)."""
    words = word_lists()
    marks = [c for c in head.children if c.dep_ in {"case", "mark"} and c.lower_ in words.since_marks]
    phrase = head.dep_ == "pobj" and head.head.lower_ in words.since_marks
    clause = any(m.dep_ == "mark" and m.lang_ == "en" for m in marks)
    if (marks or phrase) and not _recent(head, words) and (not clause or _perfect(head.head)):
        return True
    if described_past(head, published_year):
        return True
    if published_year is None or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    years = [int(t.text) for t in _qualifiers(head) if YEAR.match(t.text)]
    return bool(years) and max(years) < published_year


def habitual(head: Any, anchor: Any) -> bool:
    """An act told as a habit or a trend, not one event: its trigger or verb takes a habitual adverb
    ("is regularly targeted", « accuse souvent ») or a time phrase of a recent stretch of months or years
    ("in recent years", "over the past two years", « ces dernières années ») or of a recurrence ("every
    year", « chaque année »)."""
    words = word_lists()
    verbs = {head, anchor}
    governor = anchor
    while governor.dep_ in {"xcomp", "advcl"} and governor.head != governor:
        governor = governor.head  # « la police tire souvent des gaz lacrymogènes pour disperser… »
        verbs.add(governor)
    if any(
        c.dep_ == "advmod"
        and _phrase(c) in words.habitual_adverbs
        and not any(g.lower_ == "as" for g in c.children)
        for t in verbs
        for c in t.children
    ):  # not "as long as": a condition
        return True
    if any(_lasting(c, words) for t in verbs for c in t.children) and _perfect(anchor):
        return True  # "has been fighting the insurgents for more than a decade"
    # the time phrase wherever the parse hangs it in the act's clause (« des dizaines d'enlèvements ces
    # dernières années »: "années" read as a conjunct of "dizaines")
    return any(_trend(t, words) and _clause_verb(t) in verbs for t in anchor.sent)


def _phrase(token: Any) -> str:
    """The token with its fixed words (« depuis longtemps », « de plus en plus »), lower-cased."""
    return " ".join([token.lower_, *(c.lower_ for c in token.children if c.dep_ == "fixed")])


def _lasting(child: Any, words: WordLists) -> bool:
    """A "for" phrase of months or years ("for months", "for more than a decade")."""
    if child.dep_ != "prep" or child.lower_ != "for":
        return False
    noun = _object(child)
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "has jailed a student for two years": a term, not a stretch of habit
    return noun.lemma_.lower() in words.trend_nouns or noun.lower_ in words.trend_nouns


def _clause_verb(token: Any) -> Any:
    """The nearest verb above `token` (None at the root)."""
    node = token.head
    while node != node.head and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _trend(noun: Any, words: WordLists) -> bool:
    """A time noun of months or years over a recent stretch (plural, "recent/past/dernières") or
    recurring ("every", « chaque »)."""
    if noun.lemma_.lower() not in words.trend_nouns and noun.lower_ not in words.trend_nouns:
        return False
    modifiers = {c.lower_ for c in noun.children} | {c.lemma_.lower() for c in noun.children}
    if modifiers & words.recurrence_words:
        return True
    return "Plur" in noun.morph.get("Number") and bool(modifiers & words.recent_words)


def long_after(head: Any) -> bool:
    """An act named in an "after/après" phrase measured in months or years ("comes a year after security
    forces killed 20 protesters", « survient un an après la signature d'un accord »): what the news
    follows, not the news. The walk goes up from the trigger through its noun phrase or its clause,
    never past another finite verb."""
    words = word_lists()
    token = head
    for _ in range(4):
        marker = next(
            (c for c in token.children if c.dep_ in {"mark", "case"} and c.lower_ in words.after_marks), None
        )
        if marker is None and token.dep_ == "pobj" and token.head.lower_ in words.after_marks:
            marker = token.head
        if marker is not None:
            around = [*marker.children, *token.children, *token.head.children]
            return any(
                (t.lemma_.lower() in words.trend_nouns or t.lower_ in words.trend_nouns)
                and t.i < marker.i
                and t.dep_ in {"npadvmod", "obj", "obl", "obl:mod", "nmod", "advmod", "nmod:tmod"}
                for t in around
            )
        parent = token.head
        if parent == token or (parent.pos_ in {"VERB", "AUX"} and "Fin" in parent.morph.get("VerbForm")):
            return False
        token = parent
    return False


#: Links of a clause describing a noun: a relative clause, or a participle.
DESCRIBING = frozenset({"relcl", "acl:relcl", "acl"})


def described_past(verb: Any, published_year: int | None) -> bool:
    """A relative clause or a participle that describes a participant by their past: in the pluperfect
    ("a state secretary who had approved funding", « le parquet, qui avait requis trois ans »; not with a
    recent day, "who had attacked a policeman on Monday") or over a stretch or at an earlier time
    ("teachers it had held for 18 months", "fishermen detained on Lake Kivu last month", "a lawyer
    arrested in 2021" in a later year's report)."""
    if verb.dep_ not in DESCRIBING or verb.pos_ not in {"VERB", "AUX"} or "Inf" in verb.morph.get("VerbForm"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "aux:tense"}]
    words = word_lists()
    if any(a.lower_ in words.pluperfect_auxiliaries for a in auxiliaries):
        return not _recent(verb, words)  # "a man who had attacked a policeman on Monday": news
    return any(_earlier(c, published_year) for c in verb.children)


def told_earlier(verb: Any, published_year: int | None) -> bool:
    """A tally of an earlier stretch: the verb's subject is counted in the many ("more than 300 people",
    « plus de cinq mille personnes », "thousands") and it takes a time phrase before the news ("last
    year", « l'an dernier », "in 2021" in a later year's report). Said of acts no one is named for, it
    sums up the background ("more than 300 people were killed last year"), no act of the report."""
    words = word_lists()
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not any(t.lower_ in words.tally_words or t.lemma_.lower() in words.tally_words
               for s in subjects for t in s.subtree):  # fmt: skip
        return False
    nouns = [_object(c) if c.dep_ == "prep" else c for c in verb.children]
    if any(n.lemma_.lower() in words.recent_times or n.lower_ in words.recent_times for n in nouns):
        return False  # "were sentenced on Tuesday for a robbery … last year": the day dates the act
    for noun in nouns:
        if YEAR.match(noun.text):
            if published_year is not None and int(noun.text) < published_year:
                return True
            continue
        named = noun.lemma_.lower() in words.stretch_nouns or noun.lower_ in words.stretch_nouns
        modifiers = {c.lower_ for c in noun.children} | {c.lemma_.lower() for c in noun.children}
        if named and modifiers & words.earlier_words:  # not a term, "sentenced to eight years"
            return True
    return False


def _earlier(child: Any, published_year: int | None) -> bool:
    """A time phrase of a stretch ("for 18 months", « pendant deux mois ») or before the news ("last
    month", « le mois dernier », "in 2021" before the report's year)."""
    words = word_lists()
    noun = _object(child) if child.dep_ == "prep" else child
    if YEAR.match(noun.text):
        return published_year is not None and int(noun.text) < published_year
    if noun.lemma_.lower() not in words.stretch_nouns and noun.lower_ not in words.stretch_nouns:
        return False
    modifiers = {c.lower_ for c in noun.children} | {c.lemma_.lower() for c in noun.children}
    return bool(modifiers & words.earlier_words) or any(c.dep_ == "nummod" for c in noun.children)


def _recent(head: Any, words: WordLists) -> bool:
    return any(t.lemma_.lower() in words.recent_times or t.lower_ in words.recent_times for t in head.subtree)


def _perfect(verb: Any) -> bool:
    """A verb in a perfect tense ("have risen", "has been")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _qualifiers(noun: Any) -> list[Any]:
    """A noun's modifiers that may be a year: "the 2009 riots", "the bombings of 2019", « de 2015 »."""
    out = []
    for c in noun.children:
        if c.dep_ in {"nummod", "compound", "nmod", "amod"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out
