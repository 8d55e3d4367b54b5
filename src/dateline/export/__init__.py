"""Exporters: stored events → a file format. ``EXPORTERS[name](rows, stream)`` writes `rows` to `stream`.

Each format lives in its own module; rows are `dateline.store.EventRow` (from `Store.iter_events`
or `dateline.store.rows.event_rows(doc)` for a Document that was never stored), consumed one at a
time. `dateline.export.parquet` (a folder of tables, needs pyarrow) is imported on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, TextIO

from dateline.export.acled import write_acled
from dateline.export.flat_csv import write_csv
from dateline.export.gdelt import write_gdelt
from dateline.export.geojson import write_geojson
from dateline.export.jsonl import write_jsonl
from dateline.export.plover import write_plover
from dateline.export.table import write_table
from dateline.store.rows import EventRow

Exporter = Callable[[Iterable[EventRow], TextIO], int]
ExportFormat = Literal["table", "jsonl", "csv", "plover", "geojson", "gdelt", "acled"]

#: Format name → writer; each returns how many events it wrote.
EXPORTERS: dict[ExportFormat, Exporter] = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "plover": write_plover,
    "geojson": write_geojson,
    "gdelt": write_gdelt,
    "acled": write_acled,
}

__all__ = [
    "EXPORTERS",
    "Exporter",
    "write_acled",
    "write_csv",
    "write_gdelt",
    "write_geojson",
    "write_jsonl",
    "write_plover",
    "write_table",
]
