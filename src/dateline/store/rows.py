"""What the Store returns (typed rows) and how a Document is flattened into table rows."""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dateline.model import ActorRef, Document, Event, Span


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


@dataclass
class FlatDocument:
    """One Document as rows for every table."""

    document: dict[str, Any]
    errors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)


def flatten(doc: Document, now: datetime) -> FlatDocument:
    """The table rows for `doc` (stored at `now`)."""
    flat = FlatDocument(
        document={
            "id": doc.id,
            "uri": doc.uri,
            "source_id": doc.source_id,
            "url": doc.url,
            "title": doc.title,
            "outlet": doc.outlet,
            "language": doc.language.code,
            "language_confidence": doc.language.confidence,
            "published_value": doc.published.value,
            "published_precision": doc.published.precision,
            "status": "failed" if doc.failed else "ok",
            "n_events": len(doc.events),
            "json": doc.to_json(),
            "created_at": now,
        }
    )
    flat.errors = [{"doc_id": doc.id, **error.model_dump()} for error in doc.errors]
    for event in doc.events:
        row = _event_row(doc, event)
        flat.events.append(row)
        for role, refs in (("actor", event.actors), ("recipient", event.recipients)):
            flat.participants += [
                {
                    "doc_id": doc.id,
                    "event_id": event.id,
                    "role": role,
                    "name": ref.name,
                    "country": ref.country,
                    "sector": ref.sector,
                    "kb_id": ref.kb_id,
                    "actor_key": actor_key(ref),
                    "day": row["day"],
                    "type": row["type"],
                }
                for ref in refs
            ]
    flat.actors = [
        {
            "doc_id": doc.id,
            "kb_id": a.kb_id,
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "sector": a.sector,
            "n_mentions": len(a.mentions),
        }
        for a in doc.actors
    ]
    flat.places = [
        {
            "doc_id": doc.id,
            "name": p.name,
            "geonames_id": p.geonames_id,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "feature_class": p.feature_class,
            "n_mentions": len(p.mentions),
            "precision": p.precision,
        }
        for p in doc.places
    ]
    return flat


def _event_row(doc: Document, event: Event) -> dict[str, Any]:
    place, time = event.place, event.time
    start, end = event_interval(doc, event)
    return {
        "doc_id": doc.id,
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "auxiliary": event.auxiliary,
        "confidence": event.confidence,
        "actor_names": _joined(r.name for r in event.actors),
        "actor_countries": _joined(r.country for r in event.actors),
        "recipient_names": _joined(r.name for r in event.recipients),
        "recipient_countries": _joined(r.country for r in event.recipients),
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "place_precision": place.precision if place else None,
        "place_cell": grid_cell(place.lat, place.lon)
        if place and place.lat is not None and place.lon is not None
        else None,
        "time_value": time.value if time else None,
        "date_start": start,
        "date_end": end,
        "day": start or "",
        "language": doc.language.code,
        "outlet_key": doc.outlet.lower() if doc.outlet else None,
        "evidence_text": evidence_text(doc.text, event),
        "json": event.model_dump_json(),
    }


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


def evidence_text(text: str, event: Event) -> str:
    """The event's evidence as text: its evidence spans, else its sentence, else its trigger."""
    spans: list[Span] = list(event.evidence) or [s for s in (event.sentence, event.trigger) if s][:1]
    return " … ".join(span.of(text).strip() for span in sorted(spans, key=lambda s: s.start))


def event_interval(doc: Document, event: Event) -> tuple[str | None, str | None]:
    """ISO bounds of when the event happened: its time, else the document's publication date."""
    time = event.time
    if time and (time.start or time.value):
        return date_bound(time.start or time.value, upper=False), date_bound(
            time.end or time.value, upper=True
        )
    published = doc.published
    return (
        date_bound(published.start or published.value, upper=False),
        date_bound(published.end or published.value, upper=True),
    )


def date_bound(value: str | None, upper: bool) -> str | None:
    """A full ``YYYY-MM-DD`` bound for an ISO date that may stop at the month or year (None if invalid)."""
    if not value:
        return None
    try:
        numbers = [int(p) for p in value[:10].split("-")]
        if len(numbers) == 1:
            bound = date(numbers[0], 12, 31) if upper else date(numbers[0], 1, 1)
        elif len(numbers) == 2:
            year, month = numbers
            bound = date(year, month, calendar.monthrange(year, month)[1] if upper else 1)
        else:
            bound = date(*numbers[:3])
    except (ValueError, TypeError, calendar.IllegalMonthError):
        return None
    return bound.isoformat()


def _joined(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


def place_key(geonames_id: int | None, name: str | None, lat: float, lon: float) -> str:
    """A located event place's id across the corpus: its GeoNames id, else its name and coordinates."""
    return str(geonames_id) if geonames_id is not None else f"{name}@{lat:.4f},{lon:.4f}"


def grid_cell(lat: float, lon: float) -> int:
    """The one-degree cell holding a point: ``(⌊lat⌋ + 90) × 360 + ⌊lon⌋ + 180`` (the poles and the
    antimeridian fall in the cells below them)."""
    row = min(max(math.floor(lat) + 90, 0), 179)
    column = min(max(math.floor(lon) + 180, 0), 359)
    return row * 360 + column


def actor_key(ref: ActorRef) -> str:
    """The actor's id across the corpus: its KB id, else ``COUNTRY:SECTOR`` (a generic actor), else its
    lower-cased name prefixed ``name:``."""
    if ref.kb_id:
        return ref.kb_id
    if ref.country or ref.sector:
        return f"{ref.country or ''}:{ref.sector or ''}"
    return "name:" + ref.name.lower()


def actor_label(ref: ActorRef) -> str:
    """``Name (CTY SEC)`` for display."""
    code = " ".join(x for x in (ref.country, ref.sector) if x)
    return f"{ref.name} ({code})" if code else ref.name
