"""Fitting the same-story pair model: class-balanced logistic regression, a link threshold, and
grouped folds so that no document sits in both the training and the test side of a split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from dateline.stories.features import StoryDoc
from dateline.stories.similarity import PairModel, pair_features

THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.30, 0.91, 0.05))
#: The cosine floor sits this far under the least similar same-story pair of the training data.
COSINE_MARGIN = 0.05


@dataclass(frozen=True)
class LabelledPair:
    a: StoryDoc
    b: StoryDoc
    same: bool
    #: How much the pair counts in the fit (pairs of a large, easy set can count less).
    weight: float = 1.0


def features_of(pairs: Sequence[LabelledPair]) -> np.ndarray:
    return np.array([pair_features(p.a, p.b) for p in pairs]).reshape(len(pairs), -1)


def fit_model(pairs: Sequence[LabelledPair], c: float, window_days: int = 7) -> PairModel:
    """Weights by class-balanced logistic regression over `pairs`; the threshold that maximises the
    pairs' F1; a cosine floor under every same-story pair."""
    x = features_of(pairs)
    y = np.array([p.same for p in pairs])
    regression = LogisticRegression(class_weight="balanced", C=c, max_iter=2000)
    regression.fit(x, y, sample_weight=np.array([p.weight for p in pairs]))
    weights = tuple(float(w) for w in regression.coef_[0])
    bias = float(regression.intercept_[0])
    probabilities = regression.predict_proba(x)[:, 1]
    threshold = max(THRESHOLDS, key=lambda th: (pair_f1(probabilities >= th, y), -abs(th - 0.5)))
    floor = round(float(x[y, 0].min()) - COSINE_MARGIN, 3) if y.any() else 0.0
    return PairModel(weights, bias, threshold, window_days=window_days, min_cosine=floor)


def pair_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float(np.sum(predicted & gold))
    return 2 * tp / (float(predicted.sum()) + float(gold.sum())) if tp else 0.0


def grouped_folds(pairs: Sequence[tuple[str, str]], k: int) -> list[int]:
    """A fold number per pair such that pairs sharing a document share a fold (connected components,
    dealt round-robin by size so folds stay balanced)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    components: dict[str, list[int]] = {}
    for i, (a, _) in enumerate(pairs):
        components.setdefault(root(a), []).append(i)
    folds = [0] * len(pairs)
    sizes = [0] * k
    for members in sorted(components.values(), key=lambda m: (-len(m), m[0])):
        fold = sizes.index(min(sizes))
        sizes[fold] += len(members)
        for i in members:
            folds[i] = fold
    return folds
