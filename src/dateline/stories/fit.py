"""Fitting the same-story pair model: class-balanced logistic regression, a link threshold, and
grouped folds so that no document sits in both the training and the test side of a split."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.linear_model import LogisticRegression

from dateline.stories.features import StoryDoc
from dateline.stories.similarity import PairModel, lead_cosine, pair_features

THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.30, 0.96, 0.05))
#: The features the shipped model weighs: few and strong (see docs/stories.md for what else was measured).
DEFAULT_FEATURES = ("lead_cosine", "terms", "body_cosine", "same_language", "lead_place_far")
#: The cosine floor sits this far under the least similar same-story pair of the training data.
COSINE_MARGIN = 0.05


@dataclass(frozen=True)
class LabelledPair:
    a: StoryDoc
    b: StoryDoc
    same: bool
    #: How much the pair counts in the fit (pairs of a large, easy set can count less).
    weight: float = 1.0


def as_heavy_as(pairs: Sequence[LabelledPair], total: float) -> list[LabelledPair]:
    """`pairs` reweighted to weigh `total` together: every pair of a small set of reports (the own corpus,
    26 reports but 325 pairs) would otherwise outweigh the judged pairs of real news it is fitted with."""
    current = sum(p.weight for p in pairs)
    scale = total / current if current else 1.0
    return [replace(p, weight=p.weight * scale) for p in pairs]


def features_of(pairs: Sequence[LabelledPair], names: Sequence[str]) -> np.ndarray:
    return np.array([pair_features(p.a, p.b, names) for p in pairs]).reshape(len(pairs), -1)


def fit_model(
    pairs: Sequence[LabelledPair], c: float, features: Sequence[str] = DEFAULT_FEATURES, window_days: int = 7
) -> PairModel:
    """Weights of `features` by class-balanced logistic regression over `pairs`; the threshold that
    maximises the pairs' F1; a lead-cosine floor under every same-story pair that has text."""
    x = features_of(pairs, features)
    y = np.array([p.same for p in pairs])
    regression = LogisticRegression(class_weight="balanced", C=c, max_iter=2000)
    regression.fit(x, y, sample_weight=np.array([p.weight for p in pairs]))
    weights = tuple(float(w) for w in regression.coef_[0])
    bias = float(regression.intercept_[0])
    probabilities = regression.predict_proba(x)[:, 1]
    threshold = max(THRESHOLDS, key=lambda th: (pair_f1(probabilities >= th, y), -abs(th - 0.5)))
    cosines = [lead_cosine(p.a, p.b) for p in pairs if p.same and not (p.a.empty or p.b.empty)]
    floor = round(min(cosines) - COSINE_MARGIN, 3) if cosines else 0.0
    return PairModel(tuple(features), weights, bias, threshold, window_days=window_days, min_cosine=floor)


def pair_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float(np.sum(predicted & gold))
    return 2 * tp / (float(predicted.sum()) + float(gold.sum())) if tp else 0.0


def grouped_folds(pairs: Sequence[tuple[str, str]], k: int, seed: int | None = None) -> list[int]:
    """A fold number per pair such that pairs sharing a document share a fold (connected components, each
    dealt to the fold holding the fewest pairs so far, so folds stay balanced): largest first, or, with a
    `seed`, in an order shuffled by it (another assignment of the same kind, to see how much one split
    moves the figures)."""
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
    order = sorted(components.values(), key=lambda m: (-len(m), m[0]))
    if seed is not None:
        random.Random(seed).shuffle(order)
    folds = [0] * len(pairs)
    sizes = [0] * k
    for members in order:
        fold = sizes.index(min(sizes))
        sizes[fold] += len(members)
        for i in members:
            folds[i] = fold
    return folds
