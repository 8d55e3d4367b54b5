"""Issue 14, eleventh pass: demonyms of first-level units and regions ("Ohioans", "a South Ossetian
official"), regular plurals of demonyms in -i and -ch ("Israelis", "Czechs"), two-word demonyms found in
the text ("West Virginians" is no mention of Virginia), and a city's main name against a small town's
alternate name. All sentences are invented."""

from __future__ import annotations

import pytest
import spacy
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.gazetteer.sources import demonyms
from dateline.kb.geo_resolver import Resolver, Toponym, _without_alternate_towns
from dateline.stages.places.toponyms import find_toponyms
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Virginia", "US", 40.0, -80.0, 8_000_000, "ADM1", "Virginia"), []),
            (fake_entry("West Virginia", "US", 40.0, -80.0, 1_800_000, "ADM1", "West Virginia"), []),
            (fake_entry("Virginia", "US", 40.0, -80.0, 8_000, admin1="Minnesota"), []),
            (fake_entry("Ohio", "US", 40.0, -80.0, 11_000_000, "ADM1", "Ohio"), []),
            (fake_entry("Harborton", "US", 32.0, -80.0, 250_000, admin1="Texas"), []),
            (fake_entry("Millvale", "US", 40.0, -80.0, 1_100, admin1="Ohio"), ["Harborton"]),
            (fake_entry("Lakeport", "DZ", 40.0, -80.0, 150_000, admin1="Oran"), []),
            (fake_entry("Sidra", "LB", 40.0, -80.0, 80_000, admin1="South"), ["Lakeport"]),
        ],
        demonyms={"Virginian": ["US:Virginia"], "Virginians": ["US:Virginia"],
                  "West Virginians": ["US:West Virginia"], "Ohioans": ["US:Ohio"]},
    )  # fmt: skip


def test_the_packaged_table_maps_unit_demonyms_and_plurals() -> None:
    table = demonyms()
    assert "US:Ohio" in table["ohioans"]
    assert "GE:South Ossetia" in table["south ossetian"]
    assert "IL" in table["israelis"] and "CZ" in table["czechs"]


def test_a_units_demonym_is_the_unit_not_a_same_named_town(gaz: Gazetteer) -> None:
    assert [(e.name, e.feature_code) for e in gaz.demonym("Ohioans")] == [("Ohio", "ADM1")]
    assert [(e.name, e.feature_code) for e in gaz.demonym("Virginians")] == [("Virginia", "ADM1")]


def test_a_two_word_demonym_is_read_whole(gaz: Gazetteer) -> None:
    doc = _doc("Most West Virginians and many Ohioans voted on Tuesday.")
    doc.analysis = spacy.blank("en")(doc.text)
    found = find_toponyms(doc, gaz, PlacesSettings(demonyms=True))
    assert [(f.span.of(doc.text), f.toponym.text) for f in found] == [
        ("West Virginians", "West Virginians"),
        ("Ohioans", "Ohioans"),
    ]


def test_a_citys_main_name_is_not_a_small_towns_alternate_in_its_country(gaz: Gazetteer) -> None:
    (resolution,) = Resolver(gaz).resolve([Toponym("Harborton"), Toponym("Ohio")])[:1]
    assert resolution is not None and resolution.entry.population == 250_000


def test_abroad_an_alternate_name_stays_a_candidate(gaz: Gazetteer) -> None:
    pool = gaz.lookup("Lakeport")
    assert {e.country for e, _ in _without_alternate_towns(pool)} == {"DZ", "LB"}
    assert {e.country for e, _ in _without_alternate_towns(gaz.lookup("Harborton"))} == {"US"}
    assert len(_without_alternate_towns(gaz.lookup("Harborton"))) == 1
