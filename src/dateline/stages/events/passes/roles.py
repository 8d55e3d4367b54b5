"""Roles pass: each candidate's argument tokens, read off the dependency tree (`arguments`)."""

from __future__ import annotations

from dateline.stages.events.arguments import find_roles
from dateline.stages.events.auxiliary import anchor_verb
from dateline.stages.events.candidate import Coding
from dateline.stages.events.consent import permitted
from dateline.stages.events.partners import join


def read(coding: Coding) -> None:
    """Writes `roles` and `anchor` (the framing verb of a noun trigger, else the verb governing the
    trigger) of every candidate; the parties an act is done with are among its actors (`partners`), the
    parties an agreement lets act among its recipients (`consent`)."""
    for candidate in coding.candidates:
        candidate.roles = find_roles(candidate.trigger, coding.lexicon)
        join(candidate.roles, candidate.trigger.head, candidate.trigger.pos == "noun")
        if candidate.trigger.pos == "verb":  # "agreed to let UN experts inspect": the experts
            let = [p for p in permitted(candidate.trigger.head) if p not in candidate.roles.actors]
            candidate.roles.add_all("recipient", let)
        frame = candidate.roles.frame
        candidate.anchor = frame if frame is not None else anchor_verb(candidate.trigger.head)
