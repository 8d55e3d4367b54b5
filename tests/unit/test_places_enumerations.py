"""Enumerations of places (`lists.place_lists`, issue 14's tenth pass): a name the NER missed or took for a
person in a list whose other names are places, and the names of a list of one country's states read as
states, on a hand-made gazetteer and hand-built documents."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_resolver import Resolver
from dateline.model import Document, Language, Mention
from dateline.stages.places.toponyms import Found, find_toponyms


def _entry(name: str, cc: str, pop: int, code: str = "PPL", admin1: str = "", lat: float = 40.0) -> Entry:
    return Entry(0, name, cc, lat, -80.0, pop, code, 5000 + pop % 977, admin1 or None)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (_entry("Utah", "US", 3_300_000, "ADM1", "Utah"), []),
            (_entry("Texas", "US", 29_000_000, "ADM1", "Texas"), []),
            (_entry("Wyoming", "US", 580_000, "ADM1", "Wyoming"), []),
            (_entry("Washington", "US", 7_700_000, "ADM1", "Washington", lat=47.4), []),
            (_entry("Washington", "US", 690_000, "PPLC", "District of Columbia", lat=38.9), []),
            (_entry("Kisumu", "KE", 400_000, admin1="Kisumu"), []),
            (_entry("Migori", "KE", 70_000, admin1="Migori"), []),
            (_entry("Lakeview Bay", "KE", 45_000, admin1="Lakeview"), []),
            (_entry("Ondera", "KE", 20_000, admin1="Migori"), []),
            (_entry("Cornwall", "GB", 560_000, "ADM2", "England"), []),
            (_entry("Sharon", "US", 2_700, admin1="Connecticut"), []),
            (_entry("Salisbury", "US", 3_700, admin1="Connecticut"), []),
            (_entry("Harare", "ZW", 1_500_000, "ADM1", "Harare"), ["Salisbury"]),
        ]
    )


def _doc(text: str, mentions: dict[str, str]) -> Document:
    """An English document whose NER found each key of `mentions` (every occurrence) with its label."""
    found = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name, label in mentions.items()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    return Document(
        id="t",
        text=text,
        language=Language(code="en", confidence=1.0),
        mentions=sorted(found, key=lambda m: m.start),
    )


def _found(doc: Document, gaz: Gazetteer) -> list[Found]:
    return find_toponyms(doc, gaz, PlacesSettings())


def test_a_name_missed_or_taken_for_a_person_in_a_list_of_places_is_a_place(gaz: Gazetteer) -> None:
    text = "Cases were reported in Kisumu, Migori, Lakeview Bay and Ondera, officials said."
    doc = _doc(text, {"Kisumu": "GPE", "Migori": "GPE", "Lakeview Bay": "PERSON"})
    assert [(f.span.of(text), f.source) for f in _found(doc, gaz)] == [
        ("Kisumu", "ner"),
        ("Migori", "ner"),
        ("Lakeview Bay", "list"),
        ("Ondera", "list"),
    ]


def test_a_list_needs_places_already_found(gaz: Gazetteer) -> None:
    text = "Guests came from Kisumu, Migori, Lakeview Bay and Ondera."
    assert [f.span.of(text) for f in _found(_doc(text, {"Kisumu": "GPE"}), gaz)] == ["Kisumu"]


def test_a_list_of_one_countrys_states_reads_each_name_as_a_state(gaz: Gazetteer) -> None:
    text = "Illnesses were reported in Texas, Utah, Washington and Wyoming."
    doc = _doc(text, {"Texas": "GPE", "Utah": "GPE", "Washington": "GPE", "Wyoming": "GPE"})
    found = _found(doc, gaz)
    washington = next(f for f in found if f.span.of(text) == "Washington")
    assert washington.toponym.hint == "admin"
    (resolution,) = Resolver(gaz).resolve([washington.toponym])
    assert resolution is not None and resolution.entry.feature_code == "ADM1"
    alone = _found(_doc("Officials in Washington said.", {"Washington": "GPE"}), gaz)
    assert [f.toponym.hint for f in alone] == [None]


def test_towns_with_admin_units_abroad_make_no_list_of_states(gaz: Gazetteer) -> None:
    text = "He visited residents in Sharon, Cornwall and Salisbury on Friday."
    doc = _doc(text, {"Sharon": "GPE", "Cornwall": "GPE", "Salisbury": "GPE"})
    assert [f.toponym.hint for f in _found(doc, gaz)] == [None, None, None]


def test_a_sentences_full_stop_ends_a_list(gaz: Gazetteer) -> None:
    text = "Rain fell on Kisumu, Migori and Lakeview Bay. Ondera stayed dry."
    doc = _doc(text, {"Kisumu": "GPE", "Migori": "GPE"})
    assert [f.span.of(text) for f in _found(doc, gaz)] == ["Kisumu", "Migori", "Lakeview Bay"]
