"""``dateline eval events``: PLOVER events against seeds-format gold, and the coder on the dev sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.app import eval_app
from dateline.cli.common import console, fail
from dateline.cli.eval_clean import corpus_for, default_gold
from dateline.eval.events import evaluate_seeds, print_seeds
from dateline.eval.events_dev import evaluate_dev, print_dev

DEV_SETS = ("plv", "plover_gsr", "petrarch2")


@eval_app.command("events")
def eval_events(
    gold: Annotated[
        Path | None, typer.Argument(help="Seeds-format gold JSONL (default: ../shared/gold/seeds.jsonl).")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Folder of the gold's documents (default: ../corpus/<gold name> beside it)."),
    ] = None,
    dev: Annotated[
        list[str] | None,
        typer.Option(
            help="Also score the coder on dev sets: plv, plover_gsr, petrarch2 (repeatable) or all."
        ),
    ] = None,
    encoder: Annotated[str, typer.Option(help="Classifier encoder for the dev sets: use or e5.")] = "use",
    folds: Annotated[int, typer.Option(help="Cross-validation folds on the dev sets.")] = 5,
    hint: Annotated[
        bool, typer.Option(help="Declare the gold publication_date_hint as the publication date.")
    ] = False,
) -> None:
    """Required-event recall and precision on the gold (type + actor/recipient countries), location
    and time of matched events; with --dev, category macro-F1, quad-class accuracy and triples."""
    gold = gold or default_gold()
    if gold is None or not gold.is_file():
        raise fail(f"no gold file at {gold}" if gold else "../shared is not present: give a gold file")
    corpus = corpus or corpus_for(gold)
    if not corpus.is_dir():
        raise fail(f"no corpus folder at {corpus} (use --corpus)")
    print_seeds(evaluate_seeds(gold, corpus, hinted=hint), console, title=gold.stem)
    names = DEV_SETS if dev and "all" in dev else tuple(dev or ())
    for name in names:
        if name not in DEV_SETS:
            raise fail(f"unknown dev set {name!r}; known: {', '.join(DEV_SETS)}")
        try:
            print_dev(evaluate_dev(name, encoder, folds), console)
        except FileNotFoundError as exc:
            console.print(f"[yellow]{name}: skipped ({exc})[/yellow]")
