"""Light coreference and generic agents: personal pronouns (subjects, and objects that only name people:
"accused him", "contre lui") and definite descriptions ("le quotidien", "the group") join the most recent
compatible actor of their paragraph (a pronoun also of the one before: wire copy gives each sentence a
paragraph); country-less collective role nouns ("les rebelles", "protesters") become generic actors, and
so, once coreference had its turn, does any other role noun still standing alone ("la gendarmerie", "the
electoral commission", "un policier")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN

from dateline.kb.actors import alias_key
from dateline.kb.roles import phrase_words
from dateline.model import Span
from dateline.stages.actors.found import Found
from dateline.stages.actors.lexicon import word_lists
from dateline.stages.actors.mentions import generic
from dateline.stages.actors.syntax import noun_phrase, paragraph_starts
from dateline.stages.datelines import dateline_spans, in_dateline

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver

#: Dependencies of a pronoun that stands for a party: subject or object, not a possessive ("her lawyer").
PRONOUN_ROLES = frozenset(
    {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "dative", "pobj", "obl"}
)
#: Paragraphs a pronoun's antecedent may lie in: its own and the one before it (a definite
#: description looks only in its own: "the state governor" is no person named a paragraph before).
REACH = 2

#: Sectors a collective role noun gives an actor for without a country.
GENERIC_SECTORS = frozenset({"REB", "OPP", "CVL", "COP", "REF", "LAB", "IGO"})

Fits = Callable[[Found], bool]


def resolve_collectives(r: Resolver) -> None:
    """Country-less generic actors for the uncovered plural role nouns of a `GENERIC_SECTORS` sector."""
    paragraphs: list[int] = []
    for i, pos in enumerate(r.tokens.pos):
        if i in r.covered or pos != NOUN:
            continue
        sector = r.lexicon.sector(r.tokens.words[i], r.lang)  # cheap, and must match `sector_of`
        if sector is None or sector not in GENERIC_SECTORS:
            continue
        token = r.sdoc[i]
        if r.roles.kind_of(token) != "group" or r.roles.sector_of(token) != sector:
            continue
        paragraphs = paragraphs or paragraph_starts(r.doc.text)
        if not _renamed(r, token, paragraphs):
            r.add(generic(r, None, sector, token, token, 0.5))


def _renamed(r: Resolver, token: Any, paragraphs: list[int]) -> bool:
    """A definite noun that shortens an organisation's name mentioned before (`_shortens`: "le
    Haut-Commissariat" after "le Haut-Commissariat des Nations unies"): left to coreference."""
    if not _definite(token) or _qualified(r, token):
        return False
    return _antecedent(r, token, paragraphs, _shortens(r, token), 1) is not None


def resolve_agents(r: Resolver) -> None:
    """Country-less generic actors for the role nouns no earlier pass covered, of any sector: the
    agent's sector comes from its whole phrase ("electoral commission" GOV, "forces armées" MIL); a
    noun that only modifies another ("police station") or whose phrase names an actor ("les
    responsables ... du Hezbollah") is not one. The events stage gives them
    the country of the event's place or of the report."""
    heads = r.lexicon.phrase_heads(r.lang)
    equipment = frozenset(map(get_string_id, word_lists().equipment))  # lower-case ids
    for i, pos in enumerate(r.tokens.pos):
        if i in r.covered or pos not in (NOUN, PROPN) or heads.isdisjoint(phrase_words(r.tokens.words[i])):
            continue
        token = r.sdoc[i]
        if r.tokens.lower[i] in equipment or token.dep_ == "compound" or _qualified(r, token):
            continue
        if pos == PROPN and token.ent_type_:
            continue
        sector = r.roles.sector_of(token)
        if sector is not None:
            r.add(generic(r, None, sector, token, token, 0.4))


