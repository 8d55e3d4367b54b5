"""``dateline eval times``: score event times and cited sources against seeds-format gold."""

from __future__ import annotations

from dateline.cli.app import eval_app
from dateline.cli.common import console
from dateline.cli.gold import CorpusOption, GoldArgument, resolve_gold
from dateline.eval.times import evaluate_times, print_times


@eval_app.command("times")
def eval_times(
    gold: GoldArgument = None,
    corpus: CorpusOption = None,
) -> None:
    """Gold event times resolved into their interval (hint as reference; absolute dates without it),
    and cited-source precision/recall."""
    found = resolve_gold(gold, corpus)
    if found is None:
        return
    gold, corpus = found
    print_times(evaluate_times(gold, corpus), console)
