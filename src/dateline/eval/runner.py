"""Run the pipeline over the documents a gold file names (seeds format), for every scorer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from dateline.model import Document, RawDocument
from dateline.pipeline import Pipeline
from dateline.sources import read_jsonl, read_paths


def raw_for(name: str, corpus: Path) -> RawDocument:
    """The raw input a gold ``doc`` names: a file in `corpus`, or ``file.jsonl#L<n>`` for one JSONL record."""
    if "#L" in name:
        file_name, line = name.rsplit("#L", 1)
        for raw in read_jsonl(corpus / file_name):
            if raw.uri and raw.uri.endswith(f"#L{line}"):
                return raw
        raise FileNotFoundError(f"{name}: no such JSONL record in {corpus}")
    return next(read_paths([corpus / name]))


def run_gold_corpus(
    names: Iterable[str], corpus: Path, stages: Sequence[str] | None = None, pipeline: Pipeline | None = None
) -> list[tuple[str, Document]]:
    """(gold name, processed Document) for every named document, in the gold's order."""
    pipe = pipeline or Pipeline.from_config(list(stages) if stages else None)
    names = list(names)
    docs = pipe.pipe(raw_for(n, corpus) for n in names)
    return list(zip(names, docs, strict=True))
