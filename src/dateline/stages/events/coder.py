"""The per-document event coder: triggers → arguments → category → auxiliary → events."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from dateline.kb.actors import ActorKB
from dateline.model import ActorRef, Document, Event, Span
from dateline.stages.events import (
    adapters,
    auxiliary,
    calibration,
    categories,
    references,
    resolution,
    rules,
)
from dateline.stages.events.arguments import addressees, find_roles, is_passive, patient
from dateline.stages.events.calibration import Calibration
from dateline.stages.events.classifier import EventClassifier
from dateline.stages.events.contexts import contexts_of
from dateline.stages.events.dedup import merge_events
from dateline.stages.events.features import Observation, observe
from dateline.stages.events.found import Found
from dateline.stages.events.lexicon import Lexicon, load_lexicon
from dateline.stages.events.triggers import Trigger, find_triggers
from dateline.stages.events.words import word_lists

Encoder = Callable[[Sequence[str]], np.ndarray]
#: Categories whose unnamed target stands for the country where it is hit ("a strike hit a car").
TARGETED = frozenset({"ASSAULT", "COERCE"})
#: Categories reacting to an earlier act: their indefinite event-noun object still refers to it
#: ("a dénoncé une agression").
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def segments(doc: Any) -> Iterator[Any]:
    """The parser's sentences, split again at line breaks (a paragraph never continues a sentence)."""
    breaks = [i for i in rules.line_breaks(doc) if doc[i].is_space]
    for sentence in doc.sents:
        start = sentence.start
        for i in breaks[bisect_left(breaks, start) : bisect_left(breaks, sentence.end)]:
            if i > start:
                yield doc[start:i]
            start = i + 1
        if start < sentence.end:
            yield doc[start : sentence.end]


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


def inside(token: Any, segment: Any) -> bool:
    return bool(segment.start <= token.i < segment.end)


