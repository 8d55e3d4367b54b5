"""Throughput of story clustering on synthetic variations of the sample corpus (a script, not a test).

    python bench/stories.py [--n 10000] [--seed 7]

Runs the pipeline once on ``examples/corpus``, then makes N synthetic reports from it:
each takes a real report's title and lead with its sentences shuffled and numbers
changed, a publication day spread over two years, and the report's actors and places.
It times (a) embedding the N leads and (b) incremental clustering with blocking, and
prints docs/s and the number of pair comparisons per document (flat = near-linear).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from dateline import Pipeline
from dateline.sources import read_paths
from dateline.stories.cluster import StoryIndex
from dateline.stories.features import lead_text, story_docs
from dateline.stories.similarity import PairModel

ROOT = Path(__file__).resolve().parents[1]


def vary(text: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    rng.shuffle(sentences)
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), " ".join(sentences))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    pipeline = Pipeline.from_config()
    embed = pipeline.resources.encoder("use")
    docs = [d for d in pipeline.pipe(read_paths([ROOT / "examples" / "corpus"])) if not d.failed]
    bases = story_docs(docs, embed)
    leads = [lead_text(d) for d in docs]
    picks = [rng.randrange(len(docs)) for _ in range(args.n)]

    started = time.perf_counter()
    vectors = embed([vary(leads[i], rng) for i in picks])
    embed_s = time.perf_counter() - started

    origin = date(2023, 1, 1)
    days = [origin + timedelta(days=rng.randrange(730)) for _ in picks]
    synthetic = [
        replace(
            bases[i],
            doc_id=f"syn{k:06d}",
            day=days[k],
            earliest=days[k],
            latest=days[k],
            vector=vectors[k],
            body=vectors[k],
        )
        for k, i in enumerate(picks)
    ]
    index = StoryIndex(PairModel.packaged())
    started = time.perf_counter()
    for k, doc in enumerate(synthetic, start=1):
        index.add(doc)
        if k in (args.n // 10, args.n):
            print(f"  after {k:>6} docs: {index.comparisons / k:.1f} comparisons/doc")
    cluster_s = time.perf_counter() - started

    print(f"documents            {args.n}")
    print(f"embedding            {embed_s:.1f} s  ({args.n / embed_s:.0f} docs/s)")
    print(f"clustering           {cluster_s:.1f} s  ({args.n / cluster_s:.0f} docs/s)")
    print(f"end to end           {args.n / (embed_s + cluster_s):.0f} docs/s")
    print(f"stories              {len(index.stories)}")


if __name__ == "__main__":
    main()
