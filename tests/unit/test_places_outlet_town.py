"""Session 17's resolver rules on a hand-made gazetteer: a town's short name, names ending in "City", and the
town a local outlet's web name starts with."""

from __future__ import annotations

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.stages.places import Places
from dateline.stages.places.outlets import outlet_town
from dateline.testing import fake_entry, fake_resources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("United Kingdom", "GB", 54.0, -2.0, 66_000_000, "PCLI"), ["UK"]),
            (fake_entry("United States", "US", 39.8, -98.5, 330_000_000, "PCLI"), []),
            (fake_entry("Canada", "CA", 60.1, -113.6, 38_000_000, "PCLI"), []),
            (fake_entry("Newcastle upon Tyne", "GB", 54.97, -1.61, 300_000, admin1="England"), ["Newcastle"]),
            (fake_entry("Newcastle", "GB", 54.21, -5.89, 7_000, admin1="Northern Ireland"), []),
            (fake_entry("New York", "US", 43.0, -75.5, 19_000_000, "ADM1", "New York"), []),
            (fake_entry("New York City", "US", 40.71, -74.0, 8_800_000, admin1="New York"), ["New York"]),
            (fake_entry("Quebec", "CA", 52.0, -72.0, 8_000_000, "ADM1", "Quebec"), ["Quebec City"]),
            (fake_entry("Québec", "CA", 46.81, -71.21, 530_000, admin1="Quebec"), ["Quebec", "Quebec City"]),
            (fake_entry("Ohio", "US", 40.4, -82.7, 11_700_000, "ADM1", "Ohio"), []),
            (fake_entry("Columbus", "US", 39.96, -83.0, 900_000, admin1="Ohio"), []),
            (fake_entry("Columbus", "US", 32.46, -84.99, 190_000, admin1="Georgia"), []),
            (fake_entry("Dublin", "IE", 53.34, -6.27, 1_000_000, "PPLC", "Leinster"), []),
            (fake_entry("Dublin", "US", 40.1, -83.11, 45_000, admin1="Ohio"), []),
            (fake_entry("Washington", "US", 47.5, -120.5, 7_600_000, "ADM1", "Washington"), []),
            (fake_entry("Washington", "US", 38.9, -77.04, 700_000, "PPLC", "Washington, D.C."), []),
            (fake_entry("Jordan", "JO", 31.0, 36.0, 10_000_000, "PCLI"), []),
            (fake_entry("Jordan", "US", 44.67, -93.63, 6_000, admin1="Minnesota"), []),
            (fake_entry("Dera Mandi", "IN", 28.44, 77.18, 20_000, admin1="Delhi"), ["Dera"]),
        ]
    )


def resolve(gaz: Gazetteer, *names: str) -> list[str]:
    found = Resolver(gaz).resolve([Toponym(name) for name in names])
    return [f"{r.entry.name} ({r.entry.admin1})" if r else "-" for r in found]


def test_a_town_named_by_its_short_name_is_as_named_by_its_main_name(gaz: Gazetteer) -> None:
    # "Newcastle" is Newcastle upon Tyne's own name less its qualifier: its size wins over the small town
    # whose main name it is; without the rule the main-name bonus gave Newcastle, Northern Ireland
    assert resolve(gaz, "Newcastle", "UK")[0] == "Newcastle upon Tyne (England)"


def test_a_short_name_is_only_the_part_before_a_linking_word(gaz: Gazetteer) -> None:
    # "Dera" (a word of "Dera Ismail Khan" cut off by the NER) is an alternate name of Dera Mandi, not its
    # main name less a qualifier: "Mandi" opens no qualifier as "upon" in "Newcastle upon Tyne" does
    assert Resolver(gaz).candidates(Toponym("Dera")) == [(gaz.lookup("Dera Mandi")[0][0], False)]


def test_a_short_name_that_names_an_admin_unit_is_left_to_the_unit(gaz: Gazetteer) -> None:
    assert resolve(gaz, "New York")[0] == "New York (New York)"
    assert Resolver(gaz).candidates(Toponym("New York"))[1] == (gaz.lookup("New York City")[0][0], False)


