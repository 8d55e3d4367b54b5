"""How the event category classifier transfers across training sets: trained on some, tested on another.

Each set's sentences are parsed and reduced to their main trigger's observation (as in
`scripts/train_classifier.py`), embedded with the cached encoder, and the classifier (`classifier.fit`) is
trained on the training sets and scored on the held-out one (macro-F1 over its labels, NONE rows and the
NONE class left out of the argmax), for each inverse L2 strength C. The own examples are their English rows.

    python scripts/classifier_transfer.py
    python scripts/classifier_transfer.py --c 1 4
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

import numpy as np
from sklearn.metrics import f1_score

from dateline.eval.dev_loaders import load_set
from dateline.eval.events_dev import parse
from dateline.stages.events import classifier as clf
from dateline.stages.events.encoders import encode_cached

#: (training sets, tested set) pairs.
PAIRS = (
    (("plv", "examples"), "plover_gsr"),
    (("plover_gsr", "examples"), "plv"),
    (("plv", "plover_gsr"), "examples"),
    (("plv",), "plover_gsr"),
)


def prepared(encoder: str) -> dict[str, tuple[np.ndarray, list[Any], list[str]]]:
    """Per set: embedded observations, observations and classifier labels."""
    embed = functools.partial(encode_cached, encoder=encoder)
    out = {}
    for name in ("plv", "plover_gsr", "examples"):
        rows = load_set(name)
        if name == "examples":
            rows = [r for r in rows if r.language == "en"]
        observations = [p.observation() for p in parse(rows)]
        out[name] = (
            clf.embed_observations(observations, embed),
            observations,
            [clf.classifier_label(r.label) for r in rows],
        )
    return out


def transfer(
    sets: dict[str, tuple[np.ndarray, list[Any], list[str]]], train: tuple[str, ...], test: str, c: float
) -> float:
    """Macro-F1 on `test` of the classifier trained on `train` with inverse L2 strength `c`."""
    x = np.vstack([sets[n][0] for n in train])
    observations = [o for n in train for o in sets[n][1]]
    labels = [y for n in train for y in sets[n][2]]
    names = clf.vocabulary(observations)
    model = clf.fit(clf.design(x, observations, names), labels, "", names, c)
    test_x, test_obs, gold = sets[test]
    probs = model.proba(clf.design(test_x, test_obs, names))
    classes = list(model.classes)
    if "NONE" in classes:
        probs[:, classes.index("NONE")] = -1.0
    keep = [i for i, label in enumerate(gold) if label != "NONE"]
    predicted = [classes[int(probs[i].argmax())] for i in keep]
    expected = [gold[i] for i in keep]
    return float(f1_score(expected, predicted, average="macro", labels=sorted(set(expected))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--c", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0, 4.0, 8.0])
    args = parser.parse_args(argv)
    sets = prepared(args.encoder)
    header = " | ".join(f"{'+'.join(train)} -> {test}" for train, test in PAIRS)
    print(f"C | {header}")
    for c in args.c:
        scores = " | ".join(f"{transfer(sets, train, test, c):.3f}" for train, test in PAIRS)
        print(f"{c:g} | {scores}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