def resolve_coreference(r: Resolver, objects_only: bool = False) -> None:
    """Uncovered subject pronouns and definite descriptions join their antecedent's actor; with
    `objects_only`, the pronouns that are no subject (objects and partitives: "fired on them", « cinq
    d'entre eux »), run once the generic agents are found ("the governor received them")."""
    paragraphs = paragraph_starts(r.doc.text)
    pronouns = word_lists().pronouns.get(r.lang, {})
    pronoun_ids = frozenset(map(get_string_id, pronouns))  # lower-case ids: skip other words unread
    for i, pos in enumerate(r.tokens.pos):
        if i in r.covered or (pos != NOUN and r.tokens.lower[i] not in pronoun_ids):
            continue
        token = r.sdoc[i]
        lower = token.lower_
        if lower in pronouns and objects_only == _subject(token):
            continue  # object pronouns wait for every role noun ("the governor received them")
        if objects_only and lower not in pronouns:
            continue
        if lower in pronouns and _party_role(token) and not _skipped(token, pronouns[lower]):
            number, gender = pronouns[lower]
            fits = partial(_agrees, r, number=number, gender=gender)
            bound = _clause_subjects(token)
            if bound:  # "Police fired on them": not the police; « les gendarmes les ont dispersés »
                fits = partial(_free, fits, r, bound)
            antecedent = _antecedent(r, token, paragraphs, fits, REACH)
        elif pos in (NOUN, PROPN) and _definite(token) and not _qualified(r, token):
            antecedent = _antecedent(r, token, paragraphs, _describes(r, token), 1)
        else:
            continue
        if antecedent is not None:
            r.add(
                Found(
                    token.idx,
                    token.idx + len(token.text),
                    antecedent.key,
                    antecedent.name,
                    antecedent.kind,
                    token.i,
                    antecedent.country,
                    antecedent.sector,
                    antecedent.kb_id,
                    antecedent.qid,
                    min(antecedent.confidence, 0.6),
                    list(antecedent.candidates),
                ),
            )


#: Heads of a partitive a pronoun completes ("cinq d'entre eux", "chacun d'eux", "l'un d'eux").
_PARTITIVE_HEADS = frozenset({"NUM", "PRON", "DET"})


def _party_role(token: Any) -> bool:
    """A pronoun standing for a party: subject or object, or the group a partitive counts in (« cinq
    d'entre eux ont été blessés », "seven of them were arrested": the pronoun is the group)."""
    if token.dep_ in PRONOUN_ROLES:
        return True
    # not when the member is named: « L'un d'eux, Stéphane Dubuc, a annoncé… »
    return (
        token.dep_ == "nmod"
        and token.head.pos_ in _PARTITIVE_HEADS
        and not any(c.dep_ == "appos" for c in token.head.children)
    )


