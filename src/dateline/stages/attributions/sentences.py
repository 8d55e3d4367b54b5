"""The attributions the cues of each sentence give, with their scope and anaphora resolved."""

from __future__ import annotations

from typing import Any

from dateline.model import Attribution, Document, Span
from dateline.stages.attributions.cues import marker_phrases, verb_phrases
from dateline.stages.attributions.phrases import read_phrase
from dateline.stages.attributions.reading import Reading, within


def sentence_attributions(doc: Document, producer: str, previous: list[Attribution]) -> list[Attribution]:
    """The attributions of `doc`'s sentences, in order; an anaphoric source ("ce rapport") refers
    back to the latest cited source among `previous` and those found before it."""
    sents, reading = list(doc.analysis.sents), Reading.of(doc)
    lead = _lead_start(sents, reading)
    found: list[Attribution] = []
    for sent in sents:
        found += _sentence(reading, sent, producer, previous + found, sent.start == lead)
    return found


def _lead_start(sents: list[Any], reading: Reading) -> int | None:
    """Where the lead starts: the first sentence of the body with a verb and some length."""
    first = next((s for s in sents if s.end_char - s.start_char > 40 and within(reading.verbs, s)), None)
    return None if first is None else first.start


def _sentence(
    reading: Reading, sent: Any, producer: str, previous: list[Attribution], lead: bool
) -> list[Attribution]:
    """The attributions of one sentence's cues (`lead`: it opens the report)."""
    cues = [(*cue, False) for cue in marker_phrases(sent, reading)]
    cues += [(*cue, True) for cue in verb_phrases(sent, reading)]
    found = [
        (cue, verb, phrase)
        for cue, verb, tokens, statement in cues
        if tokens and (phrase := read_phrase(reading, tokens, statement)) is not None
    ]
    out: list[Attribution] = []
    for cue, verb, phrase in found:
        source, scope = phrase.source, "sentence"
        if phrase.anaphoric:
            antecedent = next((a for a in reversed(previous + out) if a.speaker != a.source), None)
            if antecedent is None:
                continue
            source, scope = antecedent.source, "document" if cue.pos_ == "ADP" else "sentence"
        elif not phrase.person and lead:
            scope = "document"
        speaker = source if phrase.person else phrase.speaker
        cue_span = Span(start=cue.idx, end=cue.idx + len(cue.text))
        out.append(
            Attribution(
                source=source,
                verb=verb,
                speaker=speaker,
                relay=phrase.speaker is not None,
                scope=scope,
                evidence=[cue_span, phrase.span],
                producer=producer,
            )
        )
    return out
