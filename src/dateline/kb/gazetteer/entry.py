"""The gazetteer's record (`Entry`), its GeoNames feature classes and ISO-3 country codes."""

from __future__ import annotations

from dataclasses import dataclass

#: Feature code → GeoNames feature class.
FEATURE_CLASS: dict[str, str] = {
    "PPL": "P", "PPLA": "P", "PPLC": "P", "PCLI": "A", "ADM1": "A", "ADM2": "A", "CONT": "L",
    "AIRB": "S", "MILB": "S", "NVB": "S", "PRT": "S", "PSTB": "S", "AIRP": "S", "BLDG": "S", "CMPRF": "S",
    "RGN": "L",
    "SEA": "H", "GULF": "H", "STRT": "H", "CNL": "H", "OCN": "H", "LK": "H", "BAY": "H",
}  # fmt: skip


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
    user: bool = False  # from the user's gazetteer file (`dateline.kb.user_gazetteer`)

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASS.get(self.feature_code, "P")

    @property
    def country3(self) -> str | None:
        return iso3(self.country) if self.country else None
