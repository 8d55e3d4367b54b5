"""Calibrate the same-story pair model on the project's own labelled corpus.

    python scripts/calibrate_stories.py [--gold examples/gold/corpus.jsonl] [--corpus examples/corpus]

Runs the full pipeline on the corpus, builds every document pair's features
(`dateline.stories.similarity.FEATURES`) with its gold label (same ``story`` or not),
fits a class-balanced logistic regression, and picks the link threshold that maximises
the clustering's pairwise F1, checked by leave-one-story-out cross-validation. Writes
``src/dateline/data/stories/calibration.json`` with the weights and their provenance.
The seeds (``../shared``) are NOT used: they stay a held-out check (`dateline eval stories`).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from dateline.eval.common import load_gold
from dateline.eval.runner import run_gold_corpus
from dateline.eval.stories import cluster, score_clusters
from dateline.resources import Resources
from dateline.stories.features import StoryDoc, story_docs
from dateline.stories.similarity import CALIBRATION_FILE, FEATURES, PairModel, pair_features

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "stories" / CALIBRATION_FILE
#: The cosine floor sits this far under the least similar same-story pair of the calibration set.
COSINE_MARGIN = 0.05
THRESHOLDS = [round(x, 2) for x in np.arange(0.30, 0.91, 0.05)]


def fit(views: list[StoryDoc], gold: dict[str, str], c: float = 1.0) -> tuple[np.ndarray, float]:
    pairs = list(itertools.combinations(views, 2))
    x = np.array([pair_features(a, b) for a, b in pairs])
    y = np.array([gold[a.doc_id] == gold[b.doc_id] for a, b in pairs])
    model = LogisticRegression(class_weight="balanced", C=c, max_iter=1000).fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def pairwise_f1(views: list[StoryDoc], gold: dict[str, str], model: PairModel) -> float:
    return score_clusters(cluster(views, model), gold).pairwise.f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "examples" / "gold" / "corpus.jsonl")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 regularisation strength")
    args = parser.parse_args()

    gold_docs = {g.doc: g for g in load_gold(args.gold)}
    named = run_gold_corpus(gold_docs, args.corpus)
    docs = [d for _, d in named if not d.failed]
    gold = {d.id: str(gold_docs[name].data.get("story") or name) for name, d in named}
    views = story_docs(docs, Resources.shared().encoder("use"))

    weights, bias = fit(views, gold, args.c)
    positives = [
        float(a.vector @ b.vector)
        for a, b in itertools.combinations(views, 2)
        if gold[a.doc_id] == gold[b.doc_id]
    ]
    floor = round(min(positives) - COSINE_MARGIN, 3)

    def model_for(w: Sequence[float], b: float, threshold: float) -> PairModel:
        return PairModel(tuple(float(x) for x in w), b, threshold, min_cosine=floor)

    best = max(THRESHOLDS, key=lambda th: pairwise_f1(views, gold, model_for(weights, bias, th)))

    # Leave-one-story-out: refit without a story's documents, cluster everything with that model.
    stories = sorted({gold[v.doc_id] for v in views})
    held_out = []
    for story in stories:
        train = [v for v in views if gold[v.doc_id] != story]
        w, b = fit(train, gold, args.c)
        held_out.append(pairwise_f1(views, gold, model_for(w, b, best)))
    model = model_for(weights, bias, best)
    in_sample = pairwise_f1(views, gold, model)
    provenance = {
        "command": "python scripts/calibrate_stories.py",
        "gold": str(args.gold.relative_to(ROOT)) if args.gold.is_relative_to(ROOT) else str(args.gold),
        "gold_sha256": hashlib.sha256(args.gold.read_bytes()).hexdigest(),
        "documents": len(views),
        "stories": len(stories),
        "pairs": len(views) * (len(views) - 1) // 2,
        "positive_pairs": sum(gold[a.doc_id] == gold[b.doc_id] for a, b in itertools.combinations(views, 2)),
        "threshold_grid": THRESHOLDS,
        "C": args.c,
        "pairwise_f1_in_sample": round(in_sample, 4),
        "pairwise_f1_leave_one_story_out_mean": round(float(np.mean(held_out)), 4),
    }
    model = PairModel(model.weights, bias, best, min_cosine=floor, provenance=provenance)
    OUT.write_text(json.dumps(model.to_json(), indent=2) + "\n")
    print(json.dumps({"features": FEATURES, "weights": model.weights, "bias": bias, **provenance}, indent=2))


if __name__ == "__main__":
    main()
