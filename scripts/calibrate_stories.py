"""Calibrate the same-story pair model on the project's own labelled corpus and the judged dev pairs.

    python scripts/calibrate_stories.py [--c 10] [--features lead_cosine,terms,...]

Training pairs: every document pair of ``examples/gold/corpus.jsonl`` (same ``story`` or not) and, when
``../shared`` is present, the judged en/fr pairs of ``dev/semeval`` (same story iff ``Overall`` ≤ 1.5),
both run through the real pipeline (the dev articles through the cached store of `dateline eval stories
--dev`), the own pairs reweighted to weigh as much together as the judged pairs (325 pairs of 26 reports
would otherwise outweigh 130 pairs of real news). Fits a class-balanced logistic regression over the
chosen pair features (any of `dateline.stories.similarity.FEATURES`; default
`dateline.stories.fit.DEFAULT_FEATURES`), picks the link threshold that maximises the pairs' F1, and
writes ``src/dateline/data/stories/calibration.json`` with the weights and their provenance. The seeds
and the cross-lingual set are not used: they stay held-out checks (`dateline eval stories`); the dev
figures are cross-validated by `--dev`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from dateline.eval.common import shared_dir
from dateline.eval.stories import cluster, gold_stories, score_clusters
from dateline.eval.stories_dev import DEV_CSV, default_store_path, ingest_articles, load_pairs
from dateline.resources import Resources
from dateline.stories.features import story_docs
from dateline.stories.fit import DEFAULT_FEATURES, THRESHOLDS, LabelledPair, as_heavy_as, fit_model
from dateline.stories.similarity import CALIBRATION_FILE, PairModel

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "stories" / CALIBRATION_FILE
GOLD = ROOT / "examples" / "gold" / "corpus.jsonl"


def dev_pairs() -> list[LabelledPair]:
    shared = shared_dir()
    if shared is None or not shared.joinpath(*DEV_CSV).is_file():
        return []
    dev = load_pairs(shared.joinpath(*DEV_CSV))
    docs = ingest_articles(dev.texts, default_store_path())
    ids = sorted(docs)
    views = dict(zip(ids, story_docs([docs[i] for i in ids], Resources.shared().encoder("use")), strict=True))
    return [
        LabelledPair(views[p.a], views[p.b], p.same_story) for p in dev.pairs if p.a in views and p.b in views
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=10.0, help="inverse L2 regularisation strength")
    parser.add_argument(
        "--features", default=",".join(DEFAULT_FEATURES), help="pair features, comma-separated"
    )
    args = parser.parse_args()
    features = tuple(args.features.split(","))

    own = gold_stories(GOLD, ROOT / "examples" / "corpus")
    own_pairs, judged = own.pairs(), dev_pairs()
    own_weighted = as_heavy_as(own_pairs, len(judged)) if judged else own_pairs
    fitted = fit_model(own_weighted + judged, args.c, features)
    in_sample = score_clusters(cluster(own.views, fitted), own.gold).pairwise.f1
    provenance = {
        "command": "python scripts/calibrate_stories.py",
        "gold": str(GOLD.relative_to(ROOT)),
        "gold_sha256": hashlib.sha256(GOLD.read_bytes()).hexdigest(),
        "own_pairs": len(own_pairs),
        "own_positive_pairs": sum(p.same for p in own_pairs),
        "dev_pairs": len(judged),
        "dev_positive_pairs": sum(p.same for p in judged),
        "own_pairs_weigh_as_many_as_dev_pairs": bool(judged),
        "threshold_grid": list(THRESHOLDS),
        "C": args.c,
        "own_pairwise_f1_in_sample": round(in_sample, 4),
    }
    model = PairModel(
        features,
        fitted.weights,
        fitted.bias,
        fitted.threshold,
        min_cosine=fitted.min_cosine,
        provenance=provenance,
    )
    OUT.write_text(json.dumps(model.to_json(), indent=2) + "\n")
    print(
        json.dumps(
            {
                "weights": dict(zip(features, model.weights, strict=True)),
                "bias": model.bias,
                "threshold": model.threshold,
                **provenance,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
