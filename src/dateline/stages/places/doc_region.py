"""The document's region — the countries and admin-1 units its places settle without context — and the rules
that weigh a name against it.

- `region`: the admin-1 units named (their main name) or of a name with a single record, and the countries
  named by any of their names;
- `in_document_region`, `in_region`: a name has a record there (any name; a main name);
- `countries`, `abroad_alternate`: a small town abroad that a name reaches only by an alternate or
  transliterated spelling ("Gard" is one of Garður's, Iceland, in a report naming Nîmes) is no place there;
- `home_spellings`: a name whose records are all small towns abroad, spelt up to transliteration like a town
  of the document's countries ("Zaouïa" next to Tripoli, Libya: Zawiya), is that town.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.kb.gazetteer import Gazetteer, fold_name
from dateline.stages.places.evidence import strong

Region = frozenset[tuple[str, str]]


def units(gaz: Gazetteer, name: str) -> set[tuple[str, str]]:
    """What one toponym's name settles without context: the admin-1 units it names by their main name, the
    countries it names by any name ("Liban" too: the resolver reads a country's name as the country) as
    ``(country, "")``, and the admin-1 unit of its record when it has a single one."""
    records = gaz.lookup(name)
    found = {(e.country, e.admin1 or "") for e, main in records if main and e.feature_code == "ADM1"}
    found |= {(e.country, "") for e, _ in records if e.feature_code == "PCLI"}
    if len(records) == 1 and records[0][0].admin1:
        found.add((records[0][0].country, records[0][0].admin1 or ""))
    return found


def region(gaz: Gazetteer, names: Iterable[str]) -> Region:
    """The document's region: the union of its toponyms' `units`."""
    return frozenset(unit for name in set(names) for unit in units(gaz, name))


def in_document_region(gaz: Gazetteer, name: str, region: Region) -> bool:
    """Some record of `name` (an alternate name too) lies in a country or admin-1 unit the document's places
    name: an organisation's name heads with a place of the story ("Jassem" in a story naming Syria), not
    with an alternate name of a town abroad ("Hamas" is one of Hamm's)."""
    return any(
        (e.country, e.admin1 or "") in region or (e.country, "") in region for e, _ in gaz.lookup(name)
    )


def in_region(gaz: Gazetteer, name: str, region: Region, country_floor: int = 100_000) -> bool:
    """`name` is the main name of a town or admin unit in one of the document's admin-1 units, or of a town
    of at least `country_floor` people in one of its countries ("Sochi" in a story naming Russia)."""
    return bool(region) and any(
        main
        and e.feature_class in "PA"
        and (
            (e.country, e.admin1 or "") in region
            or (e.population >= country_floor and (e.country, "") in region)
        )
        for e, main in gaz.lookup(name)
    )


def countries(gaz: Gazetteer, name: str, min_population: int) -> set[str]:
    """The countries one toponym's name points to without context: those of its `units`, and those of its
    records with at least `min_population` people, by any name ("Nîmes": France; "Mossoul": Iraq)."""
    found = {country for country, _ in units(gaz, name)}
    return found | {e.country for e, _ in gaz.lookup(name) if e.population >= min_population}


def abroad_alternate(
    gaz: Gazetteer, written: str, name: str, elsewhere: set[str], min_population: int
) -> bool:
    """`name` (looked up for the `written` mention) reaches only small towns abroad, and only by an alternate
    or a transliterated spelling: no record has it as its main name, none is strong (a country, an admin-1
    unit, a capital…), none has `min_population` people or comes from the user's gazetteer, and none lies in
    `elsewhere` — the countries the document's *other* places point to (`countries`), which must name one.
    The name the mention writes is its own only when it is the name looked up (a loose match is not)."""
    records = gaz.lookup(name)
    if not elsewhere or not records:  # a name no record has (a point of interest's) reaches nothing abroad
        return False
    own = fold_name(name) in fold_name(written) and any(main for _, main in records)
    return not (
        own
        or strong(name, records)
        or any(e.user or e.population >= min_population or e.country in elsewhere for e, _ in records)
    )


def home_spellings(gaz: Gazetteer, name: str, elsewhere: set[str], min_population: int) -> list[str]:
    """Other spellings of `name` up to transliteration (`Gazetteer.loose`) that name a town in `elsewhere` —
    the countries the document's other places point to — when every record of `name` is a small town abroad
    (none strong, none of `min_population` people, none in `elsewhere`): "Zaouïa" west of Tripoli (Libya)
    spells Zawiya, not the Algerian hamlet Zaouia."""
    records = gaz.lookup(name)
    if not elsewhere or not records or strong(name, records):
        return []
    if any(e.user or e.population >= min_population or e.country in elsewhere for e, _ in records):
        return []
    return [
        key
        for key in gaz.loose(name, indexed=True)
        if any(e.feature_class == "P" and e.country in elsewhere for e, _ in gaz.lookup(key))
    ]


def unit_kind(gaz: Gazetteer, name: str) -> int:
    """1 when `name` is the main name of a country or a first-level unit ("Virginia"), 2 when it names one
    otherwise ("Va.", "Britain"), else 0 (`hierarchy.with_parents`: a list of towns with their states)."""
    records = gaz.lookup(name)
    units = [main for e, main in records if e.feature_code in ("PCLI", "ADM1")]
    return 0 if not units else 1 if any(units) else 2
