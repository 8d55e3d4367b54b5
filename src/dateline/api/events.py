"""``/api/events``: filtered pages in a stable order, whole exports streamed, one event by id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException

from dateline.api.deps import StoreDep
from dateline.api.documents import document_row
from dateline.api.params import Cursor, Limit, clean_text, decode_cursor, encode_cursor, event_filter
from dateline.api.shapes import EventPage
from dateline.api.streaming import stream_export
from dateline.api.views import document_summary, event_json, story_of
from dateline.export import EXPORTERS
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.queries import EventFilter, event_row, newest_first, page, page_key_kinds, select_events
from dateline.store.rows import EventRow

router = APIRouter(tags=["events"])

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "plover": "application/x-ndjson",
    "geojson": "application/geo+json",
}
FILE_NAMES = {
    "csv": "events.csv",
    "jsonl": "events.jsonl",
    "plover": "events.plover.jsonl",
    "geojson": "events.geojson",
}
STREAM_BATCH = 500


def iter_events(store: Store, f: EventFilter) -> Iterator[EventRow]:
    """Every event matching `f`, newest first, read from the database in batches."""
    query = newest_first(select_events(f, store.engine.dialect.name), None)
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=STREAM_BATCH).execute(query)
        for row in result:
            yield event_row(row)


@router.get(
    "/api/events",
    response_model=EventPage,
    responses={200: {"content": {media: {} for media in MEDIA_TYPES.values()}}},
)
def list_events(
    store: StoreDep,
    f: Annotated[EventFilter, Depends(event_filter)],
    limit: Limit = 50,
    cursor: Cursor = None,
    format: Annotated[
        Literal["json", "csv", "jsonl", "plover", "geojson"],
        Query(description="json: one page; the others stream every matching event."),
    ] = "json",
) -> JSONResponse | StreamingResponse:
    """Events matching the filters, newest first; `format` other than json exports them all. The page
    is JSON-native already, so it goes out as it is (FastAPI's generic encoder tripled a page's time)."""
    if format != "json":
        return StreamingResponse(
            stream_export(EXPORTERS[format], lambda: iter_events(store, f)),
            media_type=MEDIA_TYPES[format],
            headers={"Content-Disposition": f'attachment; filename="{FILE_NAMES[format]}"'},
        )
    after = decode_cursor(cursor, page_key_kinds(f, store.engine.dialect.name))
    with store.engine.connect() as conn:
        found = page(conn, f, after, limit)
    return JSONResponse(
        {
            "items": [event_json(event_row(row)) for row in found.rows],
            "next_cursor": encode_cursor(found.next_key) if found.next_key else None,
        }
    )


def find_event(store: Store, event_id: str) -> EventRow | None:
    """The event with this corpus-wide id (``<doc_id>-<event id>``, or an event id that starts with its
    document's id)."""
    doc_id, _, own = event_id.partition("-")
    e = t.events
    query = (
        select_events(EventFilter(), store.engine.dialect.name)
        .where(e.c.doc_id == doc_id, e.c.id.in_([own, event_id]))
        .limit(1)
    )
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    return event_row(row) if row is not None else None


@router.get("/api/events/{event_id}", response_model=dict[str, Any])
def get_event(store: StoreDep, event_id: str) -> JSONResponse:
    """One event, its document's metadata and its story."""
    clean_text("event_id", event_id)
    row = find_event(store, event_id)
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    document = document_row(store, row.doc_id)
    return JSONResponse(
        {**event_json(row), "document": document_summary(document), "story": story_of(store, row.doc_id)}
    )
