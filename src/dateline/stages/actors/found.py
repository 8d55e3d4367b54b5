"""The `Found` record: one actor mention, before mentions are grouped into actors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.model import ActorKind, Candidate


@dataclass
class Found:
    """One actor mention found in the text; mentions with the same `key` become one actor."""

    start: int
    end: int
    key: tuple[Any, ...]
    name: str
    kind: ActorKind
    head: int
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    qid: str | None = None
    confidence: float = 1.0
    candidates: list[Candidate] = field(default_factory=list)
    role_token: int | None = None
    #: (country, sector, office) of a singular title ("le président russe"): mentions of one title join
    #: the person a name in apposition gives it ("le président russe Vladimir Poutine").
    title_key: tuple[str | None, str, str] | None = None
