"""Kinds of end-to-end geoparsing errors, counted per set.

- *false toponym*: a predicted place mention that overlaps no gold toponym;
- *missed*: a gold toponym that no predicted mention overlaps;
- *wrong place*: the nearest overlapping prediction lies more than 161 km from the gold point;
- *country as town*: the gold is a country and the prediction is not, or the gold is a town and the prediction
  a country (gold with a ``precision`` only);
- *outside the named parent*: the prediction lies outside the unit or country the text names the place in
  ("Kafr Nabl, dans la province d'Idleb"); a country-level prediction in the parent's country is not outside.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from dateline.kb.gazetteer import Gazetteer, haversine_km
from dateline.kb.gazetteer.folding import fold_name
from dateline.model import Place, Span

if TYPE_CHECKING:
    from dateline.eval.places import GoldToponym

MISS_KM = 20038.0
WRONG_KM = 161.0


def overlaps(gold: GoldToponym, span: Span) -> bool:
    return gold.start < span.end and span.start < gold.end


def error_km(gold: GoldToponym, lat: float | None, lon: float | None) -> float:
    """Distance from the gold point; `MISS_KM` (half the equator) when either point is unknown."""
    if lat is None or lon is None or gold.lat is None or gold.lon is None:
        return MISS_KM
    return haversine_km(gold.lat, gold.lon, lat, lon)


@dataclass
class ErrorKinds:
    false_toponym: int = 0
    country_as_town: int = 0
    outside_parent: int = 0
    missed: int = 0
    wrong_place: int = 0

    def add(self, other: ErrorKinds) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def country_ids(gaz: Gazetteer) -> frozenset[int]:
    """GeoNames ids of the gazetteer's countries (to tell a country from a same-named town)."""
    import pycountry

    found = (gaz.country(c.alpha_2) for c in pycountry.countries)
    return frozenset(e.geonames_id for e in found if e is not None and e.geonames_id is not None)


def inside_parent(place: Place, gold: GoldToponym) -> bool:
    """Whether `place` lies in the parent the text names for `gold` (True when it names none)."""
    if gold.parent_country is None:
        return True
    if place.country != gold.parent_country:
        return False
    if gold.parent_admin1 is None or place.admin1 is None:
        return True
    return fold_name(place.admin1) == fold_name(gold.parent_admin1)


def count_errors(
    gold: Sequence[GoldToponym], predicted: Sequence[tuple[Span, Place]], countries: Collection[int]
) -> ErrorKinds:
    """The error kinds of one document's predicted place mentions against its gold toponyms."""
    kinds = ErrorKinds()
    kinds.false_toponym = sum(not any(overlaps(g, span) for g in gold) for span, _ in predicted)
    for g in gold:
        if g.lat is None:
            continue
        places = [p for span, p in predicted if overlaps(g, span)]
        if not places:
            kinds.missed += 1
            continue
        best = min(places, key=lambda p: error_km(g, p.lat, p.lon))
        kinds.wrong_place += error_km(g, best.lat, best.lon) > WRONG_KM
        is_country = best.geonames_id in countries
        kinds.country_as_town += (g.precision == "country" and not is_country) or (
            g.precision == "town" and is_country
        )
        kinds.outside_parent += not inside_parent(best, g)
    return kinds
