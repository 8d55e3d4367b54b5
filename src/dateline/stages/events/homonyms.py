"""A dateline city the places stage put in the wrong country of two that have a town of that name
("TRIPOLI, 27 September – Lebanese army intelligence raided…" read as Libya's capital): the report's
actors say which one it is when nothing else in the report names the country chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from dateline.kb.gazetteer import Gazetteer, iso3
from dateline.model import ActorRef, Document
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.datelines import dateline_spans


class Misread(NamedTuple):
    """A dateline city put in the wrong one of two countries with a town of its name."""

    city: str
    wrong: str
    right: str


def misread_dateline(doc: Document, gazetteer: Callable[[], Gazetteer] | None) -> Misread | None:
    """The dateline city's name, the country it was put in and the one it lies in, when no actor and no
    other place of the report is of the first, every actor with a country is of one other, and that one
    has a town of the city's name (`gazetteer` loads the gazetteer, only then); else None."""
    spans = dateline_spans(doc.text)
    if gazetteer is None or not spans:
        return None
    line = spans[0]
    dated = [
        p
        for p in doc.places
        if p.country and any(line.start <= m.start and m.end <= line.end for m in p.mentions)
    ]
    if len(dated) != 1:
        return None
    city = dated[0]
    named = {p.country for p in doc.places if p.name.casefold() != city.name.casefold()}
    actors = {
        m.actor.country
        for m in ActorIndex(doc).mentions
        if m.actor.country not in {None, "IGO"}
        and doc.text[m.start : m.end].casefold() != city.name.casefold()
    }  # not the city's own name read as its government ("the district of Tripoli": Libya)
    if city.country in named | actors or len(actors) != 1:
        return None
    actual = actors.pop()
    if not any(iso3(entry.country) == actual for entry in gazetteer().candidates(city.name)):
        return None
    return Misread(city.name, str(city.country), str(actual))


def corrected(refs: list[ActorRef], misread: Misread, text: str) -> list[ActorRef]:
    """`refs` with the city's own name read as the government of the wrong country ("the district of
    Tripoli") put in the right one."""
    return [
        ref.model_copy(update={"country": misread.right})
        if ref.country == misread.wrong
        and any(text[e.start : e.end].casefold() == misread.city.casefold() for e in ref.evidence)
        else ref
        for ref in refs
    ]
