"""Villages and sites of short conflict reports (session 15): person-tagged villages in frames or struck,
the closest loose spelling, "near X", seats and their units, points of interest named alone, reference
points after a comma, a dateline's parenthesised country — on a hand-made gazetteer and hand-built
Documents (no models)."""

from __future__ import annotations

import pytest
from places_samples import places_named

from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document, PlacePrecision, Span
from dateline.stages.places import locate_event
from dateline.stages.places.hierarchy import with_parents
from dateline.stages.places.hosts import orphan_toponym
from dateline.stages.places.locate import setting
from dateline.stages.places.toponyms import closest_spelling
from dateline.testing import fake_entry, placed_in


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Iraq", "IQ", 33.0, 44.0, 38_000_000, "PCLI"), ["Irak"]),
            (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), ["Syrie"]),
            (fake_entry("India", "IN", 22.0, 79.0, 1_300_000_000, "PCLI"), []),
            (fake_entry("Mali", "ML", 17.0, -4.0, 19_000_000, "PCLI"), []),
            (fake_entry("Erbil", "IQ", 36.19, 44.01, 930_000, admin1="Arbil"), []),
            (fake_entry("Mexmur", "IQ", 35.77, 43.58, 0, admin1="Arbil"), ["Makhmour"]),
            (fake_entry("Makhmur", "US", 40.0, -90.0, 200, admin1="Illinois"), []),
            (fake_entry("Homs", "SY", 34.72, 36.72, 775_000, admin1="Homs"), []),
            (fake_entry("As Sukhnah", "SY", 34.88, 38.87, 0, admin1="Homs"), []),
            (fake_entry("Sohna", "IN", 28.25, 77.07, 36_000, admin1="Haryana"), []),
            (fake_entry("Tombouctou", "ML", 20.0, -3.0, 680_000, "ADM1", "Tombouctou"), []),
            (
                fake_entry("Timbuktu", "ML", 16.77, -3.01, 35_000, admin1="Tombouctou"),
                ["Tombouctou"],
            ),
            (fake_entry("Gao", "ML", 16.46, 0.9, 540_000, "ADM1", "Gao"), []),
            (fake_entry("Gao", "ML", 16.27, -0.04, 133_000, admin1="Gao"), []),
            (fake_entry("Ansongo", "ML", 15.66, 0.5, 3_000, admin1="Gao"), []),
            (fake_entry("Menaka", "ML", 15.92, 2.4, 14_000, admin1="Gao"), []),
            (fake_entry("Indiana", "US", 40.0, -86.25, 6_500_000, "ADM1", "Indiana"), []),
            (fake_entry("Indiana", "US", 40.62, -79.15, 13_000, admin1="Pennsylvania"), []),
            (fake_entry("Toronto", "CA", 43.7, -79.42, 2_600_000, admin1="Ontario"), []),
            (fake_entry("Ottawa", "CA", 45.41, -75.7, 810_000, "PPLC", "Ontario"), []),
            (
                fake_entry("Baghdad", "IQ", 33.34, 44.4, 7_200_000, "PPLC", "Baghdad"),
                ["Bagdad"],
            ),
            (
                fake_entry("Baghdad", "IQ", 33.35, 44.4, 7_600_000, "ADM1", "Baghdad"),
                ["Bagdad"],
            ),
            (
                fake_entry("Ad Dujayl", "IQ", 33.85, 44.23, 26_000, admin1="Salah ad Din"),
                ["Doujail"],
            ),
        ]
    )


def test_a_framed_person_tagged_village_is_a_place_in_the_documents_country(gaz: Gazetteer) -> None:
    text = "Des jihadistes ont attaqué un poste près de Makhmour, à soixante kilomètres d'Erbil."
    assert places_named(gaz, text, {"Makhmour": "PER", "Erbil": "LOC"}) == {
        "Makhmour": "Mexmur",
        "Erbil": "Erbil",
    }
    # no other place points to Iraq: the person-tagged name is left alone
    alone = "Des jihadistes ont attaqué un poste près de Makhmour."
    assert places_named(gaz, alone, {"Makhmour": "PER"}) == {}


def test_a_struck_person_tagged_village_needs_the_documents_country(gaz: Gazetteer) -> None:
    text = "Jets bombed Makhmour on Tuesday, officials in Erbil said."
    assert places_named(gaz, text, {"Makhmour": "PERSON", "Erbil": "GPE"})["Makhmour"] == "Mexmur"
    text = "The senator criticised Makhmour on Tuesday, officials in Erbil said."
    assert "Makhmour" not in places_named(gaz, text, {"Makhmour": "PERSON", "Erbil": "GPE"})


