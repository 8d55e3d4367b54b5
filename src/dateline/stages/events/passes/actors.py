"""Actors pass: each candidate's argument tokens resolved to actors (`resolution`), in text order
(an anaphor resolves against the candidates before it)."""

from __future__ import annotations

from typing import Any

from dateline.stages.events import resolution
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.arguments import addressees, is_passive, patient
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import Trigger

#: Categories reacting to an earlier act: their indefinite event-noun object still refers to it
#: ("a dénoncé une agression").
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def resolve(coding: Coding) -> None:
    """Writes `actors`, `recipients`, `patients` and `by_authorities` of every candidate."""
    scope = resolution.Scope(ActorIndex(coding.doc), [], coding.lexicon)
    for candidate in coding.candidates:
        _resolve(candidate, scope)
        scope.earlier.append(candidate)


def _resolve(candidate: Candidate, scope: resolution.Scope) -> None:
    """The candidate's roles resolved to actors; the closest mention in the verb's own clause when
    the parse gives no argument at all."""
    trigger, sentence = candidate.trigger, candidate.sentence
    actor_tokens = [t for t in candidate.roles.actors if inside(t, sentence)]
    recipient_tokens = [t for t in candidate.roles.recipients if inside(t, sentence)]
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
    candidate.actors = actors
    candidate.recipients = [r for r in recipients if (r.kb_id, r.name) not in keys]
    candidate.patients = [] if candidate.recipients else [t for t in recipient_tokens if patient(t)]
    arrest = "arrest" in trigger.types.values() and trigger.pos == "verb" and is_passive(trigger.head)
    candidate.by_authorities = arrest and not actors


def inside(token: Any, segment: Any) -> bool:
    return bool(segment.start <= token.i < segment.end)


def hosts_thing(trigger: Trigger, tokens: list[Any], index: ActorIndex, lexicon: Lexicon) -> bool:
    """A host verb whose object names no actor receives a thing, not a visitor ("receive arms")."""
    if trigger.head.lemma_.lower() not in lexicon.host_verbs or is_passive(trigger.head):
        return False
    objects = [t for t in tokens if t.dep_ in {"obj", "dobj"}]
    return bool(objects) and not resolution.resolve_actors(objects, index)
