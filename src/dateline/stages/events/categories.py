"""Choosing a trigger's PLOVER category: lexicon candidates, classifier arbitration and PLOVER rules.

The lexicon proposes; when it proposes several categories the classifier's probabilities for that
trigger (which already weigh the lexicon candidates, see `features`) arbitrate among them; when it
proposes one, it decides. `sentence_scores` is the lexicon-alone sentence vote of the dev evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICT = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
#: Categories whose complement is the content of the act (a requested meeting is no meeting).
CONTENT_TAKING = frozenset(
    {"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE", "ACCUSE", "SUPPORT", "CONSULT", "MOBILIZE"}
)
#: Weight of one lexicon vote against classifier probabilities in `sentence_scores`.
LEXICON_WEIGHT = 1.0


def arbitrate(candidates: Mapping[str, str | None], probs: Mapping[str, float] | None) -> tuple[str, float]:
    """The category among `candidates` and how sure the choice is (0–1)."""
    names = list(candidates)
    if len(names) == 1 or not probs:
        return names[0], 1.0 / len(names)
    weights = [probs.get(name, 0.0) for name in names]
    total = sum(weights)
    best = max(range(len(names)), key=lambda i: weights[i])
    return names[best], (weights[best] / total if total else 1.0 / len(names))


def sentence_scores(
    votes: Iterable[tuple[Mapping[str, str | None], float]], probs: Mapping[str, float] | None
) -> dict[str, float]:
    """Per-category score of a sentence: classifier probability plus weighted lexicon votes.

    `votes` are (candidates, weight) per trigger; a trigger's weight is split among its candidates.
    """
    scores = dict(probs or {})
    for candidates, weight in votes:
        for name in candidates:
            scores[name] = scores.get(name, 0.0) + LEXICON_WEIGHT * weight / len(candidates)
    scores.pop("NONE", None)
    return scores


def promise_type(content_types: Iterable[str]) -> str:
    """A commitment ("s'engager à", "vow to") is a threat when its content is conflict, else an agreement."""
    return "THREATEN" if any(t in CONFLICT for t in content_types) else "AGREE"


def yield_type(candidates: Mapping[str, str | None], implemented: bool) -> str | None:
    """CONCEDE (declared) or RETREAT (implemented) when the trigger allows both."""
    if "CONCEDE" in candidates and "RETREAT" in candidates:
        return "RETREAT" if implemented else "CONCEDE"
    return None
