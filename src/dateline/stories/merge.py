"""Event merging: one real-world happening ← the events of several reports in one story.

Two events from different documents are linked when their types share a family, their
participant countries overlap, and their places and times are compatible. Linked events
form a merged event (connected components); every link records which fields matched,
so a merge can be explained, and `detached` event ids are never merged (reversal).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dateline.kb.gazetteer import haversine_km
from dateline.model import ActorRef, Document, Event
from dateline.plover import QUAD_CLASS

PLACE_TOLERANCE_KM = 50.0


@dataclass(frozen=True)
class Report:
    """One report's account of a merged event."""

    doc_id: str
    event_id: str
    outlet: str | None
    language: str
    type: str
    attribution: list[str]
    confidence: float
    evidence: str


@dataclass
class MergedEvent:
    id: str
    type: str
    reports: list[Report] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "reports": [r.__dict__ for r in self.reports],
            "links": self.links,
        }


def party(ref: ActorRef) -> str:
    """How events are compared by who takes part: country, else KB id, else name."""
    return ref.country or ref.kb_id or ref.name


def participants(event: Event) -> frozenset[str]:
    return frozenset(party(a) for a in [*event.actors, *event.recipients])


def _interval(event: Event) -> tuple[date, date] | None:
    if event.time is None or not event.time.start or not event.time.end:
        return None
    try:
        return date.fromisoformat(event.time.start[:10]), date.fromisoformat(event.time.end[:10])
    except ValueError:
        return None


def match(a: Event, b: Event) -> dict[str, Any] | None:
    """Which fields of two events agree, or None when they cannot be the same happening."""
    if QUAD_CLASS.get(a.type) != QUAD_CLASS.get(b.type):
        return None
    pa, pb = participants(a), participants(b)
    if not pa or not pb or not (pa & pb):
        return None
    fields: dict[str, Any] = {
        "type": "same" if a.type == b.type else "same family",
        "actors": sorted(pa & pb),
    }
    if a.place and b.place and None not in (a.place.lat, a.place.lon, b.place.lat, b.place.lon):
        km = haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)  # type: ignore[arg-type]
        if km > PLACE_TOLERANCE_KM:
            return None
        fields["place"] = f"within {km:.0f} km"
    ia, ib = _interval(a), _interval(b)
    if ia and ib:
        if ia[1] < ib[0] or ib[1] < ia[0]:
            return None
        fields["time"] = "overlapping intervals"
    if a.type != b.type and pa != pb:
        return None  # a different type needs the very same participants
    return fields


def link_strength(fields: dict[str, Any]) -> float:
    """How much two events agree: same type first, then place, time and shared participants."""
    return (
        (2.0 if fields["type"] == "same" else 0.0)
        + ("place" in fields)
        + ("time" in fields)
        + 0.1 * len(fields["actors"])
    )


def merge_events(docs: Iterable[Document], detached: frozenset[str] = frozenset()) -> list[MergedEvent]:
    """Merged events across `docs` (one story).

    Links are accepted strongest first, and two groups join only when no report has an event
    in both: a merged event holds at most one event per report.
    """
    items: list[tuple[Document, Event]] = [
        (d, e)
        for d in docs
        for e in d.events
        if e.auxiliary not in ("negated", "hypothetical") and e.id not in detached
    ]
    links: list[tuple[float, int, int, dict[str, Any]]] = []
    for i, (di, ei) in enumerate(items):
        for j in range(i + 1, len(items)):
            dj, ej = items[j]
            fields = match(ei, ej) if di.id != dj.id else None
            if fields is not None:
                links.append((link_strength(fields), i, j, fields))
    group = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    accepted: dict[int, list[tuple[int, int, dict[str, Any]]]] = {i: [] for i in range(len(items))}
    for _, i, j, fields in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
        gi, gj = group[i], group[j]
        if gi == gj or {items[k][0].id for k in members[gi]} & {items[k][0].id for k in members[gj]}:
            continue
        for k in members[gj]:
            group[k] = gi
        members[gi] += members.pop(gj)
        accepted[gi] += [*accepted.pop(gj), (i, j, fields)]
    merged = []
    for gid, indexes in members.items():
        if len(indexes) < 2:
            continue
        reports = [_report(*items[i]) for i in sorted(indexes)]
        merged.append(
            MergedEvent(
                id=f"m-{min(r.event_id for r in reports)}",
                type=_majority(r.type for r in reports),
                reports=reports,
                links=[{"a": items[i][1].id, "b": items[j][1].id, "matched": f} for i, j, f in accepted[gid]],
            )
        )
    return sorted(merged, key=lambda m: m.id)


def _majority(values: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k])


def _report(doc: Document, event: Event) -> Report:
    span = event.sentence or (event.evidence[0] if event.evidence else None)
    return Report(
        doc_id=doc.id,
        event_id=event.id,
        outlet=doc.outlet,
        language=doc.language.code,
        type=event.type,
        attribution=[a.source for a in event.attribution],
        confidence=event.confidence,
        evidence=span.of(doc.text) if span else "",
    )
