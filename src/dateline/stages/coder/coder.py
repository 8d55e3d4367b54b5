"""The per-document event coder: triggers → arguments → category → auxiliary → events."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dateline.model import ActorRef, Document, Event, Span
from dateline.stages.coder import adapters, auxiliary, categories, references
from dateline.stages.coder.arguments import Roles, find_roles, phrase_levels
from dateline.stages.coder.classifier import YIELD_TYPES, EventClassifier
from dateline.stages.coder.contexts import contexts_of
from dateline.stages.coder.dedup import merge_events
from dateline.stages.coder.lexicon import Lexicon, load_lexicon
from dateline.stages.coder.references import span_of
from dateline.stages.coder.triggers import Trigger, find_triggers, token_trigger

Encoder = Callable[[Sequence[str]], np.ndarray]
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
STOP_LINKS = frozenset({"parataxis", "appos", "ROOT"})
EMBEDDED_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "conj", "parataxis", "acl", "relcl", "csubj", "cc"})
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "this", "these", "that", "those"})


@dataclass
class Found:
    """One trigger in one sentence with its resolved arguments, before it becomes an `Event`."""

    trigger: Trigger
    sentence: Any
    roles: Roles
    actors: list[ActorRef]
    recipients: list[ActorRef]
    type: str = ""
    sureness: float = 0.0
    probs: dict[str, float] | None = None
    suppressed: bool = False
    extra_evidence: list[Span] = field(default_factory=list)

    @property
    def anchor(self) -> Any:
        return self.roles.frame if self.roles.frame is not None else auxiliary.anchor_verb(self.trigger.head)


def segments(doc: Any) -> Iterator[Any]:
    """The parser's sentences, split again at line breaks (a paragraph never continues a sentence)."""
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    yield doc[start : token.i]
                start = token.i + 1
        if start < sentence.end:
            yield doc[start : sentence.end]


def inside(token: Any, segment: Any) -> bool:
    return bool(segment.start <= token.i < segment.end)


def resolve_actors(tokens: list[Any], index: adapters.ActorIndex) -> list[ActorRef]:
    """The actors named by argument head tokens: the shallowest phrase level that names any."""
    refs: dict[tuple[Any, ...], ActorRef] = {}
    for token in tokens:
        for level in phrase_levels(token):
            mentions = [m for t in level for m in index.at(t)]
            if mentions:
                for mention in mentions:
                    refs.setdefault((mention.index,), index.ref(mention))
                break
    return list(refs.values())


def referred(token: Any, earlier: list[Found], lexicon: Lexicon) -> list[ActorRef]:
    """What an argument naming no actor stands for: a plural anaphor ("les deux ministres") → the
    parties of the latest earlier event with several; an anaphoric event noun ("condemned the
    attack") → the initiator of the latest earlier event of a matching category."""
    if references.pair_anaphor(token):
        for item in reversed(earlier):
            group = references.parties([*item.actors, *item.recipients])
            if len(group) > 1:
                return references.standing_for(group, token)
        return []
    for level in phrase_levels(token):
        for noun in level:
            trigger = token_trigger(noun, lexicon)
            if trigger is None or trigger.pos != "noun" or not references.referring(noun):
                continue
            for item in reversed(earlier):
                if item.actors and item.trigger.start < noun.idx and set(item.trigger.types) & set(trigger.types):
                    return references.standing_for(item.actors, noun)
            return []
    return []


def arguments(tokens: list[Any], index: adapters.ActorIndex, earlier: list[Found], lexicon: Lexicon) -> list[ActorRef]:
    """The actors the argument tokens name, or what they stand for."""
    refs: dict[tuple[Any, ...], ActorRef] = {}
    for token in tokens:
        for ref in resolve_actors([token], index) or referred(token, earlier, lexicon):
            refs.setdefault((ref.kb_id, ref.name), ref)
    return list(refs.values())


