"""Issue 14's given-span pass: abbreviations matched as written ("L.A." is no "La."), names the gazetteer
lacks standing for the place they qualify or name ("South Los Angeles", "Vancouver Art Gallery"), and towns
named like countries next to a town of the document. A hand-made gazetteer; every sentence is invented."""

from __future__ import annotations

import pytest

from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Span
from dateline.stages.places.hosts import host_name
from dateline.stages.places.toponyms import toponym_for
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Los Angeles", "US", 34.05, -118.24, 3_800_000, admin1="California"), []),
            (fake_entry("Louisiana", "US", 31.0, -92.0, 4_600_000, "ADM1", "Louisiana"), ["La."]),
            (fake_entry("Quebec", "CA", 52.0, -72.0, 8_000_000, "ADM1", "Quebec"), []),
            (fake_entry("Vancouver", "CA", 49.25, -123.12, 600_000, admin1="British Columbia"), []),
            (fake_entry("Albany", "US", 42.65, -73.76, 100_000, admin1="New York"), []),
            (fake_entry("Iowa", "US", 42.0, -93.5, 3_000_000, "ADM1", "Iowa"), []),
            (fake_entry("Pearson", "US", 31.3, -82.85, 2_000, admin1="Georgia"), []),
            (fake_entry("Saint Michael", "US", 45.21, -93.66, 16_000, admin1="Minnesota"), ["St. Michael"]),
            (fake_entry("France", "FR", 46.0, 2.0, 67_000_000, "PCLI"), []),
            (fake_entry("Side", "TR", 36.77, 31.39, 12_000, admin1="Antalya"), []),
            (fake_entry("London", "GB", 51.51, -0.13, 8_900_000, "PPLC", "England"), []),
            (fake_entry("Jordan", "JO", 31.0, 36.0, 9_900_000, "PCLI"), []),
            (fake_entry("Jordan", "US", 44.67, -93.63, 6_000, admin1="Minnesota"), []),
            (fake_entry("Shakopee", "US", 44.80, -93.53, 41_000, admin1="Minnesota"), []),
            (fake_entry("Amman", "JO", 31.95, 35.93, 1_300_000, "PPLC", "Amman"), []),
        ]
    )


def test_a_dotted_abbreviation_is_read_as_written(gaz: Gazetteer) -> None:
    assert [e.name for e, _ in gaz.lookup("L.A.")] == ["Los Angeles"]
    assert [e.name for e, _ in gaz.lookup("L. A.")] == ["Los Angeles"]
    assert [e.name for e, _ in gaz.lookup("La.")] == ["Louisiana"]
    assert [(e.name, main) for e, main in gaz.lookup("Que.")] == [("Quebec", False)]
    assert gaz.lookup("Que") == []  # the French word, without its full stop, is no abbreviation


@pytest.mark.parametrize(
    ("surface", "host"),
    [
        ("South Los Angeles", "Los Angeles"),
        ("South L.A.", "L.A."),
        ("North London", "London"),
        ("Greater Vancouver", "Vancouver"),
        ("Vancouver Art Gallery", "Vancouver"),
        ("Albany Medical Center", "Albany"),
        ("University of Iowa", "Iowa"),
        ("Vancouver-Smith International Airport", "Vancouver"),
    ],
)
def test_a_qualified_name_or_a_point_of_interest_stands_in_its_place(
    gaz: Gazetteer, surface: str, host: str
) -> None:
    assert host_name(surface, gaz) == host


@pytest.mark.parametrize(
    "surface",
    [
        "St. Michael's Hospital",  # a saint's name, not St. Michael, Minnesota
        "Pearson International Airport",  # a surname: Pearson, Georgia is too small a town
        "Stade de France",  # a country is no stadium's town
        "West Side",  # a common word: no Side, Turkey
        "Albany Park",  # a park is no point of interest named after its town
    ],
)
def test_no_host_for_persons_small_towns_countries_or_common_words(gaz: Gazetteer, surface: str) -> None:
    assert host_name(surface, gaz) is None


def test_a_given_span_missing_from_the_gazetteer_looks_up_its_host(gaz: Gazetteer) -> None:
    text = "Crews worked through the night in South Los Angeles after the storm."
    start = text.index("South")
    found = toponym_for(text, Span(start=start, end=start + len("South Los Angeles")), gaz)
    assert found == Toponym("Los Angeles")


def test_a_town_named_like_a_country_next_to_a_town_of_the_document(gaz: Gazetteer) -> None:
    jordan, _ = Resolver(gaz).resolve([Toponym("Jordan"), Toponym("Shakopee")])
    assert jordan is not None and (jordan.entry.country, jordan.entry.admin1) == ("US", "Minnesota")
    jordan, _ = Resolver(gaz).resolve([Toponym("Jordan"), Toponym("Amman")])
    assert jordan is not None and jordan.entry.feature_code == "PCLI"
