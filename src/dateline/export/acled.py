"""ACLED-style CSV: ACLED's column names in ACLED's order, one row per event.

Filled where Dateline has the value; ACLED-specific codings it does not make (disorder type,
interaction codes, fatalities, admin units) stay empty. ``event_type`` holds the PLOVER category
and ``sub_event_type`` its mode, not ACLED's own typology; ``docs/formats.md`` maps every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

import pycountry

from dateline.export.flat_csv import write_table
from dateline.model import ActorRef
from dateline.store.rows import EventRow

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
#: ACLED's time precision: 1 the day is known, 2 the week (or a few days), 3 only the month or more.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "decade": 3}
#: ACLED's geo precision: 1 the town itself, 3 a larger area (region or country).
GEO_TOWN, GEO_AREA = 1, 3


def _names(refs: list[ActorRef]) -> tuple[str | None, str | None]:
    """The side's first actor, and the others joined with ``; `` (ACLED's associated actors)."""
    if not refs:
        return None, None
    return refs[0].name, "; ".join(r.name for r in refs[1:]) or None


def _country(code: str | None) -> tuple[int | None, str | None]:
    """ISO 3166 numeric code and name of an ISO-3 country code."""
    found = pycountry.countries.get(alpha_3=code) if code else None
    return (int(found.numeric), found.name) if found else (None, None)


def acled_row(row: EventRow) -> list[str | int | float | None]:
    event, place = row.event, row.event.place
    actor1, assoc1 = _names(event.actors)
    actor2, assoc2 = _names(event.recipients)
    iso, country = _country(place.country if place else None)
    day = row.date_start
    precision = TIME_PRECISION.get(event.time.precision) if event.time and event.time.precision else None
    if precision is None and day and row.date_end and row.date_end != day:
        precision = 3
    geo = None if place is None else GEO_TOWN if place.geonames_id and place.lat is not None else GEO_AREA
    return [
        row.id, day, int(day[:4]) if day else None, precision or (1 if day else None), None, event.type,
        event.mode, actor1, assoc1, None, actor2, assoc2, None,
        None, None, iso, None, country, None, None, None,
        place.name if place else None, place.lat if place else None, place.lon if place else None, geo,
        row.outlet, None, row.evidence_text,
        None, None, None,
    ]  # fmt: skip


def write_acled(rows: Iterable[EventRow], stream: TextIO) -> int:
    return write_table(rows, stream, COLUMNS, acled_row)
