"""Summary tables: events per day and type, actor → recipient edges per type and in all, events per
actor and per place, edges, pairs and places per month and per year, places per country involved, and
the widths of the events' date intervals.

`Store.put` adds each batch's counts (`add_summaries`) in the same transaction, so the whole-store
timeline, network and actor list read a few thousand rows instead of every event. `rebuild_summaries`
recomputes them from the event tables (the migration that creates them, and bulk loaders).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from dateline.store import schema as t
from dateline.store.many import execute_many
from dateline.store.rows import place_key

#: The width recorded for an interval with an end but no start: wider than any calendar allows.
UNBOUNDED_DAYS = 10**6


def interval_days(start: str | None, end: str | None) -> int | None:
    """The width in days of a stored ``date_start``–``date_end`` interval (None when it has no end)."""
    if end is None:
        return None
    if start is None:
        return UNBOUNDED_DAYS
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def since_floor(conn: sa.Connection, since: str) -> str | None:
    """The earliest first day (``events.day``) of an event ending on or after `since`: `since` minus the
    widest interval stored (None when no bound holds)."""
    widest = conn.execute(sa.select(sa.func.max(t.summary_widths.c.days))).scalar()
    if widest is None:
        return since  # no event has an end date: none can end after `since`
    try:
        return (date.fromisoformat(since) - timedelta(days=max(widest, 0))).isoformat()
    except OverflowError:
        return None


#: The monthly summary tables (migration 0007_monthly).
MONTHLY = (t.summary_widths, t.summary_month_edges, t.summary_month_places)
#: The period and country rankings (migration 0008_rankings).
RANKINGS = (
    t.summary_month_pairs,
    t.summary_open_days,
    t.summary_country_days,
    t.summary_country_edges,
    t.summary_country_places,
)
#: The yearly summary tables (migration 0009_yearly): the monthly ones summed per year.
YEARLY = (t.summary_months, t.summary_year_edges, t.summary_year_pairs, t.summary_year_places)


def summary_rows(
    events: Iterable[Mapping[str, Any]], participants: Iterable[Mapping[str, Any]]
) -> dict[sa.Table, list[dict[str, Any]]]:
    """The summary rows (counts) for event and participant rows as `dateline.flat.flatten` makes."""
    by_event: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for p in participants:
        by_event.setdefault((p["doc_id"], p["event_id"]), []).append(p)
    days: Counter[tuple[str, str]] = Counter()
    edges: Counter[tuple[str, str, str]] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    actors: Counter[str] = Counter()
    info: dict[str, Mapping[str, Any]] = {}
    places: Counter[str] = Counter()
    located: dict[str, dict[str, Any]] = {}
    widths: Counter[int] = Counter()
    month_edges: Counter[tuple[str, bool, str, str, str]] = Counter()
    month_places: Counter[tuple[str, bool, str]] = Counter()
    month_pairs: Counter[tuple[str, bool, str, str]] = Counter()
    months: Counter[tuple[str, bool, str]] = Counter()
    country_places: Counter[tuple[str, str]] = Counter()
    open_days: Counter[tuple[str, str]] = Counter()
    country_days: Counter[tuple[str, str, str]] = Counter()
    country_edges: Counter[tuple[str, str, str, str]] = Counter()
    for event in events:
        people = by_event.get((event["doc_id"], event["id"]), [])
        kind = event["type"]
        involved = {p["country"] for p in people if p["country"]} | (
            {event["place_country"]} if event["place_country"] else set()
        )
        country_days.update((country, event["day"], kind) for country in involved)
        month, ended = event["day"][:7], event["date_end"] is not None
        if month:
            months[month, ended, kind] += 1
        width = interval_days(event["date_start"], event["date_end"])
        if width is not None:
            widths[width] += 1
        if event["place_lat"] is not None and event["place_lon"] is not None:
            key = place_key(
                event["place_geonames_id"], event["place_name"], event["place_lat"], event["place_lon"]
            )
            places[key] += 1
            country_places.update((country, key) for country in involved)
            if month:
                month_places[month, ended, key] += 1
            located.setdefault(key, {
                "geonames_id": event["place_geonames_id"], "name": event["place_name"],
                "country": event["place_country"], "lat": event["place_lat"], "lon": event["place_lon"],
            })  # fmt: skip
        days[event["day"], event["type"]] += 1
        if not ended:
            open_days[event["day"], event["type"]] += 1
        sources = {p["actor_key"] for p in people if p["role"] == "actor"}
        targets = {p["actor_key"] for p in people if p["role"] == "recipient"}
        for source in sources:
            for target in targets:
                edges[source, target, kind] += 1
                pairs[source, target] += 1
                country_edges.update((country, source, target, kind) for country in involved)
                if month:
                    month_edges[month, ended, source, target, event["type"]] += 1
                    month_pairs[month, ended, source, target] += 1
        for p in people:
            info.setdefault(p["actor_key"], p)
        actors.update(sources | targets)
    year_edges: Counter[tuple[str, bool, str, str, str]] = Counter()
    for (m, x, s, g, k), n in month_edges.items():
        year_edges[m[:4], x, s, g, k] += n
    year_pairs: Counter[tuple[str, bool, str, str]] = Counter()
    for (m, x, s, g), n in month_pairs.items():
        year_pairs[m[:4], x, s, g] += n
    year_places: Counter[tuple[str, bool, str]] = Counter()
    for (m, x, k), n in month_places.items():
        year_places[m[:4], x, k] += n
    return {
        t.summary_days: [{"day": d, "type": k, "n": n} for (d, k), n in sorted(days.items())],
        t.summary_edges: [
            {"source": s, "target": g, "type": k, "n": n} for (s, g, k), n in sorted(edges.items())
        ],
        t.summary_pairs: [{"source": s, "target": g, "n": n} for (s, g), n in sorted(pairs.items())],
        t.summary_places: [{"place_key": k, **located[k], "n": n} for k, n in sorted(places.items())],
        t.summary_actors: [
            {
                "actor_key": key,
                "name": info[key]["name"],
                "country": info[key]["country"],
                "sector": info[key]["sector"],
                "kb_id": info[key]["kb_id"],
                "n": n,
            }
            for key, n in sorted(actors.items())
        ],
        t.summary_widths: [{"days": d, "n": n} for d, n in sorted(widths.items())],
        t.summary_month_edges: [
            {"month": m, "ended": x, "source": s, "target": g, "type": k, "n": n}
            for (m, x, s, g, k), n in sorted(month_edges.items())
        ],
        t.summary_month_places: [
            {"month": m, "ended": x, "place_key": k, "n": n} for (m, x, k), n in sorted(month_places.items())
        ],
        t.summary_month_pairs: [
            {"month": m, "ended": x, "source": s, "target": g, "n": n}
            for (m, x, s, g), n in sorted(month_pairs.items())
        ],
        t.summary_months: [
            {"month": m, "ended": x, "type": k, "n": n} for (m, x, k), n in sorted(months.items())
        ],
        t.summary_year_edges: [
            {"year": y, "ended": x, "source": s, "target": g, "type": k, "n": n}
            for (y, x, s, g, k), n in sorted(year_edges.items())
        ],
        t.summary_year_pairs: [
            {"year": y, "ended": x, "source": s, "target": g, "n": n}
            for (y, x, s, g), n in sorted(year_pairs.items())
        ],
        t.summary_year_places: [
            {"year": y, "ended": x, "place_key": k, "n": n} for (y, x, k), n in sorted(year_places.items())
        ],
        t.summary_open_days: [{"day": d, "type": k, "n": n} for (d, k), n in sorted(open_days.items())],
        t.summary_country_days: [
            {"country": c, "day": d, "type": k, "n": n} for (c, d, k), n in sorted(country_days.items())
        ],
        t.summary_country_edges: [
            {"country": c, "source": s, "target": g, "type": k, "n": n}
            for (c, s, g, k), n in sorted(country_edges.items())
        ],
        t.summary_country_places: [
            {"country": c, "place_key": k, "n": n} for (c, k), n in sorted(country_places.items())
        ],
    }


def add_summaries(
    conn: sa.Connection, events: Iterable[Mapping[str, Any]], participants: Iterable[Mapping[str, Any]]
) -> None:
    """Add the counts of newly stored events to the summary tables (rows in key order: no deadlocks)."""
    for table, rows in summary_rows(events, participants).items():
        execute_many(conn, _upsert(table, conn.dialect.name == "postgresql"), rows)


@functools.cache
def _upsert(table: sa.Table, postgres: bool) -> sa.Insert:
    """Insert the counts, adding them to those of the keys already stored (built once per table)."""
    stmt = (postgresql.insert if postgres else sqlite.insert)(table)
    keys = [c.name for c in table.primary_key.columns]
    return stmt.on_conflict_do_update(index_elements=keys, set_={"n": table.c.n + stmt.excluded.n})


def rebuild_summaries(conn: sa.Connection) -> None:
    """Recompute every summary table from ``events`` and ``event_participants``."""
    rebuild_whole_store(conn)
    rebuild_monthly(conn)
    rebuild_rankings(conn)
    rebuild_yearly(conn)


def _actor_pairs(*extra: sa.ColumnElement[Any]) -> sa.Subquery:
    """Each event's distinct actor → recipient pairs (``source``, ``target``) with its type and `extra`."""
    e, p = t.events, t.event_participants
    src, dst = p.alias("src"), p.alias("dst")
    return (
        sa.select(
            src.c.actor_key.label("source"),
            dst.c.actor_key.label("target"),
            e.c.type,
            e.c.doc_id,
            e.c.id,
            *extra,
        )
        .distinct()
        .select_from(e)
        .join(src, sa.and_(src.c.doc_id == e.c.doc_id, src.c.event_id == e.c.id, src.c.role == "actor"))
        .join(dst, sa.and_(dst.c.doc_id == e.c.doc_id, dst.c.event_id == e.c.id, dst.c.role == "recipient"))
        .subquery()
    )


