"""The Store on PostgreSQL: each test gets a fresh schema, dropped afterwards.

Skipped with a message when no server answers at ``$DATELINE_TEST_PG_URL``
(default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from story_decisions import run_split_join

from dateline.model import (
    Actor,
    ActorRef,
    DocError,
    Document,
    Event,
    Language,
    PlaceRef,
    Published,
    Span,
    TimeRef,
)
from dateline.store import AmbiguousIdError, Store
from dateline.store.migrate import alembic_config, current_revision, head_revision
from dateline.store.schema import compared, metadata

pytestmark = pytest.mark.integration

SERVER = os.environ.get("DATELINE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="module")
def server() -> Iterator[sa.Engine]:
    engine = sa.create_engine(SERVER, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except Exception as exc:  # any failure to connect means: no server here
        engine.dispose()
        pytest.skip(f"no PostgreSQL server at {SERVER}: {type(exc).__name__}")
    yield engine
    engine.dispose()


@pytest.fixture
def url(server: sa.Engine) -> Iterator[str]:
    schema = f"dateline_test_{uuid.uuid4().hex[:12]}"
    with server.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with server.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as opened:
        yield opened


def report(n: int, failed: bool = False) -> Document:
    """A small report written for this test, with one located, dated event."""
    text = f"Les ministres de la réunion numéro {n} se sont rencontrés à Genève."
    ministers = Span(start=4, end=13)
    return Document(
        id=f"pg{n:018d}",
        title=f"Réunion {n}",
        outlet="Test Hebdo" if n % 2 else "Test Daily",
        language=Language(code="fr" if n % 2 else "en", confidence=0.9),
        published=Published(value=f"2024-05-{n % 28 + 1:02d}", precision="day"),
        text=text,
        actors=[Actor(kb_id="CHE", name="Switzerland", kind="country", country="CHE", mentions=[ministers])],
        events=[
            Event(
                id="e1",
                type="CONSULT",
                actors=[ActorRef(name="Switzerland", country="CHE", kb_id="CHE")],
                recipients=[ActorRef(name="France", country="FRA")],
                place=PlaceRef(name="Geneva", geonames_id=2660646, country="CHE", lat=46.20222, lon=6.14569),
                time=TimeRef(text="mai", value=f"2024-05-{n % 28 + 1:02d}", precision="day"),
                evidence=[Span(start=0, end=len(text))],
            )
        ],
        errors=[DocError(stage="events", kind="ValueError", message="test failure")] if failed else [],
    )


def test_migrations_create_the_schema_in_its_own_namespace(store: Store, url: str) -> None:
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        schema = conn.execute(sa.text("SELECT current_schema()")).scalar()
        tables = set(sa.inspect(conn).get_table_names(schema=schema))
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": compared}), metadata
        )
    assert {"documents", "events", "event_participants", "doc_actors", "doc_places", "doc_errors"} <= tables
    assert diffs == []


def test_accent_folding_outlives_another_store_schema(server: sa.Engine) -> None:
    """Two stores in two schemas of one database: dropping the first leaves the second's folding working."""
    first, second = (f"dateline_test_{uuid.uuid4().hex[:12]}" for _ in range(2))
    with server.begin() as conn:
        for schema in (first, second):
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        for schema in (first, second):
            Store.open(f"{SERVER}?options=-csearch_path%3D{schema}").close()
        with server.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{first}" CASCADE'))
        with Store.open(f"{SERVER}?options=-csearch_path%3D{second}") as kept, kept.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT dateline_fold('Genève')")).scalar() == "Geneve"
    finally:
        with server.begin() as conn:
            for schema in (first, second):
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


def test_migrations_downgrade_and_upgrade_again(store: Store, url: str) -> None:
    store.put([report(1)])
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), "base")
    with store.engine.connect() as conn:
        assert "documents" not in sa.inspect(conn).get_table_names()
    with Store.open(url) as again:
        assert again.count() == 0


def test_round_trip_idempotency_and_failures(store: Store) -> None:
    docs = [report(n, failed=n == 3) for n in range(1, 6)]
    first = store.put(docs)
    assert (first.stored, first.skipped, first.failed) == (5, 0, 1)
    assert store.put(docs).skipped == 5
    assert store.count() == 5
    for doc in docs:
        assert store.get(doc.id) == doc
    with pytest.raises(AmbiguousIdError):
        store.get("pg0000")
    assert store.get("pg000000000000000004") == docs[3]
    assert store.known_ids(["pg000000000000000001", "nope"]) == {"pg000000000000000001"}
    assert [r.id for r in store.documents(status="failed")] == ["pg000000000000000003"]
    assert len(store.documents(outlet="test hebdo")) == 3
    assert sorted(store.iter_documents(chunk=2), key=lambda d: d.id) == sorted(docs, key=lambda d: d.id)


def test_concurrent_writers_store_each_document_once(url: str) -> None:
    docs = [report(n) for n in range(20)]

    def write(_: int) -> int:
        with Store.open(url) as writer:
            return writer.put(docs).stored

    with ThreadPoolExecutor(max_workers=3) as pool:
        stored = list(pool.map(write, range(3)))
    with Store.open(url) as reader:
        assert reader.count() == 20
        assert len(reader.events()) == 20
    assert sum(stored) == 20


def test_queries_on_postgres(store: Store) -> None:
    store.put([report(n) for n in range(1, 4)])
    assert len(store.events(type="consult")) == 3
    assert len(store.events(country="fra")) == 3
    assert len(store.events(actor="switz")) == 3
    assert [r.date for r in store.events(since="2024-05-03")] == ["2024-05-03", "2024-05-04"]
    assert len(store.events(near=(46.2, 6.1, 10))) == 3
    assert store.events(near=(48.85, 2.35, 100)) == []
    [swiss] = store.actors()
    assert (swiss.name, swiss.mentions, swiss.documents) == ("Switzerland", 3, 3)


def test_story_split_and_join_survive_reclustering_on_postgres(store: Store) -> None:
    run_split_join(store)
