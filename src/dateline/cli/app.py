"""The root Typer app; each command lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
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


#: Command modules, imported for their side effect of registering commands on `app` / `eval_app`, each
#: with the top-level command names it registers (the ``eval_*`` modules register under ``eval``).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "config": ("config",),
    "extract": ("extract",),
    "docs": ("docs",),
    "show": ("show",),
    "events": ("events",),
    "export": ("export",),
    "actors": ("actors",),
    "outlets": ("outlets",),
    "ingest": ("ingest",),
    "serve": ("serve",),
    "eval_clean": ("eval",),
    "eval_times": ("eval",),
    "eval_actors": ("eval",),
    "stories": ("stories", "story"),
    "eval_stories": ("eval",),
    "eval_places": ("eval",),
    "eval_events": ("eval",),
}


def modules_for(args: Sequence[str]) -> list[str]:
    """The command modules `args` needs: those of the command it names, else all of them (help, a
    mistyped command). A process then imports only its own command's dependencies: ``dateline ingest``
    does not load scikit-learn, FastAPI or the stages (≈ 4 s of CPU, ``docs/performance.md``)."""
    command = next((arg for arg in args if not arg.startswith("-")), None)
    return [m for m, names in COMMAND_MODULES.items() if command in names] or list(COMMAND_MODULES)


def main() -> None:
    for module in modules_for(sys.argv[1:]):
        importlib.import_module(f"dateline.cli.{module}")
    app()
