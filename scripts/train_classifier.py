"""Train the trigger → PLOVER category classifier and write the packaged artifact with provenance.

Reads PLV and the PLOVER GSR from ``../shared/dev`` (labels mapped per ``../shared/dev/README.md``) and the
project's own fr/en examples (``src/dateline/data/event_examples.jsonl``), parses them (spaCy, per
language), takes each sentence's main trigger (`dateline.stages.events.features`), embeds sentence and
trigger window (cached on disk), reports stratified k-fold macro-F1 and writes
``src/dateline/data/classifier/events_<encoder>.{npz,json}``.

    python scripts/train_classifier.py --encoder use
    python scripts/train_classifier.py --encoder e5 --cv-only
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from dateline.eval.dev_loaders import TRAINING_SETS, LabelledSentence, dev_path, load_set
from dateline.eval.events_dev import parse
from dateline.stages.events import classifier as clf
from dateline.stages.events.encoders import ENCODERS, encode_cached
from dateline.stages.events.features import Observation

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


def cross_validate(
    embedded: np.ndarray, observations: list[Observation], labels: list[str], c: float, folds: int
) -> float:
    """Macro-F1 of the classifier (NONE excluded from the argmax unless gold) over stratified folds."""
    predicted = np.empty(len(labels), dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=13)
    for train, test in splitter.split(embedded, labels):
        train_obs = [observations[i] for i in train]
        names = clf.vocabulary(train_obs)
        rows = clf.design(embedded[train], train_obs, names)
        model = clf.fit(rows, [labels[i] for i in train], "", names, c)
        probs = model.proba(clf.design(embedded[test], [observations[i] for i in test], names))
        predicted[test] = [model.classes[i] for i in probs.argmax(axis=1)]
    return float(f1_score(labels, list(predicted), average="macro"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", choices=ENCODERS, default="use")
    parser.add_argument("--c", type=float, default=4.0, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cv-only", action="store_true", help="report the CV score, write nothing")
    args = parser.parse_args(argv)

    rows, sources = corpus()
    labels = [clf.classifier_label(row.label) for row in rows]
    started = time.perf_counter()
    observations = [p.observation() for p in parse(rows)]
    print(f"{len(rows)} sentences parsed in {time.perf_counter() - started:.1f}s")
    started = time.perf_counter()
    embedded = clf.embed_observations(observations, functools.partial(encode_cached, encoder=args.encoder))
    print(f"sentences and windows embedded with {args.encoder} in {time.perf_counter() - started:.1f}s")
    score = cross_validate(embedded, observations, labels, args.c, args.folds)
    print(f"{args.folds}-fold macro-F1 (classifier, all training sets, incl. NONE): {score:.3f}")
    if args.cv_only:
        return 0
    names = clf.vocabulary(observations)
    model = clf.fit(clf.design(embedded, observations, names), labels, args.encoder, names, args.c)
    provenance = {
        "command": "python scripts/train_classifier.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "model": "sklearn LogisticRegression(class_weight='balanced', multinomial) on [sentence embedding, "
        "trigger-window embedding, named features of dateline.stages.events.features]",
        "c": args.c,
        "data": sources,
        "label_mapping": "GSR DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE skipped; "
        "CONCEDE/RETREAT→YIELD",
        "named_features": len(names),
        "cv_macro_f1": round(score, 4),
        "cv_folds": args.folds,
    }
    trained = clf.EventClassifier(model.classes, model.weights, model.bias, args.encoder, names, provenance)
    clf.save(trained, f"events_{args.encoder}", OUT)
    size = (OUT / f"events_{args.encoder}.npz").stat().st_size
    print(f"wrote {OUT}/events_{args.encoder}.npz ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
