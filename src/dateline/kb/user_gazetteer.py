"""Places the user adds: a CSV of sites and villages GeoNames lacks, layered over the gazetteer.

Columns: ``name, alternate_names, lat, lon, country, admin1, kind`` — alternate names separated by
``|``; country as ISO-3 or ISO-2; admin1 optional (the unit's name, matched to the gazetteer's own
spelling when the gazetteer knows it); kind one of `KINDS` or a GeoNames feature code the gazetteer
uses ("MILB", "PPL"). A bad row is a `UserGazetteerError` naming the file and the row. The records
rank like the strongest same-named record and win ties (`Resolver`, ``Weights.user_margin``).
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Sequence
from pathlib import Path

from dateline.kb.gazetteer import Entry, Gazetteer, fold_name
from dateline.kb.gazetteer.entry import FEATURE_CLASS

COLUMNS = ("name", "alternate_names", "lat", "lon", "country", "admin1", "kind")
#: Plain words for the `kind` column → GeoNames feature codes.
KINDS: dict[str, str] = {
    "village": "PPL", "town": "PPL", "city": "PPL", "neighbourhood": "PPL", "camp": "PPL",
    "site": "BLDG", "base": "MILB", "airbase": "AIRB", "airport": "AIRP", "crossing": "PSTB",
    "port": "PRT", "region": "RGN", "admin1": "ADM1", "admin2": "ADM2",
}  # fmt: skip


class UserGazetteerError(ValueError):
    """A user gazetteer file that cannot be read: the message names the file and the row."""


@dataclasses.dataclass(frozen=True)
class UserPlace:
    """One row of the user's file."""

    name: str
    alternate_names: tuple[str, ...]
    lat: float
    lon: float
    country: str  # ISO-2
    admin1: str | None
    feature_code: str


def read_user_gazetteer(path: Path) -> list[UserPlace]:
    """The rows of the user's CSV file (`COLUMNS`), checked."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise UserGazetteerError(f"{path}: missing column(s) {', '.join(missing)}")
            return [_row(path, n, row) for n, row in enumerate(reader, start=2)]
    except OSError as error:
        raise UserGazetteerError(f"{path}: cannot read the user gazetteer ({error})") from error


def _row(path: Path, line: int, row: dict[str, str | None]) -> UserPlace:
    def field(name: str) -> str:
        return (row.get(name) or "").strip()

    where = f"{path}: row {line} ({field('name') or 'no name'})"
    if not field("name"):
        raise UserGazetteerError(f"{where}: the name is empty")
    try:
        lat, lon = float(field("lat")), float(field("lon"))
    except ValueError as error:
        raise UserGazetteerError(f"{where}: lat and lon must be numbers") from error
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UserGazetteerError(f"{where}: lat {lat}, lon {lon} lie outside the globe")
    country = _iso2(field("country"))
    if country is None:
        raise UserGazetteerError(f"{where}: unknown country code {field('country')!r} (ISO-3 or ISO-2)")
    kind = field("kind") or "village"
    code = KINDS.get(kind.lower(), kind.upper())
    if code not in FEATURE_CLASS:
        raise UserGazetteerError(f"{where}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    alternates = tuple(a.strip() for a in field("alternate_names").split("|") if a.strip())
    return UserPlace(field("name"), alternates, lat, lon, country, field("admin1") or None, code)


def _iso2(code: str) -> str | None:
    import pycountry

    if len(code) == 2:
        found = pycountry.countries.get(alpha_2=code.upper())
    elif len(code) == 3:
        found = pycountry.countries.get(alpha_3=code.upper())
    else:
        return None
    return found.alpha_2 if found else None


class UserGazetteer(Gazetteer):
    """`base` with the user's places added: their records follow the base's, flagged ``user``."""

    def __init__(self, base: Gazetteer, places: Sequence[UserPlace]) -> None:
        self.__dict__.update(base.__dict__)  # the base's packed index, shared, not copied
        self._base_size = len(base)
        self._user: list[Entry] = []
        self._names: dict[str, list[tuple[Entry, bool]]] = {}
        for place in places:
            entry = Entry(
                index=self._base_size + len(self._user), name=place.name, country=place.country,
                lat=place.lat, lon=place.lon, population=0, feature_code=place.feature_code,
                admin1=self._admin1(base, place), user=True,
            )  # fmt: skip
            self._user.append(entry)
            for name in {place.name, *place.alternate_names}:
                self._names.setdefault(fold_name(name), []).append((entry, name == place.name))

    @staticmethod
    def _admin1(base: Gazetteer, place: UserPlace) -> str | None:
        """The gazetteer's spelling of the row's admin-1 unit ("Hassaké" → its GeoNames name)."""
        if place.admin1 is None:
            return None
        units = (e for e in base.candidates(place.admin1) if e.feature_code == "ADM1")
        return next((e.admin1 for e in units if e.country == place.country), place.admin1)

    def __len__(self) -> int:
        return self._base_size + len(self._user)

    def entry(self, index: int) -> Entry:
        return self._user[index - self._base_size] if index >= self._base_size else super().entry(index)

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        return self._names.get(fold_name(name), []) + super().lookup(name)

    def loose(self, name: str, indexed: bool = False) -> list[str]:
        """The base's loose matches (`Gazetteer.loose`); none for a user name (the user's spellings are
        matched exactly, as written in the file)."""
        return [] if self.is_user_name(name) else super().loose(name, indexed)

    def is_user_name(self, name: str) -> bool:
        """`name` names one of the user's places."""
        return fold_name(name) in self._names

    def __contains__(self, name: str) -> bool:
        return fold_name(name) in self._names or super().__contains__(name)
