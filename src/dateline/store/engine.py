"""Database URLs and engines: SQLite tuned for one writer at a time, PostgreSQL as configured.

SQLite runs with WAL (readers never block the writer), foreign keys on, a page cache of up to
`SQLITE_CACHE_KIB` a connection (a write batch touches pages of a dozen indexes and the full-text
index: with SQLite's default 2 MiB it read them back from the OS at every batch), and SQLAlchemy in
charge of transactions, so that migrations (DDL) are transactional too; `write_transaction`
opens ``BEGIN IMMEDIATE`` so concurrent writers queue on the busy timeout instead of failing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

#: How long a SQLite writer waits for the lock (seconds).
SQLITE_BUSY_TIMEOUT = 60
#: The page cache a SQLite connection may grow to (KiB); SQLite's default is 2 MiB.
SQLITE_CACHE_KIB = 32 * 1024
_WRITE = "dateline_write"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for `target`: URLs pass through, anything else is a SQLite file path."""
    text = str(target)
    if text == ":memory:":
        return "sqlite://"
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def create_engine(url: str) -> sa.Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    in_memory = url in ("sqlite://", "sqlite:///:memory:")
    engine = sa.create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False},
        poolclass=StaticPool if in_memory else None,
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see `_on_begin`)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL once (the mode is stored in the file). Switching needs an exclusive lock and
    SQLite may refuse it at once, without its busy wait, while another opener is doing the same: retry
    until the busy timeout."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A transaction that holds the write lock from its first statement (SQLite) and commits on exit."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn
