"""Train the sentence → PLOVER category classifier and write the packaged artifact with provenance.

Reads PLV and the PLOVER GSR from ``../shared/dev`` (labels mapped per ``../shared/dev/README.md``) and the
project's own fr/en examples (``src/dateline/data/event_examples.jsonl``), embeds them (cached on disk),
reports k-fold macro-F1 and writes ``src/dateline/data/classifier/events_<encoder>.{npz,json}``.

    python scripts/train_classifier.py --encoder use
    python scripts/train_classifier.py --encoder e5 --cv-only
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from dateline.eval.dev_loaders import TRAINING_SETS, LabelledSentence, dev_path, load_set
from dateline.stages.coder import classifier as clf
from dateline.stages.coder.encoders import ENCODERS, encode_cached

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "classifier"


def corpus() -> tuple[list[LabelledSentence], dict[str, dict[str, object]]]:
    """Training sentences and, per set, its file, row count and sha256."""
    rows: list[LabelledSentence] = []
    sources: dict[str, dict[str, object]] = {}
    for name in TRAINING_SETS:
        loaded = load_set(name)
        if not loaded:
            continue
        path = dev_path(name)
        sources[name] = {
            "file": path.name,
            "rows": len(loaded),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        rows += loaded
    return rows, sources


def cross_validate(vectors: np.ndarray, labels: list[str], encoder: str, c: float, folds: int) -> float:
    """Macro-F1 of the classifier alone over stratified folds."""
    predicted = np.empty(len(labels), dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=13)
    for train, test in splitter.split(vectors, labels):
        model = clf.fit(vectors[train], [labels[i] for i in train], encoder, c)
        predicted[test] = [model.classes[i] for i in model.proba(vectors[test]).argmax(axis=1)]
    return float(f1_score(labels, list(predicted), average="macro"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", choices=ENCODERS, default="use")
    parser.add_argument("--c", type=float, default=4.0, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cv-only", action="store_true", help="report the CV score, write nothing")
    args = parser.parse_args(argv)

    rows, sources = corpus()
    texts = [row.text for row in rows]
    labels = [clf.classifier_label(row.label) for row in rows]
    started = time.perf_counter()
    vectors = encode_cached(texts, args.encoder)
    print(f"{len(texts)} sentences embedded with {args.encoder} in {time.perf_counter() - started:.1f}s")
    score = cross_validate(vectors, labels, args.encoder, args.c, args.folds)
    print(f"{args.folds}-fold macro-F1 (classifier alone, all training sets): {score:.3f}")
    if args.cv_only:
        return 0
    model = clf.fit(vectors, labels, args.encoder, args.c)
    provenance = {
        "command": "python scripts/train_classifier.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "model": "sklearn LogisticRegression(class_weight='balanced', multinomial)",
        "c": args.c,
        "data": sources,
        "label_mapping": "GSR DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE skipped; "
        "CONCEDE/RETREAT→YIELD",
        "cv_macro_f1": round(score, 4),
        "cv_folds": args.folds,
    }
    trained = clf.EventClassifier(model.classes, model.weights, model.bias, args.encoder, provenance)
    clf.save(trained, f"events_{args.encoder}", OUT)
    print(
        f"wrote {OUT}/events_{args.encoder}.npz ({(OUT / f'events_{args.encoder}.npz').stat().st_size} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
