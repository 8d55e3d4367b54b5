"""Frames of short conflict reports (session 16): strike verbs with time words between, dates the model
gave to town names, admin nouns with any "of" word and markets as locative frames, sites named with their
site noun, small towns abroad respelt as a town of the document's countries — on a hand-made gazetteer and
hand-built Documents (no models). All sentences are invented."""

from __future__ import annotations

import pytest
from places_samples import places_named

from dateline.kb.gazetteer import Gazetteer
from dateline.model import Span
from dateline.stages.places.evidence import locative, undated
from dateline.stages.places.toponyms import toponym_for
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), ["Syrie"]),
            (fake_entry("Libya", "LY", 25.0, 17.0, 6_700_000, "PCLI"), ["Libye"]),
            (fake_entry("Algeria", "DZ", 28.0, 3.0, 44_000_000, "PCLI"), ["Algérie"]),
            (fake_entry("Idlib", "SY", 35.8, 36.7, 1_500_000, "ADM1", "Idlib"), ["Idleb"]),
            (fake_entry("Kafr Halab", "SY", 36.05, 36.83, 0, admin1="Aleppo"), []),
            (fake_entry("Darkush", "SY", 35.99, 36.39, 14_000, admin1="Idlib"), ["Darkoush"]),
            (fake_entry("Turabah", "SA", 21.21, 41.63, 23_000, admin1="Makkah"), ["Ramadan"]),
            (fake_entry("Tripoli", "LY", 32.89, 13.19, 1_100_000, "PPLC", "Tripoli"), []),
            (fake_entry("Zawiya", "LY", 32.75, 12.73, 186_000, admin1="Az Zawiyah"), []),
            (fake_entry("Zaouia", "DZ", 26.7, 1.39, 3_000, admin1="Adrar"), []),
            (fake_entry("Tiyas Air Base", "SY", 34.52, 37.63, 0, "AIRB"), ["T-4"]),
            (fake_entry("Tal Kocher border crossing", "SY", 36.8, 42.07, 0, "PSTB"), ["Tal Kocher crossing"]),
        ]
    )


def test_a_struck_village_may_follow_time_words(gaz: Gazetteer) -> None:
    text = "Des avions ont bombardé dimanche soir Kafr Halab, dans la campagne de la province d'Idleb."
    assert places_named(gaz, text, {"Kafr Halab": "PER", "Idleb": "LOC"})["Kafr Halab"] == "Kafr Halab"
    # time words alone do not make a struck place: no strike verb before them
    text = "Des proches ont enterré dimanche soir Kafr Halab, dans la campagne de la province d'Idleb."
    assert "Kafr Halab" not in places_named(gaz, text, {"Kafr Halab": "PER", "Idleb": "LOC"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Darkoush", True),
        ("Tal Abyad", True),
        ("Tuesday", False),
        ("mid-March", False),
        ("last week", False),
        ("la semaine dernière", False),
        ("Ramadan", False),
        ("Noël", False),
        ("2024", False),
        ("the 1990s", False),
    ],
)
def test_undated(text: str, expected: bool) -> None:
    assert undated(text) is expected


def test_a_town_tagged_as_a_date_is_a_name_in_a_locative_frame(gaz: Gazetteer) -> None:
    text = "Two wounded fighters were moved to a clinic in Darkush on Friday."
    assert places_named(gaz, text, {"Darkush": "DATE", "Friday": "DATE"}) == {"Darkush": "Darkush"}
    # by an alternate name, as a person-tagged one: in a country the document's other places point to
    text = "Two wounded fighters were moved to a clinic in Darkoush, in northern Syria, on Friday."
    found = places_named(gaz, text, {"Darkoush": "DATE", "Syria": "GPE", "Friday": "DATE"})
    assert found == {"Darkoush": "Darkush", "Syria": "Syria"}
    # a holiday tagged as a date stays a date, whatever town has its name
    text = "The curfew was lifted in Ramadan, officials said."
    assert places_named(gaz, text, {"Ramadan": "DATE"}) == {}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("une localité de la région du Moyen-Chari", "Moyen-Chari", True),
        ("les villages du district des Hauts-Bassins", "Hauts-Bassins", True),
        ("ont pillé le marché de Bambari", "Bambari", True),
        ("le gouvernement du Tchad", "Tchad", False),
        ("la politique de Macron", "Macron", False),
    ],
)
def test_admin_nouns_with_any_of_word_and_markets_are_locative_frames(
    text: str, name: str, expected: bool
) -> None:
    start = text.index(name)
    assert locative(text, start, start + len(name)) is expected


def test_a_name_is_looked_up_with_the_site_noun_after_it(gaz: Gazetteer) -> None:
    text = "Guards seized a truck at the Tal Kocher crossing on Friday."
    start = text.index("Tal Kocher")
    toponym = toponym_for(text, Span(start=start, end=start + len("Tal Kocher")), gaz)
    assert toponym is not None
    assert (toponym.text, toponym.hint) == ("Tal Kocher crossing", "site")


def test_a_site_tagged_as_a_group_is_a_place_when_named_with_its_site_noun(gaz: Gazetteer) -> None:
    text = "Jets struck Tiyas air base overnight, Syrian media said."
    assert places_named(gaz, text, {"Tiyas": "ORG"}) == {"Tiyas": "Tiyas Air Base"}


def test_loose_spellings_of_an_indexed_name(gaz: Gazetteer) -> None:
    assert gaz.loose("Zaouia") == []
    assert gaz.loose("Zaouia", indexed=True) == ["zawiya"]


def test_a_small_town_abroad_is_respelt_as_a_town_of_the_documents_country(gaz: Gazetteer) -> None:
    text = "Deux miliciens ont été tués mardi à Zaouïa, sur la route côtière à l'ouest de Tripoli."
    assert places_named(gaz, text, {"Zaouïa": "LOC", "Tripoli": "LOC"})["Zaouïa"] == "Zawiya"
    # in a report on Algeria the name is the Algerian town's
    text = "Un puits a été inauguré mardi à Zaouïa, dans le sud de l'Algérie."
    assert places_named(gaz, text, {"Zaouïa": "LOC", "Algérie": "LOC"})["Zaouïa"] == "Zaouia"
