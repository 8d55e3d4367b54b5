"""Calibrate event confidence on the full pipeline's events over the raw English dev sentences.

    python scripts/calibrate_events.py [--encoder use] [--c 1.0]

Runs every stage on each raw sentence of plv, plover_gsr and petrarch2 as `dateline eval events --dev
all --end-to-end` does (a training set cross-validated: each fold coded by an events classifier
retrained without it, so confidence is calibrated on sentences the classifier never saw) with the
calibration switched off, takes every
counted event of a sentence with a gold label, marks it correct when its type `label_matches` the
label, and fits a logistic regression on the coder's calibration features
(`dateline.stages.events.calibration.FEATURES`). Five-fold cross-validation, grouped by sentence,
gives the reliability table and the expected calibration error before (raw confidence) and after
(out-of-fold calibrated probability). Writes ``src/dateline/data/events/calibration.json`` with the
weights fitted on every event and their provenance. Needs ``../shared/dev``; its text stays there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from dateline.eval.calibration import Bin, ece, markdown, reliability
from dateline.eval.dev_loaders import dev_path, label_matches, load_set
from dateline.eval.events import counted
from dateline.pipeline import Pipeline
from dateline.stages.events.calibration import CALIBRATION_FILE, FEATURES, Calibration
from dateline.stages.events.stage import Events

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "events" / CALIBRATION_FILE
SETS = ("plv", "plover_gsr", "petrarch2")
FOLDS = 5


def collect(
    encoder: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """(features, correct, raw confidence, sentence group, top-event flag) of every counted event of
    a labelled sentence, and the rows per set."""
    from dateline.eval.dev_loaders import TRAINING_SETS
    from dateline.eval.events_dev import cross_validated_documents, pipeline_documents, top_event

    pipe = Pipeline.from_config({"events": {"encoder": encoder}})
    stage = next(s for s in pipe.stages if isinstance(s, Events))
    stage.coder.calibration = None  # raw confidence
    stage.coder.features = {}
    x, y, raw, groups, top = [], [], [], [], []
    sizes: dict[str, int] = {}
    for name in SETS:
        rows = [r for r in load_set(name) if r.label]
        sizes[name] = len(rows)
        docs = (
            cross_validated_documents(name, rows, encoder, FOLDS, pipe)
            if name in TRAINING_SETS
            else pipeline_documents(rows, encoder, pipe)
        )
        for row, doc in zip(rows, docs, strict=True):
            best = top_event(doc)
            for event in counted(doc.events):
                values = stage.coder.features[event.id]
                x.append([values[f] for f in FEATURES])
                y.append(label_matches(event.type, row.label))
                raw.append(event.confidence)
                groups.append(f"{name}/{row.id}")
                top.append(event is best)
        print(f"{name}: {sizes[name]} sentences, {len(y)} events so far", flush=True)
    return np.array(x), np.array(y), np.array(raw), np.array(groups), np.array(top), sizes


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=1000).fit(x, y)


def summary(bins: list[Bin]) -> list[dict[str, float]]:
    return [
        {
            "low": b.low,
            "high": b.high,
            "n": b.count,
            "confidence": round(b.confidence, 4),
            "accuracy": round(b.accuracy, 4),
        }
        for b in bins
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation strength")
    args = parser.parse_args()

    x, y, raw, groups, top, sizes = collect(args.encoder)
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        oof[test] = fit(x[train], y[train], args.c).predict_proba(x[test])[:, 1]
    oof = np.round(oof, 3)
    before, after = reliability(raw.tolist(), y.tolist()), reliability(oof.tolist(), y.tolist())
    top_before = reliability(raw[top].tolist(), y[top].tolist())
    top_after = reliability(oof[top].tolist(), y[top].tolist())

    model = fit(x, y, args.c)
    provenance = {
        "command": f"python scripts/calibrate_events.py --encoder {args.encoder} --c {args.c}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "encoder": args.encoder,
        "sets": {
            name: {
                "sentences": sizes[name],
                "sha256": hashlib.sha256(dev_path(name).read_bytes()).hexdigest(),
            }
            for name in SETS
        },
        "events": len(y),
        "correct": int(y.sum()),
        "C": args.c,
        "folds": FOLDS,
        "ece_raw": round(ece(before), 4),
        "ece_calibrated_cross_validated": round(ece(after), 4),
        "top_event_ece_raw": round(ece(top_before), 4),
        "top_event_ece_calibrated_cross_validated": round(ece(top_after), 4),
        "reliability_raw": summary(before),
        "reliability_calibrated_cross_validated": summary(after),
    }
    calibration = Calibration(
        FEATURES,
        tuple(round(float(w), 6) for w in model.coef_[0]),
        round(float(model.intercept_[0]), 6),
        provenance,
    )
    OUT.write_text(json.dumps(calibration.to_json(), indent=2) + "\n")
    print(
        json.dumps(
            dict(zip(FEATURES, calibration.weights, strict=True)) | {"intercept": calibration.intercept},
            indent=2,
        )
    )
    print(f"\n{len(y)} counted events, {int(y.sum())} correct ({y.mean():.3f})")
    print(f"\nAll events, raw: ECE {ece(before):.3f}\n{markdown(before)}")
    print(f"\nAll events, calibrated ({FOLDS}-fold, by sentence): ECE {ece(after):.3f}\n{markdown(after)}")
    print(
        f"\nTop events, raw: ECE {ece(top_before):.3f}; calibrated ({FOLDS}-fold): ECE {ece(top_after):.3f}"
    )
    print(f"\nwrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
