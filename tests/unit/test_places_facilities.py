"""Session 17's names pass: institutions and facilities named after a ruler, a person or a place are no
mention of a town named like their first word ("Hassan II university hospital" is not Hassan, India), and
overseas territories keep their own names ("La Réunion", "Guyane"). A hand-made gazetteer and hand-built
Documents (no models); every sentence is invented."""

from __future__ import annotations

import pytest
from places_samples import places_named

from dateline.kb.gazetteer import Gazetteer
from dateline.kb.gazetteer.sources import country_names
from dateline.stages.places.facilities import facility_name, regnal_after
from dateline.stages.places.hosts import host_name
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Hassan", "IN", 13.0, 76.1, 155_000, admin1="Karnataka"), []),
            (fake_entry("Fes", "MA", 34.03, -5.0, 960_000, admin1="Fes-Meknes"), ["Fès", "Fez"]),
            (fake_entry("Leopold", "AU", -38.19, 144.46, 12_000, admin1="Victoria"), ["Léopold"]),
            (fake_entry("Dakar", "SN", 14.69, -17.44, 2_600_000, "PPLC", "Dakar"), []),
            (fake_entry("Montreal", "CA", 45.5, -73.57, 1_600_000, admin1="Quebec"), []),
            (fake_entry("Fahd", "SA", 24.0, 45.0, 11_000, admin1="Riyadh"), []),
            (fake_entry("Rabat", "MA", 34.01, -6.83, 1_600_000, "PPLC", "Rabat"), []),
        ]
    )


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Hassan II university", 6, True),
        ("l'hôpital Mohammed V de Rabat", 18, True),
        ("Louis XIV", 5, True),
        ("François Ier", 8, True),
        ("Hassan I said", 6, False),  # a lone "I" is the English pronoun
        ("Fez Vice", 3, False),
    ],
)
def test_a_regnal_number_after_a_name(text: str, end: int, expected: bool) -> None:
    assert regnal_after(text, end) is expected


def test_a_name_right_after_a_facility_noun_is_the_facilitys_own() -> None:
    text = "au stade Léopold-Sédar-Senghor de Dakar"
    assert facility_name(text, 9, 16)  # "Léopold", first part of the stadium's name
    text = "à Léopold-Sédar, près de Dakar"
    assert not facility_name(text, 2, 9)  # no facility noun before it
    text = "au stade de Dakar"
    assert not facility_name(text, 12, 17)  # "de": the stadium's town


@pytest.mark.parametrize(
    "surface",
    [
        "Hassan II university hospital",  # a king's name: not Hassan, India
        "stade Léopold-Sédar-Senghor",  # the first part of a person's name: not Leopold, Australia
        "King Fahd hospital",  # a title opens a person's name
    ],
)
def test_no_host_in_a_rulers_or_persons_name(gaz: Gazetteer, surface: str) -> None:
    assert host_name(surface, gaz) is None


def test_a_city_still_hosts_its_facility(gaz: Gazetteer) -> None:
    assert host_name("Montreal-Smith International Airport", gaz) == "Montreal"
    assert host_name("Rabat University Hospital", gaz) == "Rabat"


def test_a_name_before_a_regnal_number_or_inside_a_facilitys_name_is_no_place(gaz: Gazetteer) -> None:
    text = "Le blessé a été transporté à l'hôpital Hassan II, à Fès, dimanche."
    assert list(places_named(gaz, text, {"Hassan": "LOC", "Fès": "LOC"})) == ["Fès"]
    text = "Des supporters ont envahi le stade Léopold-Sédar-Senghor, à Dakar."
    assert list(places_named(gaz, text, {"Léopold": "LOC", "Dakar": "LOC"})) == ["Dakar"]
    text = "Un match a eu lieu à Hassan, au Karnataka."
    assert list(places_named(gaz, text, {"Hassan": "LOC"})) == ["Hassan"]  # the town named alone


def test_a_territorys_names_are_its_own() -> None:
    assert "La Réunion" in country_names("RE", "Reunion")
    assert "Guyane" in country_names("GF", "French Guiana")
    assert "Guyane" not in country_names("GY", "Guyana")  # countryinfo's French name of Guyana
    assert "St Barts" in country_names("BL", "Saint Barthelemy")
