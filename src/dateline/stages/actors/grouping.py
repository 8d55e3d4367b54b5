"""Grouping mentions into actors: one `Actor` per KB entity, per generic country + sector and per
unknown name."""

from __future__ import annotations

from typing import Any

from dateline.model import Actor, ActorKind, Span
from dateline.stages.actors.found import Found


def group_actors(found: list[Found], text: str, producer: str) -> list[Actor]:
    """One `Actor` per identity (a KB entity, a country + sector, a name), in order of first mention.

    Every mention span joins it; a generic actor named by singular and plural or institution nouns
    ("l'officier iranien", "les forces iraniennes") is one actor whose kind is decided by `_kind`.
    """
    actors: dict[tuple[Any, ...], Actor] = {}
    kinds: dict[tuple[Any, ...], set[ActorKind]] = {}
    spans: dict[tuple[Any, ...], set[tuple[int, int]]] = {}  # each actor's mention spans, for quick tests
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        actor = actors.get(item.key)
        if actor is None:
            actor = actors[item.key] = Actor(
                kb_id=item.kb_id,
                name=item.name,
                kind=item.kind,
                country=item.country,
                sector=item.sector,
                qid=item.qid,
                candidates=item.candidates,
                confidence=item.confidence,
                producer=producer,
            )
        else:
            actor.confidence = max(actor.confidence, item.confidence)
            actor.country = actor.country or item.country
            actor.sector = actor.sector or item.sector
            if item.candidates != actor.candidates:  # mentions disagree on who holds the title
                actor.candidates = []
        kinds.setdefault(item.key, set()).add(item.kind)
        seen = spans.setdefault(item.key, set())
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            actor.mentions.append(Span(start=item.start, end=item.end))
        surface = text[item.start : item.end]
        if surface not in actor.aliases_hit:
            actor.aliases_hit.append(surface)
    for key, actor in actors.items():
        actor.kind = _kind(kinds[key])
    return list(actors.values())


def _kind(kinds: set[ActorKind]) -> ActorKind:
    """The kind of an actor from its mentions' kinds: the one kind they share, else an organisation."""
    return next(iter(kinds)) if len(kinds) == 1 else "organisation"