def rebuild_whole_store(conn: sa.Connection) -> None:
    """Recompute the whole-store summary tables (migration 0006_api's)."""
    for table in (t.summary_days, t.summary_edges, t.summary_pairs, t.summary_actors, t.summary_places):
        conn.execute(table.delete())
    e, p = t.events, t.event_participants
    conn.execute(
        t.summary_days.insert().from_select(
            ["day", "type", "n"], sa.select(e.c.day, e.c.type, sa.func.count()).group_by(e.c.day, e.c.type)
        )
    )
    pairs = _actor_pairs()
    conn.execute(
        t.summary_edges.insert().from_select(
            ["source", "target", "type", "n"],
            sa.select(pairs.c.source, pairs.c.target, pairs.c.type, sa.func.count()).group_by(
                pairs.c.source, pairs.c.target, pairs.c.type
            ),
        )
    )
    edges = t.summary_edges
    conn.execute(
        t.summary_pairs.insert().from_select(
            ["source", "target", "n"],
            sa.select(edges.c.source, edges.c.target, sa.func.sum(edges.c.n)).group_by(
                edges.c.source, edges.c.target
            ),
        )
    )
    _rebuild_places(conn)
    involved = sa.select(p.c.actor_key, p.c.doc_id, p.c.event_id).distinct().subquery()
    first = sa.select(p.c.actor_key, sa.func.min(p.c.id).label("id")).group_by(p.c.actor_key).subquery()
    counts = (
        sa.select(involved.c.actor_key, sa.func.count().label("n")).group_by(involved.c.actor_key).subquery()
    )
    conn.execute(
        t.summary_actors.insert().from_select(
            ["actor_key", "name", "country", "sector", "kb_id", "n"],
            sa.select(counts.c.actor_key, p.c.name, p.c.country, p.c.sector, p.c.kb_id, counts.c.n)
            .join(first, first.c.actor_key == counts.c.actor_key)
            .join(p, p.c.id == first.c.id),
        )
    )


