"""Classify pass: the classifier's distributions for the candidates with actors whose category it has
a say in (the lexicon leaves it ambiguous, the document's language is open to the classifier, or
the segment has no lexicon trigger), over every document of a batch (one encoder batch)."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.categories import Policy
from dateline.stages.events.classifier import Embed, EventClassifier
from dateline.stages.events.features import Observation, observe


def classify(
    codings: Sequence[Coding], classifier: EventClassifier | None, encoder: Embed | None, policy: Policy
) -> None:
    """Writes `probs` of those candidates (none without a classifier). An untriggered segment is
    observed as the classifier was trained on sentences without a trigger: the sentence alone."""
    if classifier is None or encoder is None:
        return
    items: list[Candidate] = []
    observations: list[Observation] = []
    for coding in codings:
        open_language = coding.doc.language.code in policy.open_languages
        for item in coding.candidates:
            if not (item.actors or item.agentless):
                continue
            if not item.trigger.types:
                observations.append(observe(item.sentence, [], None))
            elif open_language or len(item.trigger.types) > 1:
                others = [g.trigger for g in coding.candidates if g.sentence.start == item.sentence.start]
                observations.append(observe(item.sentence, [o for o in others if o.types], item.trigger))
            else:
                continue
            items.append(item)
    for item, distribution in zip(items, classifier.distributions(observations, encoder), strict=True):
        item.probs = distribution
