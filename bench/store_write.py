"""Store write rates (SQLite batched inserts, PostgreSQL COPY) and export memory, on synthetic documents.

    python bench/store_write.py --docs 100000                         # SQLite, then PostgreSQL
    python bench/store_write.py --docs 100000 --pg none               # SQLite only
    python bench/store_write.py --docs 100000 --export parquet,gdelt  # then export, printing peak RSS

Documents are built in memory (no models): two events each, with actors, recipients, a place and
a date spread over 24 months, two actors and a place per document. Each backend gets a fresh store
and `Store.put` batches of ``--batch`` documents (one transaction each, as the engines write); only
`Store.put` is timed (flattening included). The rates count documents and events; rows are every
table's rows. Exports run in a child process
reading the SQLite store, and its peak RSS is reported (ru_maxrss: the largest of the children so
far, so run one format per invocation to read each one's own peak).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from dateline.model import (
    Actor,
    ActorRef,
    Document,
    Event,
    Language,
    Place,
    PlaceRef,
    Published,
    Span,
    TimeRef,
)
from dateline.store import Store

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
COUNTRIES = ["FRA", "SYR", "LBN", "USA", "RUS", "MLI", "UKR", "DEU"]
TYPES = ["CONSULT", "ASSAULT", "PROTEST", "AID", "REQUEST", "ACCUSE"]
MENTION = Span(start=4, end=12)
TEXT = "The minister met his counterpart in the capital on Monday, the agency said. Talks went on."


def synthetic(n: int, seed: int = 3) -> Iterator[Document]:
    rng = random.Random(seed)
    for i in range(n):
        day = f"{2023 + (i % 24) // 12}-{(i % 12) + 1:02d}-{rng.randint(1, 28):02d}"
        a, b = rng.sample(COUNTRIES, 2)
        sentence = Span(start=0, end=78)
        place = PlaceRef(name=f"Town {i % 500}", geonames_id=1000 + i % 500, country=b, lat=30.0, lon=35.0)
        events = [
            Event(
                id=f"e{k}",
                type=rng.choice(TYPES),
                actors=[ActorRef(name=f"{a} government", country=a, sector="GOV", kb_id=a)],
                recipients=[ActorRef(name=f"{b} government", country=b, sector="GOV", kb_id=b)],
                place=place,
                time=TimeRef(text="Monday", value=day, precision="day", start=day, end=day),
                confidence=0.8,
                evidence=[sentence],
                sentence=sentence,
            )
            for k in range(2)
        ]
        yield Document(
            id=f"{i:020d}",
            uri=f"synthetic/{i}.txt",
            title=f"Report {i}",
            outlet="Synthetic Wire",
            language=Language(code="en", confidence=0.99),
            published=Published(value=day, precision="day", start=day, end=day),
            text=TEXT,
            actors=[
                Actor(kb_id=c, name=c, kind="country", country=c, sector="GOV", mentions=[MENTION])
                for c in (a, b)
            ],
            places=[
                Place(
                    name=place.name, geonames_id=place.geonames_id, country=b, lat=30.0, lon=35.0,
                    feature_class="P", mentions=[Span(start=60, end=67)],
                )
            ],
            events=events,
            producers=["synthetic@1"],
        )  # fmt: skip


def fill(target: str, n: int, batch: int) -> tuple[float, int]:
    """Write `n` synthetic documents in `batch`-document transactions; (seconds in `Store.put`, rows).
    Building the documents is not timed (the engines hand the writer finished documents)."""
    with Store.open(target) as store:
        seconds = 0.0
        docs = synthetic(n)
        while chunk := [doc for _, doc in zip(range(batch), docs, strict=False)]:
            started = time.perf_counter()
            store.put(chunk)
            seconds += time.perf_counter() - started
        with store.engine.connect() as conn:
            tables = ("documents", "events", "event_participants", "doc_actors", "doc_places", "doc_errors")
            rows = sum(conn.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one() for name in tables)
    return seconds, rows


def report(name: str, n: int, seconds: float, rows: int) -> None:
    print(
        f"{name}: {n} documents, {2 * n} events, {rows} rows in {seconds:.1f} s: "
        f"{n / seconds:,.0f} docs/s, {2 * n / seconds:,.0f} events/s, {rows / seconds:,.0f} rows/s"
    )


def export_rss(db: Path, fmt: str, out: Path) -> None:
    """Export in a child process; print its time and peak RSS."""
    started = time.perf_counter()
    cli = "from dateline.cli.app import main; main()"
    command = [sys.executable, "-c", cli, "export", "--db", str(db), "-f", fmt, "--out", str(out)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    said = " ".join(done.stderr.strip().splitlines()[-1:])
    print(f"export {fmt}: {time.perf_counter() - started:.1f} s, peak RSS {peak_mb:.0f} MB ({said})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--pg", default=PG, help="PostgreSQL URL ('none' to skip); a fresh schema is used")
    parser.add_argument("--export", default="", help="formats to export from the SQLite store afterwards")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        report("SQLite (batched insert)", args.docs, *fill(str(db), args.docs, args.batch))
        if args.pg != "none":
            schema = f"dateline_bench_{uuid.uuid4().hex[:8]}"
            server = sa.create_engine(args.pg)
            with server.begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            try:
                url = f"{args.pg}?options=-csearch_path%3D{schema}"
                report("PostgreSQL (COPY)", args.docs, *fill(url, args.docs, args.batch))
            finally:
                with server.begin() as conn:
                    conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
                server.dispose()
        for fmt in filter(None, args.export.split(",")):
            export_rss(db, fmt, Path(folder) / f"out.{fmt}")


if __name__ == "__main__":
    main()
