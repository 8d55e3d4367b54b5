"""Assemble pass: the selected candidates built into events, duplicates and anaphors merged
(`dedup`), numbered in text order."""

from __future__ import annotations

from typing import Any

from dateline.model import ActorRef, Event, Span
from dateline.stages.events.arguments import instrument, is_passive
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.dedup import merge_events
from dateline.stages.events.triggers import SUBJECT_DEPS
from dateline.stages.events.words import word_lists


def assemble(coding: Coding) -> None:
    """Writes each selected candidate's `event` and `coding.events`: the events with an actor, with
    the anaphors ("cette rencontre") folded into the earlier event they name, and an act whose agent
    the text leaves unnamed left out after an earlier event of its type (its toll or its detail)."""
    events: list[Event] = []
    anaphors: list[Event] = []
    for item in coding.selected():
        item.event = build(item, coding.producer)
        if item.becomes == "anaphor":
            anaphors.append(item.event)
        elif item.agentless and (toll := tolled(item, events, coding)) is not None:
            # "X shelled Y. Four people were wounded": the toll of the act already told, which takes
            # the toll's victims when it named none ("A bomb went off in the market … killing two")
            complete(toll, item.event)
            continue
        elif restated(item, coding.selected()):
            continue  # "convicted a former commander … and sentenced him to 30 years": one act
        elif item.event.actors:
            events.append(item.event)
    commitments = coding.lexicon.commitment_verbs | word_lists().consenting_verbs
    pledges = frozenset(
        id(item.event)
        for item in coding.selected()
        if item.trigger.pos == "verb" and item.trigger.head.lemma_.lower() in commitments
    )
    coding.events = merge_events(events, anaphors, pledges)
    for n, event in enumerate(coding.events, start=1):
        event.id = f"{coding.doc.id}-{n}"
        event.actors, event.recipients = (
            with_people_sectors(event.actors),
            with_people_sectors(event.recipients),
        )


def with_people_sectors(refs: list[ActorRef]) -> list[ActorRef]:
    """The sector of a group that has none: people named by no role (« deux hommes », "relatives of the
    dead") are civilians, CVL, and suspects criminals, CRM (`people_nouns`, `suspect_nouns`). A country
    standing alone as a party keeps no sector, as the seeds' gold codes it ("Russia", "Iran"); an
    international court is IGO (`_court`)."""
    return [_court(ref) if ref.sector is not None else _with_sector(ref) for ref in refs]


def _court(ref: ActorRef) -> ActorRef:
    """An international court (the ICC, the ECHR, the ICJ: country ``IGO``, sector JUD while coding, so that
    its judgments convict) is coded IGO, as the project's gold and CAMEO's IGO code give it."""
    if ref.country == "IGO" and ref.sector == "JUD":
        return ref.model_copy(update={"sector": "IGO"})
    return ref


def _with_sector(ref: ActorRef) -> ActorRef:
    sector = _people_sector(ref.name) if ref.kind == "group" else None
    return ref if sector is None else ref.model_copy(update={"sector": sector})


def _people_sector(name: str) -> str | None:
    words = word_lists()
    last = name.lower().split()[-1] if name.split() else ""
    for form in (last, last[:-1] if last.endswith(("s", "x")) else last):
        if form in words.suspect_nouns:
            return "CRM"
        if form in words.people_nouns:
            return "CVL"
    return None


#: Acts a state does not address to itself: a guessed addressee of its own country is no addressee.
SELF_ADDRESSED = frozenset({"AGREE", "THREATEN", "REQUEST"})


def build(item: Candidate, producer: str) -> Event:
    """The event of a candidate through every pass (with the guessed addressee of an act naming none);
    its evidence is the trigger, every argument's mention and the attribution (each span once)."""
    trigger = Span(start=item.trigger.start, end=item.trigger.end)
    # the recipients named, else the addressee guessed, unless a state's pledge, demand or warning would
    # be made to itself ("Kyrgyzstan agreed…" is made to no one the text names, not to Kyrgyzstan; tear gas
    # a state's police fire is aimed at its people)
    states = {a.country for a in item.actors if a.kind == "country" and a.sector is None}
    speech = item.type in SELF_ADDRESSED
    guessed = [a for a in item.addressee if not (speech and a.country in states)]
    recipients = others(item.recipients, item.actors) or guessed
    spans = [trigger, *[s for a in [*item.actors, *recipients] for s in a.evidence]]
    spans += [s for a in item.attribution for s in a.evidence]
    return Event(
        id="",
        type=item.type,
        mode=item.mode,
        contexts=item.contexts,
        auxiliary=item.auxiliary,
        actors=item.actors,
        recipients=recipients,
        place=item.place,
        time=item.time,
        attribution=item.attribution,
        confidence=item.confidence,
        evidence=list({(s.start, s.end): s for s in spans}.values()),
        trigger=trigger,
        trigger_text=item.trigger.text,
        sentence=item.span,
        producer=producer,
    )


