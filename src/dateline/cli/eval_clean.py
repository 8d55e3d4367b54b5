"""``dateline eval clean``: score the ``clean`` and ``language`` stages against seeds-format gold."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.app import eval_app
from dateline.cli.common import console
from dateline.cli.gold import CorpusOption, GoldArgument, resolve_gold
from dateline.eval.clean import evaluate_clean, print_clean


@eval_app.command("clean")
def eval_clean(
    gold: GoldArgument = None,
    corpus: CorpusOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Explain every failed check.")] = False,
) -> None:
    """Check title, language, outlet, furniture removal and body boundaries per document."""
    found = resolve_gold(gold, corpus)
    if found is None:
        return
    gold, corpus = found
    print_clean(evaluate_clean(gold, corpus), console, verbose=verbose)
