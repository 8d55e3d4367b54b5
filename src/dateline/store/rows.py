"""What the Store returns (typed rows); how a Document is flattened into table rows is `dateline.flat`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dateline.flat import event_interval, evidence_text
from dateline.model import ActorRef, Document, Event

__all__ = [
    "ActorCount",
    "DocumentRow",
    "EventRow",
    "PutResult",
    "actor_label",
    "event_rows",
    "place_key",
]


@dataclass(frozen=True)
class PutResult:
    """Counts from one `Store.put`: new documents stored (ok or failed) and ids already present."""

    stored: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass(frozen=True)
class DocumentRow:
    """One stored document's metadata (the full Document is `Store.get`)."""

    id: str
    uri: str | None
    source_id: str | None
    url: str | None
    title: str | None
    outlet: str | None
    language: str
    language_confidence: float
    published_value: str | None
    published_precision: str | None
    status: str
    n_events: int
    created_at: datetime


@dataclass(frozen=True)
class EventRow:
    """A stored event with the document context exporters need."""

    doc_id: str
    event: Event
    evidence_text: str
    source_id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    language: str = "und"
    published: str | None = None
    date_start: str | None = None
    date_end: str | None = None

    @property
    def id(self) -> str:
        """A corpus-wide event id: the event's own id, prefixed by its document's unless it already is."""
        own = self.event.id
        return own if own.startswith(self.doc_id) else f"{self.doc_id}-{own}"

    @property
    def date(self) -> str | None:
        """The event's date as best known: its time value, else the interval start, else publication."""
        time = self.event.time
        return (time.value or time.start if time else None) or self.date_start or self.published


@dataclass(frozen=True)
class ActorCount:
    """An actor across the corpus: how often it is mentioned and in how many documents."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    kb_id: str | None
    mentions: int
    documents: int


def event_rows(doc: Document) -> list[EventRow]:
    """EventRows for a Document's events, as `Store.events` would return them once stored."""
    rows = []
    for event in doc.events:
        start, end = event_interval(doc, event)
        rows.append(
            EventRow(
                doc_id=doc.id,
                event=event,
                evidence_text=evidence_text(doc.text, event),
                source_id=doc.source_id,
                outlet=doc.outlet,
                url=doc.url,
                title=doc.title,
                language=doc.language.code,
                published=doc.published.value,
                date_start=start,
                date_end=end,
            )
        )
    return rows


def place_key(geonames_id: int | None, name: str | None, lat: float, lon: float) -> str:
    """A located event place's id across the corpus: its GeoNames id, else its name and coordinates."""
    return str(geonames_id) if geonames_id is not None else f"{name}@{lat:.4f},{lon:.4f}"


def actor_label(ref: ActorRef) -> str:
    """``Name (CTY SEC)`` for display."""
    code = " ".join(x for x in (ref.country, ref.sector) if x)
    return f"{ref.name} ({code})" if code else ref.name
