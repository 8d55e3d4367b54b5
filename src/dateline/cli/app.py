"""The root Typer app; each command lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import logging
from typing import Annotated

import typer

app = typer.Typer(
    name="dateline",
    help="Dateline: multilingual, evidence-first event data from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score Dateline against gold data (reads ../shared when present).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")


@app.callback()
def verbosity(
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Log more to stderr: -v info, -vv debug.")
    ] = 0,
) -> None:
    """Dateline: multilingual, evidence-first event data from news reports."""
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)


#: Command modules, imported for their side effect of registering commands on `app` / `eval_app`.
COMMAND_MODULES: tuple[str, ...] = (
    "config",
    "extract",
    "docs",
    "show",
    "events",
    "export",
    "actors",
    "outlets",
    "ingest",
    "serve",
    "eval_clean",
    "eval_times",
    "eval_actors",
    "stories",
    "eval_stories",
    "eval_places",
    "eval_events",
)


def main() -> None:
    for module in COMMAND_MODULES:
        importlib.import_module(f"dateline.cli.{module}")
    app()