def test_a_name_ending_in_city_keeps_the_towns(gaz: Gazetteer) -> None:
    assert resolve(gaz, "Quebec City") == ["Québec (Quebec)"]
    assert resolve(gaz, "Quebec")[0] == "Quebec (Quebec)"  # the bare name is the province


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("https://www.columbuslocalnews.com/story/1", "columbus"),
        ("thecolumbusdispatch.com", "columbus"),
        ("columbus-news.com", "columbus"),
        ("news.columbus.com", "columbus"),
        ("washingtonpost.com", None),  # also a state's name
        ("jordannews.com", "jordan"),  # a town named like a country is a town
        ("columbusfootball.com", None),  # "football" is no outlet word
        ("www.bbc.co.uk", None),
        (None, None),
    ],
)
def test_outlet_town_reads_a_local_outlet_s_web_name(
    gaz: Gazetteer, address: str | None, town: str | None
) -> None:
    assert outlet_town(address, gaz) == town


def test_outlet_town_needs_a_town_in_the_outlet_s_country(gaz: Gazetteer) -> None:
    assert outlet_town("dublinnews.ie", gaz) == "dublin"
    assert outlet_town("columbusnews.ie", gaz) is None  # no Columbus in Ireland


def test_the_outlet_s_town_weighs_on_its_namesakes(gaz: Gazetteer) -> None:
    stage = Places(PlacesSettings(scan=False), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]
    names = [Toponym("Dublin")]
    plain = stage.resolver.resolve(names, stage.context_for("example.com"))
    assert plain[0] is not None and plain[0].entry.country == "IE"
    context = stage.with_home("columbuslocalnews.com", names, stage.context_for("columbuslocalnews.com"))
    assert [(e.name, e.admin1) for e in context] == [("Columbus", "Ohio")]
    placed = stage.resolver.resolve(names, context)
    assert placed[0] is not None and (placed[0].entry.country, placed[0].entry.admin1) == ("US", "Ohio")
    off = Places(PlacesSettings(scan=False, outlet_country=False), stage.resources)
    assert off.with_home("columbuslocalnews.com", names, []) == []


def test_a_town_named_like_a_country_in_a_paper_named_after_it() -> None:
    gaz = Gazetteer.from_records(
        [
            (fake_entry("Jordan", "JO", 31.0, 36.0, 10_000_000, "PCLI"), []),
            (fake_entry("Jordan", "US", 44.67, -93.63, 6_000, admin1="Minnesota"), []),
        ]
    )
    stage = Places(PlacesSettings(scan=False), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]
    names = [Toponym("Jordan")]
    plain = stage.resolver.resolve(names, [])
    assert plain[0] is not None and plain[0].entry.feature_code == "PCLI"
    context = stage.with_home("jordannews.com", names, [])
    placed = stage.resolver.resolve(names, context)
    assert placed[0] is not None and placed[0].entry.country == "US"


def test_a_region_named_alone_outranks_a_small_town_of_its_name() -> None:
    gaz = Gazetteer.from_records(
        [
            (fake_entry("United States", "US", 39.8, -98.5, 330_000_000, "PCLI"), []),
            (fake_entry("Indiana", "US", 40.0, -86.0, 6_700_000, "ADM1", "Indiana"), []),
            (fake_entry("Normandy", "FR", 49.0, 0.0, 0, "RGN"), []),
            (fake_entry("Normandy", "US", 38.7, -90.3, 1_000, admin1="Missouri"), []),
            (fake_entry("Dakota", "", 44.0, -100.0, 0, "RGN"), []),
            (fake_entry("Dakota", "US", 42.0, -89.5, 150_000, admin1="Illinois"), []),
        ]
    )
    # without the rule Indiana, which the story names, carries Normandy, Missouri
    assert resolve(gaz, "Normandy", "Indiana")[0] == "Normandy (None)"
    assert resolve(gaz, "Dakota", "Indiana")[0] == "Dakota (Illinois)"  # a city keeps its name


def test_a_hyphenated_commune_is_no_short_name() -> None:
    gaz = Gazetteer.from_records(
        [
            (fake_entry("Saint-Denis", "RE", -20.88, 55.45, 150_000), []),
            (fake_entry("Saint-Denis-le-Thiboult", "FR", 49.46, 1.37, 500), ["Saint-Denis"]),
            (fake_entry("Newcastle upon Tyne", "GB", 54.97, -1.61, 300_000), ["Newcastle"]),
        ]
    )
    marks = {e.name: main for e, main in Resolver(gaz).candidates(Toponym("Saint-Denis"))}
    assert marks == {"Saint-Denis": True, "Saint-Denis-le-Thiboult": False}
    assert Resolver(gaz).candidates(Toponym("Newcastle")) == [(gaz.lookup("Newcastle")[0][0], True)]
