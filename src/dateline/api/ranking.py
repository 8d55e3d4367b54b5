"""The heaviest actor pairs and places of a period, from the yearly and monthly summary tables.

Whole years come from ``summary_year_pairs`` (or ``summary_year_edges`` for some types) and
``summary_year_places``, the other whole months from their monthly counterparts
(`dateline.store.months.MonthSplit.parts`); the events of the partial months at either end are counted
by the caller. A
wide period is ranked by reading candidates in the order of their whole-store counts (``summary_pairs``,
``summary_places``): a count in a period is at most the count in the store, so once the `limit`-th
period count reaches every unread candidate's store count, the top is known (the threshold algorithm),
after a few thousand candidates instead of every row of the period.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from dateline.store import schema as t
from dateline.store.months import MonthSplit, Part

Key = tuple[Any, ...]
Pair = tuple[str, str]
Edges = list[tuple[str, str, dict[str, int]]]
PAIR: tuple[str, ...] = ("source", "target")
PLACE: tuple[str, ...] = ("place_key",)
#: Keys looked up per query.
KEYS_PER_QUERY = 1000
#: Candidates read first, as a multiple of the `limit` (then four times more each round).
FIRST_CANDIDATES = 4
#: Past this many candidates, the period is ranked by aggregating all its rows (a narrow period).
MAX_CANDIDATES = 20_000
#: A period whose whole months hold less than this share of the store's events is ranked by aggregating
#: its rows from the start: its counts are a small fraction of the store counts, so the threshold walk
#: would read thousands of candidates (measured on 290,000 events: the walk takes about as long as the
#: aggregation at a share of 0.15, 5 to 15 times longer below 0.06; above 0.4, a tenth of it).
NARROW_SHARE = 0.12


def period_edges(
    conn: sa.Connection,
    types: Sequence[str],
    split: MonthSplit,
    limit: int | None,
    partial: dict[Pair, Counter[str]],
) -> Edges:
    """The `limit` heaviest pairs (all when None) of the whole months of `split` plus the `partial` counts
    (by pair and type), with their events per type, ranked by events then pair."""
    m, y = t.summary_month_edges, t.summary_year_edges
    # without types, one row per pair and month or year
    tables = (m, y) if types else (t.summary_month_pairs, t.summary_year_pairs)
    whole = None if types else t.summary_pairs
    added = Counter({pair: sum(by_type.values()) for pair, by_type in partial.items()})
    totals = period_top(conn, tables, PAIR, whole, split, limit, added, types)
    ranked = sorted(totals, key=lambda pair: (-totals[pair], pair))[:limit]
    edges = {pair: Counter(partial.get(pair, {})) for pair in ranked}
    for start in range(0, len(ranked), KEYS_PER_QUERY):
        chunk = ranked[start : start + KEYS_PER_QUERY]
        for part in split.parts(m, y, by_period=False):
            table = part.table
            rows, among = _of_keys(conn.dialect.name, table, PAIR, chunk)
            by_type = (
                sa.select(table.c.source, table.c.target, table.c.type, sa.func.sum(table.c.n))
                .select_from(rows)
                .where(*part.where, *_typed(table, types), *among)
                .group_by(table.c.source, table.c.target, table.c.type)
            )
            for source, target, kind, n in conn.execute(by_type):
                edges[source, target][kind] += int(n)
    return [(source, target, dict(edges[source, target])) for source, target in ranked]


def period_top(
    conn: sa.Connection,
    tables: tuple[sa.Table, sa.Table],
    keys: tuple[str, ...],
    whole: sa.Table | None,
    split: MonthSplit,
    limit: int | None,
    partial: Counter[Key],
    types: Sequence[str] = (),
) -> Counter[Key]:
    """Period counts (whole months of the monthly and yearly `tables`, of these `types` when given, plus
    `partial`) of a set of keys that holds the `limit` heaviest however ties are broken: the period's top
    `limit` with every key tied with its last, and the keys of `partial` (any other key has fewer events
    than that last). `whole` is the table of store counts of the keys (threshold ranking), None to
    aggregate the period."""
    by_key = _typed_parts(split.parts(*tables, by_period=False), types)
    top = None
    if whole is not None and limit is not None and not _narrow(conn, split):
        top = _threshold_top(conn, by_key, keys, whole, limit)
    if top is None:
        top = _aggregated(conn, _typed_parts(split.parts(*tables), types), keys, limit)
    top.update(_totals(conn, by_key, keys, [key for key in partial if key not in top]))
    top.update(partial)
    return top


def _narrow(conn: sa.Connection, split: MonthSplit) -> bool:
    """True when the whole months of `split` hold less than `NARROW_SHARE` of the store's events."""
    s = t.summary_months
    inside = sa.case((sa.and_(*split.conditions(s)), s.c.n), else_=0)
    total, held = conn.execute(sa.select(sa.func.sum(s.c.n), sa.func.sum(inside))).one()
    return bool(total) and int(held) < NARROW_SHARE * int(total)


def _typed(table: sa.Table, types: Sequence[str]) -> list[sa.ColumnElement[bool]]:
    return [table.c.type.in_(types)] if types else []


def _typed_parts(parts: list[Part], types: Sequence[str]) -> list[Part]:
    return [Part(part.table, [*part.where, *_typed(part.table, types)]) for part in parts]


def _counted(conn: sa.Connection, query: sa.Select[Any]) -> Counter[Key]:
    return Counter({tuple(row[:-1]): int(row[-1]) for row in conn.execute(query)})


