"""CPU seconds of the ``events`` stage (or another, ``--stage``) alone, over analysed reports, and a
digest of what it wrote.

    python bench/events_cpu.py                         # sample corpus + every evalsets/corpus set, 3 rounds
    python bench/events_cpu.py --rounds 5 --dump out.txt   # also write each report's events (to diff)
    python bench/events_cpu.py --profile events.prof   # one round under cProfile (then: python -m pstats)
    python bench/events_cpu.py PATH ...                # other reports (files or folders)
    python bench/events_cpu.py --synthetic 120         # bench/ingest_process.py's reports (120 a language)
    python bench/events_cpu.py --stage times           # another stage after the analysis: times, places…

Runs every stage before ``events`` once over the reports, in chunks of ``--batch-size`` as a worker
does (the sentence encoder's batches then match ingest's), then the ``events`` stage alone over the
same chunks ``--rounds`` times, timing each round in CPU seconds (``time.process_time``: another
job's load stretches it little). Each round rewrites every report's events; the digest of their
``repr`` (and ``--dump``'s per-report lines) must be the same on two branches whose coder is meant
to code the same events. With ``--stage`` the named stage is timed instead (the stages before it run
once) and the digest covers every field of the reports (give the reports as a folder: a temporary
one's name is in the reports' ids). ``--no-encoder`` times the coder without the sentence encoder's
network (the same lexicon-only coder ``encoder = "none"`` builds; its digest differs from the
default's).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from dateline.config import Config, build
from dateline.model import Document
from dateline.pipeline import Pipeline, run_stage
from dateline.sources import read_paths
from ingest_process import build_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "examples" / "corpus", *sorted((ROOT / "evalsets" / "corpus").iterdir())]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--profile", type=Path, help="profile one more round with cProfile, write it here")
    parser.add_argument("--top", type=int, default=50, help="entries of the profile to print")
    parser.add_argument("--dump", type=Path, help="write each report's id and events' repr here")
    parser.add_argument("--synthetic", type=int, help="ingest_process's reports, this many a language")
    parser.add_argument("--no-encoder", action="store_true", help="the lexicon-only coder")
    parser.add_argument("--stage", default="events", help="the stage to time (default: events)")
    args = parser.parse_args()

    config = build([{"events": {"encoder": "none"}}]) if args.no_encoder else Config()
    pipeline = Pipeline.from_config(config)
    cut = pipeline.names.index(args.stage)
    before, events = pipeline.stages[:cut], pipeline.stages[cut]
    with tempfile.TemporaryDirectory() as folder:
        paths = args.paths
        if args.synthetic:
            paths = [Path(folder) / "reports"]
            build_corpus(paths[0], args.synthetic, 0)
        docs = [Document.from_raw(raw) for raw in read_paths([str(p) for p in paths])]
    chunks = [docs[n : n + args.batch_size] for n in range(0, len(docs), args.batch_size)]
    started = time.process_time()
    for chunk in chunks:
        for stage in before:
            run_stage(stage, [d for d in chunk if not d.failed])
    print(f"{len(docs)} reports analysed in {time.process_time() - started:.1f} CPU s")
    if hasattr(events, "warm_up"):
        events.warm_up()
    run_stage(events, [d for d in chunks[0] if not d.failed])  # first-use loads (word lists, encoder)

    seconds = []
    digests = set()
    for _ in range(args.rounds):
        started = time.process_time()
        for chunk in chunks:
            run_stage(events, [d for d in chunk if not d.failed])
        seconds.append(time.process_time() - started)
        digests.add(digest(docs, args.stage))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for chunk in chunks:
            run_stage(events, [d for d in chunk if not d.failed])
        profiler.disable()
        profiler.dump_stats(args.profile)
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(args.top)
    rounds = " ".join(f"{s:.2f}" for s in seconds)
    median = statistics.median(seconds)
    print(f"{args.stage}: {rounds} CPU s per round; median {median:.2f} s for {len(docs)} reports")
    events_count = sum(len(d.events) for d in docs)
    print(f"{events_count} events, {sum(bool(d.errors) for d in docs)} reports with errors")
    print("digest:", " ".join(sorted(digests)), "(one digest: every round wrote the same)")
    if args.dump:
        lines = [_line(d, args.stage) for d in docs]
        args.dump.write_text("".join(lines), encoding="utf-8")


def _line(doc: Document, stage: str) -> str:
    """A report's events (for ``events``), else the whole report as JSON, and the stages that failed."""
    written = repr(doc.events) if stage == "events" else doc.model_dump_json()
    return f"{doc.id}\t{written}\t{[e.stage for e in doc.errors]!r}\n"


def digest(docs: list[Document], stage: str = "events") -> str:
    h = hashlib.sha256()
    for doc in docs:
        h.update(_line(doc, stage).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


if __name__ == "__main__":
    main()
