"""The trigger → PLOVER category classifier: multinomial logistic regression on one design row per trigger.

A row joins the sentence embedding, the embedding of a ±4-token window around the trigger and the named
sparse features of `dateline.stages.events.features` (lexicon candidates and votes, syntax, trigger lemmas).
The committed artifact (``data/classifier/events_<encoder>.npz`` + ``.json`` provenance) is trained by
``scripts/train_classifier.py``. Its classes merge CONCEDE and RETREAT into ``YIELD`` (the PLV label;
the lexicon and the tense split them) and include ``NONE`` (no political event).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from dateline.stages.events.features import Observation

#: Classifier label for the two PLOVER categories it does not tell apart.
YIELD = "YIELD"
YIELD_TYPES = ("CONCEDE", "RETREAT")

#: Texts → L2-normalised embeddings, one row per text.
Embed = Callable[[Sequence[str]], np.ndarray]


def classifier_label(plover_type: str) -> str:
    """The classifier's class for a PLOVER category (CONCEDE/RETREAT → YIELD)."""
    return YIELD if plover_type in YIELD_TYPES else plover_type


def embed_observations(observations: Sequence[Observation], embed: Embed) -> np.ndarray:
    """Sentence and window embeddings side by side, every distinct text embedded once in one batch."""
    texts = list(dict.fromkeys([o.sentence for o in observations] + [o.window for o in observations]))
    vectors = embed(texts)
    row = {text: i for i, text in enumerate(texts)}
    sentences = vectors[[row[o.sentence] for o in observations]]
    windows = vectors[[row[o.window] for o in observations]]
    return np.hstack([sentences, windows]).astype(np.float32)


def vocabulary(observations: Sequence[Observation]) -> tuple[str, ...]:
    """The named features seen in `observations`, sorted."""
    return tuple(sorted({name for o in observations for name in o.named}))


def design(embedded: np.ndarray, observations: Sequence[Observation], names: Sequence[str]) -> np.ndarray:
    """Embeddings followed by the named features in `names` order (unknown names are dropped)."""
    column = {name: j for j, name in enumerate(names)}
    sparse = np.zeros((len(observations), len(names)), dtype=np.float32)
    for i, observation in enumerate(observations):
        for name, value in observation.named.items():
            if name in column:
                sparse[i, column[name]] = value
    return np.hstack([embedded.reshape(len(observations), -1), sparse])


@dataclass(frozen=True)
class EventClassifier:
    """Softmax weights over design rows (embeddings, then the named features `names`)."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (n_classes, n_features)
    bias: np.ndarray  # (n_classes,)
    encoder: str
    names: tuple[str, ...] = ()
    provenance: dict[str, Any] = field(default_factory=dict)

    def proba(self, rows: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per design row."""
        if len(rows) == 0:
            return np.zeros((0, len(self.classes)))
        logits = rows @ self.weights.T + self.bias
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

    def distributions(self, observations: Sequence[Observation], embed: Embed) -> list[dict[str, float]]:
        """Category distributions for `observations` (one embedding batch)."""
        if not observations:
            return []
        rows = design(embed_observations(observations, embed), observations, self.names)
        return [self.distribution(row) for row in self.proba(rows)]


def fit(
    rows: np.ndarray, labels: Sequence[str], encoder: str, names: Sequence[str] = (), c: float = 4.0
) -> EventClassifier:
    """Train class-balanced logistic regression on design rows (labels are classifier labels)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    with threadpool_limits(1):  # multithreaded BLAS is ≈10× slower on a busy 2-core machine
        model.fit(rows, list(labels))
    return EventClassifier(
        classes=tuple(str(x) for x in model.classes_),
        weights=model.coef_.astype(np.float32),
        bias=model.intercept_.astype(np.float32),
        encoder=encoder,
        names=tuple(names),
    )


def save(classifier: EventClassifier, stem: str, directory: Any) -> None:
    """Write ``<stem>.npz`` (weights, feature names) and ``<stem>.json`` (provenance) into `directory`."""
    np.savez_compressed(
        directory / f"{stem}.npz",
        classes=np.array(classifier.classes),
        weights=classifier.weights,
        bias=classifier.bias,
        names=np.array(classifier.names, dtype=str),
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
        names = tuple(str(x) for x in stored["names"])
    provenance = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
    return EventClassifier(classes, w, b, encoder, names, provenance)
