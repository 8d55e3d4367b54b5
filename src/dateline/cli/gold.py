"""What every ``dateline eval`` command shares: the gold file argument, the corpus option, their defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.common import err_console, fail
from dateline.eval.common import shared_dir

GoldArgument = Annotated[
    Path | None, typer.Argument(help="Seeds-format gold JSONL (default: ../shared/gold/seeds.jsonl).")
]
CorpusOption = Annotated[
    Path | None,
    typer.Option(help="Folder of the gold's documents (default: ../corpus/<gold name> beside it)."),
]


def default_gold() -> Path | None:
    base = shared_dir()
    return base / "gold" / "seeds.jsonl" if base else None


def corpus_for(gold: Path) -> Path:
    """The corpus beside a gold file: ``gold/seeds.jsonl`` → ``corpus/seeds``, else ``corpus/``."""
    root = gold.resolve().parent.parent / "corpus"
    return root / gold.stem if (root / gold.stem).is_dir() else root


def resolve_gold(gold: Path | None, corpus: Path | None) -> tuple[Path, Path] | None:
    """The gold file and its corpus; None (after saying so) when ../shared is absent and no gold was given."""
    if gold is None:
        gold = default_gold()
        if gold is None:
            err_console.print("skipped: ../shared is not present and no gold file was given")
            return None
    if not gold.is_file():
        raise fail(f"no gold file at {gold}", code=2)
    corpus = corpus or corpus_for(gold)
    if not corpus.is_dir():
        raise fail(f"no corpus folder at {corpus} (use --corpus)", code=2)
    return gold, corpus
