"""Confidence pass: each selected candidate's raw score and the features the calibration reads
(`calibration.FEATURES`)."""

from __future__ import annotations

from dateline.stages.events.candidate import Candidate, Coding

#: Links below which a clause is subordinate: relative, participial and adverbial clauses.
SUBORDINATE_LINKS = frozenset({"relcl", "acl:relcl", "acl", "advcl"})


def score(coding: Coding) -> None:
    """Writes `confidence` (the raw score) and `features` of every selected candidate."""
    selected = coding.selected()
    acts = {c.trigger.head.i for c in selected}
    for item in selected:
        item.confidence = raw_confidence(item)
        item.features = features(item, main_clause(item, acts - {item.trigger.head.i}))


def main_clause(item: Candidate, others: set[int]) -> float:
    """Whether the act is what its sentence reports: 0 with a relative, participial or adverbial clause
    on the way up from its trigger (a noun's framing verb) to the root, or another act governing it
    ("freed a diplomat it had arrested", "resigned as the opposition threatened", "protested the
    killing": the arrest, the threat and the killing are told inside another report); 0.5 for an act
    coordinated after another ("released X but barred her from leaving"); else 1."""
    node = (
        item.roles.frame if item.trigger.pos == "noun" and item.roles.frame is not None else item.trigger.head
    )
    value = 1.0
    while node.head.i != node.i:
        if node.dep_ in SUBORDINATE_LINKS:
            return 0.0
        link, node = node.dep_, node.head
        if node.i in others:
            if link != "conj":
                return 0.0
            value = 0.5
    return value


def raw_confidence(item: Candidate) -> float:
    """0.45 + 0.25 × sureness, + 0.15 with a recipient or several actors, + 0.15 × the classifier's
    probability of the category."""
    value = 0.45 + 0.25 * item.sureness
    if item.recipients or len(item.actors) > 1:
        value += 0.15
    if item.probs:
        value += 0.15 * item.probs.get(item.category, 0.0)
    return round(min(value, 0.99), 3)


def features(item: Candidate, main: float) -> dict[str, float]:
    """The calibration features of the candidate's event (before any merge); `main`: `main_clause`."""
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
        "main_clause": main,
    }
