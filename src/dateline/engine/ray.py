"""The Ray engine: the same ingest as `LocalEngine`, over a Ray cluster (``pip install 'dateline[ray]'``).

The driver plans exactly as the local engine does (`Planner`: resume, in-run duplicates, size
limits, source errors) in a thread, and puts each planned chunk, as a plain Arrow table
(`dateline.engine.records`), on a bounded feed (one small actor). Ray Data reads that feed
(`ChunkFeed`, a datasource whose read tasks take chunks off the `Feed` actor) and ``map_batches`` runs
each chunk through a `ChunkRunner` in an actor pool: one actor per worker, models loaded once
per actor, the per-document time limit inside it. Results come back to the driver, which alone
writes them (`Batcher`, one transaction per batch).

An actor that dies (a crash, a lost node) ends the pass. The chunk it was running (actors note
on the `Feed` when they start and finish one) is then run again one document at a time on one
actor, and a document that kills its actor alone is stored with an ``engine/WorkerCrash`` error,
as in the local engine; the other chunks sent and not back go first in the next pass, which
carries on with the plan.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import queue
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

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
from dateline.model import Document, RawDocument

log = logging.getLogger(__name__)

INSTALL_HINT = "the Ray engine needs Ray: pip install 'dateline[ray]' (or pip install 'ray[data]>=2.60')"
#: Actors one read task feeds, and the most read tasks. A read task is a Ray worker process that
#: waits on the feed most of the time, yet costs ≈ 1 % of a core at 16 reports a second (its
#: process's own timers, a block per chunk), and one passes a chunk on in ≈ 1 ms.
ACTORS_PER_READER = 16
MAX_READERS = 4
#: How chunks reach the actors: Ray Data's ``map_batches``, or the driver's calls to plain actors.
Scheduler = Literal["data", "actors"]
SCHEDULERS: tuple[Scheduler, ...] = ("data", "actors")
_FEW_INPUTS = r"The minimum number of concurrent actors for 'MapBatches\(ChunkWorker\)'"


def require_ray() -> ModuleType:
    """The `ray` module, or an `EngineError` that says how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise EngineError(INSTALL_HINT) from exc
    return ray


class Feed:
    """A Ray actor (asyncio): the pass's bounded queue of planned chunk tables, which the read tasks
    take (None ends a read task), and its ledger: the workers, and the chunks they are running (so
    that the driver knows which ones an actor died on, and can stop every worker when a pass ends).
    One actor for both: every Ray actor is a process with its own fixed per-second cost."""

    def __init__(self, maxsize: int) -> None:
        import asyncio

        self.chunks: asyncio.Queue[Any] = asyncio.Queue(maxsize)
        self.running: set[int] = set()
        self.workers: list[Any] = []

    async def put(self, table: Any) -> None:
        await self.chunks.put(table)

    async def get(self) -> Any:
        return await self.chunks.get()

    async def enlist(self, worker: Any) -> None:
        self.workers.append(worker)

    async def roster(self) -> list[Any]:
        return self.workers

    async def start(self, seq: int) -> None:
        self.running.add(seq)

    async def finish(self, seq: int) -> None:
        self.running.discard(seq)

    async def take(self) -> set[int]:
        return self.running


class ChunkWorker:
    """The ``map_batches`` callable (or, with the ``actors`` scheduler, the actor itself: no `feed`),
    one per actor, holding that actor's warmed-up `ChunkRunner`."""

    def __init__(
        self, factory: Callable[[], PipelineLike], batch_size: int, timeout: float, feed: Any
    ) -> None:
        import ray

        from dateline.engine.worker import worker_runner

        self.runner = worker_runner(factory, batch_size, timeout)
        self.feed = feed
        if feed is not None:
            ray.get(feed.enlist.remote(ray.get_runtime_context().current_actor))

    def __call__(self, table: Any) -> Any:
        return self.run(table)

    def run(self, table: Any) -> Any:
        """One chunk table in (one row: one chunk), its result table out."""
        from dateline.engine.records import result_table, table_chunks

        (chunk,) = table_chunks(table)
        if self.feed is not None:
            import ray

            ray.get(self.feed.start.remote(chunk.seq))  # known before the work starts
        result = self.runner.run(chunk.seq, chunk.raws)
        if self.feed is not None:  # not waited for: it reaches the feed before the next start
            self.feed.finish.remote(chunk.seq)
        return result_table(result)


class ActorLost(Exception):
    """A pass ended because an actor died: `started` are the chunks an actor died running, `waiting`
    the other chunks sent and not back."""

    def __init__(self, started: list[Chunk], waiting: list[Chunk], cause: BaseException) -> None:
        super().__init__(str(cause))
        self.started = started
        self.waiting = waiting


def _pull(feed: Any) -> Iterator[Any]:
    """A read task: chunk tables off the feed until the end marker (None)."""
    import ray

    while (table := ray.get(feed.get.remote())) is not None:
        yield table


