"""Where the wall time of a split ``dateline ingest --workers 1`` goes, projected from CPU time.

    python bench/ingest_timeline.py               # 3 rounds, the 240 reports of bench/ingest_process.py
    python bench/ingest_timeline.py --rounds 5

On a shared machine the wall ratio of ``bench/ingest_process.py`` follows the other jobs, and CPU time
alone hides how the two processes of a split ingest wait for each other. This benchmark runs the real
command (``dateline ingest DIR --workers 1 --overlap --no-stories``) with an event log in each process:
the parent and the worker write, at every step (worker ready, each chunk analysed, each chunk's
remaining stages, storing), their own CPU seconds (`time.process_time`). From those CPU costs it
replays the run on two idle cores, one process each, with the engine's rules: the worker analyses a
chunk once it is sent and it is free; the parent runs a chunk's remaining stages and stores it once
the worker returned it and the parent is free, then sends the next chunk (two in flight). The replay's
end is the run's projected wall time on a quiet two-core machine; the spaCy script of
``bench/ingest_process.py`` runs on one core, so its CPU time is its quiet wall time, and the projected
wall ratio is the quotient. Each round also prints the CPU of each part.
"""

from __future__ import annotations

import argparse
import atexit
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TRACE = "DATELINE_BENCH_TRACE"


def _log(role: str) -> Callable[..., None]:
    handle = open(Path(os.environ[TRACE]) / f"{role}-{os.getpid()}.jsonl", "a", buffering=1)  # noqa: SIM115

    def event(name: str, **fields: Any) -> None:
        handle.write(json.dumps({"ev": name, "cpu": time.process_time(), "at": time.time(), **fields}) + "\n")

    return event


def _wrap(owner: Any, name: str, label: str, event: Callable[..., None], seq_arg: int | None = None) -> None:
    original = getattr(owner, name)

    def traced(*args: Any, **kwargs: Any) -> Any:
        seq = getattr(args[seq_arg], "seq", args[seq_arg]) if seq_arg is not None else None
        event(label + "+", seq=seq)
        try:
            return original(*args, **kwargs)
        finally:
            event(label + "-", seq=seq)

    setattr(owner, name, traced)


def trace_worker() -> None:
    """In a worker (this file is its parent's main module, imported again as ``__mp_main__``)."""
    import dateline.engine.local as local
    from dateline.engine.worker import ChunkRunner

    event = _log("worker")
    _wrap(local, "worker_runner", "startup", event)
    _wrap(ChunkRunner, "run", "chunk", event, 1)
    leave = os._exit

    def exit_logged(code: int) -> None:
        event("exit")
        leave(code)

    os._exit = exit_logged  # type: ignore[assignment]


def trace_parent(argv: list[str]) -> None:
    """Run the ``dateline`` CLI with `argv`, logging the parent's steps."""
    import dateline.engine.local as local
    from dateline.engine.base import Batcher
    from dateline.engine.overlap import TailRunner

    event = _log("parent")
    _wrap(local.LocalEngine, "spawn", "spawn", event)
    _wrap(local.LocalEngine, "run", "engine", event)
    _wrap(local, "tail_runner", "tailbuild", event)
    _wrap(TailRunner, "warm_up_on", "warm", event)
    _wrap(TailRunner, "finish", "tail", event, 1)
    _wrap(Batcher, "flush", "store", event)
    atexit.register(lambda: event("exit"))
    from dateline.cli.app import main

    sys.argv = ["dateline", *argv]
    main()


