"""A lone worker and the parent share the pipeline: the worker analyses, the parent runs the rest.

With one worker on a machine with a spare core, the parent process mostly waits (reading and
storing cost ≈ 1.8 CPU s per 240 reports against the worker's ≈ 23 s). `IngestOptions.overlap`
splits the pipeline (`Pipeline.split`) after the spaCy analysis: the worker runs the stages up to it
(``clean``, ``language``, ``analyse``) and sends each document pickled with its analysis as bytes;
the parent runs the stages after it (``actors`` … ``events``) on one chunk while the worker analyses
the next. The two halves run at the same time on two cores: wall time drops, CPU time rises a
little (the analyses are written and read back: ≈ 1–2 ms a report each way).

The parent's half keeps the worker's rules: one math thread and the same garbage-collector
thresholds while it runs (numpy's results must not depend on the thread count), its start-up
objects frozen out of the collector's view (``gc.freeze``), a time limit per
document with the lone retry, and a spaCy memory zone (`ChunkRunner`). A document that failed or
timed out in the worker arrives as table rows and is stored as it is.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, cast

from threadpoolctl import threadpool_limits

from dateline.engine.base import PipelineSpec, Result
from dateline.engine.worker import RUN_GC, STARTUP_GC, ChunkResult, ChunkRunner
from dateline.model import Document, RawDocument
from dateline.pipeline import Pipeline
from dateline.startup.regex import compiled_regex_cache

#: A document on its way from the worker to the parent, and the raw input it came from.
Handed = tuple[bytes, RawDocument]


def overlaps(workers: int, pipeline: Callable[[], Any], wanted: bool | None) -> bool:
    """Whether a run splits its pipeline between the worker and the parent: as `wanted`, else (None)
    when there is one worker, a configured pipeline with the spaCy analysis, and a spare core: two
    or more cores with a load average (last minute) at most one below their number. On a machine
    that other jobs keep busy the two halves only wait for each other (measured in
    ``docs/performance.md``), and one process doing everything is faster."""
    if wanted is not None:
        return wanted
    analysed = isinstance(pipeline, PipelineSpec) and "analyse" in pipeline.config.stages
    cores = os.cpu_count() or 1
    return workers == 1 and analysed and cores >= 2 and os.getloadavg()[0] <= cores - 1


@dataclass(frozen=True)
class HeadSpec:
    """The worker's recipe: the stages up to the analysis of `spec`'s pipeline."""

    spec: Callable[[], Any]

    def __call__(self) -> Pipeline:
        if isinstance(self.spec, PipelineSpec):  # only these stages are built (and imported)
            return Pipeline.head_from_config(self.spec.config)
        return _pipeline(self.spec).split()[0]


class _Unpacking:
    """The parent's half as the `ChunkRunner` sees it: it takes handed-over documents."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.stages = pipeline.stages  # for the stages' warm-up hooks
        self.timer = pipeline.timer

    def pipe(self, items: Iterable[Any], batch_size: int = 32) -> Iterator[Document]:
        return self.pipeline.pipe((pickle.loads(blob) for blob, _raw in items), batch_size)

    def memory_zone(self) -> AbstractContextManager[None]:
        return self.pipeline.memory_zone()


class TailRunner(ChunkRunner):
    """The parent's half, run on each chunk the worker returns (see the module docstring)."""

    def warm_up(self) -> None:
        """The stages' own warm-up hooks only: the warm-up texts are the worker's to analyse, and
        `warm_up_on` runs the documents it hands over."""
        self.run_hooks()

    def warm_up_on(self, blobs: list[bytes]) -> None:
        """Run the worker's warm-up documents, as the worker would have: the language vocabularies
        and the stages' lazily compiled patterns load here, from the start-up caches."""
        items = cast(Any, [(blob, None) for blob in blobs])
        with _as_worker(STARTUP_GC), compiled_regex_cache():
            self.warmed = list(self.pipeline.pipe(items, self.batch_size))
        self.pipeline.timer.seconds.clear()
        self.pipeline.timer.docs.clear()
        gc.freeze()

    def finish(self, result: ChunkResult, raws: list[RawDocument]) -> ChunkResult:
        """`result` (the worker's, one entry per raw of the chunk) with every handed-over document
        run through the remaining stages, and the time they took added to the chunk's."""
        handed: list[Handed] = [
            (doc, raw) for doc, raw in zip(result.docs, raws, strict=True) if isinstance(doc, bytes)
        ]
        if not handed:
            return result
        with _as_worker(RUN_GC):
            done = self.run(result.seq, handed)  # type: ignore[arg-type]
        finished = iter(done.docs)
        docs: list[Result | bytes] = [
            next(finished) if isinstance(doc, bytes) else doc for doc in result.docs
        ]
        seconds = {**result.seconds, **done.seconds}
        counts = {**result.counts, **done.counts}
        return ChunkResult(result.seq, docs, seconds, counts)

    def _timed_out(self, raw: Any) -> Document:
        return super()._timed_out(raw[1])


def tail_runner(spec: Callable[[], Any], batch_size: int, timeout: float) -> TailRunner:
    """The parent's half of `spec`'s pipeline, built and warmed up (hooks) as a worker's is."""
    with _as_worker(STARTUP_GC), compiled_regex_cache():
        runner = TailRunner(lambda: _Unpacking(_pipeline(spec).split()[1]), batch_size, timeout)
        runner.warm_up()
    # As in a worker: the knowledge bases and models the parent now holds (≈ 0.5 M objects) are taken
    # out of the garbage collector's view, or each full collection of the parent's own work (storing)
    # would walk them.
    gc.freeze()
    return runner


@contextlib.contextmanager
def _as_worker(thresholds: tuple[int, int, int]) -> Iterator[None]:
    """One math thread and a worker's garbage-collector `thresholds`, for the block only (the parent
    keeps its own settings for the rest of its work)."""
    previous = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        with threadpool_limits(limits=1):
            yield
    finally:
        gc.set_threshold(*previous)


def _pipeline(spec: Callable[[], Any]) -> Pipeline:
    pipeline = spec()
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"only a Pipeline can be split, not {type(pipeline).__name__}")
    return pipeline
