"""Admin-unit lists, enumerations of places (a list of states read as states), headline datelines, dotted
state abbreviations, speakers and lone person-tagged names, names tagged as products in locative frames, and
country names against alternately named admin units, on hand-made gazetteers and hand-built docs."""

from __future__ import annotations

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document
from dateline.stages.places.toponyms import Found, find_toponyms
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Barrow County", "US", 40.0, -80.0, 9_000, "ADM2", "Georgia"), ["Barrow"]),
            (fake_entry("Jackson County", "US", 40.0, -80.0, 8_000, "ADM2", "Georgia"), ["Jackson"]),
            (fake_entry("Madison County", "US", 40.0, -80.0, 7_000, "ADM2", "Georgia"), ["Madison"]),
            (fake_entry("Madison", "US", 40.0, -80.0, 250_000, admin1="Wisconsin"), []),
            (fake_entry("Georgia", "US", 40.0, -80.0, 10_000_000, "ADM1", "Georgia"), []),
            (fake_entry("Harwick", "US", 40.0, -80.0, 5_000, admin1="Georgia"), []),
            (fake_entry("Fobbi", "TD", 40.0, -80.0, 3_000), ["FBI"]),
            (fake_entry("Illinois", "US", 40.0, -80.0, 12_000_000, "ADM1", "Illinois"), ["Ill."]),
            (fake_entry("Bolingbrook", "US", 40.0, -80.0, 73_000, admin1="Illinois"), []),
            (fake_entry("Ristiina", "FI", 40.0, -80.0, 5_000), ["Kristina"]),
            (fake_entry("Moscow", "RU", 40.0, -80.0, 10_000_000, "PPLC", "Moscow"), []),
            (fake_entry("Russia", "RU", 40.0, -80.0, 140_000_000, "PCLI"), []),
            (fake_entry("Sochi", "RU", 40.0, -80.0, 340_000, admin1="Krasnodar"), []),
            (fake_entry("Alderton", "US", 40.0, -80.0, 40_000, admin1="Georgia"), []),
            (fake_entry("Mexico", "MX", 40.0, -80.0, 120_000_000, "PCLI"), []),
            (fake_entry("Mexico City", "MX", 40.0, -80.0, 9_000_000, "ADM1", "Mexico City"), ["Mexico"]),
        ]
    )


