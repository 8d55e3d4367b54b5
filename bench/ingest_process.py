"""Whole-process throughput: ``dateline ingest DIR --workers 1`` against a process running ``nlp.pipe``.

    python bench/ingest_process.py                 # 3 alternating rounds over 240 reports (120 fr, 120 en)
    python bench/ingest_process.py --rounds 5      # more rounds
    python bench/ingest_process.py --stories       # (a) also clusters the new documents into stories
    python bench/ingest_process.py --no-overlap    # (a) runs every stage in its worker process

Throughput as a user meets it. The reports are built by `bench/throughput.py`'s corpus builder
(synthetic French/English news from the sample corpus paragraphs, fixed seed), the first 120 of each
language, written as ``.txt`` files to a temporary folder. Each round runs, as subprocesses, with the
wall time measured around the whole process (interpreter start-up, imports and model loading
included):

(a) ``dateline ingest DIR --db <fresh SQLite file> --workers 1 --overlap --no-stories``, the CLI of
    this venv: the parent runs the stages after the analysis while the worker analyses the next chunk
    (`dateline.engine.overlap`; ingest's default when a core is spare); with ``--no-overlap`` the
    worker runs every stage;
(b) a small Python program that imports spaCy, loads the two models the project pins
    (`dateline.resources.SPACY_MODELS`) with ``spacy.load``, reads the same files and runs
    ``nlp.pipe`` (all components, batch size 16) over each language's reports. It takes a report's
    language from its file name (``000001_fr.txt``); Dateline identifies it.

Rounds alternate the order (a, b, then b, a, ...) so a slow spell of the machine or a cold page cache
does not always hit the same side. The table gives, for each round, both wall times and both CPU
times (user + system of the whole process tree: `resource.getrusage(RUSAGE_CHILDREN)` before and
after, which counts Dateline's worker process too), docs/s, and the two ratios (Dateline ÷ spaCy
docs/s by wall time, and spaCy CPU s ÷ Dateline CPU s), then their medians. CPU time is the fairer
figure on a shared machine: another job's load stretches wall time far more than CPU time. Nothing
limits threads on either side: both run as a user would start them.

Dateline keeps some start-up work in a file cache (``$DATELINE_CACHE``, default ``~/.cache/dateline``:
the gazetteer index, `dateline.startup`'s compiled patterns and models) that its first run on a
machine fills. Before the rounds, one untimed ``dateline ingest`` of two reports makes sure it is
filled, as it is for every run but a fresh installation's first; ``--cold`` gives each Dateline run
an empty cache folder instead (the first run's cost, the gazetteer's build included).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.resources import SPACY_MODELS
from throughput import make_corpus

console = Console(width=150)

#: The bare spaCy side, run with ``python -c``: argv is the folder, the batch size, then language=package.
SPACY_PROGRAM = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
import spacy

folder, batch_size, *models = sys.argv[1:]
nlps = {language: spacy.load(package) for language, package in (m.split("=") for m in models)}
loaded = time.perf_counter()
texts = {language: [] for language in nlps}
for path in sorted(Path(folder).glob("*.txt")):
    texts[path.stem.rsplit("_", 1)[1]].append(path.read_text(encoding="utf-8"))
docs = 0
for language, nlp in nlps.items():
    for _doc in nlp.pipe(texts[language], batch_size=int(batch_size)):
        docs += 1
done = time.perf_counter()
print(json.dumps({"docs": docs, "load": loaded - started, "pipe": done - loaded}))
"""


