"""The one place the coder reaches into the other stages (actors, places, times, attributions)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dateline.model import ActorRef, AttributionRef, Document, Place, PlaceRef, Span, TimeRef
from dateline.stages.actors import ActorMention, actor_mentions
from dateline.stages.attributions import attribution_for_event
from dateline.stages.events.datelines import dateline_spans
from dateline.stages.places import base, locate_event
from dateline.stages.times import time_for_event


class ActorIndex:
    """Actor mentions of one document, looked up by token; none inside a dateline ("DOHA (Gulf
    Dispatch) —" names where the report was filed, not who acted); a mention the actors stage ran on
    past a dateline ("BAMAKO - Armed men") keeps its part after it."""

    def __init__(self, doc: Document) -> None:
        self.datelines = datelines = dateline_spans(doc.text)
        self.mentions: list[ActorMention] = sorted(
            (
                m
                for m in (_after_dateline(m, datelines, doc.text) for m in actor_mentions(doc))
                if m is not None
            ),
            key=lambda m: (m.start, -(m.end - m.start), m.index),
        )
        self._max_len = max((m.end - m.start for m in self.mentions), default=0)
        self._starts = [m.start for m in self.mentions]
        self._places = {(s.start, s.end): p for p in doc.places if p.country for s in p.mentions}

    def at(self, token: Any) -> list[ActorMention]:
        """Mentions overlapping `token`'s characters."""
        start, end = int(token.idx), int(token.idx) + len(token)
        lo = bisect_left(self._starts, start - self._max_len)
        hi = bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and start < m.end]

    def in_dateline(self, token: Any) -> bool:
        """Whether `token` lies in a dateline ("HOMS, 4 March –": the parser may make it a subject)."""
        start = int(token.idx)
        return any(d.start <= start < d.end for d in self.datelines)

    def undated(self, tokens: list[Any], keep: bool = False) -> list[Any]:
        """Argument tokens outside the report's datelines; a dateline word the parser made an argument
        gives way to the phrase it hung on it as an apposition after the dash ("HOMS, 4 March – Three
        mortar rounds landed…": the rounds; "BUENOS AIRES (Southern Cone Report) — Brazil and Argentina
        signed…": both); with `keep`, a dateline word with no such phrase stays (it stands for the place
        the report is filed from)."""
        out: list[Any] = []
        for token in tokens:
            if not self.in_dateline(token):
                out.append(token)
                continue
            heads = [c for c in token.children if c.dep_ == "appos" and not self.in_dateline(c)]
            out += [t for h in heads for t in (h, *conjuncts(h))] or ([token] if keep else [])
        return list(dict.fromkeys(out))

    def within(self, start: int, end: int) -> list[ActorMention]:
        """Mentions inside the char range."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def ref(self, mention: ActorMention) -> ActorRef:
        """The event argument for `mention`; an unresolved name that the places stage resolved as a
        place stands for its country ("strikes hit Baalbek")."""
        actor = mention.actor
        place = None if actor.kb_id or actor.country else self.place_at(mention.start, mention.end)
        if place is not None:
            return ActorRef(name=place.name, kind="country", country=place.country, evidence=[mention.span])
        return actor_ref(mention)

    def place_at(self, start: int, end: int) -> Place | None:
        """A place the places stage resolved (with a country) overlapping the char range."""
        return next((p for (s, e), p in self._places.items() if s < end and start < e), None)


def _after_dateline(mention: ActorMention, datelines: Sequence[Span], text: str) -> ActorMention | None:
    """`mention` as it lies outside the datelines: None inside one, its part after the dash when it
    starts inside one and runs on into the sentence."""
    for line in datelines:
        if line.start <= mention.start < line.end:
            if mention.end <= line.end:
                return None
            start = line.end + len(text[line.end : mention.end]) - len(text[line.end : mention.end].lstrip())
            return replace(mention, start=start)
    return mention


def actor_ref(mention: ActorMention) -> ActorRef:
    actor = mention.actor
    return ActorRef(
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        sector=actor.sector,
        kb_id=actor.kb_id,
        evidence=[mention.span],
    )


def without_organisations(doc: Document) -> Document:
    """`doc` without the place mentions that name an international organisation ("urged the European
    Union", which the places stage puts in Belgium): an addressee, not where an act happens."""
    bodies = [Span(start=m.start, end=m.end) for m in actor_mentions(doc) if m.actor.sector == "IGO"]
    return without_places_in(doc, bodies)


def without_places_in(doc: Document, spans: Sequence[Span]) -> Document:
    """`doc` without the place mentions lying inside one of `spans` (names of parties, not of where an act
    happens)."""

    def named(span: Span) -> bool:
        return any(m.start <= span.start and span.end <= m.end for m in spans)

    if not any(named(m) for p in doc.places for m in p.mentions):
        return doc
    places = []
    for place in doc.places:
        kept = [m for m in place.mentions if not named(m)]
        if kept or not place.mentions:
            places.append(place.model_copy(update={"mentions": kept}))
    return doc.model_copy(update={"places": places})


def event_place(doc: Document, clause: Span, sentence: Span, others: Sequence[Span] = ()) -> PlaceRef | None:
    """The event's place (`locate_event`); `others`: the clauses of the document's other events."""
    return locate_event(doc, clause, sentence, others)


def event_time(doc: Document, clause: Span, sentence: Span, at: Span | None = None) -> TimeRef | None:
    return time_for_event(doc, clause, sentence, at)


def event_attribution(doc: Document, sentence: Span) -> list[AttributionRef]:
    return attribution_for_event(doc, sentence)


def organisation_base(doc: Document, span: Span) -> bool:
    """Whether a place mention names an organisation's base ("the UK-based monitor"), not a place the
    report is about (`places.base`)."""
    return base(doc.text, span)


def conjuncts(token: Any) -> list[Any]:
    """The tokens coordinated with `token` ("Brazil and Argentina"), in order."""
    out, todo = [], [c for c in token.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out
