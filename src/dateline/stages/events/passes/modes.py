"""Modes pass: the auxiliary mode of each selected candidate (negated, hypothetical, future,
historical), the event type it settles, its PLOVER mode and its contexts."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from dateline.model import Document, Span
from dateline.stages.events import auxiliary, categories
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.contexts import contexts_of
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.words import word_lists


@dataclass(frozen=True)
class Words:
    """One segment read from spaCy once: its tokens, their character offsets, its word forms
    (lemmas and lower-cased forms) and the contexts they name."""

    tokens: list[Any]
    offsets: list[int]
    forms: frozenset[str]
    contexts: list[str]

    @classmethod
    def of(cls, segment: Any) -> Words:
        tokens = list(segment)
        lowers = [t.lower_ for t in tokens]
        forms = frozenset([t.lemma_.lower() for t in tokens] + lowers)
        return cls(tokens, [t.idx for t in tokens], forms, contexts_of(forms, lowers))

    def within(self, span: Span) -> list[Any]:
        """The tokens starting inside the character span."""
        return self.tokens[bisect_left(self.offsets, span.start) : bisect_left(self.offsets, span.end)]


def qualify(coding: Coding) -> None:
    """Writes `auxiliary`, `type` (a future cooperative act is an agreement), `mode` (the trigger's
    own, else a mode word of the segment) and `contexts` of every selected candidate."""
    segments: dict[int, Words] = {}
    for item in coding.selected():
        start = item.sentence.start
        if start not in segments:
            segments[start] = Words.of(item.sentence)
        words = segments[start]
        assert item.clause is not None  # the setting pass ran
        item.auxiliary = auxiliary_mode(coding.doc, item, words.within(item.clause))
        if unasserted(item):
            item.becomes = None  # "analysts say the rebels could launch an offensive": no act told
            continue
        item.type = item.category
        if item.auxiliary == "negated" and refusal(item, words.within(item.clause)):
            item.type, item.auxiliary = "REJECT", None
        elif item.auxiliary == "future" and item.type in categories.PROMISED_ACTS:
            item.type = "AGREE"
        elif item.type in categories.THREATENED_ACTS and not item.agentless and _declared(item):
            item.type = "THREATEN"  # "will begin an operation against X", "may halt mediation if…": a threat
            # (PLOVER); "X will be hit" names no one threatening
        own = item.trigger.types.get(item.category)
        if item.type == "THREATEN" and item.category != "THREATEN":
            item.mode = categories.threat_mode(item.category, own)
        else:
            item.mode = own or mode_from_words(words.forms, coding.lexicon, item.type)
        item.contexts = list(words.contexts)


def unasserted(item: Candidate) -> bool:
    """An act the report only deems possible (« pourrait », « risque de », "could", "might", "may",
    a clause under "if" / « si » or "whether") with no condition of its own: a forecast, an analysis or
    an open question, not an act (a conditioned one, "would attack if…", "may halt mediation if…", is
    a threat or an offer its actor makes, `_declared`)."""
    return item.auxiliary == "hypothetical" and not auxiliary.conditioned(item.anchor)


def _declared(item: Candidate) -> bool:
    """A future act, or a hypothetical one under a condition of its own ("may halt mediation if
    cooperation founders", "would attack if…"; not "may have launched attacks")."""
    if item.auxiliary == "future":
        return True
    return item.auxiliary == "hypothetical" and auxiliary.conditioned(item.anchor)


def refusal(item: Candidate, clause: list[Any]) -> bool:
    """A negated cooperative or yielding act declared for the future is a refusal ("will not lift the
    ban", "n'acceptera pas de réfugiés": REJECT, not a negated CONCEDE; "n'a pas retiré" stays a
    negated act), and so is a REJECT the classifier read off a negated trigger whose lexicon entry is
    no rejection."""
    if item.category == "REJECT":
        return "REJECT" not in item.trigger.types
    if item.category in categories.REFUSABLE and _permission(item):
        return True  # "did not give permission for the rally": permission withheld
    return item.category in categories.REFUSABLE and auxiliary.future(item.anchor, clause)


def _permission(item: Candidate) -> bool:
    """A trigger granting permission (words `permission_words`: "allowed", "give permission",
    « autorisé »)."""
    words = word_lists().permission_words
    return any(t.lemma_.lower() in words for t in item.trigger.tokens)


def auxiliary_mode(doc: Document, item: Candidate, clause: list[Any]) -> str | None:
    """The first of negated, hypothetical, future and historical that holds."""
    anchor = item.anchor
    if auxiliary.negated(item.trigger.head, anchor):
        return "negated"
    if auxiliary.hypothetical(anchor):
        if "CONSULT" in item.trigger.types and auxiliary.forecast_governed(anchor):
            return "future"  # "the two ministers are expected to meet again in April": a meeting planned
        return "hypothetical"
    if auxiliary.future(anchor, clause):
        return "future"
    if auxiliary.historical(item.time, doc):
        return "historical"
    return None


def mode_from_words(forms: frozenset[str], lexicon: Lexicon, event_type: str) -> str | None:
    for mode, words in lexicon.mode_words.get(event_type, {}).items():
        if forms & words:
            return mode
    return None
