"""A document's telephone numbers as a hint of its home region: a local report's "call 519-661-5670" or
"(806) 423-1253" gives the state or province its area code serves (``kb/data/area_codes.csv``), so that a
bare "London" in it is London, Ontario, and not the capital of England."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from dateline.kb.gazetteer import Entry, Gazetteer

AREA_CODES_FILE = Path(__file__).parents[2] / "kb" / "data" / "area_codes.csv"

#: A North American number written the usual ways: "519-661-5670", "(806) 423-1253", "519.661.5670", with an
#: optional "1-" or "+1 " before; not a longer run of digits nor a date ("2016-12-04").
_PHONE = re.compile(r"(?<![\d-])(?:\+?1[-. ])?\(?([2-9]\d{2})\)?[-. ]?\s?[2-9]\d{2}[-. ]\d{4}(?![\d-])")


@functools.cache
def area_codes() -> dict[str, tuple[str, str]]:
    """Area code → (ISO-2 country, admin-1 name) of the packaged table."""
    lines = [
        line for line in AREA_CODES_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return {row["code"]: (row["country"], row["admin1"]) for row in csv.DictReader(lines)}


def phone_units(text: str) -> set[tuple[str, str]]:
    """The (country, admin-1) units the area codes of `text`'s phone numbers serve (toll-free and unknown
    codes give none)."""
    codes = area_codes()
    return {codes[m.group(1)] for m in _PHONE.finditer(text) if m.group(1) in codes}


def phone_region(text: str, gazetteer: Gazetteer) -> Entry | None:
    """The admin-1 unit every geographic phone number of `text` belongs to, as its gazetteer record; None
    when the text gives no such number or numbers of several units."""
    units = phone_units(text)
    if len(units) != 1:
        return None
    ((country, admin1),) = units
    found = [
        e
        for e, main in gazetteer.lookup(admin1)
        if main and e.feature_code == "ADM1" and e.country == country
    ]
    return found[0] if found else None
