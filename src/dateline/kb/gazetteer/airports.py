"""Airports from ``airportsdata`` (MIT): the ones with an IATA code, each a site record (``AIRP``) under
names that end with an airport word, never under a bare core ("London Gatwick Airport" → "Gatwick Airport",
never "Gatwick"): a bare core is often a person's or a common name ("Pearson", "Blue Grass"), which the
capitalised-run scan would then find in any text."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

#: Words that end an airport's name; what precedes them is the airport's own name.
_AIRPORT_END = re.compile(r"\b(?:Airport|Airfield|Air Base|Air Force Base)$")
#: Words that alone name no particular airport ("Municipal Airport" is every town's).
_GENERIC = frozenset(
    {"international", "regional", "municipal", "county", "city", "national", "state", "executive", "memorial",
     "airport", "airfield", "air", "base", "force", "domestic", "intl"}
)  # fmt: skip
#: How far an airport may lie from the nearest town named like its city before its point is doubted.
CITY_REACH_KM = 100.0


def airport_names(name: str, city: str, towns: Collection[str] = ()) -> list[str]:
    """The names an airport is written under: its full name ("Ottawa / Macdonald-Cartier International
    Airport" read as one name and as its last part), without its city's name in front ("Gatwick Airport"),
    or a town's of `towns` (folded names: "Toronto Pearson International Airport", whose city is
    Mississauga), and without "International" ("Dulles Airport"); "Afb Airport" is read "Air Force Base"
    and "AFB"; a parenthesis is left out ("Long Beach (Daugherty Field) Airport"). Only names ending with
    an airport word and keeping a word of their own; none for an airport under construction."""
    from dateline.kb.gazetteer.folding import fold_name

    if "construction" in name:  # "(under construction, unknown coordinates)"
        return []
    name = " ".join(re.sub(r"\([^)]*\)", " ", name).split())
    parts = [p.strip() for p in name.split("/") if p.strip()]
    full = [" ".join(parts), parts[-1]] if len(parts) > 1 else parts
    words = name.split()
    heads = [" ".join(words[:n]) for n in (1, 2) if fold_name(" ".join(words[:n])) in towns]
    cities = [c.strip() for c in city.split("/") if c.strip()] + heads
    found: list[str] = []
    for whole in full:
        if whole.endswith(" Afb Airport"):
            stem = whole.removesuffix(" Afb Airport")
            whole = f"{stem} Air Force Base"
            found.append(f"{stem} AFB")
        forms = [whole]
        forms += [whole[len(c) + 1 :] for c in cities if re.match(re.escape(c) + r"[ -]", whole)]
        forms += [f.replace(" International ", " ") for f in forms if " International " in f]
        found += [f for f in forms if _AIRPORT_END.search(f) and _own_word(f)]
    return list(dict.fromkeys(found))


def _own_word(name: str) -> bool:
    """The name keeps a word that is not an airport word ("Blue Grass Airport", not "Regional Airport")."""
    return any(w.lower().strip("().,-") not in _GENERIC for w in name.split())


def airport_rows(
    towns: Mapping[tuple[str, str], list[tuple[float, float]]], cities: Collection[tuple[str, str]]
) -> Iterator[tuple[tuple[str, str, float, float, int, str, int, str], list[str]]]:
    """(record row, names) per airport with an IATA code whose point lies within `CITY_REACH_KM` of a town
    named like its city in its country (`towns`: folded name and ISO-2 country → points), or whose city
    the gazetteer does not know; a name may drop a leading city of `cities` (folded name, ISO-2 country)."""
    import airportsdata

    from dateline.kb.gazetteer.folding import fold_name
    from dateline.kb.gazetteer.geometry import haversine_km

    by_country: dict[str, set[str]] = {}
    for name, country in cities:
        by_country.setdefault(country, set()).add(name)
    for airport in airportsdata.load("IATA").values():
        names = airport_names(airport["name"], airport["city"], by_country.get(airport["country"], set()))
        if not names:
            continue
        lat, lon = float(airport["lat"]), float(airport["lon"])
        country = airport["country"]
        points = [p for c in airport["city"].split("/") for p in towns.get((fold_name(c), country), [])]
        if points and min(haversine_km(lat, lon, *p) for p in points) > CITY_REACH_KM:
            continue
        yield (names[0], airport["country"], lat, lon, 0, "AIRP", 0, ""), names[1:]
