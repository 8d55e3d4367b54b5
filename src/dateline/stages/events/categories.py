"""Choosing a trigger's PLOVER category: lexicon candidates, the classifier, and PLOVER rules.

The lexicon proposes. In a language the classifier knows well (`Policy.open_languages`, English: it
was trained on PLV and the PLOVER GSR) the classifier chooses among every category, the lexicon's
candidates counting `lexicon_weight` extra (`choose`); elsewhere its probabilities (which already
weigh the lexicon candidates, see `features`) only arbitrate among the lexicon's candidates
(`arbitrate`). A segment with no lexicon trigger gets the classifier's category when it is sure
enough (`sentence_category`). `sentence_scores` is the lexicon-alone vote of the dev evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: Acts that, declared for the future, are an agreement (PLOVER AGREE: "will allow", "will withdraw"; a
#: deployment announced, "l'armée déploiera des unités", "pledged to send troops", is a commitment too).
PROMISED_ACTS = COOPERATIVE_ACTS | {"CONCEDE", "RETREAT", "MOBILIZE"}
#: Material conflict acts that, declared for the future, are a threat (PLOVER THREATEN: "will begin a
#: military operation against X", "will impose sanctions", "will boycott the elections unless…": PLV and the
#: GSR code announced protests so); `threat_mode` gives the threat's content.
THREATENED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
#: Sectors of civilians and party activists, whose blocking or occupying is a protest, not a refusal or a
#: coercion.
CIVIC_SECTORS = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REF", "HLH"})
#: Acts whose negation is a refusal (REJECT): yielding, agreeing and cooperating.
REFUSABLE = frozenset({"AGREE", "CONCEDE", "RETREAT", "SUPPORT", "COOPERATE", "AID"})
CONFLICT = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
#: Categories whose complement is the content of the act (a requested meeting is no meeting).
CONTENT_TAKING = frozenset(
    {"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE", "ACCUSE", "SUPPORT", "CONSULT", "MOBILIZE"}
)
#: Weight of one lexicon vote against classifier probabilities in `sentence_scores`.
LEXICON_WEIGHT = 1.0


@dataclass(frozen=True)
class Policy:
    """How far the classifier may go beyond the lexicon (``[events]`` settings)."""

    #: Languages where the classifier chooses among every category.
    open_languages: frozenset[str] = frozenset({"en"})
    #: What a lexicon candidate adds to its probability there.
    lexicon_weight: float = 0.3
    #: Least probability of the classifier's category for a segment with no lexicon trigger (above 1: never).
    sentence_threshold: float = 0.6


def choose(
    candidates: Mapping[str, str | None], probs: Mapping[str, float] | None, lexicon_weight: float
) -> tuple[str, float]:
    """The category with the highest probability, the lexicon's candidates counting `lexicon_weight`
    more, and its share of the scores; the lexicon's choice without probabilities."""
    if not probs:
        return arbitrate(candidates, probs)
    scores = {c: p for c, p in probs.items() if c != "NONE"}
    scores.update({c: probs.get(c, 0.0) + lexicon_weight for c in candidates})
    best = max(scores, key=lambda c: (scores[c], c in candidates))
    return best, scores[best] / (sum(scores.values()) or 1.0)


def sentence_category(probs: Mapping[str, float] | None, threshold: float) -> tuple[str, float] | None:
    """The classifier's category for a segment with no lexicon trigger, when it beats NONE and reaches
    `threshold` (None otherwise)."""
    if not probs:
        return None
    best = max(probs, key=lambda c: probs[c])
    return (best, probs[best]) if best != "NONE" and probs[best] >= threshold else None


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


#: Conflict acts a commitment threatens whether or not they name a target ("vowed to retaliate").
VIOLENT = frozenset({"ASSAULT", "THREATEN"})


def promise_type(contents: Iterable[tuple[str, bool]]) -> str:
    """A commitment ("s'engager à", "vow to") is a threat when its content is violence, or another act
    of conflict aimed at a party ("promised to prosecute the attackers"); else an agreement: deploying
    or reinforcing ("a promis de renforcer la sécurité du marché") and acts on things ("d'améliorer
    les conditions de détention") are promises. `contents` are (category, names a target) pairs."""
    threats = CONFLICT - {"MOBILIZE"}
    return (
        "THREATEN"
        if any(t in VIOLENT or (t in threats and targeted) for t, targeted in contents)
        else "AGREE"
    )


def yield_type(candidates: Mapping[str, str | None], implemented: bool) -> str | None:
    """CONCEDE (declared) or RETREAT (implemented) when the trigger allows both."""
    if "CONCEDE" in candidates and "RETREAT" in candidates:
        return "RETREAT" if implemented else "CONCEDE"
    return None


def threat_mode(category: str, mode: str | None) -> str | None:
    """The THREATEN mode (the content of the threat) of a threatened act of `category` and `mode`:
    violence, arrest, expel, restrict (other coercion), relations (other sanctions), none for a protest."""
    if category == "PROTEST":
        return None
    if category == "ASSAULT":
        return "violence"
    if mode in {"arrest", "expel"}:
        return mode
    return "restrict" if category == "COERCE" else "relations"
