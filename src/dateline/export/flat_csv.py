"""CSV with GDELT/ACLED-like flat columns: one row per event, actor lists joined with ``; ``."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from dateline.model import ActorRef
from dateline.store.rows import EventRow

COLUMNS = (
    "event_id", "doc_id", "date", "date_start", "date_end", "event_type", "mode", "contexts", "auxiliary",
    "actor1_name", "actor1_country", "actor1_sector", "actor1_kb_id",
    "actor2_name", "actor2_country", "actor2_sector", "actor2_kb_id",
    "place", "place_country", "latitude", "longitude", "geonames_id", "place_precision",
    "source_outlet", "cited_source", "confidence", "evidence_text", "url", "title", "language",
    "published", "source_id",
)  # fmt: skip
SEPARATOR = "; "


def _side(refs: list[ActorRef]) -> list[str]:
    """Name, country, sector and KB id columns for one side (actors or recipients)."""
    return [
        SEPARATOR.join(getattr(r, key) or "" for r in refs) for key in ("name", "country", "sector", "kb_id")
    ]


def csv_row(row: EventRow) -> list[str | float | int | None]:
    event, place = row.event, row.event.place
    return [
        row.id, row.doc_id, row.date, row.date_start, row.date_end, event.type, event.mode,
        SEPARATOR.join(event.contexts), event.auxiliary,
        *_side(event.actors), *_side(event.recipients),
        place.name if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None, place.geonames_id if place else None,
        place.precision if place else None,
        row.outlet, SEPARATOR.join(a.source for a in event.attribution), round(event.confidence, 3),
        row.evidence_text, row.url, row.title, row.language, row.published, row.source_id,
    ]  # fmt: skip


def write_table(
    rows: Iterable[EventRow],
    stream: TextIO,
    columns: Sequence[str],
    to_row: Callable[[EventRow], list[Any]],
    delimiter: str = ",",
) -> int:
    """One header line of `columns`, then `to_row` of each event row; the number of rows written."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(to_row(row))
        count += 1
    return count


def write_csv(rows: Iterable[EventRow], stream: TextIO) -> int:
    return write_table(rows, stream, COLUMNS, csv_row)
