"""Scale-out benchmark: the same corpus through the local engine and the Ray engine, 1 and 2 workers.

    python bench/scale.py --docs 1000     # local, Ray (Ray Data), Ray (plain actors), 1 and 2 workers
    python bench/scale.py --docs 200 --engines ray-actors --workers 2

Reports are synthetic French/English news built from the sample corpus's paragraphs
(`dateline.engine.synth`, as in ``bench/throughput.py``), written once as files. Each run stores
into a fresh SQLite file (``--no-stories``: clustering is measured by ``bench/stories.py``). ``ray``
is the Ray engine's default scheduler (Ray Data's ``map_batches``), ``ray-actors`` its ``actors``
scheduler (the driver calls plain actors: `dateline.engine.ray_actors`). Ray runs on a Ray started
in this process on this machine (``num_cpus`` = the cores), after the local runs (so that its idle
processes are not counted in theirs), once for each Ray engine (Ray Data's internal actors outlive
its runs: they are not counted in the plain actors'). The table
gives wall seconds (start-up included), the start-up (until the first results were stored), the
steady rate after it, and each rate over the same engine's 1-worker rate.

A second table explains the ratio from CPU time measured in the steady phase (`bench/cputree.py`
samples this process tree): the CPU seconds of the driver (planning, decoding results, the sink,
Ray Data's executor), of the workers (the actors, or the local engine's processes) and of Ray's
own processes, and the machine's CPU spent by other users; the workers' cores (their CPU over the
steady wall time) and their CPU per report. The steady ratio of 2 workers to 1 is the ratio of the
workers' cores times the inverse ratio of their CPU per report: fewer than 2 cores means the
workers waited (for the cores, taken by the driver, Ray or other users, or for work), more CPU per
report means each core did less (shared caches and memory bandwidth, or hyper-threads). The driver's
and Ray's cores are mostly a fixed cost per second (Ray Data's scheduling loop, Ray's services and
actors), not per report: compare them across runs at different rates. ``--detail`` adds, per run,
the steady phase's CPU of every process (Ray's by name) and of each of the driver's threads.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cputree import CpuSampler, Totals
from dateline.engine import IngestOptions, IngestReport, LocalEngine
from dateline.engine.synth import sample_paragraphs, synth_corpus, write_corpus
from dateline.sources import read_paths
from dateline.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
console = Console(width=140)
#: The engine the Ray started in this process is for (Ray Data's runs, or the plain actors' runs).
RAY_STARTED_FOR: list[str] = []


@dataclass
class Run:
    engine: str
    workers: int
    docs: int
    wall: float
    startup: float
    steady_docs: int
    stages: dict[str, float]
    steady_cpu: Totals

    @property
    def steady_wall(self) -> float:
        """Wall seconds of the window the steady CPU was sampled over (first write to the end)."""
        return max(1e-9, self.steady_cpu.at)

    @property
    def worker_cores(self) -> float:
        """The cores the workers had in the steady phase: their CPU seconds over its wall seconds."""
        return self.steady_cpu.parts["workers"] / self.steady_wall

    @property
    def overhead_cores(self) -> float:
        """The cores the driver and Ray's own processes took in the steady phase."""
        return (self.steady_cpu.parts["driver"] + self.steady_cpu.parts["ray"]) / self.steady_wall

    def ms_per_doc(self, part: str) -> float:
        """CPU milliseconds of `part` per report stored in the steady phase."""
        cpu = self.steady_cpu.others if part == "others" else self.steady_cpu.parts[part]
        return 1000 * cpu / max(1, self.steady_docs)

    @property
    def steady_rate(self) -> float:
        return self.steady_docs / max(1e-9, self.wall - self.startup)


class FirstWrite:
    """Progress callback: when the first results were stored, how many, and the CPU totals then."""

    def __init__(self, sampler: CpuSampler) -> None:
        self.sampler = sampler
        self.started = time.perf_counter()
        self.at: float | None = None
        self.stored = 0
        self.cpu: Totals | None = None

    def __call__(self, report: IngestReport) -> None:
        if self.at is None:
            self.at = time.perf_counter() - self.started
            self.stored = report.stored
            self.cpu = self.sampler.totals()


