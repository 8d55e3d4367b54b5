"""Issue 14, session 21 (GeoWebNews's kinds of toponyms): places ending an organisation's name
("Environment Canada", "CBC Toronto"), places before a hyphen in a compound adjective ("the U.S.-led
coalition", "a Lagos-based trader"), provinces abbreviated after a town ("Gatineau, Que."), vehicle makes
named like towns ("a 1992 Toyota"), and natural features and parks the gazetteer lacks kept as points of
interest ("the Raccoon River"; not roads and streets, which the dev sets' gold mostly leaves out). All
sentences are invented."""

from __future__ import annotations

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document, Span
from dateline.stages.places import doc_region
from dateline.stages.places.bodies import body_tails
from dateline.stages.places.doc_region import abroad_alternate
from dateline.stages.places.hosts import orphan_toponym
from dateline.stages.places.toponyms import find_toponyms
from dateline.stages.places.vehicles import vehicle_names
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Canada", "CA", 60.0, -95.0, 35_000_000, "PCLI"), []),
            (fake_entry("Quebec", "CA", 52.0, -72.0, 8_000_000, "ADM1", "Quebec"), []),
            (fake_entry("Toronto", "CA", 43.7, -79.4, 2_600_000, admin1="Ontario"), []),
            (fake_entry("Gatineau", "CA", 45.48, -75.7, 260_000, admin1="Quebec"), []),
            (fake_entry("Fargo", "US", 46.9, -96.8, 125_000, admin1="North Dakota"), []),
            (fake_entry("Lagos", "NG", 6.45, 3.39, 9_000_000, admin1="Lagos"), []),
            (fake_entry("Toyota", "JP", 35.08, 137.15, 420_000, admin1="Aichi"), []),
            (fake_entry("Honda", "CO", 5.2, -74.7, 25_000, admin1="Tolima"), []),
            (fake_entry("Lincoln", "US", 40.8, -96.7, 290_000, admin1="Nebraska"), []),
        ]
    )


def _names(doc: Document, gaz: Gazetteer) -> list[str]:
    return [f.span.of(doc.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


@pytest.mark.parametrize(
    ("name", "place"),
    [("Environment Canada", "Canada"), ("CBC Toronto", "Toronto"), ("Taco Bell Canada", "Canada")],
)
def test_a_country_or_city_ending_an_organisation_name_is_a_place(
    gaz: Gazetteer, name: str, place: str
) -> None:
    found = body_tails(name, [Span(start=0, end=len(name))], gaz, doc_region.region(gaz, ["Canada"]))
    assert [span.of(name) for span, _ in found] == [place]


@pytest.mark.parametrize("name", ["Wells Fargo", "Quebecor", "Acme Holdings", "Operation Lagos"])
def test_a_small_city_or_no_place_ending_an_organisation_name_is_none(gaz: Gazetteer, name: str) -> None:
    assert body_tails(name, [Span(start=0, end=len(name))], gaz, doc_region.region(gaz, ["Canada"])) == []


def test_an_organisation_named_after_its_country_in_a_report(gaz: Gazetteer) -> None:
    doc = _doc("Environment Canada warned of freezing rain on Tuesday.", {"Environment Canada": "ORG"})
    assert _names(doc, gaz) == ["Canada"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Lagos-based trader was freed on Friday.", "Lagos"),
        ("The Toronto-headquartered bank cut 300 jobs.", "Toronto"),
    ],
)
def test_a_place_before_a_hyphen_in_a_compound_adjective(gaz: Gazetteer, text: str, place: str) -> None:
    assert _names(_doc(text), gaz) == [place]


def test_a_hyphenated_word_that_is_no_compound_adjective_names_no_place(gaz: Gazetteer) -> None:
    assert _names(_doc("The Toronto-Montreal train was late."), gaz) == []


def test_a_province_abbreviated_after_its_town(gaz: Gazetteer) -> None:
    doc = _doc("She sold her home in Gatineau, Que., last spring.", {"Gatineau": "GPE", "Que": "PERSON"})
    assert _names(doc, gaz) == ["Gatineau", "Que."]


def test_vehicle_makes_named_as_cars_are_no_places(gaz: Gazetteer) -> None:
    text = "A 1992 Toyota driven by a Lincoln woman struck a Honda sedan. The Toyota was towed."
    doc = _doc(text, {"Toyota": "ORG", "Lincoln": "GPE", "Honda": "ORG"})
    assert vehicle_names(doc) == {"Toyota", "Honda"}
    assert _names(doc, gaz) == ["Lincoln"]


def test_a_make_named_as_a_town_stays_a_place(gaz: Gazetteer) -> None:
    doc = _doc("Flooding closed two roads in Lincoln on Monday.", {"Lincoln": "GPE"})
    assert vehicle_names(doc) == frozenset()
    assert _names(doc, gaz) == ["Lincoln"]


@pytest.mark.parametrize(
    ("surface", "hint"),
    [
        ("Raccoon River", "poi"),
        ("Lake Guaiba", "poi"),
        ("Yellowstone National Park", "poi"),
        ("Mount Hood", "poi"),
        ("Highway 400", None),
        ("Corporation Street", None),
        ("Highway Patrol", None),
        ("Lake Chad Herald", None),
        ("Outer Hebrides", None),
    ],
)
def test_natural_features_and_parks_are_points_of_interest(surface: str, hint: str | None) -> None:
    assert orphan_toponym(surface).hint == hint


def test_a_name_no_record_has_reaches_no_town_abroad(gaz: Gazetteer) -> None:
    assert not abroad_alternate(gaz, "Raccoon River", "Raccoon River", {"US"}, 5_000)
