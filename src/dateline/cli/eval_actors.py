"""``dateline eval actors``: score actor country codes in gold event evidence (seeds-format gold)."""

from __future__ import annotations

from dateline.cli.app import eval_app
from dateline.cli.common import console
from dateline.cli.gold import CorpusOption, GoldArgument, resolve_gold
from dateline.eval.actors import evaluate_actors, print_actors


@eval_app.command("actors")
def eval_actors(
    gold: GoldArgument = None,
    corpus: CorpusOption = None,
) -> None:
    """Countries of the actors found in each gold event's evidence vs the gold actor/recipient countries."""
    found = resolve_gold(gold, corpus)
    if found is None:
        return
    gold, corpus = found
    print_actors(evaluate_actors(gold, corpus), console)
