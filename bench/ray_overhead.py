"""What the Ray engine costs besides the pipeline: the driver's and Ray's CPU at a fixed rate.

    python bench/ray_overhead.py                       # 480 reports, 2 actors, 18 reports/s in all
    python bench/ray_overhead.py --docs 960 --rate 10 --workers 1

`bench/scale.py` runs the real pipeline, so on a machine that other jobs keep busy its rate, and the
driver's and Ray's per-second costs spread over it, move with the load. Here the actors run a replay
pipeline instead: each report gets, under its own id, one of the Documents the real pipeline made of
the corpus's first `--replay` reports (made once, in this process, and cached in a file), after
sleeping as long as a report takes at the rate asked for. The actors' sleep costs no CPU, so what
is measured, in CPU time by process (`bench/cputree.py`) over the steady phase (first write to the
end), is the rest: the driver (planning, Ray Data's executor and output iterator, decoding results,
the sink), the actors' own work around the pipeline (encoding results, Ray's threads in them) and
Ray's processes, at the rate two real workers reach on an idle 2-core machine (≈ 18 reports/s).
Their sum in cores is what the two workers cannot have of the machine's two.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cputree import CpuSampler
from dateline.engine import IngestOptions
from dateline.engine.synth import sample_paragraphs, synth_corpus, write_corpus
from dateline.model import Document, RawDocument
from dateline.pipeline import StageTimer
from dateline.sources import read_paths
from dateline.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
console = Console(width=120)


class Replay:
    """A pipeline that sleeps `seconds` a report and returns a recorded Document under the report's id.
    Defined in the script, so that Ray pickles it by value for the actors."""

    def __init__(self, path: str, seconds: float) -> None:
        self.docs = Path(path).read_text().splitlines()
        self.seconds = seconds
        self.timer = StageTimer()
        self.n = 0

    def pipe(self, items: Iterable[Document | RawDocument], batch_size: int = 16) -> Iterator[Document]:
        raws = list(items)
        time.sleep(self.seconds * len(raws))
        for raw in raws:
            assert isinstance(raw, RawDocument)
            doc = Document.from_json(self.docs[self.n % len(self.docs)])
            doc.id, doc.uri = raw.content_id(), raw.uri
            self.n += 1
            yield doc
        self.timer.add("replay", self.seconds * len(raws), len(raws))

    def memory_zone(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()


class ReplaySpec:
    def __init__(self, path: str, seconds: float) -> None:
        self.path, self.seconds = path, seconds

    def __call__(self) -> Replay:
        return Replay(self.path, self.seconds)


def recorded(corpus: Path, n: int, path: Path) -> Path:
    """The real pipeline's Documents of the corpus's first `n` reports, one JSON a line (made once)."""
    if not path.exists():
        from dateline.pipeline import Pipeline

        raws = [raw for _, raw in zip(range(n), read_paths([corpus]), strict=False)]
        docs = Pipeline.from_config().pipe(raws)
        path.write_text("".join(doc.to_json() + "\n" for doc in docs))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=480)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=18.0, help="reports a second, all actors together")
    parser.add_argument("--replay", type=int, default=64, help="reports the real pipeline runs once")
    parser.add_argument(
        "--scheduler", default="data", choices=["data", "actors"], help="how chunks reach the actors"
    )
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dateline-replay.jsonl")
    args = parser.parse_args()
    import ray

    from dateline.engine.ray import RayEngine

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        write_corpus(synth_corpus(args.docs, seed=11, samples=sample_paragraphs(EXAMPLES)), corpus)
        replay = recorded(corpus, args.replay, args.cache)
        spec = ReplaySpec(str(replay), args.workers / args.rate)
        options = IngestOptions(workers=args.workers, pipeline=spec)
        ray.init(include_dashboard=False, log_to_driver=False, object_store_memory=200 * 2**20)
        with Store.open(Path(folder) / "overhead.db") as store, CpuSampler() as sampler:
            first: list = []

            def progress(report: object) -> None:
                if not first:
                    first.append((sampler.totals(), getattr(report, "stored", 0)))

            report = RayEngine(options, scheduler=args.scheduler).run(
                read_paths([corpus]), store, progress=progress
            )
            end = sampler.totals()
    start, stored0 = first[0]
    steady = end.minus(start)
    docs = report.stored - stored0
    console.print(
        f"{report.stored} reports, {args.workers} actors, asked {args.rate:g}/s, "
        f"steady {docs / steady.at:.2f}/s over {steady.at:.1f} s"
    )
    table = Table(title="steady phase: CPU by process (driver: by thread)", header_style="bold")
    for column in ("process", "CPU s", "ms a report", "share of a core"):
        table.add_column(column, justify="right")
    rows = sorted(steady.processes.items(), key=lambda kv: -kv[1])
    rows += [(f"driver: {k}", v) for k, v in sorted(steady.threads.items(), key=lambda kv: -kv[1])]
    for name, seconds in rows:
        if seconds >= 0.005:
            table.add_row(
                name, f"{seconds:.2f}", f"{1000 * seconds / docs:.2f}", f"{100 * seconds / steady.at:.1f} %"
            )
    console.print(table)
    for part in ("driver", "workers", "ray"):
        seconds = steady.parts[part]
        console.print(
            f"{part}: {seconds:.2f} CPU s, {1000 * seconds / docs:.2f} ms a report, "
            f"{seconds / steady.at:.3f} of a core"
        )


if __name__ == "__main__":
    main()
