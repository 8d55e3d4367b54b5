"""Shared CLI pieces: the consoles, the ``--db`` and settings options, opening the Store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from dateline.config import Config, ConfigError, load_config, parse_assignments

if TYPE_CHECKING:
    from dateline.store import Store

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


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        exists=True,
        dir_okay=False,
        help="A TOML settings file (see docs/configuration.md).",
    ),
]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", help="One setting, section.key=value (repeatable; wins over --config)."),
]
KBOption = Annotated[
    list[Path] | None,
    typer.Option("--kb", exists=True, dir_okay=False, help="Extra actor KB file (repeatable)."),
]
StagesOption = Annotated[
    str | None, typer.Option(help="Comma-separated stages to run, e.g. clean,language (default: all).")
]


def settings(
    config_file: Path | None,
    assignments: list[str] | None,
    *,
    kb: list[Path] | None = None,
    outlet_regions: Path | None = None,
    stages: str | None = None,
) -> Config:
    """The configuration in effect: defaults < `config_file` < environment < ``--set`` < dedicated flags.

    An unknown or ill-typed setting, or an outlet-regions file that is not one, is a usage error (exit 2).
    """
    try:
        overrides: dict[str, Any] = parse_assignments(assignments or [])
        if kb:
            overrides.setdefault("kb", {})["files"] = [str(p.resolve()) for p in kb]
        if outlet_regions is not None:
            _check_outlet_regions(outlet_regions)
            overrides.setdefault("places", {})["outlet_regions"] = str(outlet_regions.resolve())
        if stages is not None:
            overrides["stages"] = [name.strip() for name in stages.split(",") if name.strip()]
        return load_config(config_file, overrides=overrides)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="settings") from None


def _check_outlet_regions(path: Path) -> None:
    from dateline.stages.places import read_outlet_regions

    try:
        read_outlet_regions(path)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--outlet-regions") from None


def open_store(db: str, must_exist: bool = True) -> Store:
    """Open the store at `db`; a missing SQLite file is a usage error when `must_exist`. (The store's
    modules are imported here: ``dateline ingest`` starts its workers before.)"""
    from dateline.store import Store, database_url

    url = db if "://" in db or db == ":memory:" else None
    if url is None and must_exist and not Path(os.path.expanduser(db)).is_file():
        raise typer.BadParameter(f"no database at {db!r} (run `dateline ingest` first)", param_hint="--db")
    return Store.open(database_url(db) if url is None else url)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `message` to stderr and return the Exit to raise."""
    err_console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)
