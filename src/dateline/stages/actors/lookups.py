"""Per-mention lookups for later stages; they read ``doc.actors`` only, so documents loaded back
from JSON work too."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.model import Actor, Document, Span


@dataclass(frozen=True)
class ActorMention:
    """One mention span of one resolved actor (`index` is its position in ``doc.actors``)."""

    start: int
    end: int
    actor: Actor
    index: int

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)


def actor_mentions(doc: Document) -> list[ActorMention]:
    """Every actor mention in `doc`, sorted by position (longest first on ties)."""
    found = [
        ActorMention(start=span.start, end=span.end, actor=actor, index=i)
        for i, actor in enumerate(doc.actors)
        for span in actor.mentions
    ]
    return sorted(found, key=lambda m: (m.start, -(m.end - m.start), m.index))


def actors_at(doc: Document, start: int, end: int) -> list[ActorMention]:
    """The actor mentions overlapping the char range ``[start, end)`` (e.g. a subject token)."""
    return [m for m in actor_mentions(doc) if m.start < end and start < m.end]
