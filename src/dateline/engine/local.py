"""The local engine: N worker processes run the pipeline, the parent alone writes.

Each worker is a spawned process that builds the pipeline once (models loaded once per
process) and then takes one chunk at a time over its own pipe. The parent plans chunks
(see `Planner`), hands a chunk to each idle worker, stores results in batched
transactions, and watches the workers: one that dies or overruns its deadline (a
document stuck in C code the in-worker alarm cannot interrupt) is killed and replaced,
and its chunk is retried one document at a time so only the culprit gets an error.
With ``workers=0`` everything runs in the calling process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from dateline.engine.base import (
    Batcher,
    Chunk,
    EngineError,
    IngestOptions,
    IngestReport,
    PipelineLike,
    Planner,
    Progress,
    Writer,
    error_document,
)
from dateline.engine.overlap import HeadSpec, TailRunner, overlaps, tail_runner
from dateline.engine.worker import ChunkResult, ChunkRunner, worker_runner
from dateline.model import Document, RawDocument

log = logging.getLogger(__name__)


def _worker_main(
    conn: Connection, factory: Callable[[], PipelineLike], batch_size: int, timeout: float
) -> None:
    """A worker process: build the pipeline, say ready, then run chunks until told to stop.

    Told to stop (or orphaned), it leaves at once with ``os._exit``: it holds nothing to flush,
    and tearing down an interpreter full of model objects took about a second of every run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:
        runner = worker_runner(factory, batch_size, timeout)
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    # the parent's half of a split pipeline warms up on the documents this half handed over
    warmed = ChunkResult(-1, list(runner.warmed), {}, {}).flattened().docs
    conn.send(("ready", [doc for doc in warmed if isinstance(doc, bytes)]))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            task = None
        if task is None:
            conn.close()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        seq, raws = task
        try:
            conn.send(("done", runner.run(seq, raws).flattened()))
        except Exception as exc:
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


#: Chunks a worker holds at once: the next one waits in its pipe while the parent stores results.
IN_FLIGHT = 2


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    #: Chunks sent and not yet returned, in order, each with whether it is a lone retry; the first
    #: is the one being run, and `deadline` is its own.
    queue: deque[tuple[Chunk, bool]] = field(default_factory=deque)
    deadline: float = float("inf")


class LocalEngine:
    """Map the pipeline over a RawDocument stream on this machine; see the module docstring."""

    def __init__(self, options: IngestOptions | None = None) -> None:
        self.options = options or IngestOptions()
        self._context = multiprocessing.get_context("spawn")
        self._started: tuple[bool, list[_Worker]] | None = None  # by `start`, for the next `run`

    def start(self) -> LocalEngine:
        """Start the worker processes now, so that they load their models while the caller still
        prepares (opens the store); the next `run` uses them. Returns the engine."""
        if self._started is None and self.options.workers > 0:
            split = overlaps(self.options.workers, self.options.pipeline, self.options.overlap)
            self._started = split, [self.spawn(split) for _ in range(self.options.workers)]
        return self

    def _take_started(self) -> tuple[bool, list[_Worker]]:
        """Whether the run splits its pipeline (decided once a run: a worker replaced later must run
        the same half), and its worker processes, started now unless `start` did."""
        self.start()
        assert self._started is not None
        started, self._started = self._started, None
        return started

    def run(
        self, raws: Iterable[RawDocument], writer: Writer, progress: Progress | None = None
    ) -> IngestReport:
        """Process and store every new document of `raws`; returns the run's counts."""
        report = IngestReport()
        planner = Planner(writer, report, self.options)
        batcher = Batcher(writer, planner, report, self.options.write_batch, progress)
        started = time.perf_counter()
        try:
            if self.options.workers <= 0:
                self._run_inline(planner.plan(raws), batcher, report)
            else:
                _Pool(self, batcher, report).run(planner.plan(raws))
        finally:
            batcher.flush()
            report.seconds = time.perf_counter() - started
        return report

    def _run_inline(
        self, plan: Iterator[Chunk | list[Document]], batcher: Batcher, report: IngestReport
    ) -> None:
        runner = ChunkRunner(self.options.pipeline, self.options.batch_size, self.options.timeout)
        for item in plan:
            if isinstance(item, Chunk):
                result = runner.run(item.seq, item.raws)
                report.add_timer(result.seconds, result.counts)
                batcher.add(result.finished())
            else:
                batcher.add(item)

    def spawn(self, split: bool = False) -> _Worker:
        """A worker process; with `split`, one that runs the stages up to the analysis only."""
        log.debug("starting a worker process")
        parent, child = self._context.Pipe()
        options = self.options
        factory = HeadSpec(options.pipeline) if split else options.pipeline
        process = self._context.Process(
            target=_worker_main,
            args=(child, factory, options.batch_size, options.timeout),
            name="dateline-worker",
            daemon=True,
        )
        process.start()
        child.close()
        return _Worker(process, parent)


