"""The Ray engine's ``actors`` scheduler: a pass over plain Ray actors, without Ray Data.

The driver plans in its own thread of control and sends each chunk (an Arrow row, as for Ray Data)
straight to an actor, keeping `WINDOW` chunks queued on each (one running, one waiting, as Ray
Data's actor pool does); it blocks in ``ray.wait`` until the first result is back, stores it and
refills that actor. What Ray Data adds besides (its executor thread's 0.1 s scheduling loop, its
output iterator's 10 ms poll, its three actors, a read task and the `Feed` actor) is a fixed cost per
second, ≈ 0.06 of a core on one machine (``docs/scaling.md``); here only the actors and Ray's own
services run. The same chunks, runner and records give the same stored rows.

An actor that dies ends the pass as with Ray Data: the oldest chunk it held is the one it was running
(an actor runs its calls in the order they were sent), the others sent and not back wait for the
next pass (`ActorLost`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from dateline.engine.base import Chunk, EngineError
from dateline.model import Document

if TYPE_CHECKING:
    from dateline.engine.ray import RayEngine, _Run

#: Chunks sent to an actor and not back: one running, one waiting to start the moment it finishes.
WINDOW = 2


class ActorPass:
    """One pass of the ``actors`` scheduler (`run`): the pool, the chunks each actor holds."""

    def __init__(self, engine: RayEngine, run: _Run, workers: int) -> None:
        from dateline.engine.ray import ChunkWorker

        self.ray = engine.ray
        self.run_state = run
        options = engine.options
        remote = self.ray.remote(num_cpus=1, max_restarts=0, max_task_retries=0)(ChunkWorker)
        self.actors = [
            remote.remote(options.pipeline, options.batch_size, options.timeout, None)
            for _ in range(max(1, workers))
        ]
        self.held: list[deque[Any]] = [deque() for _ in self.actors]  # per actor, its calls in order
        self.calls: dict[Any, tuple[int, Chunk]] = {}  # call → (actor index, chunk)
        self.planning = True

    def run(self, plan: Iterator[Chunk | list[Document]]) -> None:
        """Send every chunk of `plan` and store what comes back; `ActorLost` when an actor died."""
        run = self.run_state
        try:
            for index in range(len(self.actors)):
                self._fill(index, plan)
            while self.calls:
                (call,), _ = self.ray.wait(list(self.calls), num_returns=1)
                index = self.calls[call][0]
                try:
                    table = self.ray.get(call)
                except self.ray.exceptions.RayError as exc:
                    self._lost(index, exc)
                del self.calls[call]
                self.held[index].remove(call)
                run.store(table)
                self._fill(index, plan)
        finally:
            for actor in self.actors:
                self.ray.kill(actor, no_restart=True)
        if run.failure:
            raise run.failure[0]

    def _fill(self, index: int, plan: Iterator[Chunk | list[Document]]) -> None:
        """Send chunks to actor `index` until it holds `WINDOW`; error Documents go to the sink."""
        from dateline.engine.records import chunk_table

        run = self.run_state
        while self.planning and len(self.held[index]) < WINDOW:
            try:
                item = next(plan)
            except StopIteration:
                self.planning = False
                return
            except Exception as exc:  # re-raised once the chunks already sent are stored
                run.failure.append(exc)
                self.planning = False
                return
            if isinstance(item, Chunk):
                run.out[item.seq] = item
                call = self.actors[index].run.remote(chunk_table(item))
                self.held[index].append(call)
                self.calls[call] = (index, item)
            else:
                run.batcher.add(item)

    def _lost(self, index: int, exc: BaseException) -> None:
        """Actor `index` died (or never started): end the pass."""
        from dateline.engine.ray import ActorLost, _actor_init_failed

        if _actor_init_failed(exc):
            raise EngineError(f"the Ray pipeline failed: {exc}") from exc
        running = self.calls[self.held[index][0]][1].seq  # the oldest call it held was running
        out = sorted(self.run_state.out.values(), key=lambda c: c.seq)
        self.run_state.out.clear()
        raise ActorLost([c for c in out if c.seq == running], [c for c in out if c.seq != running], exc)