def chunk_feed(feed: Any, readers: int) -> Any:
    """A Ray Data datasource over the feed queue (built here: the base class is Ray's)."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    from dateline.engine.records import CHUNK_SCHEMA

    class ChunkFeed(Datasource):
        def get_name(self) -> str:
            return "DatelineChunks"

        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, *args: Any, **kwargs: Any) -> list[ReadTask]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
            return [ReadTask(lambda: _pull(feed), meta, schema=CHUNK_SCHEMA) for _ in range(readers)]

    return ChunkFeed()


@dataclass
class _Run:
    """One run's driver state: the sink, the planner thread's error Documents and failure."""

    planner: Planner
    batcher: Batcher
    report: IngestReport
    started: float
    ready: queue.Queue[list[Document]] = field(default_factory=queue.Queue)
    out: dict[int, Chunk] = field(default_factory=dict)  # chunks sent and not yet back
    failure: list[BaseException] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    lone_seq: int = 0  # lone retries are numbered -1, -2, …

    def alone(self, chunks: list[Chunk]) -> list[Chunk]:
        """Each document of `chunks` as a chunk of its own."""
        singles = []
        for raw in (raw for chunk in chunks for raw in chunk.raws):
            self.lone_seq -= 1
            singles.append(Chunk(self.lone_seq, [raw]))
        return singles

    def drain(self) -> None:
        """Store the error Documents the planner made meanwhile."""
        while not self.ready.empty():
            self.batcher.add(self.ready.get())

    def store(self, table: Any) -> None:
        """Store one result table from an actor (the first marks the end of the start-up); a chunk Ray
        ran twice (its first actor died after the work) is stored once."""
        from dateline.engine.records import table_results

        if not self.report.startup:  # here: until the first results came back
            self.report.startup = time.perf_counter() - self.started
        for result in table_results(table):
            if self.out.pop(result.seq, None) is not None:
                self.report.add_timer(result.seconds, result.counts)
                self.batcher.add(result.finished())


class RayEngine:
    """Map the pipeline over a RawDocument stream on a Ray cluster; see the module docstring.

    `address` is ``None`` (start Ray on this machine for the run), ``"auto"`` (the cluster this
    machine belongs to) or ``HOST:PORT``; a Ray already initialised in this process is used as is.
    `scheduler` is ``"data"`` (Ray Data's ``map_batches`` over an actor pool) or ``"actors"`` (the
    driver sends chunks to plain actors: `dateline.engine.ray_actors`); both store the same rows.
    """

    def __init__(
        self,
        options: IngestOptions | None = None,
        address: str | None = None,
        scheduler: Scheduler = "data",
    ) -> None:
        self.options = options or IngestOptions()
        self.address = address
        if scheduler not in SCHEDULERS:
            raise EngineError(f"unknown Ray scheduler {scheduler!r}: one of {', '.join(SCHEDULERS)}")
        self.scheduler = scheduler
        self.ray = require_ray()

    def run(
        self, raws: Iterable[RawDocument], writer: Writer, progress: Progress | None = None
    ) -> IngestReport:
        """Process and store every new document of `raws`; returns the run's counts."""
        report = IngestReport()
        planner = Planner(writer, report, self.options)
        batcher = Batcher(writer, planner, report, self.options.write_batch, progress)
        run = _Run(planner, batcher, report, started=time.perf_counter())
        own = not self.ray.is_initialized()
        if own:
            self.ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
        # Ray's, Ray Data's and the store's objects (≈ 200,000) stay for the run: out of the
        # collector's view, a full collection of the sink's garbage no longer walks them (≈ 70 ms each).
        gc.freeze()
        try:
            self._run(run, planner.plan(raws))
        finally:
            run.batcher.flush()
            report.seconds = time.perf_counter() - run.started
            gc.unfreeze()
            if own:
                self.ray.shutdown()
        return report

    def _run(self, run: _Run, plan: Iterator[Chunk | list[Document]]) -> None:
        """Passes until the plan is done: after an actor died, the chunk it was running one document
        at a time on one actor (a lone document that kills it again is recorded), then the rest."""
        source: Iterator[Chunk | list[Document]] = plan
        lone: deque[Chunk] = deque()
        while True:
            try:
                if lone:
                    self._pass(run, _popping(lone), workers=1)
                    continue
                self._pass(run, source, workers=self.options.workers)
                return
            except ActorLost as lost:
                log.warning("a Ray actor died (%s); retrying its chunk one document at a time", lost)
                source = itertools.chain([c for c in lost.waiting if c.seq >= 0], source)
                lone.extendleft(reversed([c for c in lost.waiting if c.seq < 0]))
                for chunk in lost.started:
                    if chunk.seq < 0:  # a lone retry, alone on its actor: this document kills it
                        self._crashed(run, chunk.raws[0])
                    else:
                        lone.extend(run.alone([chunk]))

    @staticmethod
    def _crashed(run: _Run, raw: RawDocument) -> None:
        message = "the worker process died on this document (Ray actor lost)"
        log.warning("%s: %s", raw.uri or "a document", message)
        doc = error_document(raw, "WorkerCrash", message)
        doc._raw = None
        run.batcher.add([doc])

    def _pass(self, run: _Run, plan: Iterator[Chunk | list[Document]], workers: int) -> None:
        """Send every chunk of `plan` through a pool of `workers` actors and store what comes back;
        `ActorLost` when an actor died."""
        if self.scheduler == "actors":
            from dateline.engine.ray_actors import ActorPass

            ActorPass(self, run, workers).run(plan)
        else:
            self._data_pass(run, plan, workers)

    def _data_pass(self, run: _Run, plan: Iterator[Chunk | list[Document]], workers: int) -> None:
        """`_pass` through Ray Data: a read task over the `Feed`, ``map_batches`` in an actor pool."""
        from ray.data import ActorPoolStrategy, DataContext

        workers = max(1, workers)
        readers = min(-(-workers // ACTORS_PER_READER), MAX_READERS)
        # A read task streams every chunk, but Ray Data warns when a pass brings fewer inputs than
        # actors (a resume with nothing left to do): true, and nothing to act on.
        warnings.filterwarnings("ignore", _FEW_INPUTS, UserWarning)
        context = DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        context.target_max_block_size = (
            1  # a block per chunk: Ray Data would gather small blocks until the task ends
        )
        feed = self.ray.remote(num_cpus=0)(Feed).remote(2 * workers)
        run.stopping.clear()
        feeder = threading.Thread(target=self._feed, args=(run, plan, feed, readers), daemon=True)
        feeder.start()
        dataset = self.ray.data.read_datasource(
            chunk_feed(feed, readers), override_num_blocks=readers, num_cpus=0
        ).map_batches(
            ChunkWorker,
            fn_constructor_args=(
                self.options.pipeline,
                self.options.batch_size,
                self.options.timeout,
                feed,
            ),
            batch_size=1,
            batch_format="pyarrow",
            compute=ActorPoolStrategy(size=workers),
            num_cpus=1,
            max_restarts=0,
            max_task_retries=0,  # a chunk that killed its actor is retried by `_run`, document by document
        )
        try:
            for table in _blocks(self.ray, dataset):
                run.drain()
                run.store(table)
        except self.ray.exceptions.RayError as exc:
            if _actor_init_failed(exc):
                raise EngineError(f"the Ray pipeline failed: {exc}") from exc
            running = self.ray.get(feed.take.remote())
            self._end_pass(run, feed, feeder)  # the planner stops adding to `run.out` first
            lost = sorted(run.out.values(), key=lambda c: c.seq)
            run.out.clear()
            raise ActorLost(
                [c for c in lost if c.seq in running], [c for c in lost if c.seq not in running], exc
            ) from exc
        finally:
            self._end_pass(run, feed, feeder)
        if run.failure:
            raise run.failure[0]

    def _end_pass(self, run: _Run, feed: Any, feeder: threading.Thread) -> None:
        """Stop the planner's thread and every actor of the pass (a failed pass leaves its surviving
        actors holding their CPUs); once per pass."""
        if run.stopping.is_set():
            return
        workers = self.ray.get(feed.roster.remote())
        run.stopping.set()
        self.ray.kill(feed)  # a feeder waiting on a full feed stops now
        feeder.join()
        run.drain()
        for worker in workers:
            self.ray.kill(worker, no_restart=True)

    @staticmethod
    def _feed(run: _Run, plan: Iterator[Chunk | list[Document]], feed: Any, readers: int) -> None:
        """The planner's thread: chunks onto the feed (waiting while it is full), error Documents to
        the driver; then one end marker per read task."""
        import ray

        from dateline.engine.records import chunk_table

        try:
            for item in plan:
                if isinstance(item, Chunk):
                    run.out[item.seq] = item
                    ray.get(feed.put.remote(chunk_table(item)))
                else:
                    run.ready.put(item)
        except BaseException as exc:  # re-raised by the driver, unless the pass is being stopped
            if not run.stopping.is_set():
                run.failure.append(exc)
        finally:
            with contextlib.suppress(Exception):
                for _ in range(readers):
                    ray.get(feed.put.remote(None))


def _blocks(ray: ModuleType, dataset: Any) -> Iterator[Any]:
    """The dataset's output blocks (a chunk's results each), fetched as they come: what
    ``iter_batches`` gives here, without its batching and formatting thread (≈ 0.5 % of a core)."""
    for bundle in dataset.iter_internal_ref_bundles():
        for ref in bundle.block_refs:
            yield ray.get(ref)


def _popping(chunks: deque[Chunk]) -> Iterator[Chunk]:
    """The chunks, taken off the deque as they are sent (what a failed pass did not send stays)."""
    while chunks:
        yield chunks.popleft()


def _actor_init_failed(exc: BaseException) -> bool:
    """Whether an actor could not even start (the pipeline does not build): no retry helps."""
    while exc is not None:
        if getattr(exc, "actor_init_failed", False):
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False
