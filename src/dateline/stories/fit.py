"""Fitting the same-story pair model: class-balanced logistic regression, a link threshold, and
grouped folds so that no document sits in both the training and the test side of a split."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.linear_model import LogisticRegression

from dateline.stories.cluster import cluster
from dateline.stories.features import StoryDoc
from dateline.stories.similarity import PairModel, lead_cosine, pair_features

THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.30, 0.96, 0.05))
#: The features the shipped model weighs: few and strong (see docs/stories.md for what else was measured).
DEFAULT_FEATURES = (
    "lead_cosine",
    "terms",
    "body_cosine",
    "same_language",
    "lead_place_far",
    "lead_roles_swapped",
    "lead_place_foreign",
    "weekday_clash",
    "lead_terms",
)
#: The cosine floor sits this far under the least similar same-story pair of the training data.
COSINE_MARGIN = 0.05
#: How much the own labelled sets weigh against the judged pairs, tried lightest first (`fit_constrained`) ...
OWN_WEIGHTS = (1.0, 2.0, 4.0, 8.0, 16.0)
#: ... until the model clusters every own set at least this well (pairwise F1).
MIN_OWN_PAIRWISE_F1 = 0.95


@dataclass(frozen=True)
class LabelledPair:
    a: StoryDoc
    b: StoryDoc
    same: bool
    #: How much the pair counts in the fit (pairs of a large, easy set can count less).
    weight: float = 1.0


@dataclass(frozen=True)
class LabelledSet:
    """Reports written with their gold story: clustering views and gold story per document id."""

    views: list[StoryDoc]
    gold: dict[str, str]

    def pairs(self) -> list[LabelledPair]:
        """Every document pair, labelled same story or not."""
        return [
            LabelledPair(a, b, self.gold[a.doc_id] == self.gold[b.doc_id])
            for a, b in itertools.combinations(self.views, 2)
        ]

    def pairwise_f1(self, model: PairModel) -> float:
        """Pairwise F1 of clustering the set with `model` as ingestion would."""
        story = cluster(self.views, model)
        pairs = self.pairs()
        predicted = np.array([story[p.a.doc_id] == story[p.b.doc_id] for p in pairs], dtype=bool)
        return pair_f1(predicted, np.array([p.same for p in pairs], dtype=bool))


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


def fit_constrained(
    judged: Sequence[LabelledPair],
    own: Sequence[LabelledSet],
    c: float,
    features: Sequence[str] = DEFAULT_FEATURES,
) -> tuple[PairModel, float]:
    """`fit_model` over the judged pairs and every pair of the `own` sets, these weighing together
    `weight` times as much as the judged pairs, for the lightest weight of `OWN_WEIGHTS` whose model
    clusters each own set at `MIN_OWN_PAIRWISE_F1` or better (their hard negatives, written to tell
    stories apart, bind the fit; real news would otherwise pull them together), else the heaviest;
    returns the model and the weight."""
    own_pairs = [p for s in own for p in s.pairs()]
    model, weight = None, OWN_WEIGHTS[0]
    for weight in OWN_WEIGHTS:
        total = weight * len(judged) if judged else float(len(own_pairs))
        model = fit_model([*judged, *as_heavy_as(own_pairs, total)], c, features)
        if all(s.pairwise_f1(model) >= MIN_OWN_PAIRWISE_F1 for s in own):
            break
    assert model is not None
    return model, weight


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
