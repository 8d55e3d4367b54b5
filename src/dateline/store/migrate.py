"""Alembic, driven from code: the Store upgrades its database to the newest revision on open.

No ``alembic.ini`` is needed; `alembic_config` builds the configuration in memory and points
Alembic at the revisions packaged in ``dateline/store/migrations``. Command line use (new
revisions, history) goes through the same configuration::

    python -m dateline.store.migrate history
    python -m dateline.store.migrate revision -m "add stories"    # then edit the new file
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import CommandLine, Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


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
    """Bring the database behind `engine` to `revision`, in one transaction, when it is behind."""
    with engine.begin() as connection:
        if revision == "head" and current_revision(connection) == head_revision():
            return
        command.upgrade(alembic_config(connection=connection), revision)


def main(argv: list[str] | None = None) -> None:
    """The ``alembic`` command line on the packaged revisions (``--url`` sets the database)."""
    args = list(sys.argv[1:] if argv is None else argv)
    url = "sqlite:///dateline.db"
    if "--url" in args:
        at = args.index("--url")
        url = args[at + 1]
        del args[at : at + 2]
    cli = CommandLine(prog="python -m dateline.store.migrate")
    options = cli.parser.parse_args(args)
    cli.run_cmd(alembic_config(url), options)


if __name__ == "__main__":
    main()
