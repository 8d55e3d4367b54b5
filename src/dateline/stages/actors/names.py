"""Names: KB names over the tokens (longest match), the choice among entries sharing a name, and the
person and organisation names NER finds that the KB does not know."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dateline.kb import Hit, KBEntry, alias_key
from dateline.kb.org_heads import org_heads
from dateline.model import ActorKind, Span
from dateline.stages.actors.acronyms import apposition_sector, member_span
from dateline.stages.actors.clues import clue_country
from dateline.stages.actors.found import Found
from dateline.stages.actors.mentions import ambiguous, entity, generic
from dateline.stages.actors.seats import resolve_seat
from dateline.stages.actors.syntax import after_locative, complements, span_root, used_as_place
from dateline.stages.datelines import dateline_outlets, dateline_spans, in_dateline

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver


def kb_matches(r: Resolver) -> Iterator[tuple[Any, list[Hit]]]:
    """Longest KB matches over the tokens, left to right.

    A candidate grows token by token while its folded text still begins some KB name
    (`ActorKB.is_prefix`), so most tokens cost one dictionary lookup."""
    sdoc, words, gaps, is_prefix = r.sdoc, r.tokens.words, r.tokens.gaps, r.kb.is_prefix
    i = 0  # where the next match may start
    for start in [k for k, word in enumerate(words) if is_prefix(word)]:  # few words begin a name
        if start < i:
            continue
        i = start
        texts = [words[i]]
        for j in range(i + 1, min(i + r.kb.max_words, len(words))):
            text = texts[-1] + gaps[j - 1] + words[j]
            if not is_prefix(text):
                break
            texts.append(text)
        for size in range(len(texts), 0, -1):
            last = sdoc[i + size - 1] if size > 1 else None
            if last is not None and (last.is_punct or last.is_space or "\n" in texts[size - 1]):
                continue  # a name ends on a word and stays on one line
            hits = r.kb.hits(texts[size - 1], r.lang)
            if hits:
                yield sdoc[i : i + size], hits
                i += size
                break


def resolve_name(r: Resolver, span: Any, root: Any, entries: list[KBEntry]) -> None:
    """A KB name: a country qualifying a role noun gives a generic actor, a country used as a place
    none; an organisation qualifying a role noun ("les commandants du Hezbollah") spans it."""
    entry = entries[0] if len(entries) == 1 else _disambiguate(r, entries)
    if entry is None and all(e.kind == "country" for e in entries) and used_as_place(root, r.lexicon, r.lang):
        r.places.update(range(span.start, span.end))  # "in eastern Congo", whichever Congo
        return
    if entry is not None and entry.kind == "country":
        if resolve_seat(r, root, entry.id):  # "Pakistan-based companies"
            return
        if used_as_place(root, r.lexicon, r.lang) or _other_country_role(r, root, entry.id):
            r.places.update(range(span.start, span.end))
            return
        role = r.roles.attached_role(root)
        if role is not None and not r.lexicon.is_place(role.text, r.lang):
            sector = r.roles.sector_of(role)
            if sector:
                r.add(generic(r, entry.id, sector, role, root, 0.9))
                return
    if entry is None:
        r.add(ambiguous(r, span, root, entries))
        return
    item = entity(r, entry, span, root)
    role = r.roles.attached_role(root) if entry.kind != "person" else None
    if role is not None and entry.kind != "country":  # "les commandants du Hezbollah": span the role noun
        item.start = min(item.start, role.idx)
        item.end = max(item.end, role.idx + len(role.text))
    r.add(item)


def _other_country_role(r: Resolver, root: Any, iso: str) -> bool:
    """Whether the role noun `root` complements already has another country ("les forces iraniennes
    de la Syrie": Syria is where they are, not whose they are)."""
    role = r.roles.attached_role(root) if complements(root) and root.dep_ != "amod" else None
    return role is not None and any(f.role_token == role.i and f.country not in (None, iso) for f in r.found)


def _disambiguate(r: Resolver, entries: list[KBEntry]) -> KBEntry | None:
    """The one entry active at the publication date or from a country the text names, else the country
    the report's other names point to ("Congo" with Kinshasa), if any."""
    if r.date:
        active = [e for e in entries if not e.roles or e.roles_at(r.date)]
        if len(active) == 1:
            return active[0]
    named = {f.country for f in r.found if f.kind == "country"}
    local = [e for e in entries if e.country_at(r.date) in named]
    return local[0] if len(local) == 1 else clue_country(r.clues, entries)


def resolve_unknown_names(r: Resolver) -> None:
    """Unknown PER/ORG names become actors; a surname alone joins a KB person named in full earlier
    ("Fuad Hussein ... Hussein asked")."""
    known = {
        _surname_key(r.doc.text[f.start : f.end]): f
        for f in r.found
        if f.kind == "person" and f.kb_id and f.role_token is None
    }
    outlets = dateline_outlets(r.doc.text)
    filed_from = {alias_key(_filing_place(r.doc.text[d.start : d.end])) for d in dateline_spans(r.doc.text)}
    for ent in r.sdoc.ents:
        tokens = range(ent.start, ent.end)
        if ent.label_ not in ("PER", "PERSON", "ORG") or any(i in r.covered or i in r.places for i in tokens):
            continue
        if in_dateline(Span(start=ent.start_char, end=ent.end_char), outlets):
            continue  # the outlet a dateline names ("QUELIMANE (Zambezi Coast Observer) —"): no party
        root = span_root(ent)
        if after_locative(root):  # "in Kidal" mislabelled ORG
            continue
        kind: ActorKind = "person" if ent.label_ in ("PER", "PERSON") else "organisation"
        if alias_key(ent.text) in filed_from:  # the dateline's town named again, never a person
            kind = "organisation"  # ("President X visited Quelimane. He promised…": not the town)
        if kind == "organisation" and root.pos_ == "NOUN" and r.roles.sector_of(root):
            continue  # a role noun NER took for a name ("le Conseil constitutionnel"): a generic agent
        person = known.get(_surname_key(ent.text)) if kind == "person" else None
        if person is not None and person.start < ent.start_char:
            r.add(replace(person, start=ent.start_char, end=ent.end_char, head=root.i, confidence=0.9))
            continue
        key = ("name", _surname_key(ent.text) if kind == "person" else alias_key(ent.text))
        item = Found(ent.start_char, ent.end_char, key, ent.text, kind, root.i, confidence=0.7)
        if kind == "organisation":  # the head of its name says what it is, else any role word in it
            item.sector = org_heads().sector(ent.text, r.lang) or r.lexicon.sector(ent.text, r.lang)
            item.country = owner_country(r, root)
            kind_noun = _kind_noun(r, ent.start)
            apposed = apposition_sector(r, ent.end)
            if kind_noun is not None:  # "the opposition party Georgian Path": what the text calls it
                item.start, item.sector = kind_noun
            elif apposed in KIND_SECTORS:  # "Lawyers for Human Rights, a local rights group": what it is
                item.sector = apposed
            elif item.sector is not None:  # "Officers of the State Security Service": its people
                item = member_span(r, item, root)
        r.add(item)


def _filing_place(dateline: str) -> str:
    """The town a dateline opens with ("QUELIMANE" in "QUELIMANE, Mozambique, Feb. 17 (X) —")."""
    return re.split(r"[,(—–]| -", dateline, maxsplit=1)[0].strip()


#: Sectors of a role noun that says what kind of organisation the name after it is ("the opposition party
#: X", « le journal X », "the rebel group X"); not an office ("the minister X") or a force.
KIND_SECTORS = frozenset({"PTY", "OPP", "REB", "LAB", "NGO", "MED", "BUS", "CVL", "EDU", "HLH", "REL"})
#: How many words back from a name its kind noun may lie ("le parti d'opposition | X").
KIND_REACH = 3


def _kind_noun(r: Resolver, start: int) -> tuple[int, str] | None:
    """(start character, sector) of the role phrase just before the organisation name starting at token
    `start` that says what kind of body it is (« le parti d'opposition Les Transformateurs » OPP, "the
    rebel group X" REB), read on its words up to the name."""
    first = None  # the leftmost role noun of the phrase: « parti » of « parti d'opposition »
    for j in range(start - 1, max(start - 1 - KIND_REACH, -1), -1):
        token = r.sdoc[j]
        if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "PROPN", "DET", "NUM") or j in r.covered:
            break
        if token.pos_ == "NOUN" and r.roles.own_sector(token):
            first = token
    if first is None:
        return None
    sector = r.lexicon.sector(r.sdoc[first.i : start].text, r.lang)
    return (first.idx, sector) if sector in KIND_SECTORS else None


def owner_country(r: Resolver, root: Any) -> str | None:
    """The country a KB country or demonym qualifying an organisation's name gives it ("Britain's Foreign,
    Commonwealth and Development Office", « l'Office national ivoirien … »)."""
    owners = {c.i for c in root.children if c.dep_ in ("poss", "nmod:poss", "compound", "amod")}
    return next((f.country for f in r.found if f.head in owners and f.kind == "country" and f.country), None)


def _surname_key(name: str) -> str:
    """Persons are keyed by surname, so "Avi Dichter" and a later "Dichter" are one actor."""
    words = alias_key(name).split()
    return words[-1] if words else ""
