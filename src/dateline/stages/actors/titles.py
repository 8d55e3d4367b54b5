"""Titles and officeholders: a title joins the person named with it ("le président syrien X"), other
mentions of that title join that person when they name one holder, and a title alone links to the one
KB officeholder at the publication date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.model import Candidate
from dateline.stages.actors.found import Found
from dateline.stages.actors.syntax import TITLE_DEPS, noun_phrase, referential, title_link

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver


def link_officeholder(r: Resolver, item: Found, iso: str, title: str) -> None:
    """Link a title ("le président russe") to the one person holding it at the publication date."""
    holders = {entry.id: entry for entry, _ in r.kb.officeholders(iso, r.date, title)}
    if r.date and len(holders) == 1:
        entry = next(iter(holders.values()))
        item.key, item.name, item.kb_id, item.qid = ("kb", entry.id), entry.name, entry.id, entry.qid
        item.confidence = min(item.confidence, 0.8)
    elif holders:
        item.candidates = [
            Candidate(kb_id=e.id, name=e.name, score=1 / len(holders)) for e in holders.values()
        ]


def attach_titles(r: Resolver) -> None:
    """Join a title to the name in apposition to it ("le président syrien X", "son homologue, X"), then
    every other mention of that title that names one holder to the nearest such person; an unknown
    person takes its title's country and sector ("X, ancien chef du Shin Bet")."""
    by_token = {
        i: f
        for f in r.found
        if f.role_token is not None and f.kind == "person"
        for i in r.tokens_within(f.start, f.end)
    }
    named: dict[tuple[str | None, str, str], list[Found]] = {}
    apposed: set[int] = set()
    for person in [f for f in r.found if f.kind == "person" and f.role_token is None]:
        for title in _titles(r, r.sdoc[person.head]):
            generic = by_token.get(title.i)
            if generic is not None:
                if generic.title_key and referential(r.sdoc[generic.head]):  # not "l'ancien …"
                    named.setdefault(generic.title_key, []).append(person)
                apposed.add(id(generic))
                _adopt(generic, person)
                break
            if person.country is None and _title_word(title) and r.roles.sector_of(title):
                _title_context(r, person, title)
                break
    for item in r.found:
        holders = named.get(item.title_key) if item.title_key else None
        if holders and id(item) not in apposed and referential(r.sdoc[item.head]):
            before = [p for p in holders if p.start <= item.start]
            _adopt(item, before[-1] if before else holders[0])


def _title_word(token: Any) -> bool:
    """A noun that may title a name: a common noun, or a capitalised title written before the name
    ("Interior Minister Farhan Qureshi", "Health Cabinet Secretary X": the English parser tags them PROPN)."""
    if token.pos_ == "NOUN":
        return True
    return bool(token.pos_ == "PROPN" and token.dep_ == "compound" and token.i < token.head.i)


def _adopt(title: Found, person: Found) -> None:
    """Make the mention `title` one of `person` (who takes its country and sector if unknown)."""
    person.country = person.country or title.country
    person.sector = person.sector or title.sector
    title.key, title.name, title.kind, title.kb_id, title.qid = (
        person.key, person.name, person.kind, person.kb_id, person.qid
    )  # fmt: skip
    title.country, title.sector, title.candidates = person.country, person.sector, []


def _titles(r: Resolver, name: Any) -> list[Any]:
    """Nouns that may title a name: its own title dependents, then the nouns above it up to a role noun
    (through appositions: "le ministre, le général X"), never through a conjunct ("son homologue et le
    président X": X's title is "président")."""
    found = [c for c in name.children if c.dep_ in TITLE_DEPS and c.pos_ in ("NOUN", "PROPN")]
    token = name
    while title_link(token) and len(found) < 4 and token.head.i != token.i:
        token = token.head
        if token.pos_ not in ("NOUN", "PROPN"):
            break
        found.append(token)
        if token.pos_ == "NOUN" and token.dep_ != "appos" and r.roles.sector_of(token):
            break  # "l'homologue du président X": X's title is "président" alone
    return found


def _title_context(r: Resolver, person: Found, title: Any) -> None:
    """Country and sector of an unlinked person from an apposition ("X, ancien chef du Shin Bet")."""
    person.sector = person.sector or r.roles.sector_of(title)
    for token in noun_phrase(title):
        for other in r.found:
            if other.start <= token.idx < other.end and other.country and other is not person:
                person.country = other.country
                return
