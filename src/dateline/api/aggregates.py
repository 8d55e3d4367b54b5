"""``/api/places``, ``/api/timeline`` and ``/api/network``: the filtered events counted by place, period
and actor pair. With no filter but the type, the timeline and the network read the summary tables."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from dateline.api.actors import actors_by_key
from dateline.api.deps import StoreDep
from dateline.api.graphml import graphml
from dateline.api.params import event_filter
from dateline.api.ranking import KEYS_PER_QUERY, PLACE, period_edges, period_top
from dateline.api.shapes import Network, Places, Timeline
from dateline.plover import QUAD_CLASS
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.months import MonthSplit, month_split
from dateline.store.queries import EventFilter, filtered_events
from dateline.store.rows import place_key

router = APIRouter(tags=["aggregates"])
Filter = Annotated[EventFilter, Depends(event_filter)]
#: Gaps between periods are filled with zeros up to this many periods.
MAX_FILLED_PERIODS = 10_000


@router.get("/api/places", response_model=Places)
def places(store: StoreDep, f: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> JSONResponse:
    """Places where the filtered events happen, most events first."""
    p = t.summary_places
    split = None if f.types else month_split(f)
    with store.engine.connect() as conn:
        if f == EventFilter():
            query = sa.select(p.c.geonames_id, p.c.name, p.c.country, p.c.lat, p.c.lon, p.c.n)
            rows = conn.execute(query.order_by(p.c.n.desc(), p.c.place_key).limit(limit)).all()
        elif _one_country(f) and not f.types:
            rows = conn.execute(_country_places((f.country or "").upper()).limit(limit)).all()
        elif split is None:
            rows = conn.execute(_event_places(f, _dialect(store)).limit(limit)).all()
        else:
            rows = _monthly_places(conn, f, split, limit)
    return JSONResponse(
        {
            "items": [
                {"geonames_id": g, "name": name, "country": country, "lat": lat, "lon": lon, "events": count}
                for g, name, country, lat, lon, count in rows
            ]
        }
    )


def _event_places(f: EventFilter, dialect: str, *extra: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """The filtered events (and `extra` conditions) counted by place, as ``n``, most first."""
    e = t.events
    n = sa.func.count().label("n")
    keys = (e.c.place_geonames_id, e.c.place_name, e.c.place_country, e.c.place_lat, e.c.place_lon)
    events, where = filtered_events(f, dialect)
    return (
        sa.select(*keys, n)
        .select_from(events)
        .where(e.c.place_lat.is_not(None), e.c.place_lon.is_not(None), *where, *extra)
        .group_by(*keys)
        .order_by(n.desc(), e.c.place_name, e.c.place_geonames_id, e.c.place_lat, e.c.place_lon)
    )


def _country_places(country: str) -> sa.Select[Any]:
    """`_event_places` of the events involving `country`, from ``summary_country_places``."""
    c, p = t.summary_country_places, t.summary_places
    return (
        sa.select(p.c.geonames_id, p.c.name, p.c.country, p.c.lat, p.c.lon, c.c.n)
        .join(p, p.c.place_key == c.c.place_key)
        .where(c.c.country == country)
        .order_by(c.c.n.desc(), p.c.name, p.c.geonames_id, p.c.lat, p.c.lon)
    )


def _monthly_places(conn: sa.Connection, f: EventFilter, split: MonthSplit, limit: int) -> list[Any]:
    """`places` for a time-only filter: whole years and months from ``summary_year_places`` and
    ``summary_month_places`` (ranked by `dateline.api.ranking.period_top`), the partial months at either
    end from events."""
    m, p = t.summary_month_places, t.summary_places
    partial: Counter[tuple[Any, ...]] = Counter()
    for end in split.ends:
        for geonames_id, name, _, lat, lon, n in conn.execute(_event_places(f, conn.dialect.name, *end)):
            partial[(place_key(geonames_id, name, lat, lon),)] += n
    counts = period_top(conn, (m, t.summary_year_places), PLACE, p, split, limit, partial)
    keys = [key for (key,) in counts]
    info = {
        row.place_key: row
        for start in range(0, len(keys), KEYS_PER_QUERY)
        for row in conn.execute(sa.select(p).where(p.c.place_key.in_(keys[start : start + KEYS_PER_QUERY])))
    }
    top = sorted(keys, key=lambda key: (-counts[key,], info[key].name or "", key))[:limit]
    return [
        (info[k].geonames_id, info[k].name, info[k].country, info[k].lat, info[k].lon, counts[k,])
        for k in top
    ]


def _one_country(f: EventFilter) -> bool:
    """True when `f` keeps one country's events (and types): the country summaries can answer."""
    return bool(f.country) and f == EventFilter(country=f.country, types=f.types)


