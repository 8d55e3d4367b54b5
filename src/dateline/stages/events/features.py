"""What the category classifier sees of one trigger: two texts to embed and named sparse features.

Texts: the whole sentence and a window of ±4 tokens around the trigger. Named features (all
language-independent except the lemmas, which come from the bilingual lexicon's own words):

- ``vote=C``: lexicon votes of every trigger in the sentence (weight 1/(1+depth), split among its candidates);
- ``any=C``: some trigger of the sentence proposes C; ``main=C``: the trigger itself proposes C;
- ``syn=…``: the trigger's part of speech, negation, passive voice, direct object, clausal complement,
  future/modal auxiliaries; ``prep=…``: its prepositions (to, against, with, à, contre…);
- ``lemma=…``: the trigger's lemma; ``trig=…``: the lemmas of every trigger in the sentence.

Categories are classifier labels (CONCEDE/RETREAT → YIELD).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.stages.events.classifier import classifier_label
from dateline.stages.events.triggers import Trigger
from dateline.stages.events.words import word_lists

WINDOW = 4
PASSIVE = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"})
OBJECTS = frozenset({"dobj", "obj"})
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
OBLIQUE = frozenset({"prep", "agent", "dative", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})


@dataclass(frozen=True)
class Observation:
    """The classifier's input for one trigger (or for a sentence without any)."""

    sentence: str
    window: str
    named: dict[str, float]


def depth(token: Any, limit: int = 8) -> int:
    """Dependency hops from `token` to its sentence root (capped)."""
    hops = 0
    while token.head.i != token.i and hops < limit:
        token, hops = token.head, hops + 1
    return hops


def trigger_weight(trigger: Trigger) -> float:
    """Votes count more the closer the trigger sits to the sentence root."""
    return 1.0 / (1 + depth(trigger.head))


def main_trigger(triggers: Sequence[Trigger]) -> Trigger | None:
    """The shallowest trigger, verbs before nouns at equal depth (None when there is none)."""
    return min(triggers, key=lambda t: (depth(t.head), t.pos != "verb"), default=None)


def observe(sentence: Any, triggers: Sequence[Trigger], trigger: Trigger | None) -> Observation:
    """Features of `trigger` among the `triggers` of spaCy span `sentence` (no trigger: sentence only)."""
    named: dict[str, float] = {}
    for other in triggers:
        labels = {classifier_label(c) for c in other.types}
        for label in labels:
            named[f"vote={label}"] = named.get(f"vote={label}", 0.0) + trigger_weight(other) / len(labels)
            named[f"any={label}"] = 1.0
        named[f"trig={other.head.lemma_.lower()}"] = 1.0
    if trigger is None:
        return Observation(sentence.text, sentence.text, named)
    labels = {classifier_label(c) for c in trigger.types}
    named.update({f"main={label}": 1.0 / len(labels) for label in labels})
    named.update(dict.fromkeys(syntax(trigger), 1.0))
    head = trigger.head
    named[f"lemma={head.lemma_.lower()}"] = 1.0
    doc = head.doc
    window = doc[max(head.i - WINDOW, sentence.start) : min(head.i + WINDOW + 1, sentence.end)].text
    return Observation(sentence.text, window, named)


def syntax(trigger: Trigger) -> list[str]:
    """Voice, negation, objects, auxiliaries and prepositions around the trigger's head."""
    head = trigger.head
    children = list(head.children)
    deps = {c.dep_ for c in children}
    auxiliaries = {c.lemma_.lower() for c in children if c.dep_.startswith("aux")}
    words = word_lists()
    flags = {
        f"syn={trigger.pos}": True,
        "syn=negated": any(c.dep_ == "neg" or c.lower_ in words.feature_negators for c in children),
        "syn=passive": bool(deps & PASSIVE),
        "syn=object": bool(deps & OBJECTS),
        "syn=complement": bool(deps & COMPLEMENTS),
        "syn=future": bool(auxiliaries & words.feature_future),
        "syn=modal": bool(auxiliaries & words.feature_modals),
    }
    prepositions = {c.lower_ for c in children if c.dep_ in OBLIQUE and c.pos_ == "ADP"}
    prepositions |= {g.lower_ for c in children if c.dep_ in OBLIQUE for g in c.children if g.dep_ == "case"}
    return [name for name, on in flags.items() if on] + [f"prep={p}" for p in sorted(prepositions)]
