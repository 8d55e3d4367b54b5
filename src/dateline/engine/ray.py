"""The Ray engine: the same ingest as `LocalEngine`, over a Ray cluster (``pip install 'dateline[ray]'``).

The driver plans exactly as the local engine does (`Planner`: resume, in-run duplicates, size
limits, source errors) in a thread, and puts each planned chunk, as a plain Arrow table
(`dateline.engine.records`), on a bounded Ray queue. Ray Data reads that feed
(`ChunkFeed`, a datasource whose read tasks take chunks off the queue) and ``map_batches`` runs
each chunk through a `ChunkRunner` in an actor pool: one actor per worker, models loaded once
per actor, the per-document time limit inside it. Results come back to the driver, which alone
writes them (`Batcher`, one transaction per batch). A chunk whose actor died is run again by Ray
on a restarted actor (`TASK_RETRIES` times); a chunk that keeps killing its actor ends the run
with an `EngineError` (what was stored stays; the local engine isolates such a document).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
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
)
from dateline.model import Document, RawDocument

log = logging.getLogger(__name__)

#: Times Ray runs a chunk again on a restarted actor when its actor died (a lost node, a crash).
TASK_RETRIES = 2
INSTALL_HINT = "the Ray engine needs Ray: pip install 'dateline[ray]' (or pip install 'ray[data]>=2.60')"
#: Read tasks pulling from the feed; each is an idle process waiting on the queue most of the time.
MAX_READERS = 4


def require_ray() -> ModuleType:
    """The `ray` module, or an `EngineError` that says how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise EngineError(INSTALL_HINT) from exc
    return ray


class ChunkWorker:
    """The ``map_batches`` callable: one per actor, holding that actor's warmed-up `ChunkRunner`."""

    def __init__(self, factory: Callable[[], PipelineLike], batch_size: int, timeout: float) -> None:
        from dateline.engine.worker import worker_runner

        self.runner = worker_runner(factory, batch_size, timeout)

    def __call__(self, table: Any) -> Any:
        from dateline.engine.records import result_table, table_chunk

        chunk = table_chunk(table)
        return result_table(self.runner.run(chunk.seq, chunk.raws))


def _pull(feed: Any) -> Iterator[Any]:
    """A read task: chunk tables off the feed until the end marker (None)."""
    while (table := feed.get()) is not None:
        yield table


def chunk_feed(feed: Any, readers: int) -> Any:
    """A Ray Data datasource over the feed queue (built here: the base class is Ray's)."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    from dateline.engine.records import RAW_SCHEMA

    class ChunkFeed(Datasource):
        def get_name(self) -> str:
            return "DatelineChunks"

        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, *args: Any, **kwargs: Any) -> list[ReadTask]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
            return [ReadTask(lambda: _pull(feed), meta, schema=RAW_SCHEMA) for _ in range(readers)]

    return ChunkFeed()


@dataclass
class _Run:
    """One run's driver state: the sink, the planner thread's error Documents and failure."""

    planner: Planner
    batcher: Batcher
    report: IngestReport
    started: float
    ready: queue.Queue[list[Document]] = field(default_factory=queue.Queue)
    out: set[int] = field(default_factory=set)  # chunks sent and not yet back
    failure: list[BaseException] = field(default_factory=list)

    def drain(self) -> None:
        """Store the error Documents the planner made meanwhile."""
        while not self.ready.empty():
            self.batcher.add(self.ready.get())


class RayEngine:
    """Map the pipeline over a RawDocument stream on a Ray cluster; see the module docstring.

    `address` is ``None`` (start Ray on this machine for the run), ``"auto"`` (the cluster this
    machine belongs to) or ``HOST:PORT``; a Ray already initialised in this process is used as is.
    """

    def __init__(self, options: IngestOptions | None = None, address: str | None = None) -> None:
        self.options = options or IngestOptions()
        self.address = address
        self.ray = require_ray()

    def run(
        self, raws: Iterable[RawDocument], writer: Writer, progress: Progress | None = None
    ) -> IngestReport:
        """Process and store every new document of `raws`; returns the run's counts."""
        report = IngestReport()
        planner = Planner(writer, report, self.options)
        batcher = Batcher(writer, planner, report, self.options.batch_size, progress)
        run = _Run(planner, batcher, report, started=time.perf_counter())
        own = not self.ray.is_initialized()
        if own:
            self.ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
        try:
            self._pass(run, planner.plan(raws))
        finally:
            run.batcher.flush()
            report.seconds = time.perf_counter() - run.started
            if own:
                self.ray.shutdown()
        return report

    def _pass(self, run: _Run, plan: Iterator[Chunk | list[Document]]) -> None:
        """Send every chunk of `plan` through the actor pool and store what comes back."""
        from ray.data import ActorPoolStrategy, DataContext
        from ray.util.queue import Queue

        from dateline.engine.records import table_results

        workers = max(1, self.options.workers)
        readers = min(workers, MAX_READERS)
        context = DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        feed = Queue(maxsize=2 * workers, actor_options={"num_cpus": 0})
        feeder = threading.Thread(target=self._feed, args=(run, plan, feed, readers), daemon=True)
        feeder.start()
        dataset = self.ray.data.read_datasource(
            chunk_feed(feed, readers), override_num_blocks=readers, num_cpus=0
        ).map_batches(
            ChunkWorker,
            fn_constructor_args=(self.options.pipeline, self.options.batch_size, self.options.timeout),
            batch_size=None,
            batch_format="pyarrow",
            compute=ActorPoolStrategy(size=workers),
            num_cpus=1,
            max_task_retries=TASK_RETRIES,
        )
        try:
            for table in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
                run.drain()
                if not run.report.startup:  # here: until the first results came back
                    run.report.startup = time.perf_counter() - run.started
                for result in table_results(table):
                    if result.seq not in run.out:
                        continue  # a chunk Ray ran twice (its first actor died after the work)
                    run.out.discard(result.seq)
                    run.report.add_timer(result.seconds, result.counts)
                    run.batcher.add(result.docs)
        except self.ray.exceptions.RayError as exc:
            raise EngineError(f"the Ray pipeline failed: {exc}") from exc
        finally:
            feed.shutdown(force=True)  # a feeder waiting on a full queue (the run failed) stops now
            feeder.join()
            run.drain()
        if run.failure:
            raise run.failure[0]

    @staticmethod
    def _feed(run: _Run, plan: Iterator[Chunk | list[Document]], feed: Any, readers: int) -> None:
        """The planner's thread: chunks onto the feed (waiting while it is full), error Documents to
        the driver; then one end marker per read task."""
        from dateline.engine.records import chunk_table

        try:
            for item in plan:
                if isinstance(item, Chunk):
                    run.out.add(item.seq)
                    feed.put(chunk_table(item))
                else:
                    run.ready.put(item)
        except BaseException as exc:  # re-raised by the driver (or the queue is gone: the run failed)
            run.failure.append(exc)
        finally:
            with contextlib.suppress(Exception):
                for _ in range(readers):
                    feed.put(None)
