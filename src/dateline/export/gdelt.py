"""GDELT 2.0 event table (tab-separated, the 61 columns in GDELT's order, with a header line).

Columns Dateline has a value for are filled; the rest are empty. Differences from GDELT itself
(documented column by column in ``docs/formats.md``): ``GLOBALEVENTID`` is Dateline's corpus-wide
event id (text); ``EventCode`` holds the PLOVER category, not a CAMEO code (``EventBaseCode`` and
``EventRootCode`` stay empty); country codes are ISO-3, not FIPS; each row is one event of one report
(``NumMentions`` = ``NumSources`` = ``NumArticles`` = 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TextIO

from dateline.export.flat_csv import write_table
from dateline.model import ActorRef, PlaceRef
from dateline.plover import QUAD_CLASS, QUAD_CODES
from dateline.store.rows import EventRow

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
#: GDELT's geo types Dateline uses: 4 a place with coordinates ("world city"), 1 a country only.
GEO_POINT, GEO_COUNTRY = 4, 1

Cell = str | int | float | None


def _actor(refs: list[ActorRef]) -> list[Cell]:
    """The first actor of a side as GDELT's ten actor columns (code = country + sector, as CAMEO)."""
    if not refs:
        return [None] * len(ACTOR_FIELDS)
    ref = refs[0]
    code = "".join(x for x in (ref.country, ref.sector) if x) or None
    return [code, ref.name, ref.country, None, None, None, None, ref.sector, None, None]


def _geo(place: PlaceRef | None) -> list[Cell]:
    if place is None:
        return [None] * len(GEO_FIELDS)
    kind = GEO_POINT if place.lat is not None and place.lon is not None else GEO_COUNTRY
    return [kind, place.name, place.country, None, None, place.lat, place.lon, place.geonames_id]


def _dates(day: str | None) -> list[Cell]:
    """SQLDATE, MonthYear, Year and FractionDate of a ``YYYY-MM-DD`` day."""
    try:
        when = date.fromisoformat(day or "")
    except ValueError:
        return [None] * 4
    fraction = when.year + (when.timetuple().tm_yday - 1) / 365
    return [when.strftime("%Y%m%d"), when.strftime("%Y%m"), when.year, round(fraction, 4)]


def gdelt_row(row: EventRow) -> list[Cell]:
    event = row.event
    family = QUAD_CLASS.get(event.type)
    return [
        row.id, *_dates(row.date_start),
        *_actor(event.actors), *_actor(event.recipients),
        1, event.type, None, None, QUAD_CODES[family] if family else None, None,
        1, 1, 1, None,
        *_geo(None), *_geo(None), *_geo(event.place),
        None, row.url,
    ]  # fmt: skip


def write_gdelt(rows: Iterable[EventRow], stream: TextIO) -> int:
    return write_table(rows, stream, COLUMNS, gdelt_row, delimiter="\t")
