"""`locate_event`: the place of an event, for the events coder."""

from __future__ import annotations

import re

from dateline.kb.gazetteer import fold_name
from dateline.model import Document, Place, PlaceRef, Span
from dateline.stages.places.toponyms import direction_before

_DATELINE_END = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-—–:,(]")


def _ref(doc: Document, place: Place, span: Span, rule: str) -> PlaceRef:
    direction = direction_before(doc.text, span.start)
    return PlaceRef(
        name=f"{place.name} ({direction})" if direction else place.name,
        geonames_id=place.geonames_id,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        rule=rule,
        evidence=[span],
    )


def _first_within(doc: Document, region: Span) -> tuple[Place, Span] | None:
    hits = [(s, p) for p in doc.places for s in p.mentions if region.start <= s.start and s.end <= region.end]
    if not hits:
        return None
    span, place = min(hits, key=lambda hit: hit[0].start)
    return place, span


def _dateline(doc: Document) -> tuple[Place, Span] | None:
    """A place named at the very start of the body and followed by a dash, a colon or an agency."""
    for place in doc.places:
        for span in place.mentions:
            if span.start <= 3 and _DATELINE_END.match(doc.text[span.end : span.end + 50]):
                return place, span
    return None


def _title_place(doc: Document) -> tuple[Place, Span] | None:
    title = fold_name(doc.title or "")
    if not title:
        return None
    for place in doc.places:
        for span in place.mentions:
            if re.search(rf"\b{re.escape(fold_name(span.of(doc.text)))}\b", title):
                return place, span
    return None


def locate_event(doc: Document, clause: Span, sentence: Span) -> PlaceRef | None:
    """The event's place: named in its clause, else in its sentence, else the dateline's, else the title's."""
    for rule, hit in (
        ("clause", _first_within(doc, clause)),
        ("sentence", _first_within(doc, sentence)),
        ("dateline", _dateline(doc)),
        ("title", _title_place(doc)),
    ):
        if hit is not None:
            return _ref(doc, hit[0], hit[1], rule)
    return None
