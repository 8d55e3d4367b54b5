"""What every engine shares: the writer seam, options, the run report and the planner.

The planner runs in the parent process. It streams RawDocuments from a source, drops the
ones already stored (resume) before any work is done, turns source errors and oversized
inputs into error Documents at once, and groups the rest into chunks. Chunks depend only
on the input order and on what is stored, never on the number of workers, so the stored
output is the same whatever the engine's parallelism.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from dateline.config import Config
from dateline.flat import FlatDocument
from dateline.model import DocError, Document, RawDocument
from dateline.pipeline import Pipeline, StageTimer

#: Stage name recorded on errors the engine itself raises (time-outs, size limits, crashes).
ENGINE_STAGE = "engine"
#: How many error lines a report keeps for display (the count is always exact).
MAX_LISTED_ERRORS = 200


class EngineError(RuntimeError):
    """The engine cannot run at all (e.g. the pipeline does not build)."""


#: A result as the engine hands it to the writer: a Document, or its table rows (`dateline.flat`), which
#: is how local workers send their results (far cheaper to pickle and unpickle than a Document).
Result = Document | FlatDocument


class Writer(Protocol):
    """Where results go: `dateline.store.Store` satisfies it."""

    def known_ids(self, ids: Iterable[str]) -> set[str]: ...

    def put(self, docs: Iterable[Result]) -> Any: ...


class PipelineLike(Protocol):
    timer: StageTimer

    def pipe(self, items: Iterable[Document | RawDocument], batch_size: int = ...) -> Iterator[Document]: ...

    def memory_zone(self) -> AbstractContextManager[None]: ...


@dataclass(frozen=True)
class PipelineSpec:
    """A picklable recipe for the pipeline each worker builds once: its configuration."""

    config: Config = field(default_factory=Config)

    def __call__(self) -> Pipeline:
        return Pipeline.from_config(self.config)


@dataclass(frozen=True)
class IngestOptions:
    """Knobs of one ingest run."""

    workers: int = 1
    #: Documents per task (a chunk: also the unit of the models' batches).
    batch_size: int = 16
    #: Documents per write transaction: the sink gathers results until it holds this many. A
    #: transaction has a fixed cost (the summary upserts, the pages of a dozen indexes written to
    #: the WAL), ≈ 1 ms a report less at 64 than at 16; a crash loses at most this many reports' work.
    write_batch: int = 64
    timeout: float = 60.0
    max_bytes: int = 5_000_000
    #: Seconds the parent waits past a chunk's time budget before it kills the worker.
    grace: float = 15.0
    pipeline: Callable[[], PipelineLike] = field(default_factory=PipelineSpec)
    #: Split the pipeline between a lone worker and the parent (`dateline.engine.overlap`); None:
    #: with one worker and a spare core (`dateline.engine.overlap.overlaps`).
    overlap: bool | None = None


@dataclass(frozen=True)
class ErrorLine:
    uri: str | None
    stage: str
    kind: str
    message: str


@dataclass
class IngestReport:
    """Counts of one run: read = stored + skipped (+ docs still in flight when interrupted)."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    errors: list[ErrorLine] = field(default_factory=list)
    timer: StageTimer = field(default_factory=StageTimer)
    seconds: float = 0.0
    #: Seconds spent starting workers (loading models) before the first document was dispatched.
    startup: float = 0.0

    def record(self, docs: Sequence[Result]) -> None:
        """Count documents just stored."""
        self.stored += len(docs)
        for doc in docs:
            language, error = _outcome(doc)
            self.languages[language] += 1
            if doc.failed:
                self.failed += 1
                if len(self.errors) < MAX_LISTED_ERRORS and error is not None:
                    self.errors.append(ErrorLine(doc.uri, *error))

    def add_timer(self, seconds: dict[str, float], docs: dict[str, int]) -> None:
        for name, spent in seconds.items():
            self.timer.add(name, spent, docs.get(name, 0))

    @property
    def docs_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def _outcome(doc: Result) -> tuple[str, tuple[str, str, str] | None]:
    """A result's language code and its first error (stage, kind, message), if any."""
    if isinstance(doc, FlatDocument):
        row = doc.errors[0] if doc.errors else None
        return doc.language, (row["stage"], row["kind"], row["message"]) if row else None
    error = doc.errors[0] if doc.errors else None
    return doc.language.code, (error.stage, error.kind, error.message) if error else None


