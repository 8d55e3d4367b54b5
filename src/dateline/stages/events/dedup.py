"""Merging events that describe the same happening within one document."""

from __future__ import annotations

from dateline.model import ActorRef, Event, PlaceRef, Span, TimeRef

#: Place/time rules that only guess from outside the event's own clause or sentence.
WEAK_RULES = frozenset({None, "dateline", "title", "published", "document", "context"})
#: Categories whose modes name different acts on the same parties (arrest, restrict, seize; convict, expel).
DISTINCT_MODES = frozenset({"COERCE", "SANCTION"})
#: Peaceful protest modes: a march and the riot that follows it are two acts, the stones and the fires of
#: one riot are one.
PEACEFUL_PROTEST = frozenset({"demo"})

#: Attack modes naming the means: two attacks by different means told in two sentences are two attacks.
MEANS = frozenset({"explosives", "suicide-attack", "firearms", "heavy-weapons", "aerial", "drone"})
#: Attack modes that seize people rather than hurt them: an abduction and a killing of the same people are
#: two acts.
SEIZING = frozenset({"abduct"})


#: Sectors of parties outside the state: in one country, their acts and the state's answer to them ("des
#: assaillants ont attaqué un poste … les militaires ont riposté", "opposition fighters fired rockets at
#: army positions") are two acts.
OUTSIDE_STATE = frozenset({"REB", "UAF", "CRM", "OPP"})


def party_key(refs: list[ActorRef]) -> frozenset[tuple[str, bool]]:
    return frozenset((_identity(ref), ref.sector in OUTSIDE_STATE) for ref in refs)


def _identity(ref: ActorRef) -> str:
    """A party's country; an international organisation is itself ("IGO" is no country: the WFP's food
    distribution and the ICRC's evacuation told in one report are two acts)."""
    if ref.country == "IGO":
        return ref.kb_id or ref.name
    return ref.country or ref.kb_id or ref.name


def event_key(event: Event) -> tuple[object, ...]:
    """Same type, same polarity and mood, same parties (all parties pooled for meetings); for coercion
    and sanctions the same mode too, for protests the same violence (a party's suspension and its
    arrest, a march and a riot, are two acts; an air strike and the clashes it belongs to, a visit and
    its meeting, are one; an abduction and a killing are two)."""
    if event.type == "CONSULT" or not event.recipients:
        parties: tuple[object, ...] = (party_key(event.actors + event.recipients),)
    else:
        parties = (party_key(event.actors), party_key(event.recipients))
    mode = event.mode if event.type in DISTINCT_MODES else None
    if event.type == "PROTEST":
        mode = "peaceful" if event.mode in PEACEFUL_PROTEST else None
    if event.type == "ASSAULT":  # "the body of a man who had been abducted … was found": two acts
        mode = "abduct" if event.mode in SEIZING else None
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


def merge_events(
    events: list[Event], anaphors: list[Event], pledges: frozenset[int] = frozenset()
) -> list[Event]:
    """Duplicates folded into their first mention; anaphoric event nouns ("cette rencontre") into the
    latest earlier event of the same type. `pledges` are the `id()`s of events a verb of committing or
    consenting reports ("a promis que…", « s'est engagé à… », "pledged to…", « a accepté de… »): two told
    in two sentences are two commitments ("Le gouverneur a promis que l'armée… Il s'est aussi engagé à
    reconstruire…")."""
    kept: dict[tuple[object, ...], list[Event]] = {}
    merged: list[Event] = []
    for event in events:
        same = kept.setdefault(event_key(event), [])
        first = next((e for e in same if not apart(e, event) and not _two_pledges(e, event, pledges)), None)
        if first is not None:
            absorb(first, event)
        else:
            same.append(event)
            merged.append(event)
    for anaphor in anaphors:
        start = _start(anaphor.trigger)
        earlier = [e for e in merged if e.type == anaphor.type and _start(e.trigger) <= start]
        if earlier:
            absorb(earlier[-1], anaphor)
    return merged


def _two_pledges(first: Event, other: Event, pledges: frozenset[int]) -> bool:
    return id(first) in pledges and id(other) in pledges and first.sentence != other.sentence


def apart(first: Event, other: Event) -> bool:
    """Two attacks told in different sentences, each at a place its own clause names, and not the same
    place ("shelled the market of X … artillery then shelled the village of Y"), or with different means
    (a bomb, then gunfire): two attacks. Two acts of one country told in different sentences by agents of
    different sectors ("L'Instance électorale avait porté plainte contre lui… Son parti, qui dénonce un
    « procès politique »"): two acts, though every party is of that country."""
    if first.sentence == other.sentence:
        return False
    if _domestic(first) and not _sectors(first.actors) & _sectors(other.actors):
        return True
    if _domestic(first) and _addressed_apart(first, other):
        return True  # "the party accused the commission … Its secretary general accused the court": two
    places = (first.place, other.place)
    if first.type != "ASSAULT" or first.sentence == other.sentence:
        return False
    if first.mode in MEANS and other.mode in MEANS and first.mode != other.mode:
        return True  # "an IED exploded beside a police vehicle … Later, gunmen opened fire on a checkpoint"
    return (
        all(p is not None and p.rule == "clause" for p in places) and first.place.name != other.place.name  # type: ignore[union-attr]
    )


def _addressed_apart(first: Event, other: Event) -> bool:
    """Two acts of one country told in different sentences whose recipients all have sectors and share
    none (an electoral commission, then a court)."""
    ones, others = _sectors(first.recipients), _sectors(other.recipients)
    return bool(ones) and bool(others) and "" not in ones | others and not ones & others


def _domestic(event: Event) -> bool:
    """Every party of the event is of one country (a justice, election or local crime report), where
    the country says nothing of who acts; between countries a party's sectors vary from one mention to
    the next ("les avions russes", "Moscou")."""
    return len({ref.country for ref in event.actors + event.recipients if ref.country}) == 1


def _sectors(refs: list[ActorRef]) -> frozenset[str]:
    """The actors' sectors, a party of no sector (a named person, an unlisted body) counting as one of
    its own: "Son avocat a dénoncé « un dossier politique »" after the prosecutor's charge."""
    return frozenset(ref.sector or "" for ref in refs)


def _start(span: Span | None) -> int:
    return span.start if span is not None else 0