def _clause_subjects(token: Any) -> set[int]:
    """Tokens of the subjects of the verb an object pronoun depends on (also through a preposition or a
    partitive, and the subject a coordinated verb shares: "detained 140 migrants and deported 60 of
    them"), except a subject holding the pronoun ("seven of them were arrested"). A personal pronoun
    object never stands for its own clause's subject (a reflexive would): "Police fired on them" is not
    the police, « les gendarmes leur ont tiré dessus » not the gendarmes."""
    if _subject(token):
        return set()
    verb = token.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    found: list[Any] = []
    for _ in range(3):
        found = [c for c in verb.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
        if found or verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    return {t.i for s in found for t in s.subtree if token not in s.subtree}


#: French object clitics, never a subject, though the parser sometimes makes them one ("et leur a promis").
NEVER_SUBJECTS = frozenset({"les", "leur"})


def _subject(token: Any) -> bool:
    return token.dep_.startswith("nsubj") and token.lower_ not in NEVER_SUBJECTS


def _free(fits: Fits, r: Resolver, bound: set[int], item: Found) -> bool:
    """`fits`, and neither a mention inside `bound` nor the party such a mention names."""
    keys = {f.key for f in r.found if f.head in bound}
    return fits(item) and item.head not in bound and item.key not in keys


def _antecedent(r: Resolver, token: Any, paragraphs: list[int], fits: Fits, reach: int) -> Found | None:
    """The latest mention that `fits` before `token` in its paragraph or the `reach` - 1 before it; in
    an earlier paragraph, a subject pronoun takes a subject ("Les présidents … à Damas dans sa lutte
    contre les terroristes. ¶ Ils ont exprimé…": not the terrorists)."""
    starts = [p for p in paragraphs if p <= token.idx]
    start, own = starts[max(0, len(starts) - reach)], starts[-1]
    subject = token.dep_.startswith("nsubj")
    datelines = dateline_spans(r.doc.text)
    before = [
        f
        for f in r.found
        if start <= f.start
        and f.end <= token.idx
        and (f.start >= own or not subject or r.sdoc[f.head].dep_.startswith("nsubj"))
        and not in_dateline(Span(start=f.start, end=f.end), datelines)  # where the report was filed from
    ]
    for item in sorted(before, key=lambda f: f.start, reverse=True):
        if fits(item):
            return item
    return None


def _skipped(token: Any, agreement: tuple[str, str | None]) -> bool:
    """A neuter pronoun that is no subject of an act ("it was the third attack", "it has been"), or the
    subject of a reported clause ("the ministers said they had agreed", "Ottawa … said it would not
    drop": the events stage reads it as the speaker)."""
    head = token.head
    if token.dep_.startswith("nsubj") and head.dep_ == "ccomp":
        return True
    return agreement[1] == "Neut" and (not token.dep_.startswith("nsubj") or head.lemma_ in {"be", "have"})


def _agrees(r: Resolver, item: Found, number: str, gender: str | None) -> bool:
    if gender == "Neut":  # "it": an organisation or a country
        return item.kind in {"organisation", "country"}
    head = r.sdoc[item.head]
    plural = item.kind == "group" or "Plur" in head.morph.get("Number")
    if (number == "Plur") != plural:
        return False
    if item.kind == "person":  # English names carry no gender: "he" and "she" fit any person
        return True
    if r.lang == "en":
        return number == "Plur"
    genders = head.morph.get("Gender")
    return gender is None or not genders or gender in genders


def definite_noun(r: Resolver, token: Any) -> bool:
    """A definite noun that carries no referent of its own ("the commission", « le parti »)."""
    return _definite(token) and not _qualified(r, token)


def _definite(token: Any) -> bool:
    definite = word_lists().definite
    return any(c.dep_ == "det" and c.lower_ in definite for c in token.children)


def _qualified(r: Resolver, token: Any) -> bool:
    """Whether a noun carries its own referent (a name or a country marker in its own phrase; not in
    a noun coordinated with it: "between regime forces and rebels")."""
    return any(c.i in r.covered for c in noun_phrase(token) if c.i != token.i)


def _describes(r: Resolver, token: Any) -> Fits:
    """A predicate telling whether an actor fits the definite description `token`."""
    sector = r.roles.sector_of(token)
    lemma = token.lemma_.lower()
    shortened = _shortens(r, token)
    if token.pos_ == "PROPN":
        return shortened
    if lemma in word_lists().group_nouns:  # "l'organisation" may be the UN, never an army
        excluded = {None, "GOV", "MED", "MIL", "COP"} | (
            set() if lemma in word_lists().body_nouns else {"IGO"}
        )
        return lambda f: (f.kind in ("organisation", "group") and f.sector not in excluded) or shortened(f)
    if sector == "MED":
        return lambda f: f.sector == "MED" and f.kind == "organisation"
    if sector and r.roles.kind_of(token) == "person":
        return lambda f: (f.kind == "person" and f.sector in (sector, None)) or shortened(f)
    return shortened


#: Dependencies inside a noun's own phrase ("le Haut-Commissariat des Nations unies"), not a clause on it
#: ("les assaillants, que les autorités attribuent à Boko Haram").
_PHRASE_DEPS = frozenset({"nmod", "compound", "flat", "flat:name", "amod", "appos", "pobj", "prep", "case"})


def _phrase_owner(token: Any, owners: set[int]) -> bool:
    """`token` lies in the own phrase of one of the `owners` nouns."""
    while token.dep_ in _PHRASE_DEPS and token.head.i != token.i:
        token = token.head
        if token.i in owners:
            return True
    return False


#: An elided article glued to a word ("l'Organisation").
_ELIDED = re.compile(r"^[lLdD]['’]")
#: Words that end the head of an English name ("Bank of Ghana", "Organization for Migration").
_NAME_COMPLEMENTS = frozenset({"of", "for", "on", "against", "in"})


def _shortens(r: Resolver, token: Any) -> Fits:
    """A definite noun repeating the head word of an organisation's longer name mentioned before refers
    to it ("la Cour européenne des droits de l'homme … la Cour", "the Upper Nile Patriotic Movement … the
    movement"): the head is one of the first two words of a French name, the last word before any
    complement of an English one; so does one repeating the word that headed a phrase naming it ("le
    Haut-Commissariat des Nations unies … le Haut-Commissariat": the UN's)."""
    word = alias_key(token.text)
    if len(word) < 4:
        return lambda f: False
    determiners = word_lists().definite
    lower = r.tokens.lower[token.i]
    # the same word earlier, heading a phrase that names the organisation ("le Haut-Commissariat des
    # Nations unies … le Haut-Commissariat": the UN's); plain ids, no token objects
    owners = {i for i, word in enumerate(r.tokens.lower[: token.i]) if word == lower}

    def fits(f: Found) -> bool:
        if f.kind not in ("organisation", "group") or f.key[0] == "generic":  # a name, not a role noun
            return False
        if owners and (f.country or f.sector) and _phrase_owner(r.sdoc[f.head], owners):
            return True
        words = [
            _ELIDED.sub("", w) for w in r.doc.text[f.start : f.end].split() if w.lower() not in determiners
        ]
        if len(words) < 2:
            return False
        if r.lang == "en":
            cut = next((i for i, w in enumerate(words) if w.lower() in _NAME_COMPLEMENTS), len(words))
            heads = words[max(0, cut - 1) : cut]
        else:
            heads = words[:2]
        return any(alias_key(h) == word for h in heads)

    return fits
