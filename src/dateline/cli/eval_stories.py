"""``dateline eval stories``: story clustering against gold story labels (seeds and the project's own set)."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dateline.cli.app import eval_app
from dateline.cli.common import console, err_console
from dateline.eval.common import shared_dir
from dateline.eval.stories import StoryEval, evaluate, own_sets
from dateline.eval.stories_dev import (
    DEV_CSV,
    PairScores,
    default_store_path,
    evaluate_dev,
    ingest_articles,
    load_pairs,
)
from dateline.resources import Resources
from dateline.stories.similarity import PairModel

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def default_sets() -> list[tuple[str, Path, Path]]:
    sets = []
    shared = shared_dir()
    if shared is not None:
        sets.append(("seeds", shared / "gold" / "seeds.jsonl", shared / "corpus" / "seeds"))
    if (EXAMPLES / "gold" / "corpus.jsonl").is_file():
        sets.append(("own", EXAMPLES / "gold" / "corpus.jsonl", EXAMPLES / "corpus"))
    if (EXAMPLES / "gold" / "crosslingual.jsonl").is_file():
        sets.append(("crosslingual", EXAMPLES / "gold" / "crosslingual.jsonl", EXAMPLES / "crosslingual"))
    return sets


@eval_app.command("stories")
def eval_stories(
    gold: Annotated[Path | None, typer.Argument(help="Seeds-format gold with `story` labels.")] = None,
    corpus: Annotated[Path | None, typer.Option(help="Folder holding the documents the gold names.")] = None,
    dev: Annotated[
        bool, typer.Option("--dev", help="Judged real pairs of ../shared/dev/semeval, cross-validated.")
    ] = False,
    store: Annotated[
        Path | None,
        typer.Option(help="With --dev: the store caching the pipeline's output (default: cache)."),
    ] = None,
    repeats: Annotated[
        int,
        typer.Option(
            help="With --dev: score this many assignments of articles to folds (the default, then shuffled)."
        ),
    ] = 1,
) -> None:
    """Pairwise P/R/F1 and B-cubed of story clustering (with --dev: P/R/F1, ROC-AUC and Pearson r on judged
    real article pairs, per language pair, 5-fold cross-validated)."""
    if dev:
        run_dev(store, repeats)
        return
    sets = [(gold.stem, gold, corpus or gold.parent)] if gold is not None else default_sets()
    if not sets:
        err_console.print("no gold available (../shared absent and no examples/gold/corpus.jsonl)")
        return
    results = [evaluate(name, g, c) for name, g, c in sets]
    print_results(results)


def print_results(results: list[StoryEval]) -> None:
    table = Table("set", "docs", "pair P", "pair R", "pair F1", "B³ P", "B³ R", "B³ F1", header_style="bold")
    for r in results:
        s = r.scores
        table.add_row(
            r.name,
            str(s.n_docs),
            *(f"{x:.3f}" for x in (s.pairwise.precision, s.pairwise.recall, s.pairwise.f1)),
            *(f"{x:.3f}" for x in (s.bcubed_precision, s.bcubed_recall, s.bcubed_f1)),
        )
    console.print(table)
    for r in results:
        clusters: dict[str, list[str]] = {}
        for doc_id, story_id in r.scores.predicted.items():
            clusters.setdefault(story_id, []).append(r.names[doc_id])
        shown = " | ".join(", ".join(sorted(members)) for members in clusters.values() if len(members) > 1)
        console.print(f"[bold]{r.name}[/bold] multi-document stories: {shown or '(none)'}")


def repeat_spread(repeats: list[PairScores], shown: tuple[str, ...] = ("F1", "ROC-AUC", "Pearson r")) -> str:
    """Pooled F1, ROC-AUC and Pearson r (those `shown`) over several assignments of articles to folds:
    mean, sd, range."""
    parts = []
    for label, values in (
        ("F1", [s.f1 for s in repeats]),
        ("ROC-AUC", [s.auc for s in repeats if s.auc is not None]),
        ("Pearson r", [s.pearson for s in repeats if s.pearson is not None]),
    ):
        if values and label in shown:
            parts.append(
                f"{label} mean {statistics.fmean(values):.3f}, sd {statistics.pstdev(values):.3f}"
                f" ({min(values):.3f}–{max(values):.3f})"
            )
    return "; ".join(parts)


def fold_spread(folds: list[PairScores]) -> dict[str, str]:
    """Each figure per fold, with its mean and standard deviation."""
    spread = {}
    for label, values in (
        ("F1", [s.f1 for s in folds]),
        ("ROC-AUC", [s.auc for s in folds if s.auc is not None]),
        ("Pearson r", [s.pearson for s in folds if s.pearson is not None]),
    ):
        if not values:
            continue
        shown = " / ".join(f"{v:.3f}" for v in values)
        spread[label] = f"{shown} (mean {statistics.fmean(values):.3f}, sd {statistics.pstdev(values):.3f})"
    return spread


def run_dev(store: Path | None, repeats: int = 1) -> None:
    shared = shared_dir()
    if shared is None or not shared.joinpath(*DEV_CSV).is_file():
        err_console.print("../shared/dev/semeval is absent: nothing to evaluate")
        return
    dev_set = load_pairs(shared.joinpath(*DEV_CSV))
    path = store or default_store_path()
    err_console.print(f"store: {path} (the pipeline runs only on articles it lacks)")
    docs = ingest_articles(dev_set.texts, path)
    own = own_sets(EXAMPLES)
    packaged = PairModel.packaged()
    c = float((packaged.provenance or {}).get("C", 10.0))
    result = evaluate_dev(
        dev_set, docs, Resources.shared().encoder("use"), own, c, packaged.features, repeats=repeats
    )
    table = Table("pairs", "n", "same", "P", "R", "F1", "ROC-AUC", "Pearson r", header_style="bold")
    for s in result.scores:
        table.add_row(
            s.name,
            str(s.pairs),
            str(s.positives),
            *(f"{x:.3f}" for x in (s.precision, s.recall, s.f1)),
            *("–" if x is None else f"{x:.3f}" for x in (s.auc, s.pearson)),
        )
    table.caption = f"{result.folds}-fold cross-validation grouped by article; same story iff Overall ≤ 1.5"
    console.print(table)
    for label, values in fold_spread(result.fold_scores).items():
        console.print(f"per fold {label}: {values}")
    if len(result.repeat_scores) > 1:
        console.print(
            f"over {len(result.repeat_scores)} assignments to folds: {repeat_spread(result.repeat_scores)}"
        )
    decided = result.repeat_pair_decisions
    console.print(
        f"each pair decided alone by its fold's threshold (no clustering): F1 {decided[0].f1:.3f}"
        f" (P {decided[0].precision:.3f}, R {decided[0].recall:.3f})"
        + (f"; over {len(decided)} assignments {repeat_spread(decided, ('F1',))}" if len(decided) > 1 else "")
    )
    found = ", ".join(f"{k} {v:.1%}" for k, v in result.nothing_found.items())
    console.print(f"{len(docs)} articles; nothing found: {found}")
    skipped = ", ".join(f"{k} {n}" for k, n in sorted(result.skipped.items()))
    console.print(f"pairs left out (no pipeline for the language): {skipped}")
