"""Event confidence as a calibrated probability that the event's type is right.

The coder's raw score (`passes.confidence`: lexicon sureness, recipients, classifier probability)
orders events but is not a probability. A small logistic model on features the same pass computes
(`FEATURES`) turns it into one, applied by `passes.calibrate`; ``scripts/calibrate_events.py`` fits it
on the full pipeline's events over the raw English dev sentences (plv, plover_gsr, petrarch2) and
writes ``dateline/data/events/calibration.json``. Without that file the raw score stays.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CALIBRATION_FILE = "calibration.json"

#: The calibration's inputs, in order: each in [0, 1], all known when an event is built.
FEATURES = (
    "raw_confidence",  # the coder's own score
    "sureness",  # how clearly the chosen category wins among the lexicon candidates
    "type_probability",  # the classifier's probability of the chosen type (0 without classifier)
    "lexicon_only",  # the lexicon proposed a single category (no classifier arbitration)
    "actor_country",  # an actor resolved to a country
    "recipient_country",  # a recipient resolved to a country
    "has_recipient",  # the event has a recipient at all
    "verb_trigger",  # the trigger is a verb (not an event noun)
    "main_clause",  # what the sentence reports (1), coordinated after another act (0.5), told inside one (0)
)


@dataclass(frozen=True)
class Calibration:
    """A logistic model: P(type right) = σ(intercept + Σ weight·feature)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    provenance: dict[str, Any] = field(default_factory=dict)

    def probability(self, values: Mapping[str, float]) -> float:
        """The calibrated confidence, rounded to 3 decimals; every named feature must be given."""
        z = self.intercept + sum(w * values[name] for name, w in zip(self.names, self.weights, strict=True))
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.names),
            "weights": list(self.weights),
            "intercept": self.intercept,
            "provenance": self.provenance,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Calibration:
        names = tuple(str(n) for n in data["features"])
        weights = tuple(float(w) for w in data["weights"])
        if len(names) != len(weights):
            raise ValueError(f"calibration has {len(names)} features but {len(weights)} weights")
        unknown = set(names) - set(FEATURES)
        if unknown:
            raise ValueError(f"calibration features {sorted(unknown)} are not among {FEATURES}")
        return cls(names, weights, float(data["intercept"]), dict(data.get("provenance") or {}))


@functools.cache
def packaged() -> Calibration | None:
    """The calibration shipped in ``dateline/data/events`` (loaded once), None when absent."""
    from dateline.data import data_file

    path = data_file("events", CALIBRATION_FILE)
    if not path.is_file():
        return None
    return Calibration.from_json(json.loads(path.read_text(encoding="utf-8")))
