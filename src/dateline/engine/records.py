"""Plain records for engines whose workers live in other processes or machines (the Ray engine).

A planned `Chunk` travels as an Arrow table of raw inputs under a fixed schema (one row per
document, the chunk's ``seq`` on every row, text as UTF-8 bytes that keep lone surrogates); a
`ChunkResult` comes back as one row: the chunk's documents as Document JSON and its stage times
as JSON. Nothing is pickled, so a worker can run
another Python build or a newer Dateline without breaking the driver silently.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from dateline.engine.base import Chunk
from dateline.engine.worker import ChunkResult
from dateline.model import Document, RawDocument

_TEXT_FIELDS = ("uri", "source_id", "kind", "title", "url", "outlet", "published", "language", "error")

RAW_SCHEMA = pa.schema(
    [pa.field("seq", pa.int64()), pa.field("content", pa.binary())]
    + [pa.field(name, pa.binary()) for name in _TEXT_FIELDS]
)
RESULT_SCHEMA = pa.schema(
    [
        pa.field("seq", pa.int64()),
        pa.field("docs", pa.list_(pa.large_string())),
        pa.field("seconds", pa.string()),
        pa.field("counts", pa.string()),
    ]
)


def _encode(value: str | None) -> bytes | None:
    """Text as bytes, lone surrogates included (ids hash them), so that `_decode` gives it back."""
    return None if value is None else value.encode("utf-8", "surrogatepass")


def _decode(value: bytes | None) -> str | None:
    return None if value is None else value.decode("utf-8", "surrogatepass")


def chunk_table(chunk: Chunk) -> pa.Table:
    """The chunk's raw inputs as rows of `RAW_SCHEMA`."""
    columns: dict[str, list[Any]] = {
        "seq": [chunk.seq] * len(chunk.raws),
        "content": [raw.content for raw in chunk.raws],
    }
    for name in _TEXT_FIELDS:
        columns[name] = [_encode(getattr(raw, name)) for raw in chunk.raws]
    return pa.Table.from_pydict(columns, schema=RAW_SCHEMA)


def table_chunk(table: pa.Table) -> Chunk:
    """The `Chunk` of a `chunk_table` (all rows share one ``seq``)."""
    rows = table.to_pylist()
    raws = [
        RawDocument(
            content=row["content"],
            **{name: _decode(row[name]) for name in _TEXT_FIELDS if row[name] is not None},
        )
        for row in rows
    ]
    return Chunk(rows[0]["seq"] if rows else 0, raws)


def result_table(result: ChunkResult) -> pa.Table:
    """A processed chunk as one row of `RESULT_SCHEMA`."""
    return pa.Table.from_pydict(
        {
            "seq": [result.seq],
            "docs": [[doc.to_json() for doc in result.docs]],
            "seconds": [json.dumps(result.seconds)],
            "counts": [json.dumps(result.counts)],
        },
        schema=RESULT_SCHEMA,
    )


def table_results(table: pa.Table) -> list[ChunkResult]:
    """The ChunkResults of rows of `RESULT_SCHEMA`."""
    return [
        ChunkResult(
            seq=row["seq"],
            docs=[Document.from_json(data) for data in row["docs"]],
            seconds=json.loads(row["seconds"]),
            counts=json.loads(row["counts"]),
        )
        for row in table.to_pylist()
    ]
