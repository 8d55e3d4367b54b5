"""Look-ups on a document's attributions for later stages and scorers (events, the times scorer)."""

from __future__ import annotations

from dateline.model import Attribution, AttributionRef, Document, Span
from dateline.stages.attributions.lines import CREDIT_VERB


def cited_sources(doc: Document) -> list[str]:
    """The media, organisations and documents a report cites (statements by people excluded)."""
    names = [a.source for a in doc.attributions if a.speaker != a.source]
    return list(dict.fromkeys(names))


def attribution_for_event(doc: Document, sentence: Span) -> list[AttributionRef]:
    """The attributions of an event in `sentence`: those cited in the sentence, else the
    document-level ones that govern the whole report (photo credits excluded)."""

    def ref(a: Attribution) -> AttributionRef:
        return AttributionRef(source=a.source, verb=a.verb, evidence=list(a.evidence))

    reporting = [a for a in doc.attributions if a.verb != CREDIT_VERB]
    local = [a for a in reporting if a.evidence and sentence.start <= a.evidence[0].start < sentence.end]
    if local:
        return [ref(a) for a in local]
    return [ref(a) for a in reporting if a.scope == "document"]
