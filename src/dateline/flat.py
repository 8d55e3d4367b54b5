"""A Document as the rows of every store table: what `dateline.store.Store.put` writes.

Flattening needs only the Document, so it can run where the Document is made: a local worker
process sends its results to the writer as `FlatDocument`s (plain dicts of strings and numbers,
which pickle in a tenth of the time a pydantic Document takes), and the writer only adds the
storage time. The module imports no database code, so a worker does not load SQLAlchemy.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dateline.model import ActorRef, Document, Event, Span


@dataclass
class FlatDocument:
    """One Document as rows for every table (``document["created_at"]`` is None until stored)."""

    document: dict[str, Any]
    errors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.document["id"])

    @property
    def uri(self) -> str | None:
        uri: str | None = self.document["uri"]
        return uri

    @property
    def language(self) -> str:
        """The language code."""
        return str(self.document["language"])

    @property
    def failed(self) -> bool:
        return bool(self.document["status"] == "failed")

    def to_document(self) -> Document:
        """The Document these rows were made from (from its stored JSON)."""
        return Document.from_json(self.document["json"])


def flatten(doc: Document, now: datetime | None = None) -> FlatDocument:
    """The table rows for `doc`, stored at `now` (None: the writer sets the time when it stores them)."""
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