def others(recipients: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """The recipients, less any that is one of the actors when the text names another ("where Iran
    promised to let inspectors…" read under "Tehran": Iran is no addressee of its own promise)."""
    kept = [r for r in recipients if not any(same_party(r, a) for a in actors)]
    return kept or recipients


#: Sectors of a state's own organs: a party naming the state with no sector stands for any of them.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "ELC"})


def same_party(one: ActorRef, other: ActorRef) -> bool:
    """One party named twice: the same actor, or a state and one of its organs ("Iran" and "Iran GOV",
    "Téhéran" read as Iran's government; a court and the country it sits in); never a person (a
    ministry suspending an official acts on another)."""
    if one.kb_id is not None and one.kb_id == other.kb_id and one.name == other.name:
        return True
    if one.country is None or one.country != other.country or "person" in {one.kind, other.kind}:
        return False
    sectors = {one.sector, other.sector}
    bare = [ref for ref in (one, other) if ref.sector is None]
    if bare:  # the state itself ("Iran", a town read as its country), not an unnamed person or thing
        return all(ref.kind == "country" for ref in bare) and sectors - {None} <= STATE_SECTORS
    return sectors == {"GOV"} and "country" in {one.kind, other.kind}


def restated(item: Candidate, items: list[Candidate]) -> bool:
    """A verb coordinated with an act of the same type and actors, naming no recipient where that act
    names one ("convicted a former commander … and sentenced him to 30 years", the pronoun unresolved):
    the act told again."""
    head = item.trigger.head
    if item.trigger.pos != "verb" or item.recipients or head.dep_ != "conj":
        return False
    actors = {(a.country, a.sector) for a in item.actors}
    return any(
        other.trigger.head.i == head.head.i
        and other.type == item.type
        and bool(other.recipients)
        and {(a.country, a.sector) for a in other.actors} == actors
        for other in items
    )


def tolled(item: Candidate, events: list[Event], coding: Coding) -> Event | None:
    """The latest earlier event the agentless act of `item` repeats (`told`), unless it is an `incident`."""
    assert item.event is not None
    return next((e for e in reversed(events) if told(e, item.event) and not incident(item, e, coding)), None)


def incident(item: Candidate, earlier: Event, coding: Coding) -> bool:
    """An agentless attack told as an incident of its own, not the toll of the attack before it: a weapon
    or an attack noun is its subject ("An explosion damaged a checkpoint", "a roadside bomb tore through a
    bus", « des tirs d'artillerie ont visé les abords », « un engin explosif a tué deux bergers »), or its
    sentence says it is another one ("Separately, two soldiers were killed…", « Par ailleurs, … » — words
    `separate_marks`); never one told in the same sentence as the `earlier` attack ("A roadside bomb
    exploded…": the noun and its verb)."""
    if item.type != "ASSAULT" or item.span is None or earlier.sentence is None:
        return False
    if earlier.sentence.start == item.span.start:
        return False
    trigger = item.trigger
    if _within_attack(trigger.head, item, coding):  # "were killed when shells landed on the camp"
        return False
    downed = [t for t in item.roles.recipients if t.dep_ in SUBJECT_DEPS and instrument(t, coding.lexicon)]
    if downed:  # « un drone a par ailleurs été abattu »: the weapon was hit, no target of its own
        return False
    subjects = [trigger.head] if trigger.pos == "noun" else coding.index.undated(item.roles.actors)
    weapons = [t for t in subjects if t.dep_ in SUBJECT_DEPS and instrument(t, coding.lexicon)]
    definite = word_lists().definite
    if any(d.dep_ == "det" and d.lower_ in definite for w in weapons for d in w.children):
        return False  # "Les combats ont éclaté après…", "The blast…": the attack told before
    if weapons and not any(is_passive(w.head) for w in weapons):
        return True
    marks = word_lists().separate_marks
    return not weapons and any(t.lower_ in marks for t in item.sentence)  # not "a drone was shot down"


def _within_attack(head: Any, item: Candidate, coding: Coding) -> bool:
    """The trigger sits in a clause of another attack of its sentence ("were killed when shells landed")."""
    attacks = {c.trigger.head.i for c in coding.candidates if c is not item and "ASSAULT" in c.trigger.types}
    token = head
    for _ in range(3):
        if token.head.i == token.i or not item.sentence.start <= token.head.i < item.sentence.end:
            return False
        token = token.head
        if token.i in attacks:
            return True
    return False


def complete(earlier: Event, toll: Event) -> None:
    """An attack naming no target takes the victims of its toll, told after it."""
    if earlier.type == "ASSAULT" and not earlier.recipients and toll.recipients:
        earlier.recipients = list(toll.recipients)
        spans = [*earlier.evidence, *(s for r in toll.recipients for s in r.evidence)]
        earlier.evidence = list({(s.start, s.end): s for s in spans}.values())


def told(earlier: Event, event: Event) -> bool:
    """An agentless act repeats an earlier event: any attack's toll, else the same act ("were arrested"
    after an arrest; an arrest after a suspension is news); a killing after an abduction, or an abduction
    after another attack, is news ("the body of a man who had been abducted … was found")."""
    if earlier.type != event.type:
        return False
    if event.type == "ASSAULT":
        return (earlier.mode == "abduct") == (event.mode == "abduct")
    return earlier.mode == event.mode
