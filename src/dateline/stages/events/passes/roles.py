"""Roles pass: each candidate's argument tokens, read off the dependency tree (`arguments`)."""

from __future__ import annotations

from dateline.stages.events.arguments import find_roles
from dateline.stages.events.auxiliary import anchor_verb
from dateline.stages.events.candidate import Coding


def read(coding: Coding) -> None:
    """Writes `roles` and `anchor` (the framing verb of a noun trigger, else the verb governing the
    trigger) of every candidate."""
    for candidate in coding.candidates:
        candidate.roles = find_roles(candidate.trigger, coding.lexicon)
        frame = candidate.roles.frame
        candidate.anchor = frame if frame is not None else anchor_verb(candidate.trigger.head)
