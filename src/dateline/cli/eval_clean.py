"""``dateline eval clean``: score the ``clean`` and ``language`` stages against seeds-format gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import eval_app
from dateline.cli.common import console, fail
from dateline.eval.clean import evaluate_clean, print_clean
from dateline.eval.common import shared_dir


def default_gold() -> Path | None:
    base = shared_dir()
    return base / "gold" / "seeds.jsonl" if base else None


def corpus_for(gold: Path) -> Path:
    """The corpus beside a gold file: ``gold/seeds.jsonl`` → ``corpus/seeds``, else ``corpus/``."""
    root = gold.resolve().parent.parent / "corpus"
    return root / gold.stem if (root / gold.stem).is_dir() else root


@eval_app.command("clean")
def eval_clean(
    gold: Annotated[
        Path | None, typer.Argument(help="Seeds-format gold JSONL (default: ../shared/gold/seeds.jsonl).")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Folder of the gold's documents (default: ../corpus/<gold name> beside it)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Explain every failed check.")] = False,
) -> None:
    """Check title, language, outlet, furniture removal and body boundaries per document."""
    gold = gold or default_gold()
    if gold is None or not gold.is_file():
        raise fail(f"no gold file at {gold}" if gold else "../shared is not present: give a gold file")
    corpus = corpus or corpus_for(gold)
    if not corpus.is_dir():
        raise fail(f"no corpus folder at {corpus} (use --corpus)")
    print_clean(evaluate_clean(gold, corpus), console, verbose=verbose)
