"""Shared CLI pieces: the consoles, the ``--db`` and ``--outlet-regions`` options, opening the Store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

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


OutletRegionsOption = Annotated[
    Path | None,
    typer.Option(
        "--outlet-regions",
        exists=True,
        dir_okay=False,
        help="Outlet regions learned by `dateline outlets --write`: context for places.",
    ),
]


def place_settings(outlet_regions: Path | None) -> dict[str, Any]:
    """Stage options for ``--outlet-regions``; a file that is not an outlet-regions file is a usage error."""
    if outlet_regions is None:
        return {}
    from dateline.stages.places import read_outlet_regions

    try:
        read_outlet_regions(outlet_regions)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--outlet-regions") from None
    return {"places_outlet_regions": str(outlet_regions.resolve())}


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
