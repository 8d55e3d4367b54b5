"""The countries a report's unambiguous KB names point to, which settle a name or demonym two countries
share ("Congo", "congolais": the DR Congo where Kinshasa or the M23 are named, the Republic of the
Congo where Brazzaville is)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from dateline.kb import Hit, KBEntry


def country_clues(matches: Iterable[tuple[Any, list[Hit]]], date: str | None) -> Counter[str]:
    """How often each country is named, through a KB name that only one entry bears (a country, a
    capital, a demonym, a group or person and its country)."""
    clues: Counter[str] = Counter()
    for _span, hits in matches:
        if len({h.entry.id for h in hits}) == 1:
            country = hits[0].entry.country_at(date)
            if country and country != "IGO":
                clues[country] += 1
    return clues


def clue_country(clues: Counter[str], entries: list[KBEntry]) -> KBEntry | None:
    """The one country entry among `entries` the clues name most, if any is named and none ties it."""
    counts = sorted(((clues[e.id], e) for e in entries if e.kind == "country"), key=lambda c: -c[0])
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]
