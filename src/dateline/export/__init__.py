"""Exporters: stored events → a file format. ``EXPORTERS[name](rows, stream)`` writes `rows` to `stream`.

Each format lives in its own module; rows are `dateline.store.EventRow` (from `Store.events`
or `dateline.store.rows.event_rows(doc)` for a Document that was never stored).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, TextIO

from dateline.export.flat_csv import write_csv
from dateline.export.geojson import write_geojson
from dateline.export.jsonl import write_jsonl
from dateline.export.plover import write_plover
from dateline.export.table import write_table
from dateline.store.rows import EventRow

Exporter = Callable[[Iterable[EventRow], TextIO], int]
ExportFormat = Literal["table", "jsonl", "csv", "plover", "geojson"]

#: Format name → writer; each returns how many events it wrote.
EXPORTERS: dict[ExportFormat, Exporter] = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "plover": write_plover,
    "geojson": write_geojson,
}

__all__ = [
    "EXPORTERS",
    "Exporter",
    "write_csv",
    "write_geojson",
    "write_jsonl",
    "write_plover",
    "write_table",
]
