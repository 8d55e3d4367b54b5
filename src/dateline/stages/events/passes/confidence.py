"""Confidence pass: each selected candidate's raw score and the features the calibration reads
(`calibration.FEATURES`)."""

from __future__ import annotations

from dateline.stages.events.candidate import Candidate, Coding


def score(coding: Coding) -> None:
    """Writes `confidence` (the raw score) and `features` of every selected candidate."""
    for item in coding.selected():
        item.confidence = raw_confidence(item)
        item.features = features(item)


def raw_confidence(item: Candidate) -> float:
    """0.45 + 0.25 × sureness, + 0.15 with a recipient or several actors, + 0.15 × the classifier's
    probability of the category."""
    value = 0.45 + 0.25 * item.sureness
    if item.recipients or len(item.actors) > 1:
        value += 0.15
    if item.probs:
        value += 0.15 * item.probs.get(item.category, 0.0)
    return round(min(value, 0.99), 3)


def features(item: Candidate) -> dict[str, float]:
    """The calibration features of the candidate's event (before any merge)."""
    probs = item.probs or {}
    return {
        "raw_confidence": float(item.confidence),
        "sureness": float(item.sureness),
        "type_probability": float(probs.get(item.category, 0.0)),
        "lexicon_only": float(len(item.trigger.types) == 1),
        "actor_country": float(any(a.country for a in item.actors)),
        "recipient_country": float(any(r.country for r in item.recipients)),
        "has_recipient": float(bool(item.recipients)),
        "verb_trigger": float(item.trigger.pos == "verb"),
    }
