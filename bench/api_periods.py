"""CPU time of the period aggregates, in process (a script, not a test).

    python bench/api_periods.py --db /work/apibench/api1m.db [--requests 16] [--months-only]

Calls `dateline.api.aggregates.actor_network` (200 edges) and the map of a period directly, for periods
``since`` and ``until`` a month drawn at random from the store's months (as `bench/api_load.py` does, so
whole months only), and prints p50 and max of `time.process_time` per request: on SQLite that includes
the database's work, and a busy machine stretches it much less than wall time. ``--months-only`` reads
the whole months from the monthly tables alone, as before ``0009_yearly``'s yearly rows, to compare the
two on one store. ``--share`` prints, for a few periods, their share of the store's events and what the
threshold walk and the aggregation of their pairs cost each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from dateline.api import ranking
from dateline.api.aggregates import actor_network
from dateline.api.aggregates import places as places_route
from dateline.store import Store, database_url
from dateline.store import schema as t
from dateline.store.months import MonthSplit, month_split
from dateline.store.queries import EventFilter
from dateline.store.rows import date_bound
from dateline.store.summary import since_floor


def months_of(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        s = t.summary_months
        return sorted(conn.execute(sa.select(s.c.month).distinct()).scalars())


def period(store: Store, kind: str, month: str) -> EventFilter:
    """The filter the API builds for ``since`` or ``until`` a month."""
    if kind == "until":
        return EventFilter(until=date_bound(month, True))
    since = date_bound(month, False)
    assert since is not None
    with store.engine.connect() as conn:
        return EventFilter(since=since, from_day=since_floor(conn, since))


def timed(call: Callable[[], Any], requests: int) -> tuple[float, float]:
    times = []
    for _ in range(requests):
        started = time.process_time()
        call()
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times), max(times)


def network_of(store: Store, kind: str, months: list[str], rng: random.Random) -> Callable[[], Any]:
    return lambda: actor_network(store, period(store, kind, rng.choice(months)), 200)


def shares(store: Store, months: list[str]) -> None:
    tables = (t.summary_month_pairs, t.summary_year_pairs)
    print("| period | share of events | threshold walk ms | aggregation ms |\n|---|---|---|---|")
    with store.engine.connect() as conn:
        for kind in ("until", "since"):
            for month in months[:: max(1, len(months) // 8)]:
                split = month_split(period(store, kind, month))
                if split is None:
                    continue
                s = t.summary_months
                inside = sa.case((sa.and_(*split.conditions(s)), s.c.n), else_=0)
                total, held = conn.execute(sa.select(sa.func.sum(s.c.n), sa.func.sum(inside))).one()
                started = time.process_time()
                walked = ranking._threshold_top(
                    conn, split.parts(*tables, by_period=False), ranking.PAIR, t.summary_pairs, 200
                )
                middle = time.process_time()
                ranking._aggregated(conn, split.parts(*tables), ranking.PAIR, 200)
                ended = time.process_time()
                walk = f"{(middle - started) * 1000:.0f}" + (" (gave up)" if walked is None else "")
                share = int(held) / int(total)
                print(f"| {kind} {month} | {share:.2f} | {walk} | {(ended - middle) * 1000:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--months-only", action="store_true", help="ignore the yearly summary rows")
    parser.add_argument("--share", action="store_true", help="threshold walk against aggregation")
    args = parser.parse_args()
    if args.months_only:
        MonthSplit.whole_years = lambda self: None  # type: ignore[method-assign]
    with Store.open(database_url(args.db)) as store:
        months = months_of(store)
        if args.share:
            shares(store, months)
            return
        print("| request | CPU p50 ms | CPU max ms |\n|---|---|---|")
        for kind in ("until", "since"):
            rng = random.Random(args.seed)
            p50, most = timed(network_of(store, kind, months, rng), args.requests)
            print(f"| network {kind} a month | {p50:.0f} | {most:.0f} |", flush=True)
        rng = random.Random(args.seed)
        p50, most = timed(
            lambda: places_route(store, period(store, "since", rng.choice(months)), 500), args.requests
        )
        print(f"| places since a month | {p50:.0f} | {most:.0f} |", flush=True)


if __name__ == "__main__":
    main()
