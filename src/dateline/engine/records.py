"""Plain records for engines whose workers live in other processes or machines (the Ray engine).

A planned `Chunk` travels as one Arrow row under a fixed schema: its ``seq`` and the list of its
raw inputs (text as UTF-8 bytes that keep lone surrogates). One row per chunk keeps a chunk whole
whatever Ray Data does with blocks (it bundles small blocks into one batch). A `ChunkResult`
comes back as one row too: the chunk's documents as their table rows (`dateline.flat`), in JSON,
with each Document's own JSON in a column beside them, and its stage times as JSON. The actor
flattens, so the driver, the one sink, only decodes JSON and writes (0.35 ms a report, against
2.7 ms to rebuild and flatten a Document from its JSON).
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
        pa.field("json", pa.list_(pa.large_string())),
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


_FLAT_FIELDS = tuple(f.name for f in dataclasses.fields(FlatDocument))


def _flat_json(flat: FlatDocument) -> str:
    """A result's table rows as JSON, but the Document's own JSON, which travels in a column of its
    own (JSON inside JSON escapes every quote: it doubled the actor's cost). Floats come back exactly;
    every string comes from the Document, which has a JSON form, so it is valid UTF-8."""
    rows = {name: getattr(flat, name) for name in _FLAT_FIELDS}
    rows["document"] = {key: value for key, value in flat.document.items() if key != "json"}
    return json.dumps(rows, ensure_ascii=False)


def _flat(rows: str, document_json: str) -> FlatDocument:
    flat = FlatDocument(**json.loads(rows))
    flat.document["json"] = document_json
    return flat


def result_table(result: ChunkResult) -> pa.Table:
    """A processed chunk as one row of `RESULT_SCHEMA`."""
    flats = [flatten(doc) if isinstance(doc, Document) else doc for doc in result.finished()]
    return pa.Table.from_pydict(
        {
            "seq": [result.seq],
            "docs": [[_flat_json(flat) for flat in flats]],
            "json": [[flat.document["json"] for flat in flats]],
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
            docs=[_flat(rows, data) for rows, data in zip(row["docs"], row["json"], strict=True)],
            seconds=json.loads(row["seconds"]),
            counts=json.loads(row["counts"]),
        )
        for row in table.to_pylist()
    ]
