"""Shared CLI pieces: the consoles, the ``--db`` option and opening the Store for read commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from dateline.store import Store, database_url

#: Results go to stdout; messages, warnings and errors to stderr.
console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "dateline.db"

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="DATELINE_DB",
        help="Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://…).",
        show_default=True,
    ),
]


def open_store(db: str, must_exist: bool = True) -> Store:
    """Open the store at `db`; a missing SQLite file is a usage error when `must_exist`."""
    url = db if "://" in db or db == ":memory:" else None
    if url is None and must_exist and not Path(os.path.expanduser(db)).is_file():
        raise typer.BadParameter(f"no database at {db!r} (run `dateline ingest` first)", param_hint="--db")
    return Store.open(database_url(db) if url is None else url)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `message` to stderr and return the Exit to raise."""
    err_console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)
