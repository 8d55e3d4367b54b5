"""Issue 14 (Gaza pass): a city against a same-named admin-1 unit of another country, a region or sea
against units named after it, and an event's place against a country that is one of its parties.
All sentences are invented."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document, Language, Mention, Span
from dateline.stages.places import Places, locate_event
from dateline.stages.places.locate import setting
from dateline.testing import fake_entry, fake_resources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Gaza", "PS", 31.50, 34.47, 410_000, admin1="Gaza"), []),
            (fake_entry("Gaza", "MZ", -23.0, 33.0, 385_000, "ADM1", "Gaza"), []),
            (fake_entry("Manchester", "GB", 53.48, -2.24, 550_000, admin1="England"), []),
            (fake_entry("Manchester", "JM", 18.07, -77.5, 62_000, "ADM1", "Manchester"), []),
            (fake_entry("Red Sea", "SD", 19.6, 37.2, 650_000, "ADM1", "Red Sea"), []),
            (fake_entry("Red Sea", "", 20.0, 38.5, 0, "SEA"), []),
            (fake_entry("Tripoli", "LY", 32.89, 13.19, 1_500_000, "ADM1", "Tripoli"), []),
            (fake_entry("Tripoli", "LB", 34.44, 35.85, 229_000, admin1="North"), []),
            (fake_entry("Japan", "JP", 35.69, 139.75, 126_000_000, "PCLI"), ["Japon"]),
            (fake_entry("Pakistan", "PK", 30.0, 70.0, 212_000_000, "PCLI"), []),
            (fake_entry("Karachi", "PK", 24.86, 67.01, 11_600_000, admin1="Karachi"), []),
            (fake_entry("Karachi", "PK", 24.95, 67.10, 16_000_000, "ADM1", "Karachi"), []),
        ]
    )


def _resolve(gaz: Gazetteer, name: str, hint: str | None = None) -> Entry:
    found = Resolver(gaz).resolve([Toponym(name, hint)])[0]
    assert found is not None
    return found.entry


def _doc(text: str, names: list[str], language: str = "en") -> Document:
    mentions = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label="GPE", producer="test")
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    mentions.sort(key=lambda m: m.start)
    return Document(id="t", text=text, language=Language(code=language, confidence=1.0), mentions=mentions)


def _event_place(gaz: Gazetteer, text: str, names: list[str], language: str = "en") -> str | None:
    doc = Places(PlacesSettings(), fake_resources(gazetteer=gaz))(_doc(text, names, language))  # type: ignore[arg-type]
    whole = Span(start=0, end=len(text))
    ref = locate_event(doc, whole, whole)
    return ref.name if ref else None


def test_a_city_outranks_a_same_named_province_of_another_country_no_bigger(gaz: Gazetteer) -> None:
    # "Mortar rounds landed in Gaza overnight": the city, not Mozambique's province of fewer people.
    assert (_resolve(gaz, "Gaza").country, _resolve(gaz, "Gaza").feature_code) == ("PS", "PPL")
    # "Fans in Manchester celebrated the title": the English city, not the Jamaican parish.
    assert _resolve(gaz, "Manchester").country == "GB"


def test_a_province_many_times_the_citys_size_stays(gaz: Gazetteer) -> None:
    # "Militia leaders met in Tripoli": Lebanon's Tripoli has less than half the Libyan unit's people.
    assert _resolve(gaz, "Tripoli").country == "LY"


def test_a_sea_outranks_units_named_after_it_unless_the_words_say_unit(gaz: Gazetteer) -> None:
    # "Naval patrols in the Red Sea were stepped up."
    assert _resolve(gaz, "Red Sea").feature_code == "SEA"
    # "Officials in Red Sea province said the port had closed."
    assert (_resolve(gaz, "Red Sea", "admin").country, _resolve(gaz, "Red Sea", "admin").feature_code) == (
        "SD",
        "ADM1",
    )


def test_the_event_place_is_where_it_happens_not_the_country_that_acts(gaz: Gazetteer) -> None:
    assert (
        _event_place(
            gaz, "Japan delivered aid to flood victims in Pakistan on Tuesday.", ["Japan", "Pakistan"]
        )
        == "Pakistan"
    )
    assert (
        _event_place(gaz, "Japan sent rescue teams to work in southern Pakistan.", ["Japan", "Pakistan"])
        == "Pakistan (south)"
    )
    text = "Le Japon a livré des vivres aux sinistrés au Pakistan."
    assert _event_place(gaz, text, ["Japon", "Pakistan"], "fr") == "Pakistan"


def test_without_a_setting_word_the_first_of_equals_stays_and_a_town_still_wins(gaz: Gazetteer) -> None:
    assert _event_place(gaz, "Japan and Pakistan signed a trade accord.", ["Japan", "Pakistan"]) == "Japan"
    text = "Pakistan thanked Japan for the generators it delivered to Karachi."
    assert _event_place(gaz, text, ["Pakistan", "Japan", "Karachi"]) == "Karachi"


def test_setting_words_are_narrower_than_locatives() -> None:
    text = "Aid from Japan reached camps near the northern Pakistan border, off the coast of Japan too."
    assert not setting(text, Span(start=text.index("Japan"), end=text.index("Japan") + 5))
    start = text.index("Pakistan")
    assert setting(text, Span(start=start, end=start + 8))
    start = text.rindex("Japan")
    assert setting(text, Span(start=start, end=start + 5))


def test_a_place_named_inside_another_comes_before_it_even_when_that_one_is_the_setting(
    gaz: Gazetteer,
) -> None:
    # "Karachi" alone is the city; "Qasr Abyad", missing from the gazetteer, takes the unit's point.
    text = "Shells fell on the Qasr Abyad frontline in northern Karachi, Japan said."
    assert _event_place(gaz, text, ["Qasr Abyad", "Karachi", "Japan"]) == "Qasr Abyad"