def _events(folder: Path, role: str) -> list[dict[str, Any]]:
    (path,) = folder.glob(f"{role}-*.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines()]


def _first(events: list[dict[str, Any]], name: str, seq: int | None = None) -> dict[str, Any]:
    return next(e for e in events if e["ev"] == name and (seq is None or e.get("seq") == seq))


def _at(events: list[dict[str, Any]], name: str, seq: int | None = None) -> float:
    return float(_first(events, name, seq)["cpu"])


def replay(folder: Path) -> dict[str, float]:
    """CPU seconds of each part of a traced run, and the run replayed on two idle cores (`wall`)."""
    parent, worker = _events(folder, "parent"), _events(folder, "worker")
    seqs = sorted({e["seq"] for e in worker if e["ev"] == "chunk+"})
    # the worker: start-up (interpreter, imports, models, warm-up), then each chunk until the next starts
    ready = _at(worker, "startup-")
    starts = [_at(worker, "chunk+", s) for s in seqs] + [_at(worker, "exit")]
    analysed = [b - a for a, b in itertools.pairwise(starts)]
    # the parent: until the worker is spawned, its own half built, warmed up, then each chunk's stages,
    # storing and the next send until the next chunk's stages start
    spawned = _at(parent, "spawn-")
    built = _at(parent, "tailbuild-") - spawned
    warm = _at(parent, "warm-") - _at(parent, "warm+")
    tails = [_at(parent, "tail+", s) for s in seqs] + [_at(parent, "engine-")]
    finished = [b - a for a, b in itertools.pairwise(tails)]
    after = _at(parent, "exit") - _at(parent, "engine-")

    worker_free = spawned + ready
    parent_free = max(worker_free, spawned + built)
    # the first two chunks go as soon as the worker is ready, then the parent's half warms up while the
    # worker analyses them (before this branch, the parent warmed up first: replayed as it ran)
    warm_first = next(e["at"] for e in parent if e["ev"] == "warm-") < _first(worker, "chunk+")["at"]
    parent_free += warm if warm_first else 0.0
    sent = {0: parent_free, 1: parent_free}
    parent_free += 0.0 if warm_first else warm
    done: dict[int, float] = {}
    for i in range(len(seqs)):
        for j in range(len(done), len(seqs)):
            if j not in sent:
                break
            worker_free = done[j] = max(worker_free, sent[j]) + analysed[j]
        parent_free = max(parent_free, done[i]) + finished[i]
        sent[i + 2] = parent_free
    return {
        "parent before spawn": spawned,
        "parent's half built": built,
        "parent's warm-up": warm,
        "parent: chunks (stages, storing)": sum(finished),
        "parent: after the run": after,
        "worker start-up": ready,
        "worker: chunks (clean, language, analyse, hand-over)": sum(analysed),
        "parent CPU": _at(parent, "exit"),
        "worker CPU": _at(worker, "exit"),
        "wall": parent_free + after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--per-language", type=int, default=120)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from ingest_process import build_corpus, fill_caches, run_spacy

    projected: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reports"
        expected = build_corpus(corpus, args.per_language, args.seed)
        fill_caches(corpus)
        for number in range(1, args.rounds + 1):
            trace = Path(folder) / f"trace-{number}"
            trace.mkdir()
            command = [sys.executable, __file__, "--trace-run", "ingest", str(corpus), "--db"]
            command += [str(trace / "bench.db"), "--workers", "1", "--overlap", "--no-stories"]
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env={**os.environ, TRACE: str(trace)})
            seconds = time.perf_counter() - started
            parts = replay(trace)
            bare = run_spacy(corpus, expected, 16)
            projected.append(bare.cpu / parts["wall"])
            print(f"round {number} (load {os.getloadavg()[0]:.1f}; Dateline took {seconds:.1f} s wall here):")
            for name, value in parts.items():
                print(
                    f"  {name:>52}: {value:6.2f} s"
                    + (" (replayed on two idle cores)" if name == "wall" else "")
                )
            print(f"  {'spaCy script CPU (its wall on an idle core)':>52}: {bare.cpu:6.2f} s")
            print(f"  {'projected wall ratio':>52}: {projected[-1]:6.2f}×")
    print(f"median projected wall ratio: {statistics.median(projected):.2f}×")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--trace-run"]:
        trace_parent(sys.argv[2:])
    else:
        main()
elif __name__ == "__mp_main__" and TRACE in os.environ:
    trace_worker()
