"""``/api/actors``: actors as coded in events (`docs/api.md`), their counterparts and events over time."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dateline.api.deps import StoreDep
from dateline.api.params import COUNTRY_PATTERN, TEXT, Cursor, Limit, clean_text, decode_cursor, encode_cursor
from dateline.api.shapes import ActorPage
from dateline.store import Store
from dateline.store import schema as t

router = APIRouter(tags=["actors"])
COUNTERPARTS = 50


def actor_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.actor_key,
        "name": row.name,
        "country": row.country,
        "sector": row.sector,
        "kb_id": row.kb_id,
        "events": row.n,
    }


def actors_by_key(store: Store, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Actor records for these ids (from the summary table)."""
    a = t.summary_actors
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(keys), 500):
            query = sa.select(a).where(a.c.actor_key.in_(keys[start : start + 500]))
            found.update({row.actor_key: actor_json(row) for row in conn.execute(query)})
    return found


@router.get("/api/actors", response_model=ActorPage)
def list_actors(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=TEXT, description="Name substring (any case).")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY_PATTERN)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    """Actors, most events first."""
    clean_text("q", q)
    a = t.summary_actors
    query = sa.select(a)
    if q:
        needle = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(sa.func.lower(a.c.name).like(needle, escape="\\"))
    if country:
        query = query.where(a.c.country == country.upper())
    after = decode_cursor(cursor, (int, str))
    if after is not None:
        query = query.where(sa.or_(a.c.n < after[0], sa.and_(a.c.n == after[0], a.c.actor_key > after[1])))
    query = query.order_by(a.c.n.desc(), a.c.actor_key).limit(limit + 1)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    page = rows[:limit]
    return JSONResponse(
        {
            "items": [actor_json(row) for row in page],
            "next_cursor": encode_cursor([page[-1].n, page[-1].actor_key]) if len(rows) > limit else None,
        }
    )


@router.get("/api/actors/{actor_id}")
def get_actor(store: StoreDep, actor_id: str) -> dict[str, Any]:
    """One actor: its counts, its counterparts (both directions) and its events per month."""
    clean_text("actor_id", actor_id)
    actor = actors_by_key(store, [actor_id]).get(actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    e, p = t.summary_edges, t.event_participants
    month = sa.func.substr(p.c.day, 1, 7)
    with store.engine.connect() as conn:
        edges = conn.execute(sa.select(e).where(sa.or_(e.c.source == actor_id, e.c.target == actor_id))).all()
        months = conn.execute(
            sa.select(month.label("period"), sa.func.count().label("n"))
            .where(p.c.actor_key == actor_id, p.c.day != "")
            .group_by(month)
            .order_by(month)
        ).all()
    as_actor: Counter[str] = Counter()  # the counterpart acted on this actor
    as_recipient: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    for edge in edges:
        if edge.source == actor_id:
            as_recipient[edge.target] += edge.n
        if edge.target == actor_id:
            as_actor[edge.source] += edge.n
        other = edge.target if edge.source == actor_id else edge.source
        by_type.setdefault(other, Counter())[edge.type] += edge.n
    totals = as_actor + as_recipient
    top = [key for key, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:COUNTERPARTS]]
    known = actors_by_key(store, top)
    counterparts = [
        {
            **{k: v for k, v in known.get(key, {"id": key, "name": key}).items() if k != "events"},
            "events": totals[key],
            "as_actor": as_actor[key],
            "as_recipient": as_recipient[key],
            "by_type": dict(by_type[key]),
        }
        for key in top
    ]
    return {
        "actor": actor,
        "counterparts": counterparts,
        "timeline": [{"period": row.period, "events": row.n} for row in months],
    }
