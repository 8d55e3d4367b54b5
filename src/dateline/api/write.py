"""Write endpoints, mounted only when the app has a write token (``Authorization: Bearer TOKEN``)."""

from __future__ import annotations

import hmac
import io
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from starlette.exceptions import HTTPException

from dateline.api.deps import StoreDep
from dateline.api.events import find_event
from dateline.api.params import clean_text
from dateline.engine.validate import check_offsets
from dateline.pipeline import Pipeline
from dateline.sources import MAX_FILE_BYTES, read_stream
from dateline.stories import service

#: Records one upload may hold.
MAX_RECORDS = 100


def token_check(token: str) -> Callable[[str | None], None]:
    """A dependency that lets a request through only with ``Authorization: Bearer <token>``."""

    def check(authorization: Annotated[str | None, Header()] = None) -> None:
        if not authorization:
            raise HTTPException(401, "this endpoint needs the write token", {"WWW-Authenticate": "Bearer"})
        scheme, _, given = authorization.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong write token")

    return check


class _LazyPipeline:
    """The full pipeline, built on the first upload (loading the models takes seconds)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pipeline: Pipeline | None = None

    def get(self) -> Pipeline:
        with self.lock:
            if self.pipeline is None:
                self.pipeline = Pipeline.from_config()
            return self.pipeline


def write_router(token: str) -> APIRouter:
    router = APIRouter(tags=["write"], dependencies=[Depends(token_check(token))])
    pipeline = _LazyPipeline()

    def _event_id(store: StoreDep, event_id: str) -> str:
        clean_text("event_id", event_id)
        row = find_event(store, event_id)
        if row is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return row.event.id

    @router.post("/api/events/{event_id}/detach")
    def detach(store: StoreDep, event_id: str) -> dict[str, Any]:
        """Take the event out of every merged event (reversible)."""
        service.detach_event(store, _event_id(store, event_id))
        return {"event": event_id, "detached": True}

    @router.post("/api/events/{event_id}/reattach")
    def reattach(store: StoreDep, event_id: str) -> dict[str, Any]:
        """Undo a detach."""
        service.reattach_event(store, _event_id(store, event_id))
        return {"event": event_id, "detached": False}

    @router.post("/api/documents")
    async def ingest(store: StoreDep, request: Request) -> dict[str, Any]:
        """Ingest the body: one text or HTML report, or JSONL records, through the full pipeline."""
        body = await request.body()
        if not body.strip():
            raise HTTPException(400, "empty body: send a report's text or HTML, or JSONL records")
        if len(body) > MAX_FILE_BYTES:
            raise HTTPException(413, f"body too large (limit {MAX_FILE_BYTES} bytes)")
        raws = list(read_stream(io.BytesIO(body), uri="upload"))
        if len(raws) > MAX_RECORDS:
            raise HTTPException(413, f"too many records ({len(raws)}, limit {MAX_RECORDS})")
        run = pipeline.get()
        docs = [check_offsets(run(raw)) for raw in raws]
        result = store.put(docs)
        return {
            "stored": result.stored,
            "skipped": result.skipped,
            "failed": result.failed,
            "ids": [doc.id for doc in docs],
        }

    return router
