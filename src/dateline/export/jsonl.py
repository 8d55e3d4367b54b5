"""JSON Lines: one event per line in the Document JSON contract, plus its document's metadata and evidence."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from dateline.store.rows import EventRow


def event_record(row: EventRow) -> dict[str, Any]:
    """The event as in ``Document.events`` (JSON contract), with a corpus-wide ``id`` and its document."""
    return {
        **row.event.model_dump(mode="json"),
        "id": row.id,
        "doc_id": row.doc_id,
        "source_id": row.source_id,
        "date": row.date,
        "outlet": row.outlet,
        "url": row.url,
        "title": row.title,
        "published": row.published,
        "evidence_text": row.evidence_text,
    }


def write_jsonl(rows: Iterable[EventRow], stream: TextIO) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(event_record(row), ensure_ascii=False) + "\n")
        count += 1
    return count
