"""JSON shapes of stored records (`docs/api.md`): events, document summaries, document spans."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from dateline.engine.validate import format_path, spans
from dateline.export.jsonl import event_record
from dateline.flat import actor_key
from dateline.model import Document
from dateline.plover import QUAD_CLASS
from dateline.store import DocumentRow, Store
from dateline.store import schema as t
from dateline.store.rows import EventRow


def event_json(row: EventRow) -> dict[str, Any]:
    """The JSONL export record of the event, with its quad class, dates, language and actor ids."""
    record = event_record(row)
    record.update(
        quad=QUAD_CLASS.get(row.event.type),
        language=row.language,
        date_start=row.date_start,
        date_end=row.date_end,
    )
    for side, refs in (("actors", row.event.actors), ("recipients", row.event.recipients)):
        for item, ref in zip(record[side], refs, strict=True):
            item["id"] = actor_key(ref)
    return record


def document_summary(row: DocumentRow) -> dict[str, Any]:
    return {**row.__dict__, "created_at": row.created_at.isoformat()}


def document_spans(doc: Document) -> list[dict[str, Any]]:
    """Every span in the Document with the field it belongs to and its exact path."""
    return [
        {
            "field": str(path[0]),
            "path": format_path(path),
            "start": start,
            "end": end,
            "text": doc.text[start:end],
        }
        for path, start, end in spans(doc)
    ]


def story_of(store: Store, doc_id: str) -> str | None:
    """The story a document belongs to, if it was clustered."""
    m = t.story_members
    with store.engine.connect() as conn:
        story: str | None = conn.execute(sa.select(m.c.story_id).where(m.c.doc_id == doc_id)).scalar()
    return story