def rebuild_monthly(conn: sa.Connection) -> None:
    """Recompute the monthly summary tables and interval widths (migration 0007_monthly's)."""
    for table in MONTHLY:
        conn.execute(table.delete())
    e = t.events
    month, ended = sa.func.substr(e.c.day, 1, 7), e.c.date_end.is_not(None)
    pairs = _actor_pairs(month.label("month"), ended.label("ended"))
    keys = (pairs.c.month, pairs.c.ended, pairs.c.source, pairs.c.target, pairs.c.type)
    conn.execute(
        t.summary_month_edges.insert().from_select(
            ["month", "ended", "source", "target", "type", "n"],
            sa.select(*keys, sa.func.count()).where(pairs.c.month != "").group_by(*keys),
        )
    )
    place = (e.c.place_geonames_id, e.c.place_name, e.c.place_lat, e.c.place_lon)
    located = sa.select(month, ended, *place, sa.func.count()).where(
        e.c.place_lat.is_not(None), e.c.place_lon.is_not(None), e.c.day != ""
    )
    monthly: Counter[tuple[str, bool, str]] = Counter()
    for when, end, geonames_id, name, lat, lon, n in conn.execute(located.group_by(month, ended, *place)):
        monthly[when, bool(end), place_key(geonames_id, name, lat, lon)] += n
    _insert(
        conn,
        t.summary_month_places,
        [{"month": m, "ended": x, "place_key": k, "n": n} for (m, x, k), n in sorted(monthly.items())],
    )
    spans = sa.select(e.c.date_start, e.c.date_end, sa.func.count()).where(e.c.date_end.is_not(None))
    widths: Counter[int] = Counter()
    for start, end, n in conn.execute(spans.group_by(e.c.date_start, e.c.date_end)):
        widths[interval_days(start, end) or 0] += n
    _insert(conn, t.summary_widths, [{"days": d, "n": n} for d, n in sorted(widths.items())])


