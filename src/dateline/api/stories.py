"""``/api/stories``: stories largest first; one story (reports, merged events, source chain, comparison)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dateline.api.deps import StoreDep
from dateline.api.params import Cursor, Limit, clean_text, decode_cursor, encode_cursor
from dateline.api.shapes import StoryPage
from dateline.stories import service

router = APIRouter(tags=["stories"])


@router.get("/api/stories", response_model=StoryPage)
def list_stories(
    store: StoreDep,
    min_docs: Annotated[int, Query(ge=1, le=1_000_000, description="At least this many reports.")] = 1,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    """Stories with their report counts, languages and outlets, largest first."""
    after = decode_cursor(cursor, (int, str))
    rows = service.list_stories(store, min_docs=min_docs, limit=limit + 1, after=after)
    page = rows[:limit]
    return JSONResponse(
        {
            "items": [dict(row.__dict__) for row in page],
            "next_cursor": encode_cursor([page[-1].n_docs, page[-1].id]) if len(rows) > limit else None,
        }
    )


@router.get("/api/stories/{story_id}")
def get_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """The story JSON (`docs/formats.md`); `story_id` may be a unique prefix."""
    clean_text("story_id", story_id)
    view = service.story_view(store, story_id) if story_id else None
    if view is None:
        raise HTTPException(404, f"no single story matches {story_id!r}")
    return view
