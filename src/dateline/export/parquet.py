"""Parquet: events, documents, actors and places as four tables, partitioned by month.

``OUT/events/month=2024-05/part-00000.parquet`` and so on (Hive-style folders: pandas, pyarrow and
DuckDB read ``OUT/events`` as one table with a ``month`` column). Rows stream from the store and are
written every `BATCH_ROWS` rows, one file per month present in the batch, so memory stays bounded
whatever the store's size. An event's month is that of its start date; a document's (and its actors'
and places') that of its publication date; ``unknown`` when there is none. Filters select the
events; the other three tables hold the whole store. Needs ``pyarrow`` (``pip install 'dateline[parquet]'``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from dateline.export.flat_csv import COLUMNS as EVENT_COLUMNS
from dateline.export.flat_csv import csv_row
from dateline.plover import QUAD_CLASS
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.rows import EventRow

BATCH_ROWS = 20_000
UNKNOWN = "unknown"
_MONTH = re.compile(r"^\d{4}-\d{2}")

_FLOATS = {"latitude", "longitude", "confidence"}
EVENT_SCHEMA = pa.schema(
    [
        pa.field(
            name, pa.float64() if name in _FLOATS else pa.int64() if name == "geonames_id" else pa.string()
        )
        for name in EVENT_COLUMNS
    ]
    + [pa.field("quad_class", pa.string())]
)


def month_of(day: str | None) -> str:
    """``YYYY-MM`` of an ISO date, else ``unknown``."""
    return day[:7] if day and _MONTH.match(day) else UNKNOWN


class PartitionedWriter:
    """Rows of one table, buffered and written `batch_rows` at a time, one file per month."""

    def __init__(self, folder: Path, schema: pa.Schema, batch_rows: int = BATCH_ROWS) -> None:
        self.folder, self.schema, self.batch_rows = folder, schema, batch_rows
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.buffered = 0
        self.parts = 0
        self.written = 0

    def add(self, month: str, row: dict[str, Any]) -> None:
        self.rows[month].append(row)
        self.buffered += 1
        if self.buffered >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        for month, rows in sorted(self.rows.items()):
            target = self.folder / f"month={month}"
            target.mkdir(parents=True, exist_ok=True)
            table = pa.Table.from_pylist(rows, schema=self.schema)
            pq.write_table(table, target / f"part-{self.parts:05d}.parquet")
            self.written += len(rows)
        self.parts += 1
        self.rows.clear()
        self.buffered = 0

    def close(self) -> int:
        """Write what is buffered; how many rows were written in all."""
        if self.buffered:
            self.flush()
        return self.written


def _arrow_type(column: sa.Column[Any]) -> pa.DataType:
    kind = column.type
    if isinstance(kind, sa.Float):
        return pa.float64()
    if isinstance(kind, sa.Integer):
        return pa.int64()
    if isinstance(kind, sa.DateTime):
        return pa.timestamp("us", tz="UTC")
    return pa.string()


def _table_schema(table: sa.Table) -> pa.Schema:
    return pa.schema(
        [pa.field(c.name, _arrow_type(c)) for c in table.columns if c.name not in ("json", "id")]
    )


def write_events(rows: Iterable[EventRow], folder: Path, batch_rows: int = BATCH_ROWS) -> int:
    """The events table: the CSV export's columns (``docs/formats.md``), typed, and the quad class."""
    writer = PartitionedWriter(folder, EVENT_SCHEMA, batch_rows)
    for row in rows:
        record = dict(zip(EVENT_COLUMNS, csv_row(row), strict=True))
        record["quad_class"] = QUAD_CLASS.get(row.event.type)
        writer.add(month_of(row.date_start), record)
    return writer.close()


def _stream(store: Store, query: sa.Select[Any], chunk: int) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as conn:
        for row in conn.execute(query.execution_options(yield_per=chunk)):
            yield row._asdict()


def write_document_tables(store: Store, out: Path, batch_rows: int = BATCH_ROWS) -> dict[str, int]:
    """The documents, actors and places tables (``json`` and surrogate row ids left out)."""
    d = t.documents
    published = d.c.published_value.label("published_for_month")
    counts: dict[str, int] = {}
    for name, table in (("documents", d), ("actors", t.doc_actors), ("places", t.doc_places)):
        schema = _table_schema(table)
        if name == "documents":
            schema = schema.insert(0, pa.field("id", pa.string()))
        columns = [table.c[field.name] for field in schema]
        query = sa.select(*columns, published)
        query = query if table is d else query.join(d, d.c.id == table.c.doc_id)
        writer = PartitionedWriter(out / name, schema, batch_rows)
        for row in _stream(store, query.order_by(d.c.created_at, d.c.id), batch_rows):
            writer.add(month_of(row.pop("published_for_month")), row)
        counts[name] = writer.close()
    return counts


def write_parquet(
    store: Store, events: Iterable[EventRow], out: Path, batch_rows: int = BATCH_ROWS
) -> dict[str, int]:
    """All four tables under `out`; rows written per table."""
    counts = {"events": write_events(events, out / "events", batch_rows)}
    counts.update(write_document_tables(store, out, batch_rows))
    return counts
