"""Country markers: demonyms on a noun ("l'armée russe", "Iranians") and capitals as metonyms for the
government ("Moscou a demandé")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.kb import KBEntry
from dateline.model import Candidate
from dateline.stages.actors.clues import clue_country
from dateline.stages.actors.lexicon import word_lists
from dateline.stages.actors.mentions import ambiguous, entity, generic
from dateline.stages.actors.seats import resolve_seat
from dateline.stages.actors.syntax import used_as_place

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver


def resolve_demonym(r: Resolver, span: Any, root: Any, entries: list[KBEntry]) -> None:
    """A demonym on a role noun gives a generic actor, on a place noun none, on another noun (or alone)
    the country; coordinated demonyms each qualify the noun ("les commandants syriens et iraniens")."""
    if _regional(span):  # "the Inter-American Commission", "Latin American leaders": no country
        return
    if len(entries) > 1:  # "congolais": the country the report's other names point to, if any
        entries = [clue] if (clue := clue_country(r.clues, entries)) else entries
    if len(entries) == 1 and resolve_seat(r, root, entries[0].id):  # "a Greek-owned carrier"
        return
    head = root
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("ADJ", "PROPN", "NOUN"):
        if head.head.dep_ not in ("amod", "conj") and head.head.pos_ != "ADJ":
            break
        head = head.head
    noun = head.head if head.dep_ in ("amod", "compound", "conj", "nmod") and head.head.i != head.i else None
    if noun is not None and noun.pos_ not in ("NOUN", "PROPN"):
        noun = None
    if noun is not None and r.lexicon.is_place(noun.text, r.lang):
        return
    iso = entries[0].id if len(entries) == 1 else None
    role = r.roles.role_head(noun) if noun is not None else None
    sector = r.roles.sector_of(role) if role is not None else None
    if role is not None and sector:
        item = generic(r, iso, sector, role, root, 0.9 if iso else 0.5)
    elif noun is None and root.pos_ in ("NOUN", "PROPN") and iso:  # "les Russes", "Iranians"
        item = entity(r, entries[0], span, root, 0.9)
    elif iso:  # "l'intervention russe": the country acts
        item = entity(r, entries[0], span, root, 0.7)
    else:
        item = ambiguous(r, span, root, entries)
    if iso is None and role is not None:
        item.candidates = [
            Candidate(kb_id=e.id, name=e.name, score=round(1 / len(entries), 3)) for e in entries
        ]
    r.add(item)


def _regional(span: Any) -> bool:
    """The demonym is the second part of a regional adjective: after a prefix joined by a hyphen
    ("Inter-American", "Pan-African") or a regional word ("Latin American")."""
    if span.start < 1:
        return False
    before = span.doc[span.start - 1]
    if before.text == "-" and span.start >= 2 and not before.whitespace_:
        before = span.doc[span.start - 2]
        joined = not before.whitespace_
    else:
        joined = before.lower_ in {"latin", "latino"}
    return joined and before.lower_ in word_lists().regional_prefixes


def resolve_capital(r: Resolver, span: Any, root: Any, entries: list[KBEntry]) -> None:
    """A capital stands for its government ("Moscou a demandé" → RUS GOV), or qualifies a role noun;
    after a locative preposition it is a place."""
    if len(entries) != 1 or used_as_place(root, r.lexicon, r.lang):
        r.places.update(range(span.start, span.end))
        return
    role = r.roles.attached_role(root)
    sector = r.roles.sector_of(role) if role is not None else None
    confidence = 0.8
    if role is not None and sector:
        item = generic(r, entries[0].id, sector, role, root, confidence)
    else:
        item = generic(r, entries[0].id, "GOV", root, root, confidence)
        item.kind, item.title_key = "organisation", None
        item.start, item.end = span.start_char, span.end_char
    r.add(item)