def error_document(raw: RawDocument, kind: str, message: str, stage: str = ENGINE_STAGE) -> Document:
    """A Document that records why `raw` could not be processed."""
    doc = Document.from_raw(raw)
    doc.errors.append(DocError(stage=stage, kind=kind, message=message))
    return doc


@dataclass
class Chunk:
    """Documents sent to one worker as one task (``seq`` orders chunks of a run)."""

    seq: int
    raws: list[RawDocument]


class Planner:
    """Turns a RawDocument stream into chunks of work and error Documents; see the module docstring.

    `plan` and `stored` may run in two threads (the Ray engine plans in a thread while the driver
    stores): a lock makes "stored or planned already?" one step."""

    def __init__(self, writer: Writer, report: IngestReport, options: IngestOptions) -> None:
        self.writer = writer
        self.report = report
        self.options = options
        self.pending: set[str] = set()  # ids planned but not yet stored: catches in-run duplicates
        self._seq = 0
        self._lock = threading.Lock()

    def plan(self, raws: Iterable[RawDocument]) -> Iterator[Chunk | list[Document]]:
        """Chunks to process and lists of ready error Documents, in input order."""
        group: list[RawDocument] = []
        for raw in raws:
            self.report.read += 1
            group.append(raw)
            if len(group) >= self.options.batch_size:
                yield from self._split(group)
                group = []
        if group:
            yield from self._split(group)

    def _split(self, group: list[RawDocument]) -> Iterator[Chunk | list[Document]]:
        ids = [raw.content_id() for raw in group]
        with self._lock:
            work, ready = self._new(ids, group)
        if ready:
            yield ready
        if work:
            self._seq += 1
            yield Chunk(self._seq, work)

    def _new(self, ids: list[str], group: list[RawDocument]) -> tuple[list[RawDocument], list[Document]]:
        """The raws to process and the error Documents ready now; stored and planned ids are skipped."""
        known = self.writer.known_ids(ids)
        work: list[RawDocument] = []
        ready: list[Document] = []
        for doc_id, raw in zip(ids, group, strict=True):
            if doc_id in known or doc_id in self.pending:
                self.report.skipped += 1
                continue
            self.pending.add(doc_id)
            if raw.error:
                ready.append(error_document(raw, "SourceError", raw.error, stage="source"))
            elif len(raw.content) > self.options.max_bytes:
                message = f"document too large: {len(raw.content)} bytes (limit {self.options.max_bytes})"
                ready.append(error_document(raw, "TooLarge", message))
            else:
                work.append(raw)
        return work, ready

    def stored(self, docs: Sequence[Result]) -> None:
        """Forget ids once stored: the writer now knows them."""
        with self._lock:
            for doc in docs:
                self.pending.discard(doc.id)


Progress = Callable[[IngestReport], None]


class Engine(Protocol):
    """Maps the pipeline over a corpus into one writer: `LocalEngine`, `dateline.engine.ray.RayEngine`."""

    def run(
        self, raws: Iterable[RawDocument], writer: Writer, progress: Progress | None = None
    ) -> IngestReport: ...


@dataclass
class Batcher:
    """Buffers results and writes them in transactions of about `size` documents (the one sink)."""

    writer: Writer
    planner: Planner
    report: IngestReport
    size: int
    progress: Progress | None
    buffer: list[Result] = field(default_factory=list)

    def add(self, docs: Sequence[Result]) -> None:
        self.buffer.extend(docs)
        if len(self.buffer) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        docs, self.buffer = self.buffer, []
        self.writer.put(docs)
        self.planner.stored(docs)
        self.report.record(docs)
        if self.progress:
            self.progress(self.report)