def _dialect(store: Store) -> str:
    return store.engine.dialect.name


def _counts(store: Store, f: EventFilter, interval: str) -> list[tuple[str, str, int]]:
    """``(month, week's Monday or day, type, events)`` for the filtered events ("" or None when undated);
    a period may come in several rows (summed by the caller)."""
    if f.only_types():
        return _by_month(store, f) if interval == "month" else _summed(store, t.summary_days, f, interval)
    if _one_country(f):
        s = t.summary_country_days
        return _summed(store, s, f, interval, s.c.country == (f.country or "").upper())
    if (split := month_split(f)) is not None:
        # whole months from the day summaries (less the events with no end date, which `since` drops)
        whole = [t.summary_days.c.day.between(split.first + "-01", split.last + "-31")]
        counts = _summed(store, t.summary_days, f, interval, *whole)
        if split.ended_only:
            whole = [t.summary_open_days.c.day.between(split.first + "-01", split.last + "-31")]
            counts += [(w, k, -n) for w, k, n in _summed(store, t.summary_open_days, f, interval, *whole)]
        counts += [row for end in split.ends for row in _event_counts(store, f, interval, *end)]
        summed: Counter[tuple[str, str]] = Counter()
        for when, kind, n in counts:
            summed[when, kind] += n
        return [(when, kind, n) for (when, kind), n in summed.items() if n]
    return _event_counts(store, f, interval)


def _by_month(store: Store, f: EventFilter) -> list[tuple[str, str, int]]:
    """`_counts` per month from ``summary_months`` (a few thousand rows where ``summary_days`` has tens of
    thousands), and the undated events from ``summary_days``."""
    m, d = t.summary_months, t.summary_days
    typed = [m.c.type.in_(f.types)] if f.types else []
    months = sa.select(m.c.month, m.c.type, sa.func.sum(m.c.n)).where(*typed).group_by(m.c.month, m.c.type)
    undated = sa.select(d.c.day, d.c.type, d.c.n).where(
        d.c.day == "", *([d.c.type.in_(f.types)] if f.types else [])
    )
    with store.engine.connect() as conn:
        return [(when, what, int(n)) for query in (months, undated) for when, what, n in conn.execute(query)]


def _summed(
    store: Store, s: sa.Table, f: EventFilter, interval: str, *where: sa.ColumnElement[bool]
) -> list[tuple[str, str, int]]:
    """`_counts` from a ``(day, type, n)`` summary table, for `f`'s types and `where`."""
    period = _grouped(s.c.day, interval, _dialect(store))
    typed = [s.c.type.in_(f.types)] if f.types else []
    query = sa.select(period, s.c.type, sa.func.sum(s.c.n)).where(*typed, *where).group_by(period, s.c.type)
    with store.engine.connect() as conn:
        return [(when, what, int(count)) for when, what, count in conn.execute(query)]


def _event_counts(
    store: Store, f: EventFilter, interval: str, *extra: sa.ColumnElement[bool]
) -> list[tuple[str, str, int]]:
    """`_counts` from ``events``, for `f` and `extra` conditions."""
    e = t.events
    events, where = filtered_events(f, _dialect(store))
    period = _grouped(e.c.day, interval, _dialect(store))
    query = (
        sa.select(period, e.c.type, sa.func.count())
        .select_from(events)
        .where(*where, *extra)
        .group_by(period, e.c.type)
    )
    with store.engine.connect() as conn:
        return [(when, what, int(count)) for when, what, count in conn.execute(query)]


