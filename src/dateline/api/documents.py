"""``/api/documents``: stored documents newest first, and one document with every span."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dateline.api.deps import StoreDep
from dateline.api.errors import BadParameter
from dateline.api.params import TEXT, Cursor, Limit, clean_text, decode_cursor, encode_cursor
from dateline.api.shapes import DocumentPage
from dateline.api.views import document_spans, document_summary, story_of
from dateline.store import AmbiguousIdError, DocumentRow, Store
from dateline.store import schema as t

router = APIRouter(tags=["documents"])
COLUMNS = tuple(DocumentRow.__dataclass_fields__)


def _row(row: Any) -> DocumentRow:
    created = row.created_at
    return DocumentRow(
        **{**row._asdict(), "created_at": created if created.tzinfo else created.replace(tzinfo=UTC)}
    )


def document_row(store: Store, doc_id: str) -> DocumentRow:
    d = t.documents
    with store.engine.connect() as conn:
        return _row(conn.execute(sa.select(*(d.c[c] for c in COLUMNS)).where(d.c.id == doc_id)).one())


@router.get("/api/documents", response_model=DocumentPage)
def list_documents(
    store: StoreDep,
    language: Annotated[str | None, Query(max_length=16)] = None,
    outlet: Annotated[str | None, Query(max_length=TEXT, description="Outlet name (any case).")] = None,
    status: Literal["ok", "failed"] | None = None,
    story: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    """Stored documents' metadata, newest stored first."""
    for name, value in (("language", language), ("outlet", outlet), ("story", story)):
        clean_text(name, value)
    d = t.documents
    query = sa.select(*(d.c[c] for c in COLUMNS))
    if language:
        query = query.where(d.c.language == language.lower())
    if outlet:
        query = query.where(sa.func.lower(d.c.outlet) == outlet.lower())
    if status:
        query = query.where(d.c.status == status)
    if story:
        members = sa.select(t.story_members.c.doc_id).where(t.story_members.c.story_id == story)
        query = query.where(d.c.id.in_(members))
    after = decode_cursor(cursor, (str, str))
    if after is not None:
        try:
            moment = datetime.fromisoformat(after[0])
        except ValueError:
            raise BadParameter("cursor", "not a cursor this API returned") from None
        query = query.where(
            sa.tuple_(d.c.created_at, d.c.id)
            < sa.tuple_(sa.literal(moment, d.c.created_at.type), sa.literal(after[1]))
        )
    query = query.order_by(d.c.created_at.desc(), d.c.id.desc()).limit(limit + 1)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    page = rows[:limit]
    last = page[-1] if len(rows) > limit else None  # the cursor keeps the value as the database has it
    return JSONResponse(
        {
            "items": [document_summary(_row(row)) for row in page],
            "next_cursor": encode_cursor([last.created_at.isoformat(), last.id]) if last else None,
        }
    )


@router.get("/api/documents/{doc_id}", response_model=dict[str, Any])
def get_document(store: StoreDep, doc_id: str) -> JSONResponse:
    """The whole Document (text, metadata, removed lines…), every span with its field, and its story."""
    clean_text("doc_id", doc_id)
    try:
        doc = store.get(doc_id)
    except AmbiguousIdError as exc:
        raise HTTPException(404, str(exc)) from None
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return JSONResponse(
        {
            "document": doc.model_dump(mode="json"),
            "spans": document_spans(doc),
            "story": story_of(store, doc.id),
        }
    )
