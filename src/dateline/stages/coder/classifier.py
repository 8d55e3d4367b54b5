"""The sentence → PLOVER category classifier: multinomial logistic regression on sentence embeddings.

The committed artifact (``data/classifier/events_<encoder>.npz`` + ``.json`` provenance) is trained by
``scripts/train_classifier.py``. Its classes merge CONCEDE and RETREAT into ``YIELD`` (the PLV label;
the lexicon and the tense split them) and may include ``NONE`` (no political event).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

#: Classifier label for the two PLOVER categories it does not tell apart.
YIELD = "YIELD"
YIELD_TYPES = ("CONCEDE", "RETREAT")


def classifier_label(plover_type: str) -> str:
    """The classifier's class for a PLOVER category (CONCEDE/RETREAT → YIELD)."""
    return YIELD if plover_type in YIELD_TYPES else plover_type


@dataclass(frozen=True)
class EventClassifier:
    """Softmax weights over an encoder's embeddings."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (n_classes, dim)
    bias: np.ndarray  # (n_classes,)
    encoder: str
    provenance: dict[str, Any]

    def proba(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per embedding."""
        if len(vectors) == 0:
            return np.zeros((0, len(self.classes)))
        logits = vectors @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def distribution(self, row: np.ndarray) -> dict[str, float]:
        """One probability row as ``{class: p}`` keyed by PLOVER types (YIELD mass goes to both halves)."""
        out: dict[str, float] = {}
        for label, p in zip(self.classes, row.tolist(), strict=True):
            for target in YIELD_TYPES if label == YIELD else (label,):
                out[target] = p
        return out


def fit(vectors: np.ndarray, labels: Sequence[str], encoder: str, c: float = 4.0) -> EventClassifier:
    """Train class-balanced logistic regression (labels are classifier labels)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(vectors, list(labels))
    return EventClassifier(
        classes=tuple(str(x) for x in model.classes_),
        weights=model.coef_.astype(np.float32),
        bias=model.intercept_.astype(np.float32),
        encoder=encoder,
        provenance={},
    )


def save(classifier: EventClassifier, stem: str, directory: Any) -> None:
    """Write ``<stem>.npz`` (weights) and ``<stem>.json`` (provenance) into `directory`."""
    np.savez_compressed(
        directory / f"{stem}.npz",
        classes=np.array(classifier.classes),
        weights=classifier.weights,
        bias=classifier.bias,
    )
    meta = {"encoder": classifier.encoder, "classes": list(classifier.classes), **classifier.provenance}
    (directory / f"{stem}.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


@functools.cache
def load(encoder: str = "use") -> EventClassifier | None:
    """The packaged classifier for `encoder`, or None when no artifact ships for it."""
    folder = resources.files("dateline.data") / "classifier"
    weights, meta = folder / f"events_{encoder}.npz", folder / f"events_{encoder}.json"
    if not weights.is_file():
        return None
    with weights.open("rb") as handle, np.load(handle) as stored:
        classes = tuple(str(x) for x in stored["classes"])
        w, b = stored["weights"].astype(np.float32), stored["bias"].astype(np.float32)
    provenance = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
    return EventClassifier(classes=classes, weights=w, bias=b, encoder=encoder, provenance=provenance)
