"""A trigger found in a sentence with its resolved arguments, before it becomes an `Event`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.model import ActorRef
from dateline.stages.events import auxiliary
from dateline.stages.events.arguments import Roles
from dateline.stages.events.triggers import Trigger


@dataclass
class Found:
    """One trigger in one sentence with its resolved arguments; `patients` are object tokens that
    name no actor ("fired on a car", "des personnes ont été tuées"); `by_authorities` marks an
    arrest whose agent the text does not name ("were detained")."""

    trigger: Trigger
    sentence: Any
    roles: Roles
    actors: list[ActorRef]
    recipients: list[ActorRef]
    patients: list[Any] = field(default_factory=list)
    by_authorities: bool = False
    type: str = ""
    sureness: float = 0.0
    probs: dict[str, float] | None = None
    suppressed: bool = False

    @property
    def anchor(self) -> Any:
        return self.roles.frame if self.roles.frame is not None else auxiliary.anchor_verb(self.trigger.head)
