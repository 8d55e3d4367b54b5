"""Scale-out benchmark: the same corpus through the local engine and the Ray engine, 1 and 2 workers.

    python bench/scale.py --docs 1000            # local 1, local 2, Ray 1, Ray 2 workers, one run each
    python bench/scale.py --docs 200 --engines ray --workers 2

Reports are synthetic French/English news built from the sample corpus's paragraphs
(`dateline.engine.synth`, as in ``bench/throughput.py``), written once as files. Each run stores
into a fresh SQLite file (``--no-stories``: clustering is measured by ``bench/stories.py``). Ray
runs on a Ray started in this process on this machine (``num_cpus`` = the cores). The table
gives wall seconds (start-up included), the start-up (until the first results were stored), the
steady rate after it, and each rate over the same engine's 1-worker rate.
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

from dateline.engine import IngestOptions, IngestReport, LocalEngine
from dateline.engine.synth import sample_paragraphs, synth_corpus, write_corpus
from dateline.sources import read_paths
from dateline.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
console = Console(width=140)


@dataclass
class Run:
    engine: str
    workers: int
    docs: int
    wall: float
    startup: float
    steady_docs: int
    stages: dict[str, float]

    @property
    def steady_rate(self) -> float:
        return self.steady_docs / max(1e-9, self.wall - self.startup)


class FirstWrite:
    """Progress callback: when the first results were stored, and how many."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.at: float | None = None
        self.stored = 0

    def __call__(self, report: IngestReport) -> None:
        if self.at is None:
            self.at = time.perf_counter() - self.started
            self.stored = report.stored


def run_engine(name: str, workers: int, corpus: Path, batch_size: int) -> Run:
    options = IngestOptions(workers=workers, batch_size=batch_size)
    engine: Callable[..., IngestReport]
    if name == "ray":
        from dateline.engine.ray import RayEngine

        engine = RayEngine(options).run
    else:
        engine = LocalEngine(options).run
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "scale.db") as store:
        first = FirstWrite()
        report = engine(read_paths([corpus]), store, progress=first)
    startup = first.at or 0.0
    stages = {k: round(v, 1) for k, v in report.timer.seconds.items()}
    run = Run(name, workers, report.stored, report.seconds, startup, report.stored - first.stored, stages)
    console.print(
        f"{name} × {workers}: {run.docs} docs in {run.wall:.1f} s (start-up {startup:.1f} s), "
        f"steady {run.steady_rate:.2f} docs/s; stage seconds {stages}"
    )
    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--engines", default="local,ray")
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args()
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    counts = [int(w) for w in args.workers.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        write_corpus(synth_corpus(args.docs, seed=args.seed, samples=sample_paragraphs(EXAMPLES)), corpus)
        console.print(f"corpus: {args.docs} synthetic reports")
        if "ray" in engines:
            import ray

            ray.init(include_dashboard=False, log_to_driver=False, object_store_memory=200 * 2**20)
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


if __name__ == "__main__":
    main()