def rebuild_rankings(conn: sa.Connection) -> None:
    """Recompute the period pairs, the open-ended days and the days, edges and places per country
    (migration 0008_rankings's), the first from ``summary_month_edges``."""
    for table in RANKINGS:
        conn.execute(table.delete())
    m, e, p = t.summary_month_edges, t.events, t.event_participants
    conn.execute(
        t.summary_open_days.insert().from_select(
            ["day", "type", "n"],
            sa.select(e.c.day, e.c.type, sa.func.count())
            .where(e.c.date_end.is_(None))
            .group_by(e.c.day, e.c.type),
        )
    )
    keys = (m.c.month, m.c.ended, m.c.source, m.c.target)
    conn.execute(
        t.summary_month_pairs.insert().from_select(
            ["month", "ended", "source", "target", "n"], sa.select(*keys, sa.func.sum(m.c.n)).group_by(*keys)
        )
    )
    involved = sa.union(
        sa.select(e.c.doc_id, e.c.id.label("event_id"), e.c.place_country.label("country")).where(
            e.c.place_country.is_not(None), e.c.place_country != ""
        ),
        sa.select(p.c.doc_id, p.c.event_id, p.c.country).where(p.c.country.is_not(None), p.c.country != ""),
    ).subquery()
    of_event = sa.and_(e.c.doc_id == involved.c.doc_id, e.c.id == involved.c.event_id)
    by_day = (involved.c.country, e.c.day, e.c.type)
    conn.execute(
        t.summary_country_days.insert().from_select(
            ["country", "day", "type", "n"],
            sa.select(*by_day, sa.func.count()).join(e, of_event).group_by(*by_day),
        )
    )
    pairs = _actor_pairs()
    edge = (involved.c.country, pairs.c.source, pairs.c.target, pairs.c.type)
    conn.execute(
        t.summary_country_edges.insert().from_select(
            ["country", "source", "target", "type", "n"],
            sa.select(*edge, sa.func.count())
            .join(pairs, sa.and_(pairs.c.doc_id == involved.c.doc_id, pairs.c.id == involved.c.event_id))
            .group_by(*edge),
        )
    )
    place = (e.c.place_geonames_id, e.c.place_name, e.c.place_lat, e.c.place_lon)
    located = (
        sa.select(involved.c.country, *place, sa.func.count())
        .join(e, of_event)
        .where(e.c.place_lat.is_not(None), e.c.place_lon.is_not(None))
        .group_by(involved.c.country, *place)
    )
    counts: Counter[tuple[str, str]] = Counter()
    for country, geonames_id, name, lat, lon, n in conn.execute(located):
        counts[country, place_key(geonames_id, name, lat, lon)] += n
    rows = [{"country": c, "place_key": k, "n": n} for (c, k), n in sorted(counts.items())]
    _insert(conn, t.summary_country_places, rows)


def rebuild_yearly(conn: sa.Connection) -> None:
    """Recompute the yearly summary tables (migration 0009_yearly's) from the monthly ones, and the
    events per month from ``events``."""
    e = t.events
    conn.execute(t.summary_months.delete())
    month, ended = sa.func.substr(e.c.day, 1, 7), e.c.date_end.is_not(None)
    conn.execute(
        t.summary_months.insert().from_select(
            ["month", "ended", "type", "n"],
            sa.select(month, ended, e.c.type, sa.func.count())
            .where(e.c.day != "")
            .group_by(month, ended, e.c.type),
        )
    )
    for yearly, monthly in (
        (t.summary_year_edges, t.summary_month_edges),
        (t.summary_year_pairs, t.summary_month_pairs),
        (t.summary_year_places, t.summary_month_places),
    ):
        conn.execute(yearly.delete())
        year = sa.func.substr(monthly.c.month, 1, 4)
        keys = [monthly.c[c.name] for c in yearly.primary_key.columns if c.name != "year"]
        conn.execute(
            yearly.insert().from_select(
                ["year", *(c.name for c in keys), "n"],
                sa.select(year, *keys, sa.func.sum(monthly.c.n)).group_by(year, *keys),
            )
        )


def _rebuild_places(conn: sa.Connection) -> None:
    e = t.events
    keys = (e.c.place_geonames_id, e.c.place_name, e.c.place_country, e.c.place_lat, e.c.place_lon)
    located = sa.select(*keys, sa.func.count()).where(e.c.place_lat.is_not(None), e.c.place_lon.is_not(None))
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for geonames_id, name, country, lat, lon, n in conn.execute(located.group_by(*keys)):
        key = place_key(geonames_id, name, lat, lon)
        counts[key] += n
        first.setdefault(
            key, {"geonames_id": geonames_id, "name": name, "country": country, "lat": lat, "lon": lon}
        )
    _insert(conn, t.summary_places, [{"place_key": k, **first[k], "n": n} for k, n in sorted(counts.items())])


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        conn.execute(table.insert(), rows[start : start + 5000])
