"""The SQLite Store: migrations, idempotent puts, round trips and the query filters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from store_samples import english_report, failed_report, french_report, sample_documents

from dateline.flat import date_bound, event_interval, evidence_text, flatten
from dateline.model import Document, Event
from dateline.store import AmbiguousIdError, Store, database_url
from dateline.store.engine import create_engine, write_transaction
from dateline.store.migrate import alembic_config, current_revision, head_revision, upgrade
from dateline.store.rows import event_rows
from dateline.store.schema import compared, metadata


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    store.put(sample_documents())
    return store


def test_open_runs_migrations_to_head(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "x.db"
    with Store.open(path) as store, store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert {"documents", "doc_errors", "events", "event_participants", "doc_actors", "doc_places"} <= set(
            sa.inspect(conn).get_table_names()
        )
    with Store.open(str(path)) as again:  # reopening an up-to-date database changes nothing
        assert again.count() == 0


def test_schema_module_matches_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": compared}), metadata
        )
    assert diffs == []


def test_migration_history_is_linear() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), f"{revision.revision} merges branches"


def test_source_id_is_stored_and_read_back(filled: Store) -> None:
    french, english = french_report().id, english_report().id
    assert {r.id: r.source_id for r in filled.documents(status="ok")} == {
        french: "dep-2024-0314",
        english: None,
    }
    assert {r.doc_id: r.source_id for r in filled.events()} == {french: "dep-2024-0314", english: None}
    stored = filled.get(french)
    assert stored is not None and stored.source_id == "dep-2024-0314"
    with filled.engine.connect() as conn:
        column = conn.execute(
            sa.text("SELECT source_id FROM documents WHERE id = :d"), {"d": french}
        ).scalar()
    assert column == "dep-2024-0314"


def test_upgrading_from_the_previous_revision_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(database_url(path))
    upgrade(engine, "0002_stories")
    old = english_report()
    flat = flatten(old, datetime.now(UTC))
    del flat.document["source_id"]
    document_json = json.loads(flat.document["json"])
    del document_json["source_id"]  # a Document stored before the field existed
    flat.document["json"] = json.dumps(document_json)
    tables = sa.MetaData()
    with engine.begin() as conn:
        tables.reflect(conn)
        assert "source_id" not in tables.tables["documents"].c
        conn.execute(tables.tables["documents"].insert(), [flat.document])
        conn.execute(tables.tables["events"].insert(), flat.events)
        conn.execute(tables.tables["event_participants"].insert(), flat.participants)
    engine.dispose()

    with Store.open(path) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        [row] = store.documents()
        assert (row.id, row.source_id, row.n_events, row.url) == (old.id, None, 2, old.url)
        assert [(r.doc_id, r.source_id) for r in store.events()] == [(old.id, None), (old.id, None)]
        assert store.get(old.id) == old
        assert store.put([french_report()]).stored == 1
        assert store.get(french_report().id) == french_report()
        with write_transaction(store.engine) as conn:  # and back: the column goes, the rows stay
            command.downgrade(alembic_config(connection=conn), "0002_stories")
        with store.engine.connect() as conn:
            assert "source_id" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}
            assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar() == 3


def test_put_counts_and_is_idempotent(store: Store) -> None:
    first = store.put(sample_documents())
    assert (first.stored, first.skipped, first.failed) == (3, 0, 1)
    again = store.put(sample_documents())
    assert (again.stored, again.skipped, again.failed) == (0, 3, 0)
    twice_in_one_batch = store.put([french_report(), french_report()])
    assert twice_in_one_batch.skipped == 2
    assert store.count() == 3
    assert len(store.events()) == 3


def test_concurrent_openers_and_writers(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"

    def write(_: int) -> int:
        with Store.open(path) as writer:  # the first opener migrates, the others wait and see head
            return writer.put(sample_documents()).stored

    with ThreadPoolExecutor(max_workers=4) as pool:
        stored = list(pool.map(write, range(4)))
    assert sum(stored) == 3
    with Store.open(path) as reader:
        assert reader.count() == 3 and len(reader.events()) == 3


def test_put_is_one_transaction(store: Store) -> None:
    broken = english_report()
    broken.events.append(broken.events[0].model_copy())  # duplicate event id: the insert fails
    with pytest.raises(sa.exc.IntegrityError):
        store.put([french_report(), broken])
    assert store.count() == 0
    assert store.events() == []


def test_get_round_trips_exactly(filled: Store) -> None:
    for original in sample_documents():
        stored = filled.get(original.id)
        assert stored == original
        assert stored is not None and stored.to_json() == original.to_json()


def test_get_by_prefix(filled: Store) -> None:
    found = filled.get("fr00")
    assert found is not None and found.id == french_report().id
    assert filled.get("zz") is None
    assert filled.get("no%") is None
    filled.put([Document(id="fr0000000000000000zz")])
    with pytest.raises(AmbiguousIdError):
        filled.get("fr00")


def test_known_ids(filled: Store) -> None:
    assert filled.known_ids([french_report().id, "missing", failed_report().id]) == {
        french_report().id,
        failed_report().id,
    }
    assert filled.known_ids([]) == set()


def test_failed_documents_keep_their_errors(filled: Store) -> None:
    [row] = filled.documents(status="failed")
    assert row.id == failed_report().id
    with filled.engine.connect() as conn:
        errors = conn.execute(
            sa.text("SELECT stage, kind FROM doc_errors WHERE doc_id = :d"), {"d": row.id}
        ).all()
    assert [tuple(e) for e in errors] == [("clean", "UnicodeDecodeError")]


def test_documents_filters(filled: Store) -> None:
    assert [r.id for r in filled.documents(language="FR")] == [french_report().id]
    assert [r.id for r in filled.documents(outlet="example wire")] == [english_report().id]
    assert len(filled.documents(status="ok")) == 2
    assert len(filled.documents(limit=1)) == 1
    row = filled.documents(language="en")[0]
    assert (row.n_events, row.status, row.published_precision) == (2, "ok", "month")
    assert row.created_at.tzinfo is not None


def _types(rows: list) -> list[str]:
    return sorted(r.event.type for r in rows)


def test_event_filters(filled: Store) -> None:
    assert _types(filled.events()) == ["ASSAULT", "CONSULT", "PROTEST"]
    assert _types(filled.events(type="consult")) == ["CONSULT"]
    assert _types(filled.events(actor="isra")) == ["ASSAULT"]
    assert _types(filled.events(actor="RUS")) == ["CONSULT"]  # by KB id
    assert _types(filled.events(actor="syria")) == ["ASSAULT", "CONSULT"]  # recipients count
    assert _types(filled.events(country="lbn")) == ["PROTEST"]
    assert _types(filled.events(country="SYR")) == ["ASSAULT", "CONSULT"]
    assert _types(filled.events(country="SYR", type="ASSAULT", actor="israel")) == ["ASSAULT"]


def test_event_date_filters_use_time_then_publication(filled: Store) -> None:
    assert _types(filled.events(since="2024-03-12")) == [
        "CONSULT",
        "PROTEST",
    ]  # protest: March 2024 (published)
    assert _types(filled.events(until="2024-03-11")) == ["ASSAULT", "PROTEST"]
    assert _types(filled.events(since="2024-03-14", until="2024-03-14")) == ["CONSULT", "PROTEST"]
    assert filled.events(since="2024-04-01") == []


def test_event_near_filter(filled: Store) -> None:
    assert _types(filled.events(near=(33.51, 36.3, 10))) == ["CONSULT"]  # Damascus
    assert _types(filled.events(near=(33.7, 35.9, 100))) == ["CONSULT", "PROTEST"]  # Damascus and Beirut
    assert filled.events(near=(48.85, 2.35, 500)) == []


def test_event_rows_carry_document_context(filled: Store) -> None:
    [row] = filled.events(type="ASSAULT")
    assert row.id == "en0000000000000000b2-e1"
    assert (row.outlet, row.url, row.language, row.date) == (
        "Example Wire",
        "https://example.org/news/aleppo",
        "en",
        "2024-03-11",
    )
    assert row.evidence_text == "Israeli aircraft struck targets near Aleppo on Monday, the observatory said."
    assert row.event == english_report().events[0]
    assert len(filled.events(limit=2)) == 2


def test_stored_events_match_event_rows_of_the_documents(filled: Store) -> None:
    expected = event_rows(french_report()) + event_rows(english_report())
    assert sorted(filled.events(), key=lambda r: r.id) == sorted(expected, key=lambda r: r.id)


def test_actor_counts(filled: Store) -> None:
    second = french_report().model_copy(update={"id": "fr0000000000000000d4"})
    filled.put([second])
    counts = {a.name: a for a in filled.actors()}
    assert (counts["Russia"].documents, counts["Russia"].mentions) == (2, 2)
    assert (counts["Israel"].documents, counts["Israel"].country, counts["Israel"].sector) == (
        1,
        "ISR",
        "MIL",
    )
    assert filled.actors()[0].documents == 2


@pytest.mark.parametrize(
    ("value", "upper", "expected"),
    [
        ("2024-03-14", False, "2024-03-14"),
        ("2024-03-14T10:00:00", True, "2024-03-14"),
        ("2024-02", True, "2024-02-29"),
        ("2024-02", False, "2024-02-01"),
        ("2023", True, "2023-12-31"),
        ("2023", False, "2023-01-01"),
        (None, True, None),
        ("last week", False, None),
        ("2024-13", True, None),
        ("2024-02-30", False, None),
    ],
)
def test_date_bound(value: str | None, upper: bool, expected: str | None) -> None:
    assert date_bound(value, upper) == expected


def test_event_interval_falls_back_to_publication() -> None:
    doc = english_report()
    assert event_interval(doc, doc.events[0]) == ("2024-03-11", "2024-03-11")
    assert event_interval(doc, doc.events[1]) == ("2024-03-01", "2024-03-31")
    assert event_interval(Document(id="x"), Event(id="e", type="AID")) == (None, None)


def test_evidence_text_prefers_evidence_then_sentence() -> None:
    doc = french_report()
    event = doc.events[0]
    assert evidence_text(doc.text, event).startswith("Le ministre russe")
    bare = event.model_copy(update={"evidence": []})
    assert evidence_text(doc.text, bare) == evidence_text(doc.text, event)
    assert evidence_text(doc.text, Event(id="e", type="AID")) == ""


def test_database_url(tmp_path: Path) -> None:
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(":memory:") == "sqlite://"
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"


def test_in_memory_store() -> None:
    with Store.open(":memory:") as store:
        assert store.put([french_report()]).stored == 1
        assert store.get(french_report().id) == french_report()


def test_iter_documents_streams_every_document_oldest_first(filled: Store) -> None:
    streamed = list(filled.iter_documents(chunk=1))
    assert [d.id for d in streamed] == [row.id for row in filled.documents()]
    assert streamed == [filled.get(d.id) for d in streamed]


def test_switching_to_wal_waits_for_another_openers_lock(tmp_path: Path) -> None:
    import sqlite3
    import threading

    from dateline.store.engine import _use_wal

    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (a)")
    holder.execute("BEGIN EXCLUSIVE")
    opener = sqlite3.connect(path, isolation_level=None, timeout=0)  # no busy wait of SQLite's own
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        opener.execute("PRAGMA journal_mode=WAL")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    _use_wal(opener.cursor())
    release.join()
    assert opener.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _every_row(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, without the storage times."""
    tables: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [c for c in table.c if c.name != "created_at"]
            rows = conn.execute(sa.select(*columns)).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


def test_rows_flattened_elsewhere_store_exactly_as_the_documents(tmp_path: Path) -> None:
    """A worker process sends its results as `flatten(doc)` rows: stored, they equal the Documents'."""
    docs = sample_documents()
    with Store.open(tmp_path / "docs.db") as from_docs, Store.open(tmp_path / "flat.db") as from_rows:
        from_docs.put(docs)
        flats = [flatten(doc) for doc in docs]
        assert all(flat.document["created_at"] is None for flat in flats)
        result = from_rows.put(flats)
        assert (result.stored, result.failed) == (len(docs), sum(doc.failed for doc in docs))
        assert result.failed
        assert from_rows.put([flatten(docs[0])]).skipped == 1  # idempotent on the id, as Documents are
        assert _every_row(from_rows) == _every_row(from_docs)
        assert sum(len(rows) for rows in _every_row(from_docs).values()) > len(docs)
        assert from_rows.get(docs[0].id) == docs[0] == flats[0].to_document()
