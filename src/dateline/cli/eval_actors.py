"""``dateline eval actors``: score actor country codes in gold event evidence (seeds-format gold)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import eval_app
from dateline.cli.common import console, fail
from dateline.cli.eval_clean import corpus_for, default_gold
from dateline.eval.actors import evaluate_actors, print_actors


@eval_app.command("actors")
def eval_actors(
    gold: Annotated[
        Path | None, typer.Argument(help="Seeds-format gold JSONL (default: ../shared/gold/seeds.jsonl).")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Folder of the gold's documents (default: ../corpus/<gold name> beside it)."),
    ] = None,
) -> None:
    """Countries of the actors found in each gold event's evidence vs the gold actor/recipient countries."""
    gold = gold or default_gold()
    if gold is None or not gold.is_file():
        raise fail(f"no gold file at {gold}" if gold else "../shared is not present: give a gold file")
    corpus = corpus or corpus_for(gold)
    if not corpus.is_dir():
        raise fail(f"no corpus folder at {corpus} (use --corpus)")
    print_actors(evaluate_actors(gold, corpus), console)