def _aggregated(
    conn: sa.Connection, parts: Sequence[Part], keys: tuple[str, ...], limit: int | None = None
) -> Counter[Key]:
    """The summed counts in the rows of `parts` of every key, or of the `limit` heaviest and those tied
    with the last (ranked in SQL)."""
    rows = sa.union_all(
        *(sa.select(*(p.table.c[name] for name in keys), p.table.c.n).where(*p.where) for p in parts)
    ).subquery()
    columns = [rows.c[name] for name in keys]
    total = sa.func.sum(rows.c.n)
    if limit is None:
        return _counted(conn, sa.select(*columns, total).group_by(*columns))
    ranked = (
        sa.select(*columns, total.label("n"), sa.func.rank().over(order_by=total.desc()).label("rank"))
        .group_by(*columns)
        .subquery()
    )
    top = sa.select(*(ranked.c[name] for name in keys), ranked.c.n).where(ranked.c.rank <= limit)
    return _counted(conn, top)


def _among(table: sa.Table, keys: tuple[str, ...], values: Sequence[Key]) -> sa.ColumnElement[bool]:
    """Rows with these key values: each key column's values as a list, which index seeks serve (SQLite
    scans a whole index for a row-value ``IN`` list alone), then the key values themselves."""
    columns = [table.c[name] for name in keys]
    where = [column.in_(sorted({value[i] for value in values})) for i, column in enumerate(columns)]
    return sa.and_(*where, sa.tuple_(*columns).in_(values)) if len(columns) > 1 else where[0]


def _of_keys(
    dialect: str, table: sa.Table, keys: tuple[str, ...], values: Sequence[Key]
) -> tuple[sa.FromClause, list[sa.ColumnElement[bool]]]:
    """`table`'s rows with these key values, read through its index by key: on PostgreSQL, where a
    row-value ``IN`` list becomes one ``OR`` term per value, a join with the values unnested; else
    `_among`."""
    if dialect != "postgresql" or len(keys) == 1:
        return table, [_among(table, keys, values)]
    columns = [
        sa.func.unnest(sa.bindparam(f"{name}_values", [value[i] for value in values], ARRAY(sa.Text))).label(
            name
        )
        for i, name in enumerate(keys)
    ]
    listed = sa.select(*columns).subquery()
    return table.join(listed, sa.and_(*(table.c[name] == listed.c[name] for name in keys))), []


def _totals(
    conn: sa.Connection, parts: Sequence[Part], keys: tuple[str, ...], values: list[Key]
) -> Counter[Key]:
    """The summed counts of these key `values` in the rows of `parts` (conditions that leave the key's
    index to serve; read by key)."""
    totals: Counter[Key] = Counter()
    for start in range(0, len(values), KEYS_PER_QUERY):
        chunk = values[start : start + KEYS_PER_QUERY]
        for part in parts:
            table, columns = part.table, [part.table.c[name] for name in keys]
            rows, among = _of_keys(conn.dialect.name, table, keys, chunk)
            query = sa.select(*columns, sa.func.sum(table.c.n)).where(*part.where, *among).group_by(*columns)
            totals.update(_counted(conn, query.select_from(rows)))
    return totals


def _threshold_top(
    conn: sa.Connection, parts: Sequence[Part], keys: tuple[str, ...], whole: sa.Table, limit: int
) -> Counter[Key] | None:
    """The `limit` heaviest keys of the rows of `parts` (conditions that leave the key's index to serve)
    and those tied with the last, reading candidates from the heaviest in the store (`whole`) down: after
    a round of candidates with store counts of at least `floor`, every unread key has fewer than `floor`
    events in the period, so a `limit`-th period count of `floor` or more ends the search. None when
    nearly every key would be a candidate (a narrow period: aggregate it instead)."""
    totals: Counter[Key] = Counter()
    ceiling: int | None = None  # the candidates read so far have store counts >= the previous floor
    size = limit * FIRST_CANDIDATES
    while True:
        floor = conn.execute(
            sa.select(whole.c.n).order_by(whole.c.n.desc()).offset(size - 1).limit(1)
        ).scalar()
        if floor is None or size > MAX_CANDIDATES:  # (nearly) every key is a candidate
            return None
        band = sa.select(*(whole.c[name] for name in keys)).where(
            whole.c.n >= floor, *([whole.c.n < ceiling] if ceiling is not None else [])
        )
        # in the order of the count index, so that it is read for the band (not the whole table)
        candidates = band.order_by(whole.c.n.desc()).limit(MAX_CANDIDATES * 8).subquery()
        # a sum per candidate and part, so that both databases read each candidate's rows through its index
        sums = [
            sa.func.coalesce(
                sa.select(sa.func.sum(p.table.c.n))
                .where(*(p.table.c[name] == candidates.c[name] for name in keys), *p.where)
                .scalar_subquery(),
                0,
            )
            for p in parts
        ]
        total = sum(sums[1:], sums[0])
        of_candidates = sa.select(*(candidates.c[name] for name in keys), total)
        totals.update({tuple(row[:-1]): int(row[-1]) for row in conn.execute(of_candidates) if row[-1]})
        if len(totals) >= limit:
            last = sorted(totals.values(), reverse=True)[limit - 1]
            if last >= floor:
                return Counter({key: n for key, n in totals.items() if n >= last})
        ceiling, size = floor, size * 4
