"""Run the pipeline over the documents a gold file names (seeds format), for every scorer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from dateline.model import Document, RawDocument
from dateline.pipeline import DEFAULT_STAGES, Pipeline
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


#: Processed gold corpora per (names, corpus, stages), so scorers run in one process share one pipeline run.
_CACHE: dict[tuple[tuple[str, ...], str, tuple[str, ...]], list[Document]] = {}


def run_gold_corpus(
    names: Iterable[str], corpus: Path, stages: Sequence[str] | None = None, pipeline: Pipeline | None = None
) -> list[tuple[str, Document]]:
    """(gold name, processed Document) for every named document, in the gold's order.

    With the default pipeline (no `pipeline` given) results are cached per process; callers get copies.
    """
    names = list(names)
    if pipeline is not None:
        return list(zip(names, pipeline.pipe(raw_for(n, corpus) for n in names), strict=True))
    key = (tuple(names), str(corpus.resolve()), tuple(stages or DEFAULT_STAGES))
    if key not in _CACHE:
        pipe = Pipeline.from_config(list(key[2]))
        _CACHE[key] = list(pipe.pipe(raw_for(n, corpus) for n in names))
    return [(n, d.model_copy(deep=True)) for n, d in zip(names, _CACHE[key], strict=True)]
