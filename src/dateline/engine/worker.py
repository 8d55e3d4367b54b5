"""Running the pipeline over one chunk, with a per-document time limit.

`ChunkRunner` is what a worker process (or the parent, with no workers) holds: the
pipeline, built once. A chunk first runs as one batch under a budget of ``timeout``
seconds per document; when the budget runs out, each document is retried alone under
``timeout`` so only the slow one is recorded as timed out.

Chunks run inside a spaCy memory zone that is closed, dropping the words spaCy added to
its vocabulary, every `ZONE_DOCS` documents: memory stays flat on an endless stream,
and spaCy's caches stay warm across the chunks in between (closing the zone after every
chunk cost ≈ 15 % of the pipeline's time; see ``docs/performance.md``). The first zone
closes sooner, after `FIRST_ZONE_DOCS`, so that the tokenizers learn the frequent words
early (`dateline.spacy_fast.words`: inside a zone they cache nothing).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from threadpoolctl import threadpool_limits

from dateline.engine.base import PipelineLike, Result, error_document
from dateline.engine.synth import LEXICONS, every_template
from dateline.engine.validate import check_offsets
from dateline.flat import flatten
from dateline.model import Document, RawDocument
from dateline.startup.regex import compiled_regex_cache

#: Environment for worker processes: one math thread each, the processes are the parallelism.
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: Documents processed between two resets of spaCy's vocabulary (see the module docstring).
ZONE_DOCS = 256
#: Documents in the first zone, after which the tokenizers cache the frequent words met so far.
FIRST_ZONE_DOCS = 32
#: The garbage collector's thresholds while a worker loads its models, and then while it runs chunks.
#: Python's (700, 10, 10) collected ≈ 2,000 times per 240 reports, 15 of them full collections
#: walking every object made since start-up (the token and lookup memos included): ≈ 0.9 CPU s,
#: against ≈ 0.25 s with these (`bench/profile_worker.py`). Little of what the stages make is
#: cyclic garbage (reference counting frees the rest at once), so collecting less often costs little
#: memory; a full collection still runs every ≈ 400 reports.
STARTUP_GC = (100_000, 50, 50)
RUN_GC = (10_000, 10, 10)


def warm_up_texts() -> list[str]:
    """Per language, every sentence template of the synthetic generator (`dateline.engine.synth`)."""
    return [every_template(language) for language in sorted(LEXICONS)]


class DocumentTimeout(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's per-stage error policy does not swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `DocumentTimeout` in this thread after `seconds` (no limit when 0).

    On the main thread a ``SIGALRM`` interrupts; elsewhere (a Ray actor runs its tasks off the main
    thread) a timer thread raises the exception asynchronously in this one. Either way the time-out
    lands between two Python bytecodes: code stuck in C is the engine's to kill."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _async_timeout(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def _ring(_signum: int, _frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, _ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _async_timeout(seconds: float) -> Iterator[None]:
    thread_id = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = False

    def _ring() -> None:
        with lock:
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, ctypes.py_object(DocumentTimeout))

    timer = threading.Timer(seconds, _ring)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done = True
            timer.cancel()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, None)  # drop one not delivered yet


@dataclass
class ChunkResult:
    seq: int
    #: Per document: a Document, its table rows, or (from the first half of a split pipeline, see
    #: `dateline.engine.overlap`) the pickled Document that the second half is still to run.
    docs: list[Result | bytes]
    seconds: dict[str, float]
    counts: dict[str, int]

    def flattened(self) -> ChunkResult:
        """The same result with its documents as table rows (`dateline.flat`): what a worker process
        sends, as they pickle and unpickle ≈ 20 times faster than pydantic Documents. A document
        handed over (its analysis as bytes) is pickled whole instead."""
        return ChunkResult(self.seq, [_sent(doc) for doc in self.docs], self.seconds, self.counts)

    def finished(self) -> list[Result]:
        """The documents, each complete (none still on its way between two halves of a pipeline)."""
        done = [doc for doc in self.docs if not isinstance(doc, bytes)]
        if len(done) != len(self.docs):
            raise TypeError(f"chunk {self.seq} came back half-processed")
        return done


def _sent(doc: Result | bytes) -> Result | bytes:
    if not isinstance(doc, Document):
        return doc
    if isinstance(doc.analysis, bytes):
        return pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    return flatten(doc)


class ChunkRunner:
    """The pipeline of one process, run chunk by chunk; see the module docstring."""

    def __init__(
        self,
        factory: Callable[[], PipelineLike],
        batch_size: int,
        timeout: float,
        zone_docs: int = ZONE_DOCS,
        first_zone_docs: int = FIRST_ZONE_DOCS,
    ) -> None:
        self.pipeline = factory()
        self.batch_size = batch_size
        self.timeout = timeout
        self.zone_docs = zone_docs
        self._zone = contextlib.ExitStack()
        self._zone_docs = 0  # documents run in the open zone; 0 when none is open
        self._zone_limit = min(first_zone_docs, zone_docs)  # documents after which the open zone closes
        self.warmed: list[Document] = []  # the warm-up texts' documents

    def warm_up(self) -> None:
        """Load every lazily loaded resource now, outside any time limit: run the warm-up texts, then
        each stage's own ``warm_up()`` when it has one (for resources those texts may not reach)."""
        raws = [RawDocument(content=text.encode()) for text in warm_up_texts()]
        self.warmed = list(self.pipeline.pipe(raws, batch_size=self.batch_size))
        self.run_hooks()

    def run_hooks(self) -> None:
        """Each stage's own ``warm_up()``, when it has one; then the stage timer starts from zero."""
        for stage in getattr(self.pipeline, "stages", ()):
            hook = getattr(stage, "warm_up", None)
            if callable(hook):
                hook()
        self.pipeline.timer.seconds.clear()
        self.pipeline.timer.docs.clear()

    def run(self, seq: int, raws: list[RawDocument]) -> ChunkResult:
        """Process one chunk; the result carries the stage times spent on it."""
        timer = self.pipeline.timer
        seconds, counts = dict(timer.seconds), dict(timer.docs)
        try:
            docs = self._run_batch(raws, self.timeout * len(raws))
        except DocumentTimeout:
            docs = [self._run_one(raw) for raw in raws] if len(raws) > 1 else [self._timed_out(raws[0])]
        spent = {name: total - seconds.get(name, 0.0) for name, total in timer.seconds.items()}
        done = {name: total - counts.get(name, 0) for name, total in timer.docs.items()}
        return ChunkResult(seq, list(docs), spent, done)

    def _run_one(self, raw: RawDocument) -> Document:
        try:
            return self._run_batch([raw], self.timeout)[0]
        except DocumentTimeout:
            return self._timed_out(raw)

    def _run_batch(self, raws: list[RawDocument], seconds: float) -> list[Document]:
        if not self._zone_docs:
            self._zone.enter_context(self.pipeline.memory_zone())
        try:
            with time_limit(seconds):
                docs = list(self.pipeline.pipe(raws, batch_size=self.batch_size))
        finally:
            self._zone_docs += len(raws)
            if self._zone_docs >= self._zone_limit:
                self._zone.close()  # spaCy forgets the words of the documents run since it opened
                self._zone_docs = 0
                self._zone_limit = self.zone_docs
        for doc in docs:
            doc._raw = None  # the bytes are not sent back to the writer
            check_offsets(doc)
        return docs

    def _timed_out(self, raw: RawDocument) -> Document:
        doc = error_document(raw, "Timeout", f"processing took longer than {self.timeout:g} s")
        doc._raw = None
        return doc


def worker_runner(factory: Callable[[], PipelineLike], batch_size: int, timeout: float) -> ChunkRunner:
    """A worker process's ChunkRunner, warmed up, in a process set up for it: one math thread, and the
    start-up objects frozen out of the garbage collector. Local and Ray workers both start with it."""
    os.environ.update(WORKER_ENV)
    # The environment is read when a math library loads, and the parent's main module may have
    # loaded numpy in this process already (spawn imports it): cap the loaded ones too.
    threadpool_limits(limits=1)
    gc.set_threshold(*STARTUP_GC)
    with compiled_regex_cache():  # the patterns compiled at start-up, from the previous process's file
        runner = ChunkRunner(factory, batch_size, timeout)
        runner.warm_up()
    # The models and knowledge bases (≈ 0.5 M objects) live as long as the worker: taken out of the
    # garbage collector's view, a full collection no longer walks them (≈ 0.16 s each).
    gc.freeze()
    gc.set_threshold(*RUN_GC)
    return runner
