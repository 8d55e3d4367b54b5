"""Issue 14, session 19 (london pass): a famous place against a same-named town the report means — the
country the report names most, the capital of a country it names, a district or building named inside a
town. Hand-built gazetteer; all sentences are invented."""

from __future__ import annotations

import pytest

from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_dominant import dominant_country
from dateline.kb.geo_resolver import Resolution, Resolver, Toponym
from dateline.model import Span
from dateline.stages.places.hierarchy import with_parents
from dateline.testing import fake_entry

LONDON_GB = fake_entry("London", "GB", 51.51, -0.13, 8_900_000, "PPLC", "England")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (LONDON_GB, []),
            (fake_entry("London", "CA", 42.98, -81.23, 420_000, admin1="Ontario"), []),
            (fake_entry("Canada", "CA", 60.0, -96.0, 37_000_000, "PCLI"), []),
            (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), []),
            (fake_entry("United States", "US", 39.8, -98.5, 327_000_000, "PCLI"), ["U.S."]),
            (fake_entry("United Kingdom", "GB", 54.0, -2.0, 66_000_000, "PCLI"), ["Britain"]),
            (fake_entry("France", "FR", 46.0, 2.0, 67_000_000, "PCLI"), []),
            (fake_entry("Kentucky", "US", 37.5, -85.0, 4_400_000, "ADM1", "Kentucky"), []),
            (fake_entry("Georgetown", "US", 38.21, -84.56, 33_000, admin1="Kentucky"), []),
            (fake_entry("Paris", "FR", 48.85, 2.35, 2_100_000, "PPLC", "Ile-de-France"), []),
            (fake_entry("Paris", "US", 38.21, -84.25, 9_900, admin1="Kentucky"), []),
            (fake_entry("Ottawa", "CA", 45.41, -75.70, 1_000_000, "PPLC", "Ontario"), []),
            (fake_entry("Ottawa County", "US", 42.99, -86.18, 5_000, "ADM2", "Michigan"), ["Ottawa"]),
            (fake_entry("Orléans", "CA", 45.46, -75.50, 126_000, admin1="Ontario"), []),
            (fake_entry("Orléans", "FR", 47.90, 1.90, 116_000, admin1="Centre"), []),
            (fake_entry("South Charleston", "US", 38.37, -81.70, 13_000, admin1="West Virginia"), []),
        ]
    )


def _entries(gaz: Gazetteer, names: list[Toponym]) -> list[tuple[str, str] | None]:
    """(name, country) of each resolution."""
    return [(r.entry.name, r.entry.country) if r else None for r in Resolver(gaz).resolve(names)]


def test_the_country_named_most_outweighs_a_capital_of_a_country_never_named(gaz: Gazetteer) -> None:
    names = [Toponym(n) for n in ("London", "Canada", "Syria", "London", "Canada", "Canada")]
    assert _entries(gaz, names)[0] == ("London", "CA")


def test_no_dominant_country_without_a_majority_or_when_the_capital_s_country_is_named(
    gaz: Gazetteer,
) -> None:
    tied = [Toponym(n) for n in ("London", "Canada", "Syria", "Canada", "Syria")]
    assert _entries(gaz, tied)[0] == ("London", "GB")
    named = [Toponym(n) for n in ("London", "Canada", "Canada", "Canada", "Britain")]
    assert _entries(gaz, named)[0] == ("London", "GB")


def test_dominant_country_needs_more_than_half_of_the_country_mentions() -> None:
    def named(entry: Entry) -> Resolution:
        return Resolution(entry, 0.0, 1.0)

    us = fake_entry("United States", "US", 39.8, -98.5, 1, "PCLI")
    gb = fake_entry("United Kingdom", "GB", 54.0, -2.0, 1, "PCLI")
    ru = fake_entry("Russia", "RU", 60.0, 100.0, 1, "PCLI")
    assert dominant_country([named(us), named(us), named(us), named(gb), named(ru)]) == "US"
    assert dominant_country([named(us), named(us), named(gb), named(ru)]) is None
    assert dominant_country([named(us), named(LONDON_GB), named(LONDON_GB)]) is None  # towns do not count


def test_the_capital_of_a_named_country_outranks_a_town_of_the_named_state(gaz: Gazetteer) -> None:
    names = [Toponym(n) for n in ("Georgetown", "Kentucky", "France", "Paris", "Kentucky")]
    assert _entries(gaz, names)[3] == ("Paris", "FR")
    without = [Toponym(n) for n in ("Georgetown", "Kentucky", "Paris", "Kentucky")]
    assert _entries(gaz, without)[2] == ("Paris", "US")


def _parented(gaz: Gazetteer, text: str, names: list[Toponym]) -> list[tuple[str, str] | None]:
    spans = []
    for name in names:
        start = text.index(name.text)
        spans.append((Span(start=start, end=start + len(name.text)), name))
    return _entries(gaz, with_parents(text, spans))


def test_a_district_named_inside_a_town_lies_near_it_not_in_a_county_once_so_called(gaz: Gazetteer) -> None:
    text = "Un incendie à Orléans, dans l'est d'Ottawa, mardi."
    found = _parented(gaz, text, [Toponym("Orléans"), Toponym("Ottawa")])
    assert found == [("Orléans", "CA"), ("Ottawa", "CA")]


def test_a_building_the_gazetteer_lacks_takes_the_town_it_is_named_in(gaz: Gazetteer) -> None:
    text = "Call Thomas Memorial Hospital in South Charleston for appointments."
    hospital = Toponym("Thomas Memorial Hospital", "poi")
    assert _parented(gaz, text, [hospital, Toponym("South Charleston")])[0] == ("South Charleston", "US")
    unknown = "Call Thomas Memorial in South Charleston for appointments."  # no point of interest's word
    assert _parented(gaz, unknown, [Toponym("Thomas Memorial"), Toponym("South Charleston")])[0] is None
