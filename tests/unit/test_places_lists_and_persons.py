"""Admin-unit lists, headline datelines, dotted state abbreviations, speakers and lone person-tagged names,
and country names against alternately named admin units, on a hand-made gazetteer and hand-built docs."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document, Language, Mention
from dateline.stages.places.toponyms import find_toponyms


def _entry(name: str, cc: str, pop: int, code: str = "PPL", admin1: str = "") -> Entry:
    return Entry(0, name, cc, 40.0, -80.0, pop, code, 3000 + pop % 983, admin1 or None)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (_entry("Barrow County", "US", 9_000, "ADM2", "Georgia"), ["Barrow"]),
            (_entry("Jackson County", "US", 8_000, "ADM2", "Georgia"), ["Jackson"]),
            (_entry("Madison County", "US", 7_000, "ADM2", "Georgia"), ["Madison"]),
            (_entry("Madison", "US", 250_000, admin1="Wisconsin"), []),
            (_entry("Georgia", "US", 10_000_000, "ADM1", "Georgia"), []),
            (_entry("Harwick", "US", 5_000, admin1="Georgia"), []),
            (_entry("Fobbi", "TD", 3_000), ["FBI"]),
            (_entry("Illinois", "US", 12_000_000, "ADM1", "Illinois"), ["Ill."]),
            (_entry("Bolingbrook", "US", 73_000, admin1="Illinois"), []),
            (_entry("Ristiina", "FI", 5_000), ["Kristina"]),
            (_entry("Moscow", "RU", 10_000_000, "PPLC", "Moscow"), []),
            (_entry("Russia", "RU", 140_000_000, "PCLI"), []),
            (_entry("Sochi", "RU", 340_000, admin1="Krasnodar"), []),
            (_entry("Alderton", "US", 40_000, admin1="Georgia"), []),
            (_entry("Mexico", "MX", 120_000_000, "PCLI"), []),
            (_entry("Mexico City", "MX", 9_000_000, "ADM1", "Mexico City"), ["Mexico"]),
        ]
    )


def _doc(text: str, mentions: dict[str, str] | None = None) -> Document:
    """An English document whose NER found each key of `mentions` (every occurrence) with its label."""
    found = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name, label in (mentions or {}).items()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    return Document(
        id="t",
        text=text,
        language=Language(code="en", confidence=1.0),
        mentions=sorted(found, key=lambda m: m.start),
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


def test_a_dotted_state_abbreviation_is_a_place(gaz: Gazetteer) -> None:
    doc = _doc("She lives in Bolingbrook, Ill., with her family.", {"Bolingbrook": "GPE", "Ill.": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Bolingbrook", "Ill."]


def test_a_one_word_speaker_is_no_place_unless_notable(gaz: Gazetteer) -> None:
    text = "Kristina stayed at home. “It went fast,” Kristina said. Moscow said nothing."
    doc = _doc(text, {"Kristina": "GPE", "Moscow": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Moscow"]
    doc = _doc("A resident of Ristiina said the road was closed.", {"Ristiina": "GPE"})
    assert [s for s, _ in _names(doc, gaz)] == ["Ristiina"]  # after a locative word: not the subject


def test_a_lone_person_tagged_name_of_the_documents_region_is_a_place(gaz: Gazetteer) -> None:
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
