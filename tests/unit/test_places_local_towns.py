"""Issue 14, eighth pass: a country's name that is a town inside a county the document names, seats of
power against same-named towns, legislators' home towns ("D-Charleston"), names that people come from
("a Paris man"), a surname the NER tags as a city, generic first words of unknown names. All sentences
are invented."""

from __future__ import annotations

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document
from dateline.stages.places.evidence import locative, sub_word
from dateline.stages.places.toponyms import find_toponyms
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Lebanon", "LB", 33.83, 35.83, 6_800_000, "PCLI"), []),
            (fake_entry("Lebanon", "US", 40.05, -86.47, 15_900, admin1="Indiana"), []),
            (fake_entry("Lebanon", "US", 36.21, -86.29, 30_000, admin1="Tennessee"), []),
            (fake_entry("Boone County", "US", 40.05, -86.46, 3_000, "ADM2", "Indiana"), ["Boone"]),
            (fake_entry("Zionsville", "US", 39.95, -86.26, 14_000, admin1="Indiana"), []),
            (
                fake_entry("Casablanca", "MA", 33.59, -7.61, 3_600_000, admin1="Grand Casablanca"),
                ["White House"],
            ),
            (fake_entry("White House", "US", 36.47, -86.65, 11_000, admin1="Tennessee"), []),
            (fake_entry("White House", "US", 38.90, -77.04, 0, "BLDG"), []),
            (fake_entry("Charleston", "US", 32.78, -79.93, 150_000, admin1="South Carolina"), []),
            (fake_entry("Alexandria", "US", 31.31, -92.45, 47_000, admin1="Louisiana"), []),
            (fake_entry("Malakal", "SS", 9.53, 31.66, 160_000, admin1="Upper Nile"), []),
            (fake_entry("Fairview", "US", 35.0, -85.0, 8_000, admin1="Tennessee"), []),
            (fake_entry("Ābu", "IN", 24.59, 72.71, 30_000, admin1="Rajasthan"), ["Abu"]),
        ]
    )


def _names(doc: Document, gaz: Gazetteer) -> list[str]:
    return [f.span.of(doc.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


def test_a_countrys_name_is_a_town_of_a_county_the_document_names(gaz: Gazetteer) -> None:
    names = [Toponym("Lebanon"), Toponym("Boone County"), Toponym("Zionsville")]
    lebanon, county, _ = Resolver(gaz).resolve(names)
    assert lebanon is not None and county is not None
    assert (lebanon.entry.country, lebanon.entry.admin1) == ("US", "Indiana")
    assert county.entry.admin1 == "Indiana"


def test_a_countrys_name_stays_the_country_next_to_a_town_farther_away(gaz: Gazetteer) -> None:
    lebanon, _ = Resolver(gaz).resolve(
        [Toponym("Lebanon"), Toponym("Fairview")]
    )  # 180 km from Lebanon, Tenn.
    assert lebanon is not None and lebanon.entry.feature_code == "PCLI"


def test_a_countrys_name_is_a_town_next_to_one_the_document_names(gaz: Gazetteer) -> None:
    lebanon, _ = Resolver(gaz).resolve([Toponym("Lebanon"), Toponym("Zionsville")])  # 21 km apart
    assert lebanon is not None and (lebanon.entry.country, lebanon.entry.admin1) == ("US", "Indiana")


def test_a_seat_of_power_outranks_towns_that_share_its_name(gaz: Gazetteer) -> None:
    (found,) = Resolver(gaz).resolve([Toponym("White House")])
    assert found is not None and found.entry.feature_code == "BLDG"


def test_a_legislators_home_town_after_a_party_letter_is_no_word_fragment() -> None:
    text = "Sen. Jane Roe, D-Charleston, and the Sino-Japanese talks"
    assert not sub_word(text, text.index("Charleston"), text.index("Charleston") + len("Charleston"))
    assert sub_word(text, text.index("Japanese"), text.index("Japanese") + len("Japanese"))


def test_people_from_a_place_frame_its_name(gaz: Gazetteer) -> None:
    text = "Police said an Alexandria woman was charged. The Man Who Knew was shown."
    start = text.index("Alexandria")
    assert locative(text, start, start + len("Alexandria"))
    assert not locative(text, text.index("The"), text.index("The") + 3)
    doc = _doc(text, {"Alexandria": "PERSON"})
    assert _names(doc, gaz) == ["Alexandria"]


def test_a_surname_that_names_a_city_stays_a_place_in_a_frame(gaz: Gazetteer) -> None:
    text = (
        "Aid reached Village Malakal. Clinics in Malakal opened. Ann Fairview said clinics in Fairview shut."
    )
    labels = {"Village Malakal": "PERSON", "Malakal": "GPE", "Ann Fairview": "PERSON", "Fairview": "GPE"}
    doc = _doc(text, labels)
    doc.mentions = [m for m in doc.mentions if not (m.text == "Malakal" and m.start < 30)]
    doc.mentions = [m for m in doc.mentions if not (m.text == "Fairview" and m.start < 80)]
    assert _names(doc, gaz) == ["Malakal"]


def test_a_generic_first_word_is_no_place_alone(gaz: Gazetteer) -> None:
    doc = _doc("Families fled to the Abu Shok camp.", {"Abu Shok": "GPE"})
    assert _names(doc, gaz) == []
