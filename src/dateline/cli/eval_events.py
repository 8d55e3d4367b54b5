"""``dateline eval events``: PLOVER events against seeds-format gold, and the coder on the dev sets."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.app import eval_app
from dateline.cli.common import console, fail
from dateline.cli.gold import CorpusOption, GoldArgument, resolve_gold
from dateline.eval.events import evaluate_seeds, print_seeds
from dateline.eval.events_dev import evaluate_dev, evaluate_end_to_end, print_dev, print_end_to_end

DEV_SETS = ("plv", "plover_gsr", "petrarch2")


@eval_app.command("events")
def eval_events(
    gold: GoldArgument = None,
    corpus: CorpusOption = None,
    dev: Annotated[
        list[str] | None,
        typer.Option(
            help="Also score the coder on dev sets: plv, plover_gsr, petrarch2 (repeatable) or all."
        ),
    ] = None,
    encoder: Annotated[str, typer.Option(help="Classifier encoder for the dev sets: use or e5.")] = "use",
    folds: Annotated[
        int,
        typer.Option(
            help="Cross-validation folds on the dev sets that train the classifier (also end to end; "
            "0: the packaged classifier as shipped)."
        ),
    ] = 5,
    hint: Annotated[
        bool, typer.Option(help="Declare the gold publication_date_hint as the publication date.")
    ] = False,
    end_to_end: Annotated[
        bool,
        typer.Option(
            "--end-to-end",
            help="With --dev: run the full pipeline on each raw dev sentence and score its top event "
            "(accuracy, macro-F1, none rate, confusions) instead of the cross-validated coder.",
        ),
    ] = False,
) -> None:
    """Required-event recall and precision on the gold (type + actor/recipient countries), location
    and time of matched events; with --dev, category macro-F1, quad-class accuracy and triples; with
    --dev and --end-to-end, the full pipeline's top event per raw dev sentence and its none rate."""
    found = resolve_gold(gold, corpus)
    if found is None:
        return
    gold, corpus = found
    print_seeds(evaluate_seeds(gold, corpus, hinted=hint), console, title=gold.stem)
    names = DEV_SETS if dev and "all" in dev else tuple(dev or ())
    for name in names:
        if name not in DEV_SETS:
            raise fail(f"unknown dev set {name!r}; known: {', '.join(DEV_SETS)}")
        try:
            if end_to_end:
                print_end_to_end(evaluate_end_to_end(name, encoder, folds), console, encoder)
            else:
                print_dev(evaluate_dev(name, encoder, folds), console)
        except FileNotFoundError as exc:
            console.print(f"[yellow]{name}: skipped ({exc})[/yellow]")