class _Pool:
    """The parent's side of the worker processes for one run."""

    def __init__(self, engine: LocalEngine, batcher: Batcher, report: IngestReport) -> None:
        self.engine = engine
        self.options = engine.options
        self.batcher = batcher
        self.report = report
        self.retries: deque[tuple[Chunk, bool]] = deque()  # chunks to send again first (chunk, alone)
        self.exhausted = False
        self.started = time.perf_counter()
        self.split, self.workers = engine._take_started()
        self.tail: TailRunner | None = None
        self.tail_warm_up: list[bytes] | None = None  # the worker's warm-up documents, until run
        if self.split:  # built while the worker loads its models
            try:
                self.tail = tail_runner(self.options.pipeline, self.options.batch_size, self.options.timeout)
            except BaseException:
                self._stop()
                raise

    def run(self, plan: Iterator[Chunk | list[Document]]) -> None:
        try:
            while True:
                for worker in self.workers:
                    while worker.ready and len(worker.queue) < IN_FLIGHT:
                        found = self._next(plan)
                        if found is None:
                            break
                        self._send(worker, *found)
                self._warm_up_tail()
                if self.exhausted and not self.retries and not any(w.queue for w in self.workers):
                    return
                self._wait()
        finally:
            self._stop()

    def _warm_up_tail(self) -> None:
        """The parent's half warms up on the worker's warm-up documents once the worker holds its first
        chunks (≈ 1 s: the worker analyses them meanwhile instead of waiting for it)."""
        if self.tail is not None and self.tail_warm_up is not None and any(w.queue for w in self.workers):
            blobs, self.tail_warm_up = self.tail_warm_up, None
            self.tail.warm_up_on(blobs)

    def _next(self, plan: Iterator[Chunk | list[Document]]) -> tuple[Chunk, bool] | None:
        """The next chunk (retries first) and whether it is a lone retry; None when none is left."""
        if self.retries:
            return self.retries.popleft()
        for item in plan:
            if isinstance(item, Chunk):
                return item, False
            self.batcher.add(item)
        self.exhausted = True
        return None

    def _send(self, worker: _Worker, chunk: Chunk, alone: bool) -> None:
        worker.queue.append((chunk, alone))
        if len(worker.queue) == 1:
            self._start_clock(worker)
        worker.conn.send((chunk.seq, chunk.raws))

    def _start_clock(self, worker: _Worker) -> None:
        """Set the deadline of the worker's first chunk, which it starts now."""
        worker.deadline = float("inf")
        if worker.queue and self.options.timeout > 0:
            chunk, alone = worker.queue[0]
            budget = self.options.timeout * len(chunk.raws) * (1 if alone else 2)
            worker.deadline = time.monotonic() + budget + self.options.grace

    def _wait(self) -> None:
        deadlines = [w.deadline for w in self.workers if w.queue]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        handles: list[Any] = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        ready = set(wait(handles, timeout))
        for index, worker in enumerate(self.workers):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    message = ("crashed", None)
            elif worker.process.sentinel in ready:
                message = ("crashed", None)
            elif worker.queue and time.monotonic() > worker.deadline:
                message = ("stuck", None)
            else:
                continue
            self._handle(index, worker, message)

    def _handle(self, index: int, worker: _Worker, message: tuple[str, Any]) -> None:
        kind, payload = message
        if kind == "ready":
            worker.ready = True
            if self.tail is not None and not self.tail.warmed:
                self.tail_warm_up = payload  # run once the worker has chunks to analyse (`run`)
            if not self.report.startup and all(w.ready for w in self.workers):
                self.report.startup = time.perf_counter() - self.started
        elif kind == "done":
            result: ChunkResult = payload
            chunk, _alone = worker.queue.popleft()
            self._start_clock(worker)
            if self.tail is not None:
                result = self.tail.finish(result, chunk.raws)
            self.report.add_timer(result.seconds, result.counts)
            self.batcher.add(result.finished())
        elif kind == "error":
            raise EngineError(f"a worker could not start: {payload}")
        elif not worker.ready:
            worker.process.join(timeout=5)
            raise EngineError(f"a worker died while starting (exit code {worker.process.exitcode})")
        else:
            self._fail(worker, kind, payload)
            if kind != "failed":
                self._replace(index, worker)

    def _fail(self, worker: _Worker, kind: str, detail: str | None) -> None:
        """The worker's first chunk did not come back: retry it one by one, or record the lone
        document's error. A worker that died or hung also loses the chunks queued behind it: they
        are sent again as they were."""
        if not worker.queue:
            return
        chunk, alone = worker.queue.popleft()
        if kind != "failed":
            self.retries.extendleft(reversed(worker.queue))
            worker.queue.clear()
        self._start_clock(worker)
        if len(chunk.raws) > 1 or not alone:
            self.retries.extend((Chunk(chunk.seq, [raw]), True) for raw in chunk.raws)
            return
        reasons = {
            "stuck": ("Timeout", f"the worker stopped answering (limit {self.options.timeout:g} s); killed"),
            "crashed": ("WorkerCrash", f"the worker process died (exit code {worker.process.exitcode})"),
        }
        error_kind, message = reasons.get(kind, ("WorkerError", detail or "unknown error"))
        log.warning("%s: %s", chunk.raws[0].uri or "a document", message)
        doc = error_document(chunk.raws[0], error_kind, message)
        doc._raw = None
        self.batcher.add([doc])

    def _replace(self, index: int, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers[index] = self.engine.spawn(self.split)

    def _stop(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
