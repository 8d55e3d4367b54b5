"""The typed candidate the coder's passes fill, and one document's coding (see `passes`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from dateline.model import ActorRef, AttributionRef, Document, Event, PlaceRef, Span, TimeRef
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.arguments import Roles
from dateline.stages.events.homonyms import Misread
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import Trigger
from dateline.stages.parsed import parsed


@dataclass
class Candidate:
    """One trigger on its way to an `Event`. Each field is written by the pass named beside it (the
    passes run in that order; a later pass reads what the earlier ones wrote)."""

    # trigger: the lexicon match and the segment (spaCy span) it lies in
    trigger: Trigger
    sentence: Any
    # roles: argument tokens off the dependency tree; the verb whose tense and polarity govern it
    roles: Roles = field(default_factory=Roles)
    anchor: Any = None
    # actors: the arguments resolved to actors; object tokens that name no actor ("fired on a car");
    # an act whose agent the text does not name ("were detained", "were killed", "a body was found":
    # `references.UNNAMED_AGENTS` says who it stands for). `localise` completes the refs.
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    patients: list[Any] = field(default_factory=list)
    agentless: bool = False
    # classify: the classifier's distribution, for triggers the lexicon leaves ambiguous
    probs: dict[str, float] | None = None
    # category: the PLOVER category and how clearly it won among the lexicon's candidates
    category: str = ""
    sureness: float = 0.0
    # selection: what the candidate becomes (None: nothing of its own, e.g. the content of another act;
    # it may still give its target to that act's `recipients`)
    becomes: Literal["event", "anaphor"] | None = None
    # setting: the segment's and the clause's characters, where, when and according to whom
    span: Span | None = None
    clause: Span | None = None
    place: PlaceRef | None = None
    time: TimeRef | None = None
    attribution: list[AttributionRef] = field(default_factory=list)
    # localise: the country an act naming no addressee is made to (`localise.UNADDRESSED`); the event
    # takes it as its recipient when assembled, so a guessed addressee adds no confidence
    addressee: list[ActorRef] = field(default_factory=list)
    # modes: auxiliary mode, the event type (the category, or AGREE for a future cooperative act),
    # PLOVER mode and contexts
    auxiliary: str | None = None
    type: str = ""
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    # confidence: the raw score and the calibration's features
    confidence: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    # assemble: the event built from the candidate
    event: Event | None = None


@dataclass
class Coding:
    """One document being coded: its inputs, its candidates and, at the end, its events."""

    doc: Document
    lexicon: Lexicon
    producer: str
    candidates: list[Candidate] = field(default_factory=list)
    #: The report's own country (`references.home_country`), written by the setting pass.
    home: str | None = None
    #: Whether the headline names that country ("Mali : …"): the report is about it.
    headlined: bool = False
    #: The country the places stage put the dateline city in when the report's actors show it lies in
    #: another of that name (`homonyms.misread_dateline`): no place there localises anyone.
    misread: Misread | None = None
    events: list[Event] = field(default_factory=list)

    @functools.cached_property
    def parse(self) -> Any:
        """The document's parse as plain objects (`parsed.ParsedDoc`: spaCy's values, read once);
        the passes reach every token and segment from it."""
        return parsed(self.doc.analysis)

    @functools.cached_property
    def index(self) -> ActorIndex:
        """The document's actor mentions by position, built once for every pass."""
        return ActorIndex(self.doc)

    def selected(self) -> list[Candidate]:
        """The candidates the selection pass kept (events and anaphors), in text order."""
        return [c for c in self.candidates if c.becomes is not None]


def by_head(candidates: list[Candidate]) -> dict[int, Candidate]:
    """Candidates by the token index of their trigger's head, and of the verb framing a noun trigger."""
    heads = {c.roles.frame.i: c for c in candidates if c.roles.frame is not None and c.trigger.pos == "noun"}
    heads.update({c.trigger.head.i: c for c in candidates})
    return heads
