"""A store for the API tests: the hand-built sample reports, 40 small reports written here, one story."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from store_samples import sample_documents

from dateline.model import ActorRef, Document, Event, Language, PlaceRef, Published, Span, TimeRef
from dateline.store import Store
from dateline.store import schema as t

#: (kind, actor, recipient, place): the small reports cycle through these.
PATTERNS = [
    ("CONSULT", ActorRef(name="France", country="FRA", sector="GOV", kb_id="FRA"),
     ActorRef(name="Germany", country="DEU", sector="GOV", kb_id="DEU"),
     PlaceRef(name="Strasbourg", geonames_id=2973783, country="FRA", lat=48.58392, lon=7.74553)),
    ("ASSAULT", ActorRef(name="rebels", country="MLI", sector="REB"),
     ActorRef(name="Mali", country="MLI", sector="MIL", kb_id="MLI"),
     PlaceRef(name="Gao", geonames_id=2457163, country="MLI", lat=16.27167, lon=-0.04472)),
    ("AID", ActorRef(name="France", country="FRA", sector="GOV", kb_id="FRA"),
     ActorRef(name="Fiji", country="FJI", sector="GOV", kb_id="FJI"),
     PlaceRef(name="Taveuni", geonames_id=2198148, country="FJI", lat=-16.85, lon=179.97)),
    ("PROTEST", ActorRef(name="farmers", country="FRA", sector="CVL"), None, None),
]  # fmt: skip
STORY_ID = "story-strasbourg"
PG_SERVER = os.environ.get("DATELINE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_url() -> Iterator[str]:
    """A URL of a fresh schema on the test PostgreSQL server (dropped afterwards); skips without one."""
    engine = sa.create_engine(PG_SERVER, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except Exception as exc:  # no server here
        engine.dispose()
        pytest.skip(f"no PostgreSQL server at {PG_SERVER}: {type(exc).__name__}")
    schema = f"dateline_api_{uuid.uuid4().hex[:12]}"
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def small_report(n: int) -> Document:
    """Report `n`: one event of the pattern ``n % 4``, a day in 2023, alternately French and English."""
    kind, actor, recipient, place = PATTERNS[n % len(PATTERNS)]
    day = (date(2023, 1, 1) + timedelta(days=7 * n)).isoformat()
    french = n % 2 == 0
    text = (
        f"Communiqué numéro {n} : réunion sur la sécurité alimentaire et la pêche."
        if french
        else f"Statement number {n}: talks on fisheries and food security."
    )
    return Document(
        id=f"{n:04d}" + "a" * 16,
        title=f"Report {n}",
        outlet="La Gazette" if french else "The Courier",
        language=Language(code="fr" if french else "en", confidence=1.0),
        published=Published(value=day, precision="day", start=day, end=day, source="declared"),
        text=text,
        events=[
            Event(
                id="e1",
                type=kind,
                actors=[actor],
                recipients=[recipient] if recipient else [],
                place=place,
                time=TimeRef(text=day, value=day, precision="day", start=day, end=day),
                confidence=0.5 + (n % 5) / 10,
                evidence=[Span(start=0, end=len(text))],
            )
        ],
    )


def fill(store: Store) -> None:
    """The sample reports, 40 small reports, and a story of the first two small reports."""
    store.put(sample_documents())
    store.put([small_report(n) for n in range(40)])
    members = [small_report(0).id, small_report(4).id]
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            sa.insert(t.stories).values(
                id=STORY_ID, label="Strasbourg talks", centroid=b"", n_docs=2, first_day=None,
                last_day=None, updated_at=now,
            )
        )  # fmt: skip
        conn.execute(
            sa.insert(t.story_members),
            [
                {"doc_id": d, "story_id": STORY_ID, "score": 1.0, "vector": b"", "features": "{}"}
                for d in members
            ],
        )