class EventCoder:
    """Codes PLOVER events in analysed documents (actors, places, times and attributions assigned)."""

    def __init__(
        self,
        classifier: EventClassifier | None = None,
        encoder: Encoder | None = None,
        calibration: Calibration | None = None,
        kb: ActorKB | None = None,
    ) -> None:
        self.classifier = classifier
        self.encoder = encoder
        #: Reads a country named in a title prefix ("Maroc : …"), for the report's own country.
        self.kb = kb
        #: Turns the raw score into `Event.confidence` as the last step of coding (None: raw score).
        self.calibration = calibration
        #: When a dict, every built event's calibration features by event id (for calibrating).
        self.features: dict[str, dict[str, float]] | None = None

    def find(self, doc: Document, lexicon: Lexicon) -> list[Found]:
        """Every trigger with its arguments, sentence by sentence."""
        found: list[Found] = []
        scope = resolution.Scope(adapters.ActorIndex(doc), found, lexicon)
        for sentence in segments(doc.analysis):
            for trigger in find_triggers(sentence, lexicon):
                if rules.reported(trigger):
                    continue
                if rules.descriptive(trigger) or rules.naming(trigger):
                    continue
                found.append(self.argue(trigger, sentence, scope))
        return found

    @staticmethod
    def argue(trigger: Trigger, sentence: Any, scope: resolution.Scope) -> Found:
        """The trigger's roles resolved to actors; the closest mention in the verb's own clause when
        the parse gives no argument at all."""
        roles = find_roles(trigger, scope.lexicon)
        actor_tokens = [t for t in roles.actors if inside(t, sentence)]
        recipient_tokens = [t for t in roles.recipients if inside(t, sentence)]
        reaction = bool(set(trigger.types) & REACTIONS)
        actors = resolution.arguments(actor_tokens, scope, reaction)
        recipients = resolution.arguments(recipient_tokens, scope, reaction)
        if not recipients and "REQUEST" in trigger.types:
            recipients = resolution.arguments(addressees(trigger.head), scope, reaction)
        if trigger.pos == "verb":
            if not actors and not is_passive(trigger.head):
                actors = resolution.nearby(trigger, scope.index, before=True)
            if not recipient_tokens and not recipients:
                recipients = resolution.nearby(trigger, scope.index, before=False)
        if hosts_thing(trigger, actor_tokens, scope.index, scope.lexicon):
            actors = []
        keys = {(a.kb_id, a.name) for a in actors}
        recipients = [r for r in recipients if (r.kb_id, r.name) not in keys]
        patients = [] if recipients else [t for t in recipient_tokens if patient(t)]
        arrest = "arrest" in trigger.types.values() and trigger.pos == "verb" and is_passive(trigger.head)
        found = Found(trigger, sentence, roles, actors, recipients, patients)
        found.by_authorities = arrest and not actors
        return found

    def classify(self, documents: Sequence[list[Found]]) -> None:
        """Classifier distributions (`Found.probs`) for the triggers whose category the lexicon leaves
        ambiguous, in every document of a batch: all their texts embedded in one batch."""
        if self.classifier is None or self.encoder is None:
            return
        items: list[Found] = []
        observations: list[Observation] = []
        for found in documents:
            for item in found:
                if item.actors and len(item.trigger.types) > 1:
                    others = [g.trigger for g in found if g.sentence.start == item.sentence.start]
                    observations.append(observe(item.sentence, others, item.trigger))
                    items.append(item)
        distributions = self.classifier.distributions(observations, self.encoder)
        for item, distribution in zip(items, distributions, strict=True):
            item.probs = distribution

    @staticmethod
    def decide(found: list[Found], lexicon: Lexicon, governors: rules.Governors) -> None:
        """Category per trigger (classifier probabilities, set by `classify`, arbitrate where the
        lexicon is ambiguous), then PLOVER rules."""
        for item in found:
            item.type, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
            if item.by_authorities:  # an agentless passive "interpellés" is an arrest
                item.type = next(t for t, mode in item.trigger.types.items() if mode == "arrest")
        heads = {f.roles.frame.i: f for f in found if f.roles.frame is not None and f.trigger.pos == "noun"}
        heads.update({f.trigger.head.i: f for f in found})
        for item in found:
            rules.apply_rules(item, heads, lexicon, governors)
        for item in found:
            outer = rules.container(item, heads, governors)
            if outer is not None:
                rules.fold_into(item, outer)
            item.suppressed = outer is not None or rules.claimed(item, lexicon)

    def code(self, doc: Document, producer: str) -> list[Event]:
        return self.code_batch([doc], producer)[0]

    def code_batch(self, docs: Sequence[Document], producer: str) -> list[list[Event]]:
        """The events of each document; the classifier embeds the whole batch at once."""
        lexicons = [load_lexicon(doc.language.code) if doc.analysis is not None else None for doc in docs]
        found = [
            [] if lexicon is None else self.find(doc, lexicon)
            for doc, lexicon in zip(docs, lexicons, strict=True)
        ]
        self.classify(found)
        return [
            [] if lexicon is None else self.events(doc, items, lexicon, producer)
            for doc, items, lexicon in zip(docs, found, lexicons, strict=True)
        ]

    def events(self, doc: Document, found: list[Found], lexicon: Lexicon, producer: str) -> list[Event]:
        """The classified triggers of `doc` decided, built into events and merged."""
        self.decide(found, lexicon, rules.Governors(doc.analysis))
        home = references.home_country(doc, self.kb)
        segments: dict[int, Words] = {}
        inputs: dict[int, dict[str, float]] = {}

        def build(item: Found) -> Event:
            start = item.sentence.start
            if start not in segments:
                segments[start] = Words.of(item.sentence)
            event = build_event(doc, item, segments[start], lexicon, producer, home)
            inputs[id(event)] = calibration.features(item, event)
            return event

        events: list[Event] = []
        anaphors: list[Found] = []
        for item in found:
            if item.suppressed:
                continue
            if (item.actors or item.by_authorities) and rules.specified(item):
                event = build(item)
                if event.actors:
                    events.append(event)
            elif demonstrative(item.trigger.head):
                anaphors.append(item)
        merged = merge_events(events, [build(a) for a in anaphors])
        for n, event in enumerate(merged, start=1):
            event.id = f"{doc.id}-{n}"
        self.calibrate(merged, inputs)
        return merged

    def calibrate(self, events: list[Event], inputs: dict[int, dict[str, float]]) -> None:
        """The last step of coding: each event's confidence becomes the calibrated probability of its
        features (those of the mention it was built from; a merged event keeps its first mention's,
        with the higher raw score of the two)."""
        for event in events:
            values = {**inputs[id(event)], "raw_confidence": event.confidence}
            if self.features is not None:
                self.features[event.id] = values
            if self.calibration is not None:
                event.confidence = self.calibration.probability(values)


