"""Alembic, driven from code: the Store upgrades its database to the newest revision on open.

No ``alembic.ini`` is needed; `alembic_config` builds the configuration in memory and points
Alembic at the revisions packaged in ``dateline/store/migrations``. The Alembic command line
on the same configuration is ``python -m dateline.store`` (see ``__main__.py``).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dateline.store.engine import write_transaction

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: PostgreSQL advisory lock key taken while migrating (any constant unique to Dateline).
MIGRATION_LOCK = 0x0DA7E11E


def alembic_config(url: str | None = None, connection: sa.Connection | None = None) -> Config:
    """An in-memory Alembic configuration for the packaged revisions."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision shipped with this version of Dateline."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: sa.Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database behind `engine` to `revision` in one transaction, when it is behind.

    Concurrent openers queue on a lock (SQLite's write lock, a PostgreSQL advisory lock) and
    re-check the revision, so only the first one migrates.
    """
    if revision == "head":
        with engine.connect() as conn:
            if current_revision(conn) == head_revision():
                return
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        if revision != "head" or current_revision(conn) != head_revision():
            command.upgrade(alembic_config(connection=conn), revision)