def _grouped(day: sa.ColumnElement[Any], interval: str, dialect: str) -> sa.ColumnElement[Any]:
    """What SQL groups by: ``YYYY-MM`` for months, the ISO week's Monday for weeks, else the day."""
    if interval == "month":
        return sa.func.substr(day, 1, 7)
    if interval == "day":
        return day
    if dialect == "postgresql":
        monday = sa.func.date_trunc("week", sa.cast(sa.func.nullif(day, ""), sa.Date))
        return sa.func.to_char(monday, "YYYY-MM-DD")
    return sa.func.date(day, "-6 days", "weekday 1")  # SQLite: NULL for ""


def _period(day: date, interval: str) -> str:
    if interval == "day":
        return day.isoformat()
    if interval == "month":
        return day.isoformat()[:7]
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _periods(first: date, last: date, interval: str) -> list[str]:
    """Every period from `first`'s to `last`'s, in order."""
    step = {"day": 1, "week": 7, "month": 28}[interval]
    periods: list[str] = []
    day = first
    while day <= last + timedelta(days=step) and len(periods) <= MAX_FILLED_PERIODS:
        period = _period(day, interval)
        if not periods or periods[-1] != period:
            periods.append(period)
        day += timedelta(days=step)
    end = _period(last, interval)
    return periods[: periods.index(end) + 1] if end in periods else periods


@router.get("/api/timeline", response_model=Timeline)
def timeline(
    store: StoreDep,
    f: Filter,
    interval: Literal["day", "week", "month"] = "month",
    by: Literal["type", "quad"] = "type",
) -> JSONResponse:
    """Counts of the filtered events per period (by their first day), per type or quad class."""
    counts: Counter[tuple[str, str]] = Counter()
    undated = 0
    days: set[date] = set()
    periods_of: dict[str, str] = {}
    for when, kind, n in _counts(store, f, interval):
        if when not in periods_of:
            try:
                moment = date.fromisoformat(when + "-01" if interval == "month" else when)
            except (TypeError, ValueError):
                undated += n
                continue
            days.add(moment)
            periods_of[when] = _period(moment, interval)
        counts[periods_of[when], QUAD_CLASS.get(kind, kind) if by == "quad" else kind] += n
    present = sorted({period for period, _ in counts})
    periods = present
    if days:
        filled = _periods(min(days), max(days), interval)
        if len(filled) <= MAX_FILLED_PERIODS and set(present) <= set(filled):
            periods = filled
    keys = sorted({key for _, key in counts})
    return JSONResponse(
        {
            "interval": interval,
            "by": by,
            "periods": periods,
            "series": {key: [counts[period, key] for period in periods] for key in keys},
            "undated": undated,
        }
    )


def _edge_counts(store: Store, f: EventFilter, limit: int | None) -> list[tuple[str, str, dict[str, int]]]:
    """The `limit` heaviest actor → recipient pairs (all when None) with their events per type."""
    if f.only_types() or _one_country(f):
        s = t.summary_country_edges if f.country else t.summary_edges
        where: list[sa.ColumnElement[bool]] = [s.c.type.in_(f.types)] if f.types else []
        if f.country:
            where.append(s.c.country == f.country.upper())
        if where:
            total = sa.func.sum(s.c.n).label("n")
            top = (
                sa.select(s.c.source, s.c.target, total)
                .where(*where)
                .group_by(s.c.source, s.c.target)
                .order_by(total.desc(), s.c.source, s.c.target)
                .limit(limit)
                .subquery()
            )
        else:
            whole = t.summary_pairs
            top = (
                sa.select(whole)
                .order_by(whole.c.n.desc(), whole.c.source, whole.c.target)
                .limit(limit)
                .subquery()
            )
        query = (
            sa.select(s.c.source, s.c.target, s.c.type, s.c.n)
            .join(top, sa.and_(top.c.source == s.c.source, top.c.target == s.c.target))
            .where(*where)
        )
    elif (split := month_split(f)) is not None:
        partial: dict[tuple[str, str], Counter[str]] = {}
        with store.engine.connect() as conn:
            for end in split.ends:
                for source, target, kind, n in conn.execute(_event_edges(f, conn.dialect.name, *end)):
                    partial.setdefault((source, target), Counter())[kind] += int(n)
            return period_edges(conn, f.types, split, limit, partial)
    else:
        query = _event_edges(f, _dialect(store))
    return _ranked(store, [query], limit)


def _event_edges(f: EventFilter, dialect: str, *extra: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """``(source, target, type, events)`` of the filtered events (and `extra` conditions)."""
    e, p = t.events, t.event_participants
    events, where = filtered_events(f, dialect)
    src, dst = p.alias("src"), p.alias("dst")
    pairs = (
        sa.select(
            src.c.actor_key.label("source"), dst.c.actor_key.label("target"), e.c.type, e.c.doc_id, e.c.id
        )
        .distinct()
        .select_from(events)
        .join(src, sa.and_(src.c.doc_id == e.c.doc_id, src.c.event_id == e.c.id, src.c.role == "actor"))
        .join(dst, sa.and_(dst.c.doc_id == e.c.doc_id, dst.c.event_id == e.c.id, dst.c.role == "recipient"))
        .where(*where, *extra)
        .subquery()
    )
    return sa.select(pairs.c.source, pairs.c.target, pairs.c.type, sa.func.count()).group_by(
        pairs.c.source, pairs.c.target, pairs.c.type
    )


def _ranked(
    store: Store, queries: list[sa.Select[Any]], limit: int | None
) -> list[tuple[str, str, dict[str, int]]]:
    """The `limit` heaviest pairs of the summed ``(source, target, type, events)`` rows of `queries`."""
    edges: dict[tuple[str, str], Counter[str]] = {}
    with store.engine.connect() as conn:
        for query in queries:
            for source, target, kind, n in conn.execute(query):
                edges.setdefault((source, target), Counter())[kind] += int(n)
    ranked = sorted(edges.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    return [(source, target, dict(by_type)) for (source, target), by_type in ranked]


def actor_network(
    store: Store, f: EventFilter, limit: int | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The network of the events `f` keeps: actor nodes and the `limit` heaviest actor → recipient edges
    (all when None), counted by type and quad class (``/api/network``, ``dateline export -f graphml``)."""
    edges: list[dict[str, Any]] = []
    for source, target, by_type in _edge_counts(store, f, limit):
        by_quad: Counter[str] = Counter()
        for kind, n in by_type.items():
            by_quad[QUAD_CLASS.get(kind, kind)] += n
        edges.append(
            {
                "source": source,
                "target": target,
                "events": sum(by_type.values()),
                "by_type": by_type,
                "by_quad": dict(by_quad),
            }
        )
    keys = sorted({str(edge[end]) for edge in edges for end in ("source", "target")})
    known = actors_by_key(store, keys)
    nodes = [
        known.get(key, {"id": key, "name": key, "country": None, "sector": None, "kb_id": None, "events": 0})
        for key in keys
    ]
    return nodes, edges


@router.get(
    "/api/network",
    response_model=Network,
    responses={200: {"content": {"application/graphml+xml": {}}}},
)
def network(
    store: StoreDep,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=5000, description="The heaviest edges kept.")] = 200,
    format: Literal["json", "graphml"] = "json",
) -> Response:
    """Actors as nodes and the filtered events as actor → recipient edges, counted by type and quad class."""
    nodes, edges = actor_network(store, f, limit)
    if format == "graphml":
        return Response(graphml(nodes, edges), media_type="application/graphml+xml")
    return JSONResponse({"nodes": nodes, "edges": edges})
