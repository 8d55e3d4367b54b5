"""Pair features between documents and the calibrated model that turns them into a same-story score."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from dateline.data import data_text
from dateline.kb.gazetteer import haversine_km
from dateline.stories.features import StoryDoc
from dateline.stories.merge import PLACE_TOLERANCE_KM, match

FEATURES = ("cosine", "actors", "places", "types", "same_language", "lead_event", "lead_place")
CALIBRATION_FILE = "calibration.json"


def jaccard(a: frozenset[Any], b: frozenset[Any]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def pair_features(a: StoryDoc, b: StoryDoc) -> np.ndarray:
    """Features of one document pair, in the order of `FEATURES`."""
    return np.array(
        [
            float(a.vector @ b.vector),
            jaccard(a.actors, b.actors),
            jaccard(a.places, b.places),
            jaccard(a.event_types, b.event_types),
            1.0 if a.language == b.language else 0.0,
            lead_events_match(a, b),
            lead_places_match(a, b),
        ],
        dtype=np.float64,
    )


def lead_events_match(a: StoryDoc, b: StoryDoc) -> float:
    """1 when two lead events can be one happening of one type, -1 when none can, 0 when a lead is empty."""
    if not a.leads or not b.leads:
        return 0.0
    for x in a.leads:
        for y in b.leads:
            fields = match(x, y)
            if fields is not None and fields["type"] == "same":
                return 1.0
    return -1.0


def lead_places_match(a: StoryDoc, b: StoryDoc) -> float:
    """1 when both leads open on the same place (within 50 km), -1 on different places, 0 when unknown."""
    if a.lead_place is None or b.lead_place is None:
        return 0.0
    return 1.0 if haversine_km(*a.lead_place, *b.lead_place) <= PLACE_TOLERANCE_KM else -1.0


def days_apart(a: StoryDoc, b: StoryDoc) -> int | None:
    if a.day is None or b.day is None:
        return None
    return abs((a.day - b.day).days)


@dataclass(frozen=True)
class PairModel:
    """Logistic model over pair features; `threshold` on its probability decides a link.

    Weights and threshold are fitted by ``scripts/calibrate_stories.py`` on labelled
    same-story data and shipped in ``data/stories/calibration.json`` with their provenance.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float
    window_days: int = 7
    min_cosine: float = 0.0
    provenance: dict[str, Any] | None = None

    def probability(self, a: StoryDoc, b: StoryDoc) -> float:
        apart = days_apart(a, b)
        if apart is not None and apart > self.window_days:
            return 0.0
        features = pair_features(a, b)
        if features[0] < self.min_cosine:
            return 0.0
        z = self.bias + float(np.dot(self.weights, features))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "window_days": self.window_days,
            "min_cosine": self.min_cosine,
            "provenance": self.provenance or {},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        if list(data["features"]) != list(FEATURES):
            raise ValueError(f"calibration features {data['features']} do not match {FEATURES}")
        return cls(
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            window_days=int(data.get("window_days", 7)),
            min_cosine=float(data.get("min_cosine", 0.0)),
            provenance=data.get("provenance"),
        )

    @classmethod
    def packaged(cls) -> PairModel:
        """The calibrated model shipped with the package."""
        return cls.from_json(json.loads(data_text("stories", CALIBRATION_FILE)))
