"""The document's dominant country over a famous namesake's prior.

A report that names one country more often than any other (by its name or demonym, and by its admin-1
units: more than half of those mentions) and never names a place in the country of a famous city means a
same-named town of the dominant country: "a London rally … thanked Canada … the Islamic Centre in London
… Canada's stand" is London, Ontario, although London, England is the capital and the bigger city. The
town must bear the name as its main name. Nothing changes when the famous city's country is named anywhere
in the report (its name, a demonym, a place or unit in it) or known from outside it (the outlet's country
or region), nor when no country has most of the mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

from dateline.kb.gazetteer import Entry

#: Records whose mention names their country as a whole: the country itself and its admin-1 units.
NAMING_CODES = frozenset({"PCLI", "ADM1"})
#: How often the dominant country must be named (one mention is no evidence that outweighs a capital).
MIN_MENTIONS = 2


class _Resolved(Protocol):
    @property
    def entry(self) -> Entry: ...


def dominant_country(resolutions: Iterable[_Resolved | None]) -> str | None:
    """The country (ISO-2) that most of the document's mentions of countries and admin-1 units name (more
    than half of them, at least `MIN_MENTIONS`); None otherwise: a report on world affairs that names the
    United States five times among fifteen country mentions has no dominant country."""
    counts = Counter(
        r.entry.country for r in resolutions if r is not None and r.entry.feature_code in NAMING_CODES
    )
    ranked = counts.most_common(1)
    if not ranked or ranked[0][1] < MIN_MENTIONS or 2 * ranked[0][1] <= counts.total():
        return None
    return ranked[0][0] or None


def gives_way(chosen: Entry, dominant: str | None, named: set[str]) -> bool:
    """`chosen`, a town, lies in a country the document never names (`named`: the countries of its other
    mentions and of the outside context) while another country dominates it."""
    return dominant is not None and chosen.feature_class == "P" and chosen.country not in named | {dominant}


def namesake(ranked: Sequence[tuple[float, Entry]], mains: set[int], dominant: str) -> Entry | None:
    """The best ranked town of the `dominant` country bearing the mention as its main name (`mains`: the
    indexes of those records); None when there is none."""
    return next(
        (e for _, e in ranked if e.country == dominant and e.feature_class == "P" and e.index in mains), None
    )