def test_the_closest_loose_spelling_is_taken() -> None:
    assert closest_spelling("al-Sukhnah", ["sohna", "sokhna", "as sukhnah"]) == "as sukhnah"
    assert closest_spelling("Afes", ["afis"]) == "afis"


def _resolve(gaz: Gazetteer, toponyms: list[Toponym]) -> list[tuple[str, str] | None]:
    return [(r.entry.name, r.entry.feature_code) if r else None for r in Resolver(gaz).resolve(toponyms)]


def test_near_prefers_the_seat_to_its_unit_but_keeps_other_units(gaz: Gazetteer) -> None:
    assert _resolve(gaz, [Toponym("Tombouctou")]) == [("Tombouctou", "ADM1")]
    assert _resolve(gaz, [Toponym("Tombouctou", "near")]) == [("Timbuktu", "PPL")]
    assert _resolve(gaz, [Toponym("Indiana", "near")]) == [("Indiana", "ADM1")]


def test_a_seat_shares_the_support_its_unit_gets(gaz: Gazetteer) -> None:
    resolved = _resolve(gaz, [Toponym("Gao"), Toponym("Ansongo"), Toponym("Menaka")])
    assert resolved[0] == ("Gao", "PPL")


def test_a_point_of_interest_named_alone_stands_in_the_documents_town(gaz: Gazetteer) -> None:
    airport = orphan_toponym("Pearson International Airport")
    assert airport.hint == "poi"
    assert orphan_toponym("Maple Leaf Gardens").hint is None
    resolved = Resolver(gaz).resolve([Toponym("Toronto"), airport, Toponym("Ottawa"), Toponym("Toronto")])
    assert resolved[1] is not None and resolved[1].entry.name == "Toronto" and resolved[1].fallback
    assert Resolver(gaz).resolve([airport]) == [None]


def test_a_french_compass_phrase_after_a_comma_is_no_containment(gaz: Gazetteer) -> None:
    text = "sur la route de Doujail, au nord de Bagdad"
    start = text.index("Doujail")
    named = [
        (Span(start=start, end=start + 7), Toponym("Doujail")),
        (Span(start=text.index("Bagdad"), end=len(text)), Toponym("Bagdad")),
    ]
    toponyms = with_parents(text, named)
    assert toponyms[0].parent is not None and not toponyms[0].strict
    resolved = Resolver(gaz).resolve(toponyms)
    assert resolved[0] is not None and resolved[0].entry.name == "Ad Dujayl" and not resolved[0].fallback


def _located(text: str, places: dict[str, PlacePrecision]) -> str | None:
    found = placed_in(text, {surface: {"precision": precision} for surface, precision in places.items()})
    whole = Span(start=0, end=len(text))
    ref = locate_event(Document(id="t", text=text, places=found), whole, whole)
    return ref.name if ref is not None else None


def test_an_admin_unit_named_with_its_noun_is_the_setting_a_reference_point_is_not() -> None:
    text = "Des feux ont détruit des maisons à l'est d'Alger, dans la wilaya de Tizi Ouzou."
    assert setting(text, Span(start=text.index("Tizi"), end=text.index("Tizi") + 10))
    assert _located(text, {"Alger": "exact", "Tizi Ouzou": "admin1"}) == "Tizi Ouzou"


def test_a_datelines_parenthesised_country_is_part_of_the_dateline() -> None:
    text = "ERBIL (Irak) - Des jihadistes ont attaqué un poste de l'armée."
    assert _located(text, {"ERBIL": "exact", "Irak": "country"}) == "ERBIL"


def test_a_person_tagged_village_at_a_distance_is_framed(gaz: Gazetteer) -> None:
    text = "Un drone a frappé une voiture dans la localité de Kharab, à 20 km de Makhmour, en Irak."
    assert places_named(gaz, text, {"Makhmour": "PER", "Irak": "LOC"})["Makhmour"] == "Mexmur"
    text = "A drone hit a car 20 km from Makhmour, in Iraq."
    assert places_named(gaz, text, {"Makhmour": "PERSON", "Iraq": "GPE"})["Makhmour"] == "Mexmur"
    # a person after a distance word with no locative is left alone
    text = "Le drone a frappé une voiture de Makhmour, en Irak."
    assert "Makhmour" not in places_named(gaz, text, {"Makhmour": "PER", "Irak": "LOC"})