def hosts_thing(trigger: Trigger, tokens: list[Any], index: adapters.ActorIndex, lexicon: Lexicon) -> bool:
    """A host verb whose object names no actor receives a thing, not a visitor ("receive arms")."""
    if trigger.head.lemma_.lower() not in lexicon.host_verbs or is_passive(trigger.head):
        return False
    objects = [t for t in tokens if t.dep_ in {"obj", "dobj"}]
    return bool(objects) and not resolution.resolve_actors(objects, index)


def demonstrative(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in word_lists().demonstratives for c in token.children)


def clause_span(item: Found) -> Span:
    """The characters of the anchor verb's subtree (the trigger's when the verb lies in another segment)."""
    root = item.anchor if item.anchor.sent == item.sentence else item.trigger.head
    last = root.right_edge
    return Span(start=int(root.left_edge.idx), end=int(last.idx + len(last)))


def build_event(
    doc: Document, item: Found, words: Words, lexicon: Lexicon, producer: str, home: str | None = None
) -> Event:
    """The event of a decided trigger; `words` is its segment's plain data, `home` the report's own
    country (`references.home_country`)."""
    sentence = Span(start=item.sentence.start_char, end=item.sentence.end_char)
    clause = clause_span(item)
    place = adapters.event_place(doc, clause, sentence)
    time = adapters.event_time(doc, clause, sentence)
    attribution = adapters.event_attribution(doc, sentence)
    anchor = item.anchor
    aux = _auxiliary(doc, item, anchor, words.within(clause), time)
    event_type = item.type
    if aux == "future" and event_type in categories.COOPERATIVE_ACTS:
        event_type = "AGREE"
    mode = item.trigger.types.get(item.type) or _mode_from_words(words.forms, lexicon, event_type)
    actors = references.localise(item.actors, place, home) or references.authorities(
        place, item.trigger.head, home
    )
    recipients = references.localise(item.recipients, place, home)
    if event_type in TARGETED and item.patients and not recipients:
        recipients = [r for r in [references.placed_patient(item.patients[0], place, home)] if r is not None]
    if mode == "visit" and not recipients:
        recipients = references.host(place, actors)
    trigger = Span(start=item.trigger.start, end=item.trigger.end)
    spans = [trigger, *[s for a in [*actors, *recipients] for s in a.evidence]]
    spans += [s for a in attribution for s in a.evidence]
    evidence = list({(s.start, s.end): s for s in spans}.values())
    return Event(
        id="",
        type=event_type,
        mode=mode,
        contexts=list(words.contexts),
        auxiliary=aux,
        actors=actors,
        recipients=recipients,
        place=place,
        time=time,
        attribution=attribution,
        confidence=_confidence(item, recipients),
        evidence=evidence,
        trigger=trigger,
        trigger_text=item.trigger.text,
        sentence=sentence,
        producer=producer,
    )


def _auxiliary(doc: Document, item: Found, anchor: Any, clause: list[Any], time: Any) -> Any:
    if auxiliary.negated(item.trigger.head, anchor):
        return "negated"
    if auxiliary.hypothetical(anchor):
        return "hypothetical"
    if auxiliary.future(anchor, clause):
        return "future"
    if auxiliary.historical(time, doc):
        return "historical"
    return None


def _mode_from_words(forms: frozenset[str], lexicon: Lexicon, event_type: str) -> str | None:
    for mode, words in lexicon.mode_words.get(event_type, {}).items():
        if forms & words:
            return mode
    return None


def _confidence(item: Found, recipients: list[ActorRef]) -> float:
    score = 0.45 + 0.25 * item.sureness
    if recipients or len(item.actors) > 1:
        score += 0.15
    if item.probs:
        score += 0.15 * item.probs.get(item.type, 0.0)
    return round(min(score, 0.99), 3)
