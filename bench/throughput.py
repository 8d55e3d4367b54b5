"""Throughput benchmark: bare spaCy ``nlp.pipe`` versus Dateline end to end, at 1 and 2 processes.

    python bench/throughput.py --docs 200                # (a) spaCy vs (b) Dateline → SQLite
    python bench/throughput.py --docs 200 --repeat 3     # medians of three interleaved runs
    python bench/throughput.py --rss 1000 20000           # peak memory of long ingests

Reports are synthetic French/English news (300–800 words) built from the sample corpus in
``examples/corpus`` when present, else from the generator's own templates. (a) runs every
component of each language's spaCy model with ``n_process`` = 1 and 2 over that language's
reports; (a') does the same with Dateline's faster ops (`dateline.spacy_fast.matmul`), to show
what the shared part gains; (b) runs ``LocalEngine`` with 1 and 2 workers, storing to a fresh
SQLite file; runs interleave, and the table gives the medians and, for each run, Dateline's rate
over the bare spaCy run just before it (a slow spell of the machine hits both of a pair). Times
exclude model loading on both sides. Peak RSS sums the process and all its
children; bare spaCy runs in a fresh process so its models are gone before Dateline is measured.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

from dateline.config import Config
from dateline.engine import IngestOptions, IngestReport, LocalEngine, PipelineSpec
from dateline.engine.synth import sample_paragraphs, synth_corpus, write_corpus
from dateline.resources import SPACY_MODELS
from dateline.sources import read_paths
from dateline.spacy_fast.matmul import matmul_ops
from dateline.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
console = Console(width=150)


@dataclass
class PeakRss:
    """Samples the RSS of this process plus all its descendants in a background thread."""

    interval: float = 0.05
    peak: int = 0
    timeline: list[tuple[float, int]] = field(default_factory=list)  # (seconds, RSS) once a second
    _stop: threading.Event = field(default_factory=threading.Event)

    def _total(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue
        return total

    def _run(self) -> None:
        started = last = time.monotonic()
        while not self._stop.wait(self.interval):
            total = self._total()
            self.peak = max(self.peak, total)
            now = time.monotonic()
            if now - last >= 1.0:
                self.timeline.append((now - started, total))
                last = now

    def by_tenth(self) -> list[float]:
        """Peak RSS (MB) in each tenth of the run: flat memory gives ten similar figures."""
        if not self.timeline:
            return []
        end = self.timeline[-1][0] or 1.0
        peaks = [0] * 10
        for seconds, total in self.timeline:
            tenth = min(9, int(10 * seconds / end))
            peaks[tenth] = max(peaks[tenth], total)
        return [round(p / 2**20) for p in peaks]

    @contextmanager
    def watch(self) -> Iterator[PeakRss]:
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()


@dataclass
class Result:
    label: str
    processes: int
    docs: int
    seconds: float
    peak_mb: float
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def measure(label: str, processes: int, run: Callable[[], tuple[int, float, dict[str, Any]]]) -> Result:
    with PeakRss().watch() as rss:
        docs, seconds, extra = run()
    result = Result(label, processes, docs, seconds, rss.peak / 2**20, {**extra, "tenths": rss.by_tenth()})
    console.print(f"{label} ×{processes}: {result.rate:.2f} docs/s, peak RSS {result.peak_mb:.0f} MB")
    return result


def _bare_seconds(
    texts: dict[str, list[str]], processes: int, batch_size: int, matmul: bool
) -> dict[str, float]:
    """Seconds of ``nlp.pipe`` per language, each model as shipped (all components, all strings),
    computing with thinc's default ops or, with `matmul`, with Dateline's `MatmulOps`."""
    import spacy
    from threadpoolctl import threadpool_limits

    # This process was spawned; spaCy's own workers must fork from it (sharing the loaded model), as
    # they do from a plain script, not spawn and receive the pickled model.
    multiprocessing.set_start_method("fork", force=True)
    threadpool_limits(1)  # one BLAS thread per process, as in Dateline's workers
    seconds: dict[str, float] = {}
    for language, group in texts.items():
        with matmul_ops() if matmul else contextlib.nullcontext():
            nlp = spacy.load(SPACY_MODELS[language])
        list(nlp.pipe(group[:2]))  # warm up
        started = time.perf_counter()
        for _ in nlp.pipe(group, batch_size=batch_size, n_process=processes):
            pass
        seconds[language] = time.perf_counter() - started
    return seconds


def bare_spacy(texts: dict[str, list[str]], processes: int, batch_size: int, matmul: bool = False) -> Result:
    """Bare spaCy in a fresh process, so its models are not counted in Dateline's memory afterwards."""

    def run() -> tuple[int, float, dict[str, Any]]:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            seconds = pool.submit(_bare_seconds, texts, processes, batch_size, matmul).result()
        return sum(len(g) for g in texts.values()), sum(seconds.values()), seconds

    label = "spaCy nlp.pipe (all components" + (", Dateline's MatmulOps)" if matmul else ")")
    return measure(label, processes, run)


