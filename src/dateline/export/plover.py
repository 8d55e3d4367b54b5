"""PLOVER JSON records (the OEDA data-interchange fields), one per line as the PLOVER manual suggests.

Standard fields: ``id``, ``date``/``enddate`` (YYYY-MM-DD), ``source``/``recipient`` (actor
objects: ``code``, ``sector``, ``identifier_id``, ``identifier_text``), ``event``, ``mode``,
``context``, ``quad_code``, ``event_loc`` (GeoNames field names plus ``cc3``), ``event_text``,
``cite_info``, ``coder``, ``coded_date``. Dateline adds ``auxiliary``, ``confidence``,
``attribution``, ``doc_id`` and ``source_id`` (the input record's own id), as the manual allows
for named extension fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

import dateline
from dateline.model import ActorRef, PlaceRef
from dateline.plover import QUAD_CLASS, QUAD_CODES
from dateline.store.rows import EventRow

CODEBOOK = "plover-0.8"


def actor_object(ref: ActorRef) -> dict[str, Any]:
    return {
        "code": ref.country,
        "sector": ref.sector,
        "identifier_id": ref.kb_id,
        "identifier_text": ref.name,
    }


def location_object(place: PlaceRef) -> dict[str, Any]:
    return {
        "geonameid": place.geonames_id,
        "name": place.name,
        "latitude": place.lat,
        "longitude": place.lon,
        "cc3": place.country,
    }


def plover_record(row: EventRow, coded_date: str) -> dict[str, Any]:
    event = row.event
    family = QUAD_CLASS.get(event.type)
    record: dict[str, Any] = {
        "id": row.id,
        "date": row.date_start,
        "enddate": row.date_end if row.date_end != row.date_start else None,
        "source": [actor_object(a) for a in event.actors],
        "recipient": [actor_object(r) for r in event.recipients],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.contexts),
        "quad_code": QUAD_CODES[family] if family else None,
        "event_loc": location_object(event.place) if event.place else None,
        "event_text": [row.evidence_text] if row.evidence_text else [],
        "cite_info": {"url": row.url, "title": row.title, "language": row.language, "publication": row.outlet,
                      "published": row.published, "coder": f"dateline {dateline.__version__}",
                      "codebook": CODEBOOK},
        "coder": f"dateline {dateline.__version__}",
        "coded_date": coded_date,
        "auxiliary": event.auxiliary,
        "confidence": event.confidence,
        "attribution": [a.source for a in event.attribution],
        "doc_id": row.doc_id,
        "source_id": row.source_id,
    }  # fmt: skip
    return {key: value for key, value in record.items() if value is not None}


def write_plover(rows: Iterable[EventRow], stream: TextIO) -> int:
    coded_date = datetime.now(UTC).date().isoformat()
    count = 0
    for row in rows:
        stream.write(json.dumps(plover_record(row, coded_date), ensure_ascii=False) + "\n")
        count += 1
    return count
