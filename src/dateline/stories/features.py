"""What story clustering knows about one document: its lead embedding, actors, places, types and date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.model import Document, Event
from dateline.resources import Encoder

LEAD_CHARS = 400
#: Events whose sentence starts this early are the story's lead events.
LEAD_EVENT_CHARS = 700
MAX_LEAD_EVENTS = 4
#: Actor kinds that name who acts in a story (media outlets only cite it).
STORY_ACTOR_SECTORS_EXCLUDED = frozenset({"MED"})


@dataclass(frozen=True)
class StoryDoc:
    """The clustering view of a stored document."""

    doc_id: str
    language: str
    outlet: str | None
    title: str
    day: date | None
    actors: frozenset[str]
    places: frozenset[int]
    event_types: frozenset[str]
    vector: np.ndarray
    leads: tuple[Event, ...] = ()
    lead_place: tuple[float, float] | None = None


def lead_text(doc: Document) -> str:
    """Title plus the opening of the body: what a reader sees first."""
    body = doc.text[:LEAD_CHARS]
    cut = body.rfind(". ")
    if cut > LEAD_CHARS // 2:
        body = body[: cut + 1]
    return f"{doc.title or ''}. {body}".strip(". ")


def document_day(doc: Document) -> date | None:
    """The publication day when known to the day or month (an open lower bound says too little)."""
    value = doc.published.value
    if not value or doc.published.precision not in ("day", "week", "month"):
        return None
    try:
        return date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01")
    except ValueError:
        return None


def lead_events(doc: Document) -> tuple[Event, ...]:
    """The events the lead reports: asserted (not negated, hypothetical or historical), opening the text."""
    return tuple(
        e
        for e in doc.events
        if e.auxiliary not in ("negated", "hypothetical", "historical")
        and (e.sentence is None or e.sentence.start < LEAD_EVENT_CHARS)
    )[:MAX_LEAD_EVENTS]


def actor_keys(doc: Document) -> frozenset[str]:
    """Who the report is about: KB ids where linked, else country codes."""
    keys = set()
    for actor in doc.actors:
        if actor.sector in STORY_ACTOR_SECTORS_EXCLUDED:
            continue
        key = actor.kb_id or actor.country
        if key:
            keys.add(key)
    return frozenset(keys)


def place_keys(doc: Document) -> frozenset[int]:
    """Named places below country level (cities, regions, sites): countries say little about a story."""
    return frozenset(
        p.geonames_id
        for p in doc.places
        if p.geonames_id is not None and (p.feature_class != "A" or p.admin1 is not None)
    )


def lead_place(doc: Document) -> tuple[float, float] | None:
    """Coordinates of the first place below country level the lead names (often the dateline)."""
    first: tuple[int, tuple[float, float]] | None = None
    for place in doc.places:
        if place.lat is None or place.lon is None or (place.feature_class == "A" and place.admin1 is None):
            continue
        start = min((m.start for m in place.mentions), default=LEAD_EVENT_CHARS)
        if start < LEAD_EVENT_CHARS and (first is None or start < first[0]):
            first = (start, (place.lat, place.lon))
    return first[1] if first else None


def story_docs(
    docs: Sequence[Document], encoder: Encoder, vectors: np.ndarray | None = None
) -> list[StoryDoc]:
    """Clustering views for `docs`, embedding their leads with `encoder` in one batch unless `vectors`
    are given."""
    if vectors is None:
        vectors = encoder([lead_text(d) for d in docs])
    return [
        StoryDoc(
            doc_id=d.id,
            language=d.language.code,
            outlet=d.outlet,
            title=d.title or "",
            day=document_day(d),
            actors=actor_keys(d),
            places=place_keys(d),
            event_types=frozenset(e.type for e in d.events if e.auxiliary != "negated"),
            vector=vectors[i],
            leads=lead_events(d),
            lead_place=lead_place(d),
        )
        for i, d in enumerate(docs)
    ]
