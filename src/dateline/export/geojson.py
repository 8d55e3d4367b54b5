"""GeoJSON (RFC 7946): a FeatureCollection of the events that have coordinates, as [lon, lat] Points."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from dateline.store.rows import EventRow, actor_label


def feature(row: EventRow) -> dict[str, Any] | None:
    """A Point Feature for the event, or None when its place has no valid coordinates."""
    place = row.event.place
    if place is None or place.lat is None or place.lon is None:
        return None
    if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
        return None
    event = row.event
    return {
        "type": "Feature",
        "id": row.id,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": {
            "doc_id": row.doc_id,
            "source_id": row.source_id,
            "date": row.date,
            "type": event.type,
            "mode": event.mode,
            "auxiliary": event.auxiliary,
            "actors": [actor_label(a) for a in event.actors],
            "recipients": [actor_label(r) for r in event.recipients],
            "place": place.name,
            "geonames_id": place.geonames_id,
            "place_precision": place.precision,
            "country": place.country,
            "outlet": row.outlet,
            "url": row.url,
            "title": row.title,
            "published": row.published,
            "confidence": event.confidence,
            "evidence": row.evidence_text,
        },
    }


def write_geojson(rows: Iterable[EventRow], stream: TextIO) -> int:
    """A FeatureCollection written feature by feature (one per line), never all in memory."""
    stream.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for f in map(feature, rows):
        if f is not None:
            stream.write(("\n" if count == 0 else ",\n") + json.dumps(f, ensure_ascii=False))
            count += 1
    stream.write("\n]}\n")
    return count