class EventCoder:
    """Codes PLOVER events in analysed documents (actors, places, times and attributions assigned)."""

    def __init__(self, classifier: EventClassifier | None = None, encoder: Encoder | None = None) -> None:
        self.classifier = classifier
        self.encoder = encoder

    def find(self, doc: Document, lexicon: Lexicon) -> list[Found]:
        """Every trigger with its arguments, sentence by sentence."""
        index = adapters.ActorIndex(doc)
        found = []
        for sentence in segments(doc.analysis):
            for trigger in find_triggers(sentence, lexicon):
                if reported(trigger):
                    continue
                roles = find_roles(trigger, lexicon)
                actors = arguments([t for t in roles.actors if inside(t, sentence)], index, found, lexicon)
                recipients = arguments([t for t in roles.recipients if inside(t, sentence)], index, found, lexicon)
                if trigger.pos == "verb":
                    actors = actors or nearby(trigger, index, before=True)
                    recipients = recipients or nearby(trigger, index, before=False)
                keys = {(a.kb_id, a.name) for a in actors}
                recipients = [r for r in recipients if (r.kb_id, r.name) not in keys]
                found.append(Found(trigger, sentence, roles, actors, recipients))
        return found

    def sentence_probs(self, sentences: list[Any]) -> dict[int, dict[str, float]]:
        """Classifier distributions for the given sentences, embedded in one batch (keyed by start)."""
        if self.classifier is None or self.encoder is None or not sentences:
            return {}
        unique = {s.start_char: s for s in sentences}
        vectors = self.encoder([s.text for s in unique.values()])
        rows = self.classifier.proba(vectors)
        return {start: self.classifier.distribution(row) for start, row in zip(unique, rows, strict=True)}

    def decide(self, found: list[Found], lexicon: Lexicon) -> None:
        """Category per trigger (classifier only where the lexicon is ambiguous), then PLOVER rules."""
        ambiguous = [f.sentence for f in found if f.actors and len(f.trigger.types) > 1]
        probs = self.sentence_probs(ambiguous)
        for item in found:
            item.probs = probs.get(item.sentence.start_char)
            item.type, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
        heads = {f.roles.frame.i: f for f in found if f.roles.frame is not None and f.trigger.pos == "noun"}
        heads.update({f.trigger.head.i: f for f in found})
        for item in found:
            apply_rules(item, heads, lexicon)
        for item in found:
            item.suppressed = embedded(item, heads)

    def code(self, doc: Document, producer: str) -> list[Event]:
        lexicon = load_lexicon(doc.language.code)
        if lexicon is None or doc.analysis is None:
            return []
        found = self.find(doc, lexicon)
        self.decide(found, lexicon)
        events: list[Event] = []
        anaphors: list[Found] = []
        for item in found:
            if item.suppressed:
                continue
            if item.actors and specified(item):
                events.append(build_event(doc, item, lexicon, producer))
            elif demonstrative(item.trigger.head):
                anaphors.append(item)
        merged = merge_events(events, [build_event(doc, a, lexicon, producer) for a in anaphors])
        for n, event in enumerate(merged, start=1):
            event.id = f"{doc.id}-{n}"
        return merged


def reported(trigger: Trigger) -> bool:
    """A verb of acknowledgement used to report ("a reconnu que…", "welcomed that…") is no event."""
    if trigger.pos != "verb" or not set(trigger.types) <= {"SUPPORT", "CONCEDE", "AGREE"}:
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in trigger.head.children)


def nearby(trigger: Trigger, index: adapters.ActorIndex, before: bool) -> list[ActorRef]:
    """Fallback when the parse gives no argument: the closest actor mention in the verb's own clause,
    before it (actor) or after it (recipient)."""
    head = trigger.head
    own = [t for t in own_clause(head) if (t.i < head.i if before else t.i > head.i)]
    tokens = sorted(own, key=lambda t: t.i)
    if not tokens:
        return []
    mentions = index.within(int(tokens[0].idx), int(tokens[-1].idx + len(tokens[-1])))
    if not mentions:
        return []
    chosen = mentions[-1] if before else mentions[0]
    return [index.ref(chosen)]


def own_clause(verb: Any) -> list[Any]:
    """The verb's clause without the clauses it governs (complements, adjuncts, conjuncts)."""
    tokens = [verb]
    for child in verb.children:
        if child.dep_.split(":")[0] not in EMBEDDED_CLAUSES:
            tokens += list(child.subtree)
    return tokens


def specified(item: Found) -> bool:
    """A bare event noun (no light or occurrence verb) only counts when it names both sides
    ("les frappes russes contre X", "la rencontre entre X et Y", "en visite en Syrie"):
    "à la demande de Moscou" or "l'offensive" alone is background."""
    if item.trigger.pos == "verb" or item.roles.frame is not None:
        return True
    if item.recipients or len({a.country or a.name for a in item.actors}) > 1:
        return True
    return item.trigger.types.get(item.type) == "visit"