def dateline(corpus: Path, workers: int, batch_size: int, stages: tuple[str, ...] | None) -> Result:
    def run() -> tuple[int, float, dict[str, Any]]:
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.db") as store:
            config = Config(stages=stages) if stages else Config()
            options = IngestOptions(workers=workers, batch_size=batch_size, pipeline=PipelineSpec(config))
            report: IngestReport = LocalEngine(options).run(read_paths([corpus]), store)
        stage_times = {name: round(spent, 1) for name, spent in report.timer.seconds.items()}
        extra = {"stages": stage_times, "failed": report.failed, "startup": round(report.startup, 1)}
        return report.stored, report.seconds - report.startup, extra

    return measure("Dateline end to end → SQLite", workers, run)


def make_corpus(folder: Path, n: int, seed: int) -> dict[str, list[str]]:
    samples = sample_paragraphs(EXAMPLES)
    reports = list(synth_corpus(n, seed=seed, samples=samples))
    write_corpus(iter(reports), folder)
    by_language: dict[str, list[str]] = {}
    for report in reports:
        by_language.setdefault(report.language, []).append(report.text)
    source = "sample corpus paragraphs" if samples else "generator templates"
    words = sum(r.words for r in reports) / max(1, len(reports))
    counts = {k: len(v) for k, v in by_language.items()}
    console.print(f"corpus: {n} reports {counts}, {words:.0f} words on average, from {source}")
    return by_language


def throughput(args: argparse.Namespace) -> None:
    stages = tuple(args.stages.split(",")) if args.stages else None
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        texts = make_corpus(corpus, args.docs, args.seed)
        title = f"throughput, {args.docs} reports, median of {args.repeat} run(s)"
        table = Table(title=title, header_style="bold")
        columns = (
            "processes",
            "spaCy docs/s",
            "Dateline docs/s",
            "ratio",
            "ratio in each run",
            "peak RSS spaCy / Dateline",
            "spaCy + MatmulOps docs/s",
            "ratio to it",
        )
        for column in columns:
            table.add_column(column, justify="right")
        for processes in args.processes:
            runs: dict[str, list[Result]] = {"spacy": [], "same_ops": [], "ours": []}
            for _ in range(args.repeat):  # interleaved, so a slow spell of the machine hits all three
                runs["spacy"].append(bare_spacy(texts, processes, args.batch_size))
                runs["same_ops"].append(bare_spacy(texts, processes, args.batch_size, matmul=True))
                runs["ours"].append(dateline(corpus, processes, args.batch_size, stages))
                extra = runs["ours"][-1].extra
                console.print(
                    f"  Dateline seconds per stage: {extra['stages']}  (startup {extra['startup']} s)"
                )
            rate = {name: statistics.median(r.rate for r in results) for name, results in runs.items()}
            peak = {name: max(r.peak_mb for r in results) for name, results in runs.items()}
            paired = [o.rate / s.rate for o, s in zip(runs["ours"], runs["spacy"], strict=True) if s.rate]
            table.add_row(
                str(processes),
                f"{rate['spacy']:.2f}",
                f"{rate['ours']:.2f}",
                f"{rate['ours'] / rate['spacy']:.2f}×" if rate["spacy"] else "-",
                " ".join(f"{r:.2f}" for r in paired),
                f"{peak['spacy']:.0f} / {peak['ours']:.0f} MB",
                f"{rate['same_ops']:.2f}",
                f"{rate['ours'] / rate['same_ops']:.2f}×" if rate["same_ops"] else "-",
            )
        console.print(table)


def peak_rss(args: argparse.Namespace) -> None:
    stages = tuple(args.stages.split(",")) if args.stages else None
    table = Table(title="peak RSS of a long ingest", header_style="bold")
    for column in ("reports", "workers", "docs/s", "peak RSS (all processes)"):
        table.add_column(column, justify="right")
    for n in args.rss:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "corpus"
            write_corpus(synth_corpus(n, seed=args.seed, samples=sample_paragraphs(EXAMPLES)), corpus)
            result = dateline(corpus, args.processes[-1], args.batch_size, stages)
        table.add_row(str(n), str(result.processes), f"{result.rate:.2f}", f"{result.peak_mb:.0f} MB")
        console.print(f"  {n} reports: peak RSS (MB) in each tenth of the run: {result.extra['tenths']}")
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200, help="reports in the throughput corpus")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts to compare")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; medians are shown")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stages", help="comma-separated Dateline stages (default: the full pipeline)")
    parser.add_argument("--rss", type=int, nargs="+", help="measure peak RSS of ingesting these many reports")
    args = parser.parse_args()
    if args.rss:
        peak_rss(args)
    else:
        throughput(args)


if __name__ == "__main__":
    main()
