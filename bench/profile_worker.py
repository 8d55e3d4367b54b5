"""Where a worker's CPU goes: the ingest worker path over the whole-process benchmark's reports.

    python bench/profile_worker.py                        # CPU s per stage, 240 reports, chunks of 16
    python bench/profile_worker.py --profile out.prof     # the same under cProfile (then: python -m pstats)
    python bench/profile_worker.py --overlap              # the two halves, as ingest --overlap splits them
    python bench/profile_worker.py --sample 40            # the 40 functions with most CPU samples

Builds one worker as `dateline.engine.worker.worker_runner` does (one BLAS thread, compiled-pattern
cache, warm-up, ``gc.freeze``) in this process, then runs the reports of ``bench/ingest_process.py``
(`throughput.make_corpus`, seed 0, the first 120 of each language) chunk by chunk through
`ChunkRunner.run`, as a local worker does. Every stage is timed in CPU seconds
(``time.process_time``, so another job's load stretches it little), and so is sending the results
back as the local engine does (flattening the documents into table rows and pickling the
`ChunkResult` in the worker, unpickling it in the parent: both measured here), and the garbage
collector's share (``gc.callbacks``). With ``--overlap`` the worker runs the stages up to the
analysis and a `TailRunner` (built in this process as the parent builds it) runs the rest on each
chunk's handed-over documents, as ``dateline ingest --workers 1`` does on two cores
(`dateline.engine.overlap`); the parent's part then also counts reading the analyses back.
``--sample N`` samples the Python stack every 2 ms of CPU (``ITIMER_PROF``) and prints the N
functions seen most often running (self) and on the stack (inclusive), in % of the samples: unlike
cProfile, it does not inflate functions that make many small calls.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import pstats
import signal
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import FrameType

import dateline.pipeline
from dateline.config import Config
from dateline.engine.base import PipelineSpec
from dateline.engine.overlap import HeadSpec, tail_runner
from dateline.engine.worker import ChunkResult, worker_runner
from dateline.sources import read_paths
from ingest_process import build_corpus


class GcTimer:
    """A `gc.callbacks` entry: CPU seconds and count of the collections of each generation."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds[info["generation"]] += time.process_time() - self._started
            self.count[info["generation"]] += 1

    def summary(self) -> str:
        pairs = enumerate(zip(self.count, self.seconds, strict=True))
        return ", ".join(f"gen{n}: {count} in {seconds:.2f} s" for n, (count, seconds) in pairs)


class Sampler:
    """Counts of the functions running (`own`) and on the stack (`within`) at each ``SIGPROF``."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        seen = set()
        while frame is not None:
            code = frame.f_code
            place = "/".join(code.co_filename.rsplit("/", 2)[-2:])
            name = f"{place}:{code.co_firstlineno}({code.co_name})"
            if not seen:
                self.own[name] += 1
            if name not in seen:
                self.within[name] += 1
                seen.add(name)
            frame = frame.f_back

    def report(self, top: int) -> str:
        total = sum(self.own.values()) or 1
        lines = [f"{total} samples; running (self):"]
        lines += [f"{100 * n / total:5.1f}% {name}" for name, n in self.own.most_common(top)]
        lines.append("on the stack (inclusive):")
        lines += [f"{100 * n / total:5.1f}% {name}" for name, n in self.within.most_common(top)]
        return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-language", type=int, default=120)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--profile", type=Path, help="write cProfile's statistics of the chunks here")
    parser.add_argument("--top", type=int, default=40, help="entries of the profile to print")
    parser.add_argument("--gc-threshold", help="gc.set_threshold(...) for the chunks, e.g. 700,10,10")
    parser.add_argument("--overlap", action="store_true", help="split the pipeline as ingest --overlap does")
    parser.add_argument("--sample", type=int, metavar="N", help="sample the stack; print the N top functions")
    args = parser.parse_args()
    dateline.pipeline.time.perf_counter = time.process_time  # type: ignore[attr-defined]  # CPU per stage

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reports"
        build_corpus(corpus, args.per_language, args.seed)
        raws = list(read_paths([str(corpus)]))
    spec = PipelineSpec(Config())
    started = time.process_time()
    runner = worker_runner(HeadSpec(spec) if args.overlap else spec, args.batch_size, 60.0)
    startup = time.process_time() - started
    tail = None
    if args.overlap:
        started = time.process_time()
        tail = tail_runner(spec, args.batch_size, 60.0)
        warmed = ChunkResult(-1, list(runner.warmed), {}, {}).flattened().docs
        tail.warm_up_on([doc for doc in warmed if isinstance(doc, bytes)])
        tail_startup = time.process_time() - started

    if args.gc_threshold:
        gc.set_threshold(*(int(n) for n in args.gc_threshold.split(",")))
    collections = GcTimer()
    gc.callbacks.append(collections)
    profiler = cProfile.Profile() if args.profile else None
    send = receive = parent = 0.0
    started = time.process_time()
    sampler = Sampler() if args.sample else None
    if sampler:
        signal.signal(signal.SIGPROF, sampler)
        signal.setitimer(signal.ITIMER_PROF, 0.002, 0.002)
    if profiler:
        profiler.enable()
    for seq, first in enumerate(range(0, len(raws), args.batch_size)):
        result = runner.run(seq, raws[first : first + args.batch_size])
        mark = time.process_time()
        payload = pickle.dumps(result.flattened(), protocol=pickle.HIGHEST_PROTOCOL)
        send += time.process_time() - mark
        mark = time.process_time()
        received = pickle.loads(payload)
        receive += time.process_time() - mark
        if tail is not None:
            mark = time.process_time()
            tail.finish(received, raws[first : first + args.batch_size])
            parent += time.process_time() - mark
    if profiler:
        profiler.disable()
    if sampler:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = time.process_time() - started

    print(f"worker start-up (build + warm-up): {startup:.2f} s CPU")
    for name, seconds in runner.pipeline.timer.seconds.items():
        print(f"{name:>14} {seconds:7.2f} s")
    if tail is not None:
        stages = tail.pipeline.timer.seconds
        print(f"parent's half: start-up (build + warm-up) {tail_startup:.2f} s CPU, chunks {parent:.2f} s:")
        for name, seconds in stages.items():
            print(f"{name:>14} {seconds:7.2f} s")
        print(f"{'reading back':>14} {parent - sum(stages.values()):7.2f} s (unpickling, Doc.from_bytes)")
    print(f"{'flatten + pickle (worker)':>14} {send:7.2f} s\n{'unpickle (parent)':>14} {receive:7.2f} s")
    print(f"{'total':>14} {total:7.2f} s CPU for {len(raws)} reports")
    print(f"garbage collector (threshold {gc.get_threshold()}), included above: {collections.summary()}")
    if sampler:
        print(sampler.report(args.sample))
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
