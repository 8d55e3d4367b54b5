"""The heaviest actor → recipient pairs of a period, from the monthly summary tables.

Whole months come from ``summary_month_pairs`` (or ``summary_month_edges`` for some types), the events of
the partial months at either end are counted by the caller. Without types, a wide period is ranked by
reading candidates in the order of their whole-store counts (``summary_pairs``): a pair's count in a period
is at most its count in the store, so once the `limit`-th period count exceeds every unread pair's store
count, the top is known (the threshold algorithm), after a few thousand pairs instead of every pair of the
period.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from dateline.store import schema as t
from dateline.store.months import MonthSplit

Pair = tuple[str, str]
Edges = list[tuple[str, str, dict[str, int]]]
#: Actor pairs looked up per query (two bound parameters each).
PAIRS_PER_QUERY = 1000
#: Candidates read first, as a multiple of the `limit` (then four times more each round).
FIRST_CANDIDATES = 4
#: Past this many candidates, the period is ranked by aggregating all its rows (a narrow period).
MAX_CANDIDATES = 20_000


def period_edges(
    conn: sa.Connection,
    types: Sequence[str],
    split: MonthSplit,
    limit: int | None,
    partial: dict[Pair, Counter[str]],
) -> Edges:
    """The `limit` heaviest pairs (all when None) of the whole months of `split` plus the `partial` counts
    (by pair and type), with their events per type, ranked by events then pair.

    A pair outside the monthly top `limit` that no partial month adds to has at most the `limit`-th
    monthly count (and sorts after it on ties): the monthly top and the partial pairs hold the answer.
    """
    m = t.summary_month_edges
    typed = [m.c.type.in_(types)] if types else []
    table = m if types else t.summary_month_pairs  # without types, one row per pair and month
    if types or limit is None:
        totals = _aggregated_top(conn, table, [*split.conditions(table), *typed], limit)
    else:
        totals = _threshold_top(conn, table, split.conditions(table, by_month=False), limit)
    by_pair = [*split.conditions(table, by_month=False), *typed]
    totals.update(_totals(conn, table, by_pair, [pair for pair in partial if pair not in totals]))
    for pair, by_type in partial.items():
        totals[pair] += sum(by_type.values())
    ranked = sorted(totals, key=lambda pair: (-totals[pair], pair))[:limit]
    edges = {pair: Counter(partial.get(pair, {})) for pair in ranked}
    for start in range(0, len(ranked), PAIRS_PER_QUERY):
        chunk = ranked[start : start + PAIRS_PER_QUERY]
        by_type = (
            sa.select(m.c.source, m.c.target, m.c.type, sa.func.sum(m.c.n))
            .where(*split.conditions(m, by_month=False), *typed, _among(m, chunk))
            .group_by(m.c.source, m.c.target, m.c.type)
        )
        for source, target, kind, n in conn.execute(by_type):
            edges[source, target][kind] += int(n)
    return [(source, target, dict(edges[source, target])) for source, target in ranked]


def _sum_by_pair(table: sa.Table, where: list[sa.ColumnElement[bool]]) -> tuple[sa.Select[Any], Any]:
    total = sa.func.sum(table.c.n).label("n")
    return sa.select(table.c.source, table.c.target, total).where(*where), total


def _aggregated_top(
    conn: sa.Connection, table: sa.Table, where: list[sa.ColumnElement[bool]], limit: int | None
) -> Counter[Pair]:
    """The `limit` heaviest pairs of `table`'s rows `where` holds, summed and ranked in SQL."""
    query, total = _sum_by_pair(table, where)
    keys = (table.c.source, table.c.target)
    top = query.group_by(*keys).order_by(total.desc(), *keys).limit(limit)
    return Counter({(source, target): int(n) for source, target, n in conn.execute(top)})


def _totals(
    conn: sa.Connection, table: sa.Table, where: list[sa.ColumnElement[bool]], pairs: list[Pair]
) -> Counter[Pair]:
    """The summed counts of these `pairs` in `table`'s rows `where` holds (read by pair)."""
    query, _ = _sum_by_pair(table, where)
    keys = (table.c.source, table.c.target)
    totals: Counter[Pair] = Counter()
    for start in range(0, len(pairs), PAIRS_PER_QUERY):
        among = query.where(_among(table, pairs[start : start + PAIRS_PER_QUERY])).group_by(*keys)
        totals.update({(source, target): int(n) for source, target, n in conn.execute(among)})
    return totals


def _among(table: sa.Table, pairs: list[Pair]) -> sa.ColumnElement[bool]:
    """Rows of these pairs: the sources and targets as lists, which index seeks serve (SQLite scans the
    whole index for a row-value ``IN`` list alone), then the pairs themselves."""
    sources, targets = sorted({s for s, _ in pairs}), sorted({g for _, g in pairs})
    keys = sa.tuple_(table.c.source, table.c.target)
    return sa.and_(table.c.source.in_(sources), table.c.target.in_(targets), keys.in_(pairs))


def _threshold_top(
    conn: sa.Connection, table: sa.Table, by_pair: list[sa.ColumnElement[bool]], limit: int
) -> Counter[Pair]:
    """`_aggregated_top` of `table`'s rows `by_pair` holds (conditions that leave the pair index to
    serve), reading candidate pairs from the heaviest in the whole store down: after a round of
    candidates with store counts of at least `floor`, every unread pair has fewer than `floor` events in
    the period, so a `limit`-th period count of `floor` or more ends the search."""
    s = t.summary_pairs
    totals: Counter[Pair] = Counter()
    ceiling: int | None = None  # the candidates read so far have store counts >= the previous floor
    size = limit * FIRST_CANDIDATES
    while True:
        floor = conn.execute(sa.select(s.c.n).order_by(s.c.n.desc()).offset(size - 1).limit(1)).scalar()
        if floor is None or size > MAX_CANDIDATES:  # (nearly) every pair is a candidate: aggregate
            return _aggregated_top(conn, table, by_pair, limit)
        band = sa.select(s.c.source, s.c.target).where(
            s.c.n >= floor, *([s.c.n < ceiling] if ceiling is not None else [])
        )
        # in the order of the count index, so that it is read for the band (not the whole table)
        candidates = band.order_by(s.c.n.desc()).limit(MAX_CANDIDATES * 8).subquery()
        of_candidates = (
            sa.select(candidates.c.source, candidates.c.target, sa.func.sum(table.c.n))
            .select_from(candidates)
            .join(table, sa.and_(table.c.source == candidates.c.source, table.c.target == candidates.c.target))
            .where(*by_pair)
            .group_by(candidates.c.source, candidates.c.target)
        )
        totals.update({(source, target): int(n) for source, target, n in conn.execute(of_candidates)})
        top = sorted(totals, key=lambda pair: (-totals[pair], pair))[:limit]
        if len(top) == limit and totals[top[-1]] >= floor:
            return Counter({pair: totals[pair] for pair in top})
        ceiling, size = floor, size * 4
