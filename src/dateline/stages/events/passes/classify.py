"""Classify pass: the classifier's distributions for triggers whose category the lexicon leaves
ambiguous, over every document of a batch (their texts embedded in one encoder batch)."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.classifier import Embed, EventClassifier
from dateline.stages.events.features import Observation, observe


def classify(codings: Sequence[Coding], classifier: EventClassifier | None, encoder: Embed | None) -> None:
    """Writes `probs` of the candidates with actors and several candidate categories (none without a
    classifier)."""
    if classifier is None or encoder is None:
        return
    items: list[Candidate] = []
    observations: list[Observation] = []
    for coding in codings:
        for item in coding.candidates:
            if item.actors and len(item.trigger.types) > 1:
                others = [g.trigger for g in coding.candidates if g.sentence.start == item.sentence.start]
                observations.append(observe(item.sentence, others, item.trigger))
                items.append(item)
    for item, distribution in zip(items, classifier.distributions(observations, encoder), strict=True):
        item.probs = distribution
