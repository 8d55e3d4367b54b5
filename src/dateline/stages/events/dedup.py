"""Merging events that describe the same happening within one document."""

from __future__ import annotations

from dateline.model import ActorRef, Event, PlaceRef, Span, TimeRef

#: Place/time rules that only guess from outside the event's own clause or sentence.
WEAK_RULES = frozenset({None, "dateline", "title", "published", "document"})
#: Categories whose modes name different acts on the same parties (arrest, restrict, seize; convict, expel).
DISTINCT_MODES = frozenset({"COERCE", "SANCTION"})


#: Sectors of armed parties outside the state: in one country, their acts and the state's answer to
#: them ("des assaillants ont attaqué un poste … les militaires ont riposté") are two acts.
OUTSIDE_STATE = frozenset({"REB", "UAF", "CRM"})


def party_key(refs: list[ActorRef]) -> frozenset[tuple[str, bool]]:
    return frozenset((ref.country or ref.kb_id or ref.name, ref.sector in OUTSIDE_STATE) for ref in refs)


def event_key(event: Event) -> tuple[object, ...]:
    """Same type, same polarity and mood, same parties (all parties pooled for meetings); for coercion
    and sanctions the same mode too (a party's suspension and its arrest are two acts; an air strike
    and the clashes it belongs to, a visit and its meeting, are one)."""
    if event.type == "CONSULT" or not event.recipients:
        parties: tuple[object, ...] = (party_key(event.actors + event.recipients),)
    else:
        parties = (party_key(event.actors), party_key(event.recipients))
    mode = event.mode if event.type in DISTINCT_MODES else None
    return (event.type, mode, event.auxiliary, *parties)


def absorb(target: Event, other: Event) -> None:
    """Fold `other`'s evidence, and its place/time when `target` only has a guessed one, into `target`."""
    seen = {(s.start, s.end) for s in target.evidence}
    target.evidence += [s for s in other.evidence if (s.start, s.end) not in seen]
    if other.place is not None and other.place.rule not in WEAK_RULES and _weak(target.place):
        target.place = other.place
    if other.time is not None and other.time.rule not in WEAK_RULES and _weak(target.time):
        target.time = other.time
    target.confidence = max(target.confidence, other.confidence)


def _weak(ref: PlaceRef | TimeRef | None) -> bool:
    return ref is None or ref.rule in WEAK_RULES


def merge_events(events: list[Event], anaphors: list[Event]) -> list[Event]:
    """Duplicates folded into their first mention; anaphoric event nouns ("cette rencontre") into the
    latest earlier event of the same type."""
    kept: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = event_key(event)
        if key in kept:
            absorb(kept[key], event)
        else:
            kept[key] = event
    merged = list(kept.values())
    for anaphor in anaphors:
        start = _start(anaphor.trigger)
        earlier = [e for e in merged if e.type == anaphor.type and _start(e.trigger) <= start]
        if earlier:
            absorb(earlier[-1], anaphor)
    return merged


def _start(span: Span | None) -> int:
    return span.start if span is not None else 0
