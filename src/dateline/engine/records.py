"""Plain records for engines whose workers live in other processes or machines (the Ray engine).

A planned `Chunk` travels as one Arrow row under a fixed schema: its ``seq`` and the list of its
raw inputs (text as UTF-8 bytes that keep lone surrogates). One row per chunk keeps a chunk whole
whatever Ray Data does with blocks (it bundles small blocks into one batch). A `ChunkResult`
comes back as one row too: the chunk's documents as the JSON of their table rows (`dateline.flat`:
the worker flattens, so the driver, the one sink, only decodes JSON and writes) and its stage times
as JSON.
Nothing is pickled, so a worker can run another Python build or a newer Dateline without breaking
the driver silently.
"""

from __future__ import annotations

import dataclasses
import json

import pyarrow as pa

from dateline.engine.base import Chunk
from dateline.engine.worker import ChunkResult
from dateline.flat import FlatDocument, flatten
from dateline.model import Document, RawDocument

_TEXT_FIELDS = ("uri", "source_id", "kind", "title", "url", "outlet", "published", "language", "error")

RAW_TYPE = pa.struct(
    [pa.field("content", pa.binary())] + [pa.field(name, pa.binary()) for name in _TEXT_FIELDS]
)
CHUNK_SCHEMA = pa.schema([pa.field("seq", pa.int64()), pa.field("raws", pa.list_(RAW_TYPE))])
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
    """The chunk as one row of `CHUNK_SCHEMA`."""
    raws = [
        {"content": raw.content, **{name: _encode(getattr(raw, name)) for name in _TEXT_FIELDS}}
        for raw in chunk.raws
    ]
    return pa.Table.from_pydict({"seq": [chunk.seq], "raws": [raws]}, schema=CHUNK_SCHEMA)


def table_chunks(table: pa.Table) -> list[Chunk]:
    """The Chunks of rows of `CHUNK_SCHEMA`."""
    return [
        Chunk(
            row["seq"],
            [
                RawDocument(
                    content=raw["content"],
                    **{name: _decode(raw[name]) for name in _TEXT_FIELDS if raw[name] is not None},
                )
                for raw in row["raws"]
            ],
        )
        for row in table.to_pylist()
    ]


def _flat_json(doc: Document | FlatDocument) -> str:
    """A result's table rows as JSON (ASCII: lone surrogates and floats come back exactly)."""
    flat = flatten(doc) if isinstance(doc, Document) else doc
    return json.dumps(dataclasses.asdict(flat))


def result_table(result: ChunkResult) -> pa.Table:
    """A processed chunk as one row of `RESULT_SCHEMA`."""
    return pa.Table.from_pydict(
        {
            "seq": [result.seq],
            "docs": [[_flat_json(doc) for doc in result.docs]],
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
            docs=[FlatDocument(**json.loads(data)) for data in row["docs"]],
            seconds=json.loads(row["seconds"]),
            counts=json.loads(row["counts"]),
        )
        for row in table.to_pylist()
    ]
