"""Latency of the REST API on loopback: p50/p95 per endpoint (a script, not a test).

    python bench/api_load.py --db /tmp/api1m.db [--requests 100] [--workers 1]
    python bench/api_load.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test

Starts ``uvicorn`` on 127.0.0.1 (a free port) serving `dateline.api.create_api(DB)`, then sends
`--requests` requests per scenario, one at a time, each with parameters drawn at random from the
store (actor ids, countries, places, words, months, event and document ids), after a warm-up
request per scenario. Prints a Markdown table of p50/p95/max in milliseconds, and the target of each
scenario (p95 < 50 ms for event pages and look-ups, < 300 ms for the network, timeline and map, whole
or filtered by a period, a type or a country).
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx
import sqlalchemy as sa

from dateline.plover import CATEGORIES
from dateline.store import database_url
from dateline.store import schema as t

Params = Callable[[], tuple[str, dict[str, Any]]]
WORDS = ("ceasefire", "talks", "border", "sanctions", "drone", "truce", "harbour", "curfew", "grain", "storm")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATELINE_API_DB": url}
    command = [sys.executable, "-m", "uvicorn", "--factory", "--app-dir", os.path.dirname(__file__)]
    command += [
        "api_load:app_from_env",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    command += ["--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(command, env=env)


def app_from_env() -> Any:
    from dateline.api import create_api

    return create_api(os.environ["DATELINE_API_DB"])


class Sampler:
    """Parameter values drawn from the store."""

    def __init__(self, url: str, rng: random.Random) -> None:
        self.rng = rng
        engine = sa.create_engine(url)
        e, a, d = t.events, t.summary_actors, t.documents
        with engine.connect() as conn:
            self.actors = list(
                conn.execute(sa.select(a.c.actor_key).order_by(a.c.n.desc()).limit(500)).scalars()
            )
            by_events = sa.select(a.c.country, sa.func.sum(a.c.n).label("n")).group_by(a.c.country)
            self.countries = [
                r.country for r in conn.execute(by_events.order_by(sa.text("n DESC"))) if r.country
            ]
            first, last = conn.execute(
                sa.select(sa.func.min(e.c.day), sa.func.max(e.c.day)).where(e.c.day != "")
            ).one()
            self.first, self.last = date.fromisoformat(first), date.fromisoformat(last)
            self.events: list[tuple[str, str]] = []
            for _ in range(200):
                row = conn.execute(
                    sa.select(e.c.doc_id, e.c.id).where(e.c.day >= self.day()).order_by(e.c.day).limit(1)
                ).first()
                if row:
                    self.events.append((row.doc_id, row.id))
            self.docs = [doc_id for doc_id, _ in self.events]
            self.places = [
                (r.place_lat, r.place_lon)
                for r in conn.execute(
                    sa.select(e.c.place_lat, e.c.place_lon).where(e.c.place_lat.is_not(None)).limit(2000)
                )
            ]
            self.outlets = list(
                conn.execute(
                    sa.select(d.c.outlet).distinct().where(d.c.outlet.is_not(None)).limit(200)
                ).scalars()
            )
        engine.dispose()

    def day(self) -> str:
        return (
            self.first + timedelta(days=self.rng.randrange((self.last - self.first).days + 1))
        ).isoformat()

    def month(self) -> str:
        return self.day()[:7]

    def pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)

    def box(self, degrees: float) -> str:
        """A square of `degrees` somewhere between the Atlantic and South Asia."""
        lon, lat = self.rng.uniform(-30, 60), self.rng.uniform(-20, 50)
        return f"{lon:.2f},{lat:.2f},{lon + degrees:.2f},{lat + degrees:.2f}"

    def combined(self) -> dict[str, str]:
        """A type, one of the 20 most frequent countries, and a start month."""
        return {
            "type": self.pick(list(CATEGORIES)),
            "actor_country": self.pick(self.countries[:20]),
            "since": self.month(),
        }


def scenarios(s: Sampler) -> dict[str, tuple[int, Params]]:
    """Name → (p95 target in ms, a request's path and parameters)."""
    page = "/api/events"
    return {
        "events: first page": (50, lambda: (page, {})),
        "events: type": (50, lambda: (page, {"type": s.pick(list(CATEGORIES))})),
        "events: actor id": (50, lambda: (page, {"actor": s.pick(s.actors)})),
        "events: actor_country": (50, lambda: (page, {"actor_country": s.pick(s.countries)})),
        "events: recipient_country": (50, lambda: (page, {"recipient_country": s.pick(s.countries)})),
        "events: country": (50, lambda: (page, {"country": s.pick(s.countries)})),
        "events: since/until (a month)": (50, lambda: (page, {"since": (m := s.month()), "until": m})),
        "events: near 50 km": (50, lambda: (page, {"near": "{},{}".format(*s.pick(s.places))})),
        "events: bbox 5°": (50, lambda: (page, {"bbox": s.box(5)})),
        "events: q (one word)": (50, lambda: (page, {"q": s.pick(list(WORDS))})),
        "events: outlet": (50, lambda: (page, {"outlet": s.pick(s.outlets)})),
        "events: language + min_confidence": (50, lambda: (page, {"language": "fr", "min_confidence": 0.9})),
        "events: type + actor_country + since": (50, lambda: (page, s.combined())),
        "events/{id}": (50, lambda: ("/api/events/{}-{}".format(*s.pick(s.events)), {})),
        "documents/{id}": (50, lambda: (f"/api/documents/{s.pick(s.docs)}", {})),
        "documents: first page": (50, lambda: ("/api/documents", {})),
        "actors: first page": (50, lambda: ("/api/actors", {})),
        "actors/{id}": (300, lambda: (f"/api/actors/{s.pick(s.actors)}", {})),
        "timeline: whole store, month × type": (300, lambda: ("/api/timeline", {})),
        "timeline: whole store, week × quad": (
            300,
            lambda: ("/api/timeline", {"interval": "week", "by": "quad"}),
        ),
        "timeline: one type, day": (
            300,
            lambda: ("/api/timeline", {"interval": "day", "type": s.pick(list(CATEGORIES))}),
        ),
        "network: whole store": (300, lambda: ("/api/network", {})),
        "network: one type": (300, lambda: ("/api/network", {"type": s.pick(list(CATEGORIES))})),
        "network: until a month (time slider)": (300, lambda: ("/api/network", {"until": s.month()})),
        "network: since a month": (300, lambda: ("/api/network", {"since": s.month()})),
        "timeline: since a month, week × type": (
            300,
            lambda: ("/api/timeline", {"interval": "week", "since": s.month()}),
        ),
        "timeline: one country, week × type": (
            300,
            lambda: ("/api/timeline", {"interval": "week", "country": s.pick(s.countries)}),
        ),
        "network: one country": (300, lambda: ("/api/network", {"country": s.pick(s.countries)})),
        "network: one type since a month": (
            300,
            lambda: ("/api/network", {"type": s.pick(list(CATEGORIES)), "since": s.month()}),
        ),
        "places: one country": (300, lambda: ("/api/places", {"country": s.pick(s.countries)})),
        "places: since a month": (300, lambda: ("/api/places", {"since": s.month()})),
    }


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=100, help="per scenario")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run the scenarios whose name contains this")
    args = parser.parse_args()
    url = database_url(args.db)
    sampler = Sampler(url, random.Random(args.seed))
    port = free_port()
    server = serve(url, port, args.workers)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(600):
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            print(f"{url} · {client.get('/api/health').json()}")
            print("| scenario | p50 ms | p95 ms | max ms | target p95 | |\n|---|---|---|---|---|---|")
            for name, (target, make) in scenarios(sampler).items():
                if args.only and args.only not in name:
                    continue
                path, params = make()
                client.get(path, params=params)  # warm-up
                times = []
                for _ in range(args.requests):
                    path, params = make()
                    started = time.perf_counter()
                    response = client.get(path, params=params)
                    times.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(
                            f"{name}: {path} {params} → {response.status_code} {response.text[:200]}"
                        )
                p95 = percentile(times, 95)
                print(
                    f"| {name} | {percentile(times, 50):.1f} | {p95:.1f} | {max(times):.1f} | < {target} | "
                    f"{'ok' if p95 < target else 'MISSED'} |",
                    flush=True,
                )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