def demonstrative(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children)


def ancestors(token: Any, hops: int = 4) -> list[tuple[Any, str]]:
    """Up to `hops` governors of `token` with the link leading to each. A conjunct shares its first
    conjunct's governor (the first conjunct itself is a sibling, not a governor); the walk stops at
    parataxis, appositions and line breaks."""
    out: list[tuple[Any, str]] = []
    node = token
    while len(out) < hops and node.head is not node and node.dep_ not in STOP_LINKS:
        if "\n" in node.doc[min(node.i, node.head.i) : max(node.i, node.head.i)].text:
            break
        if node.dep_ != "conj":
            out.append((node.head, node.dep_))
        node = node.head
    return out


def embedded(item: Found, heads: dict[int, Found]) -> bool:
    """The trigger is the content of another act ("demanded a meeting", "accused X of attacking")."""
    clausal = False
    for governor, link in ancestors(item.trigger.head):
        clausal = clausal or link in CLAUSE_LINKS
        outer = heads.get(governor.i)
        if outer is None or outer is item:
            continue
        if clausal or (outer.type in categories.CONTENT_TAKING and not item.actors):
            return True
    return False


def apply_rules(item: Found, heads: dict[int, Found], lexicon: Lexicon) -> None:
    """PLOVER rules the lexicon cannot state per word."""
    head = item.trigger.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.commitment_verbs and item.type in {"AGREE", "THREATEN"}:
        content = [f.type for f in heads.values() if any(g.i == head.i for g, _ in ancestors(f.trigger.head))]
        item.type = categories.promise_type(content)
    if item.type == "ASSAULT" and any(
        g.lemma_.lower() in lexicon.preparation_words for g, _ in ancestors(head)
    ):
        item.type = "MOBILIZE"
    anchor = item.anchor
    split = categories.yield_type(item.trigger.types, implemented=not _declared(anchor))
    if split and item.type in YIELD_TYPES:
        item.type = split
    if item.type in categories.COOPERATIVE_ACTS and any(
        c.lemma_.lower() in lexicon.offer_modals for c in [*anchor.children, anchor.head] if c is not anchor
    ):
        item.type = "AGREE"


def _declared(anchor: Any) -> bool:
    return auxiliary.future(anchor, []) or auxiliary.hypothetical(anchor)


def clause_span(item: Found) -> Span:
    tokens = (
        list(item.anchor.subtree) if item.anchor.sent == item.sentence else list(item.trigger.head.subtree)
    )
    return span_of(tokens)


def build_event(doc: Document, item: Found, lexicon: Lexicon, producer: str) -> Event:
    sentence = Span(start=item.sentence.start_char, end=item.sentence.end_char)
    clause = clause_span(item)
    place = adapters.event_place(doc, clause, sentence)
    time = adapters.event_time(doc, clause, sentence)
    attribution = adapters.event_attribution(doc, sentence)
    anchor = item.anchor
    clause_tokens = [t for t in item.sentence if clause.start <= t.idx < clause.end]
    aux = _auxiliary(doc, item, anchor, clause_tokens, time)
    event_type = item.type
    if aux == "future" and event_type in categories.COOPERATIVE_ACTS:
        event_type = "AGREE"
    mode = item.trigger.types.get(item.type) or _mode_from_words(item, lexicon, event_type)
    actors = references.localise(item.actors, place)
    recipients = references.localise(item.recipients, place)
    host = place.country if mode == "visit" and not recipients and place is not None else None
    if host and host not in {a.country for a in actors}:
        recipients.append(ActorRef(name=host, kind="country", country=host))
    trigger = Span(start=item.trigger.start, end=item.trigger.end)
    evidence = [trigger, *[s for a in [*actors, *recipients] for s in a.evidence]]
    evidence += [s for a in attribution for s in a.evidence]
    return Event(
        id="",
        type=event_type,
        mode=mode,
        contexts=contexts_of(item.sentence),
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


def _mode_from_words(item: Found, lexicon: Lexicon, event_type: str) -> str | None:
    forms = {t.lemma_.lower() for t in item.sentence} | {t.lower_ for t in item.sentence}
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