def _names(doc: Document, gaz: Gazetteer) -> list[tuple[str, str]]:
    return [(f.span.of(doc.text), f.toponym.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


def test_every_name_of_a_list_before_a_plural_admin_noun_is_a_unit(gaz: Gazetteer) -> None:
    doc = _doc("School boards in Barrow, Jackson and Madison counties met.", {"Madison": "GPE"})
    assert _names(doc, gaz) == [
        ("Barrow", "Barrow County"),
        ("Jackson", "Jackson County"),
        ("Madison", "Madison County"),  # not the town the NER found
    ]
    assert _names(_doc("Taxes rose in rural and urban counties."), gaz) == []


def test_a_dateline_after_the_headline_is_a_place_but_not_an_acronym(gaz: Gazetteer) -> None:
    doc = _doc("Mayor visits Harwick seniors. HARWICK — The mayor spoke on Monday.")
    assert ("HARWICK", "HARWICK") in _names(doc, gaz)
    assert _names(_doc("Budget approved. FBI: no comment on the case."), gaz) == []


def test_a_dotted_state_abbreviation_is_a_entry(gaz: Gazetteer) -> None:
    doc = _doc("She lives in Bolingbrook, Ill., with her family.", {"Bolingbrook": "GPE", "Ill.": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Bolingbrook", "Ill."]


def test_a_one_word_speaker_is_no_place_unless_notable(gaz: Gazetteer) -> None:
    text = "Kristina stayed at home. “It went fast,” Kristina said. Moscow said nothing."
    doc = _doc(text, {"Kristina": "GPE", "Moscow": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Moscow"]
    doc = _doc("A resident of Ristiina said the road was closed.", {"Ristiina": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Ristiina"]  # after a locative word: not the subject


def test_a_lone_person_tagged_name_of_the_documents_region_is_a_entry(gaz: Gazetteer) -> None:
    text = "Alderton voters met in Georgia. Alderton will decide in May."
    assert [s for s, _ in _names(_doc(text, {"Alderton": "PERSON", "Georgia": "GPE"}), gaz)] == [
        "Alderton",
        "Georgia",
        "Alderton",
    ]
    titled = "Mayor Alderton met voters in Georgia."
    assert [s for s, _ in _names(_doc(titled, {"Alderton": "PERSON", "Georgia": "GPE"}), gaz)] == ["Georgia"]
    named = "Tom Alderton met voters in Georgia. Alderton left."
    mentions = {"Tom Alderton": "PERSON", "Alderton": "PERSON", "Georgia": "GPE"}
    assert [s for s, _ in _names(_doc(named, mentions), gaz)] == ["Georgia"]
    sochi = "Sochi will host the games, Russia said."
    assert [s for s, _ in _names(_doc(sochi, {"Sochi": "PERSON", "Russia": "GPE"}), gaz)] == [
        "Sochi",
        "Russia",
    ]
    assert _names(_doc("Sochi will host the games.", {"Sochi": "PERSON"}), gaz) == []


def test_a_country_name_is_no_alternately_named_admin_unit(gaz: Gazetteer) -> None:
    (mexico,) = Resolver(gaz).resolve([Toponym("Mexico")])
    assert mexico is not None and mexico.entry.feature_code == "PCLI"


def test_a_notable_place_tagged_as_a_product_or_an_event_is_a_place_in_a_locative_frame(
    gaz: Gazetteer,
) -> None:
    doc = _doc("Stall owners in Bolingbrook will be trained.", {"Bolingbrook": "PRODUCT"})
    assert _names(doc, gaz) == [("Bolingbrook", "Bolingbrook")]
    assert _names(_doc("Stall owners in Harwick were trained.", {"Harwick": "EVENT"}), gaz) == []  # too small
    assert _names(_doc("The Bolingbrook Games opened.", {"Bolingbrook": "EVENT"}), gaz) == []  # no frame


@pytest.fixture(scope="module")
def lists_gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Utah", "US", 40.0, -80.0, 3_300_000, "ADM1", "Utah"), []),
            (fake_entry("Texas", "US", 40.0, -80.0, 29_000_000, "ADM1", "Texas"), []),
            (fake_entry("Wyoming", "US", 40.0, -80.0, 580_000, "ADM1", "Wyoming"), []),
            (fake_entry("Washington", "US", 47.4, -80.0, 7_700_000, "ADM1", "Washington"), []),
            (fake_entry("Washington", "US", 38.9, -80.0, 690_000, "PPLC", "District of Columbia"), []),
            (fake_entry("Kisumu", "KE", 40.0, -80.0, 400_000, admin1="Kisumu"), []),
            (fake_entry("Migori", "KE", 40.0, -80.0, 70_000, admin1="Migori"), []),
            (fake_entry("Lakeview Bay", "KE", 40.0, -80.0, 45_000, admin1="Lakeview"), []),
            (fake_entry("Ondera", "KE", 40.0, -80.0, 20_000, admin1="Migori"), []),
            (fake_entry("Cornwall", "GB", 40.0, -80.0, 560_000, "ADM2", "England"), []),
            (fake_entry("Sharon", "US", 40.0, -80.0, 2_700, admin1="Connecticut"), []),
            (fake_entry("Salisbury", "US", 40.0, -80.0, 3_700, admin1="Connecticut"), []),
            (fake_entry("Harare", "ZW", 40.0, -80.0, 1_500_000, "ADM1", "Harare"), ["Salisbury"]),
        ]
    )


def _found(doc: Document, lists_gaz: Gazetteer) -> list[Found]:
    return find_toponyms(doc, lists_gaz, PlacesSettings())


def test_a_name_missed_or_taken_for_a_person_in_a_list_of_places_is_a_entry(lists_gaz: Gazetteer) -> None:
    text = "Cases were reported in Kisumu, Migori, Lakeview Bay and Ondera, officials said."
    doc = _doc(text, {"Kisumu": "GPE", "Migori": "GPE", "Lakeview Bay": "PERSON"})
    assert [(f.span.of(text), f.source) for f in _found(doc, lists_gaz)] == [
        ("Kisumu", "ner"),
        ("Migori", "ner"),
        ("Lakeview Bay", "list"),
        ("Ondera", "list"),
    ]


def test_a_list_needs_places_already_found(lists_gaz: Gazetteer) -> None:
    text = "Guests came from Kisumu, Migori, Lakeview Bay and Ondera."
    assert [f.span.of(text) for f in _found(_doc(text, {"Kisumu": "GPE"}), lists_gaz)] == ["Kisumu"]


def test_a_list_of_one_countrys_states_reads_each_name_as_a_state(lists_gaz: Gazetteer) -> None:
    text = "Illnesses were reported in Texas, Utah, Washington and Wyoming."
    doc = _doc(text, {"Texas": "GPE", "Utah": "GPE", "Washington": "GPE", "Wyoming": "GPE"})
    found = _found(doc, lists_gaz)
    washington = next(f for f in found if f.span.of(text) == "Washington")
    assert washington.toponym.hint == "admin"
    (resolution,) = Resolver(lists_gaz).resolve([washington.toponym])
    assert resolution is not None and resolution.entry.feature_code == "ADM1"
    alone = _found(_doc("Officials in Washington said.", {"Washington": "GPE"}), lists_gaz)
    assert [f.toponym.hint for f in alone] == [None]


def test_towns_with_admin_units_abroad_make_no_list_of_states(lists_gaz: Gazetteer) -> None:
    text = "He visited residents in Sharon, Cornwall and Salisbury on Friday."
    doc = _doc(text, {"Sharon": "GPE", "Cornwall": "GPE", "Salisbury": "GPE"})
    assert [f.toponym.hint for f in _found(doc, lists_gaz)] == [None, None, None]


def test_a_sentences_full_stop_ends_a_list(lists_gaz: Gazetteer) -> None:
    text = "Rain fell on Kisumu, Migori and Lakeview Bay. Ondera stayed dry."
    doc = _doc(text, {"Kisumu": "GPE", "Migori": "GPE"})
    assert [f.span.of(text) for f in _found(doc, lists_gaz)] == ["Kisumu", "Migori", "Lakeview Bay"]