@dataclass
class Run:
    seconds: float  # wall time of the whole process
    cpu: float  # user + system seconds of the process and every process it waited for
    docs: int
    detail: str

    @property
    def rate(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def build_corpus(folder: Path, per_language: int, seed: int) -> int:
    """The first `per_language` reports of each language from `throughput.make_corpus`, into `folder`."""
    pool = folder.parent / "pool"
    make_corpus(pool, 3 * per_language, seed)
    chosen: list[Path] = []
    for language in SPACY_MODELS:
        files = sorted(pool.glob(f"*_{language}.txt"))[:per_language]
        if len(files) < per_language:
            raise SystemExit(f"only {len(files)} {language} reports in the pool; try another --seed")
        chosen += files
    folder.mkdir(parents=True)
    for path in chosen:
        path.rename(folder / path.name)
    shutil.rmtree(pool)
    console.print(
        f"reports: {len(chosen)} ({per_language} a language: {', '.join(SPACY_MODELS)}) in {folder}"
    )
    return len(chosen)


def dateline_command() -> list[str]:
    """This venv's ``dateline`` script, else the same entry point through this interpreter."""
    script = Path(sys.executable).with_name("dateline")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from dateline.cli.app import main; sys.exit(main())"]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall and CPU seconds of `command` (its whole process tree) and its standard output."""
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode:
        console.print(done.stdout, done.stderr, markup=False)
        raise SystemExit(f"exit status {done.returncode}: {' '.join(command)}")
    return seconds, children_cpu() - cpu, done.stdout


def run_dateline(
    corpus: Path, expected: int, batch_size: int, stories: bool, cold: bool, overlap: bool = True
) -> Run:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        command = [*dateline_command(), "ingest", str(corpus), "--db", str(db), "--workers", "1"]
        command += ["--batch-size", str(batch_size), "--stories" if stories else "--no-stories"]
        command += ["--overlap" if overlap else "--no-overlap"]
        env = {**os.environ, "DATELINE_CACHE": str(Path(folder) / "cache")} if cold else None
        seconds, cpu, _ = timed(command, env)
        with contextlib.closing(sqlite3.connect(db)) as connection:
            docs = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            failed = connection.execute("SELECT count(DISTINCT doc_id) FROM doc_errors").fetchone()[0]
    if docs != expected:
        raise SystemExit(f"dateline ingest stored {docs} documents, expected {expected}")
    return Run(seconds, cpu, docs, f"{failed} failed")


def fill_caches(corpus: Path) -> None:
    """One untimed ingest of two reports, which fills Dateline's start-up caches if they are empty."""
    with tempfile.TemporaryDirectory() as folder:
        few = Path(folder) / "few"
        few.mkdir()
        for path in sorted(corpus.glob("*.txt"))[:2]:
            shutil.copy(path, few / path.name)
        seconds, cpu, _ = timed(
            [*dateline_command(), "ingest", str(few), "--db", str(Path(folder) / "few.db"), "--workers", "1",
             "--no-stories"]
        )  # fmt: skip
    console.print(
        f"start-up caches filled if empty: ingest of 2 reports took {seconds:.1f} s ({cpu:.1f} s CPU)"
    )


def run_spacy(corpus: Path, expected: int, batch_size: int) -> Run:
    models = [f"{language}={package}" for language, package in SPACY_MODELS.items()]
    seconds, cpu, out = timed([sys.executable, "-c", SPACY_PROGRAM, str(corpus), str(batch_size), *models])
    inner = json.loads(out.strip().splitlines()[-1])
    if inner["docs"] != expected:
        raise SystemExit(f"nlp.pipe gave {inner['docs']} documents, expected {expected}")
    detail = f"import+load {inner['load']:.1f} s, pipe {inner['pipe']:.1f} s"
    return Run(seconds, cpu, inner["docs"], detail)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of (a) and (b)")
    parser.add_argument("--per-language", type=int, default=120, help="reports of each language")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stories", action="store_true", help="(a) also clusters the documents into stories")
    parser.add_argument("--cold", action="store_true", help="each Dateline run starts with empty caches")
    parser.add_argument(
        "--no-overlap", action="store_true", help="(a) runs every stage in the worker (ingest --no-overlap)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reports"
        expected = build_corpus(corpus, args.per_language, args.seed)
        if not args.cold:
            fill_caches(corpus)
        title = f"whole-process throughput, {expected} reports" + (
            " (ingest with stories)" if args.stories else ""
        )
        table = Table(title=title, header_style="bold")
        columns = ("round", "order", "Dateline s", "Dateline docs/s", "spaCy s", "spaCy docs/s", "wall ratio")
        columns += ("Dateline CPU s", "spaCy CPU s", "CPU ratio")
        for column in columns:
            table.add_column(column, justify="right")
        ratios: list[float] = []
        cpu_ratios: list[float] = []
        for number in range(1, args.rounds + 1):
            dateline_first = number % 2 == 1
            runs: dict[str, Run] = {}
            for side in ("dateline", "spacy") if dateline_first else ("spacy", "dateline"):
                if side == "dateline":
                    runs[side] = run_dateline(
                        corpus, expected, args.batch_size, args.stories, args.cold, not args.no_overlap
                    )
                else:
                    runs[side] = run_spacy(corpus, expected, args.batch_size)
                run = runs[side]
                console.print(
                    f"round {number} {side}: {run.seconds:.1f} s, {run.cpu:.1f} s CPU, {run.rate:.2f} docs/s"
                    f" ({run.detail})"
                )
            ours, bare = runs["dateline"], runs["spacy"]
            ratio = ours.rate / bare.rate
            ratios.append(ratio)
            cpu_ratios.append(bare.cpu / ours.cpu)
            table.add_row(
                str(number),
                "a, b" if dateline_first else "b, a",
                f"{ours.seconds:.1f}",
                f"{ours.rate:.2f}",
                f"{bare.seconds:.1f}",
                f"{bare.rate:.2f}",
                f"{ratio:.2f}×",
                f"{ours.cpu:.1f}",
                f"{bare.cpu:.1f}",
                f"{cpu_ratios[-1]:.2f}×",
            )
        console.print(table)
        console.print(
            f"median wall ratio (Dateline docs/s ÷ spaCy docs/s): [bold]{statistics.median(ratios):.2f}×[/]; "
            f"median CPU ratio (spaCy CPU s ÷ Dateline CPU s): [bold]{statistics.median(cpu_ratios):.2f}×[/]"
        )


if __name__ == "__main__":
    main()
