"""Story clustering at scale on synthetic reports: docs/s, peak memory and growth (a script, not a test).

    python bench/stories.py [--n 10000 100000 1000000] [--days 730] [--seed 7]

The sample corpus (``examples/corpus``) runs through the pipeline once and its clustering views
(actors, places, lead events, language, lead and body embeddings) are cached under
``~/.cache/dateline/bench``; the script then restarts itself so the pipeline's models do not count in
its memory. Embedding 1M real texts is out of reach here (≈ 200 docs/s), so the N reports are
synthetic, made in day order over `--days` days, 10,000 at a time (nothing is held but the index):

- stories of 1–20 reports over 1–5 days (a new story with probability 0.3 per report, else a report
  of a story still running), each on one real report: its actors, places, events and language;
- lead and body vectors (512-d, unit length) around the real report's embeddings: a story's centre is
  the real vector plus noise (two stories on one real report: cosine ≈ 0.37), a report is the centre
  plus noise (two reports of one story: cosine ≈ 0.8);
- rare-word terms: half of the real report's terms plus ten heavier words of the story's own, of which each
  report keeps about 70 % and adds three of its own (the opening's terms are the same bag); numbers: two
  of the story's own; the lead names the weekday the story began on.

Only `StoryIndex.add` is timed (CPU time of this process, and wall time). A line every 10,000
documents gives that slice's docs/s, comparisons per document, the stories in the index, and RSS, so
growth is visible; the summary gives the whole run's figures and the peak RSS (``VmHWM``);
``--quality`` adds pairwise P/R/F1 against the synthetic stories (it holds a count per document, so
leave it off when measuring memory).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from dateline.stories import features
from dateline.stories.cluster import StoryIndex
from dateline.stories.features import StoryDoc
from dateline.stories.similarity import PairModel

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "dateline" / "bench"
SLICE = 10_000
ORIGIN = date(2023, 1, 1)
#: Noise norms: story centre around the real report, report around its story (cosines ≈ 1 / (1 + s²)).
STORY_NOISE, REPORT_NOISE = 1.3, 0.5
NEW_STORY = 0.3


def bases_path() -> Path:
    """The cache file, named after the corpus and the code that makes the views."""
    inputs = [*sorted((ROOT / "examples" / "corpus").iterdir()), Path(features.__file__)]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in inputs)).hexdigest()[:10]
    return CACHE / f"stories-bases-{digest}.pkl"


def build_bases(path: Path) -> None:
    """Run the pipeline on the sample corpus and cache its clustering views."""
    from dateline import Pipeline
    from dateline.sources import read_paths
    from dateline.stories.features import story_docs

    print("caching the sample corpus's clustering views (once) ...", flush=True)
    pipeline = Pipeline.from_config()
    docs = [d for d in pipeline.pipe(read_paths([ROOT / "examples" / "corpus"])) if not d.failed]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(story_docs(docs, pipeline.resources.encoder("use"))))


@dataclass
class _Story:
    number: int
    base: StoryDoc
    lead: np.ndarray
    body: np.ndarray
    terms: dict[str, float]
    numbers: frozenset[str]
    last_day: int
    left: int
    weekday: int


def _noisy(vector: np.ndarray, scale: float, rng: np.random.Generator) -> np.ndarray:
    noise = rng.standard_normal(len(vector)).astype(np.float32)
    out = vector + scale * noise / np.linalg.norm(noise)
    return out / np.linalg.norm(out)


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
    return {k: w / norm for k, w in weights.items()}


def synthetic(
    bases: list[StoryDoc], n: int, days: int, rng: np.random.Generator
) -> Iterator[tuple[StoryDoc, int]]:
    """`n` synthetic reports in day order, each with the number of its synthetic story (module docstring)."""
    live: list[_Story] = []  # the stories still running, in the order they began
    made = 0
    per_day = n / days
    today = -1
    for k in range(n):
        day = int(k / per_day)
        if day != today:  # stories that ended yesterday stop (one that ran out of reports left at once)
            live, today = [s for s in live if s.last_day >= day], day
        if not live or rng.random() < NEW_STORY:
            base = bases[int(rng.integers(len(bases)))]
            half = {t: w for t, w in base.terms.items() if rng.random() < 0.5}
            own = {f"zz{k}x{i}": 0.4 for i in range(10)}
            made += 1
            live.append(
                _Story(
                    made,
                    base,
                    _noisy(base.vector, STORY_NOISE, rng),
                    _noisy(base.body_vector, STORY_NOISE, rng),
                    {**half, **own},
                    frozenset({f"{k}.{i}" for i in range(2)}),
                    day + int(rng.integers(0, 5)),
                    int(rng.integers(1, 21)),
                    day % 7,
                )
            )
        story = live[int(rng.integers(len(live)))]
        story.left -= 1
        if not story.left:
            live.remove(story)
        terms = {t: w for t, w in story.terms.items() if rng.random() < 0.7}
        terms.update({f"zy{k}x{i}": 0.15 for i in range(3)})
        when = ORIGIN + timedelta(days=day)
        bag = _unit(terms)
        yield (
            replace(
                story.base,
                doc_id=f"syn{k:07d}",
                day=when,
                earliest=when,
                latest=when,
                vector=_noisy(story.lead, REPORT_NOISE, rng),
                body=_noisy(story.body, REPORT_NOISE, rng),
                terms=bag,
                lead_terms=bag,
                weekdays=frozenset({story.weekday}),
                numbers=story.numbers,
            ),
            story.number,
        )


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory now (``VmHWM``: its peak), in MB."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":")) / 1024


def pairwise(counts: Counter[tuple[str, int]]) -> str:
    """Pairwise precision, recall and F1 of the clustering against the synthetic stories."""

    def pairs(sizes: Iterable[int]) -> int:
        return sum(c * (c - 1) // 2 for c in sizes)

    predicted: Counter[str] = Counter()
    gold: Counter[int] = Counter()
    for (story, number), c in counts.items():
        predicted[story] += c
        gold[number] += c
    tp = pairs(counts.values())
    p, r = tp / max(pairs(predicted.values()), 1), tp / max(pairs(gold.values()), 1)
    return f"pairwise P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-12):.3f}"


def run(bases: list[StoryDoc], n: int, days: int, seed: int, quality: bool) -> None:
    index = StoryIndex(PairModel.packaged())
    docs = synthetic(bases, n, days, np.random.default_rng(seed))
    print(f"\n{n} documents over {days} days ({n / days:.0f}/day), RSS {rss_mb():.0f} MB before", flush=True)
    print(f"{'after':>9} {'docs/s cpu':>10} {'docs/s wall':>11} {'cmp/doc':>8} {'stories':>8} {'RSS MB':>7}")
    cpu = wall = 0.0
    done = 0
    counts: Counter[tuple[str, int]] = Counter()
    while done < n:
        batch = [next(docs) for _ in range(min(SLICE, n - done))]
        compared = index.comparisons
        c0, w0 = time.process_time(), time.perf_counter()
        placed = [index.add(doc).story_id for doc, _ in batch]
        c1, w1 = time.process_time() - c0, time.perf_counter() - w0
        cpu, wall, done = cpu + c1, wall + w1, done + len(batch)
        if quality:
            counts.update(zip(placed, (number for _, number in batch), strict=True))
        print(
            f"{done:>9} {len(batch) / c1:>10.0f} {len(batch) / w1:>11.0f}"
            f" {(index.comparisons - compared) / len(batch):>8.1f} {len(index.stories):>8}"
            f" {rss_mb():>7.0f}",
            flush=True,
        )
    peak = rss_mb("VmHWM")
    print(
        f"{n} documents: clustering {cpu:.1f} s CPU ({n / cpu:.0f} docs/s), {wall:.1f} s wall"
        f" ({n / wall:.0f} docs/s), {index.comparisons / n:.1f} comparisons/doc,"
        f" {getattr(index, 'evicted', 0) + len(index.stories)} stories, peak RSS {peak:.0f} MB",
        flush=True,
    )
    if quality:
        print(pairwise(counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000])
    parser.add_argument("--days", type=int, default=730, help="days the reports are spread over")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--quality", action="store_true", help="score against the synthetic stories (memory!)"
    )
    args = parser.parse_args()
    path = bases_path()
    if not path.exists():
        build_bases(path)
        os.execv(sys.executable, [sys.executable, *sys.argv])  # start again without the pipeline's models
    bases = pickle.loads(path.read_bytes())
    print(f"{len(bases)} real reports as bases ({path})")
    with threadpool_limits(limits=1):  # as `update_stories` clusters
        for n in args.n:
            run(bases, n, args.days, args.seed, args.quality)


if __name__ == "__main__":
    main()
