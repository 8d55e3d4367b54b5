"""Calibrate the same-story pair model on the project's own labelled corpus and the judged dev pairs.

    python scripts/calibrate_stories.py [--c 10] [--features lead_cosine,terms,...]

Training pairs: every document pair of the own labelled sets (`dateline.eval.stories.OWN_SETS`:
``examples/gold/corpus.jsonl``, same ``story`` or not) and, when ``../shared`` is present, the judged en/fr
pairs of ``dev/semeval`` (same story iff ``Overall`` ≤ 1.5), both run through the real pipeline (the dev
articles through the cached store of `dateline eval stories --dev`). The own pairs weigh together as much
as the judged pairs, or 2, 4, 8, 16 times as much, the lightest that keeps every own set clustered at
pairwise F1 ≥ 0.95 (`dateline.stories.fit.fit_constrained`: their hard negatives bind the fit). Fits a
class-balanced logistic regression over the chosen pair features (any of
`dateline.stories.similarity.FEATURES`; default `dateline.stories.fit.DEFAULT_FEATURES`), picks the link
threshold that maximises the pairs' F1, and writes ``src/dateline/data/stories/calibration.json`` with
the weights and their provenance (the packaged file is this script's output at the ninth pass, kept since:
later refits lose held-out pairs; `docs/stories.md`, *Calibration*). The seeds,
the cross-lingual set and the held-out story sets are not used: they stay checks (`dateline eval
stories`); the dev figures are cross-validated by `--dev` with the same fit in every fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from dateline.eval.common import shared_dir
from dateline.eval.stories import OWN_SETS, own_sets
from dateline.eval.stories_dev import DEV_CSV, default_store_path, ingest_articles, load_pairs
from dateline.resources import Resources
from dateline.stories.features import story_docs
from dateline.stories.fit import DEFAULT_FEATURES, THRESHOLDS, LabelledPair, fit_constrained
from dateline.stories.similarity import CALIBRATION_FILE, PairModel

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "stories" / CALIBRATION_FILE
EXAMPLES = ROOT / "examples"


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

    own, judged = own_sets(EXAMPLES), dev_pairs()
    fitted, own_weight = fit_constrained(judged, own, args.c, features)
    own_pairs = [p for s in own for p in s.pairs()]
    golds = [EXAMPLES / gold for gold, _ in OWN_SETS]
    provenance = {
        "command": "python scripts/calibrate_stories.py"
        + (f" --features {args.features}" if features != DEFAULT_FEATURES else ""),
        "gold": [str(g.relative_to(ROOT)) for g in golds],
        "gold_sha256": [hashlib.sha256(g.read_bytes()).hexdigest() for g in golds],
        "own_pairs": len(own_pairs),
        "own_positive_pairs": sum(p.same for p in own_pairs),
        "dev_pairs": len(judged),
        "dev_positive_pairs": sum(p.same for p in judged),
        "own_pairs_weigh_times_the_dev_pairs": own_weight if judged else None,
        "threshold_grid": list(THRESHOLDS),
        "C": args.c,
        "own_pairwise_f1_in_sample": [round(s.pairwise_f1(fitted), 4) for s in own],
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