def run_engine(name: str, workers: int, corpus: Path, batch_size: int) -> Run:
    # each worker runs the whole pipeline, as a Ray actor does (no split with the parent at 1 worker)
    options = IngestOptions(workers=workers, batch_size=batch_size, overlap=False)
    engine: Callable[..., IngestReport]
    if name.startswith("ray"):  # ray: Ray Data; ray-actors: the driver's calls to plain actors
        import ray

        from dateline.engine.ray import RayEngine

        if RAY_STARTED_FOR and RAY_STARTED_FOR[0] != name:  # Ray Data's three actors outlive its runs:
            ray.shutdown()  # the plain-actor runs get a Ray of their own, as `dateline ingest` does
            RAY_STARTED_FOR.clear()
        if not ray.is_initialized():  # started once per engine, after the local runs (idle meanwhile)
            ray.init(include_dashboard=False, log_to_driver=False, object_store_memory=200 * 2**20)
            RAY_STARTED_FOR.append(name)
        engine = RayEngine(options, scheduler="actors" if name == "ray-actors" else "data").run
    else:
        engine = LocalEngine(options).run
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(Path(folder) / "scale.db") as store,
        CpuSampler() as sampler,
    ):
        first = FirstWrite(sampler)
        report = engine(read_paths([corpus]), store, progress=first)
        end = sampler.totals()
    startup = first.at or 0.0
    stages = {k: round(v, 1) for k, v in report.timer.seconds.items()}
    steady = end.minus(first.cpu) if first.cpu else end
    run = Run(
        name, workers, report.stored, report.seconds, startup, report.stored - first.stored, stages, steady
    )
    parts = ", ".join(f"{k} {v:.1f}" for k, v in sorted(end.parts.items()))
    console.print(
        f"{name} × {workers}: {run.docs} docs in {run.wall:.1f} s (start-up {startup:.1f} s), "
        f"steady {run.steady_rate:.2f} docs/s; stage seconds {stages}; whole-run CPU s {parts}, "
        f"other users {end.others:.1f}"
    )
    return run


def cpu_table(runs: list[Run]) -> Table:
    """The steady phase's CPU by part, and the ratio to 1 worker explained by cores × CPU per report."""
    table = Table(title="steady phase: CPU by part (ms a report) and the workers' cores", header_style="bold")
    for column in ("engine", "workers", "driver ms", "workers ms", "Ray ms", "other users ms",
                   "workers' cores", "driver + Ray cores", "machine busy cores", "cores ratio",
                   "CPU/report ratio", "steady ratio"):  # fmt: skip
        table.add_column(column, justify="right")
    for run in runs:
        one = next((r for r in runs if r.engine == run.engine and r.workers == 1), None)
        ratios = ["–", "–", "–"]
        if one:
            cores = run.worker_cores / max(1e-9, one.worker_cores)
            per_doc = one.ms_per_doc("workers") / max(1e-9, run.ms_per_doc("workers"))
            ratios = [f"{cores:.2f}×", f"{per_doc:.2f}×", f"{run.steady_rate / one.steady_rate:.2f}×"]
        per_doc_ms = [f"{run.ms_per_doc(p):.1f}" for p in ("driver", "workers", "ray", "others")]
        table.add_row(
            run.engine, str(run.workers), *per_doc_ms,
            f"{run.worker_cores:.2f}", f"{run.overhead_cores:.2f}",
            f"{run.steady_cpu.machine / run.steady_wall:.2f}", *ratios,
        )  # fmt: skip
    return table


def detail_table(run: Run) -> Table:
    """The steady phase's CPU per process (and per thread of the driver), largest first."""
    table = Table(title=f"{run.engine} × {run.workers}: steady CPU by process", header_style="bold")
    for column in ("process (driver: thread)", "CPU s", "ms a report", "share of a core"):
        table.add_column(column, justify="right")
    cpu = run.steady_cpu
    rows = sorted(cpu.processes.items(), key=lambda kv: -kv[1])
    rows += [(f"driver: {name}", s) for name, s in sorted(cpu.threads.items(), key=lambda kv: -kv[1])]
    for name, seconds in rows:
        if seconds >= 0.005:
            share = seconds / run.steady_wall
            per_doc = 1000 * seconds / max(1, run.steady_docs)
            table.add_row(name, f"{seconds:.2f}", f"{per_doc:.2f}", f"{100 * share:.1f} %")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--engines", default="local,ray,ray-actors")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--detail", action="store_true", help="also print the CPU of every process")
    args = parser.parse_args()
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    counts = [int(w) for w in args.workers.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        write_corpus(synth_corpus(args.docs, seed=args.seed, samples=sample_paragraphs(EXAMPLES)), corpus)
        console.print(f"corpus: {args.docs} synthetic reports")
        runs = [run_engine(name, workers, corpus, args.batch_size) for name in engines for workers in counts]
    table = Table(title=f"{args.docs} reports, batch {args.batch_size}", header_style="bold")
    for column in ("engine", "workers", "stored", "wall s", "start-up s", "docs/s (wall)", "docs/s (steady)",
                   "steady ratio to 1 worker"):  # fmt: skip
        table.add_column(column, justify="right")
    for run in runs:
        one = next((r for r in runs if r.engine == run.engine and r.workers == 1), None)
        ratio = f"{run.steady_rate / one.steady_rate:.2f}×" if one and one.steady_rate else "–"
        table.add_row(
            run.engine, str(run.workers), str(run.docs), f"{run.wall:.1f}", f"{run.startup:.1f}",
            f"{run.docs / run.wall:.2f}", f"{run.steady_rate:.2f}", ratio,
        )  # fmt: skip
    console.print(table)
    console.print(cpu_table(runs))
    if args.detail:
        for run in runs:
            console.print(detail_table(run))


if __name__ == "__main__":
    main()
