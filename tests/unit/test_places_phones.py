"""Session 20: a document's North American phone numbers as a hint of its state or province
(`dateline.stages.places.phones`), on a hand-made gazetteer."""

from __future__ import annotations

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.stages.places import Places
from dateline.stages.places.phones import area_codes, phone_region, phone_units
from dateline.testing import fake_entry, fake_resources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("United Kingdom", "GB", 54.0, -2.0, 66_000_000, "PCLI"), ["UK"]),
            (fake_entry("Canada", "CA", 60.1, -113.6, 38_000_000, "PCLI"), []),
            (fake_entry("Ontario", "CA", 49.4, -84.9, 13_000_000, "ADM1", "Ontario"), []),
            (fake_entry("Texas", "US", 31.5, -99.3, 29_000_000, "ADM1", "Texas"), []),
            (fake_entry("London", "GB", 51.51, -0.13, 8_900_000, "PPLC", "England"), []),
            (fake_entry("London", "CA", 42.98, -81.23, 420_000, admin1="Ontario"), []),
        ]
    )


def test_the_table_maps_geographic_codes_only() -> None:
    codes = area_codes()
    assert codes["519"] == ("CA", "Ontario")
    assert codes["806"] == ("US", "Texas")
    assert "800" not in codes and "888" not in codes  # toll-free numbers have no home


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("call police at 519-661-5670 or 1-800-222-8477", {("CA", "Ontario")}),
        ("the museum, (806) 423-1253, opens at noon", {("US", "Texas")}),
        ("tel. 416.555.1234", {("CA", "Ontario")}),
        ("from 2016-12-04 to 2017-01-05, case 12-345-6789", set()),
        ("ISBN 978-3-16-148410-0 and 5195551234567", set()),
    ],
)
def test_phone_units(text: str, units: set[tuple[str, str]]) -> None:
    assert phone_units(text) == units


def test_numbers_of_several_units_give_no_region(gaz: Gazetteer) -> None:
    assert phone_region("call 519-661-5670", gaz) == gaz.lookup("Ontario")[0][0]
    assert phone_region("call 519-661-5670 or 806-423-1253", gaz) is None
    assert phone_region("no number here", gaz) is None


def test_the_phone_region_settles_a_bare_town(gaz: Gazetteer) -> None:
    stage = Places(PlacesSettings(scan=False), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]
    names = [Toponym("London")]
    text = "A man died in London on Sunday. Anyone with information can call 519-661-5670."
    context = stage.with_home("www.lfpress.com", names, [], text)
    assert stage.resolver.resolve(names, context)[0].entry.country == "CA"  # type: ignore[union-attr]
    assert stage.resolver.resolve(names, [])[0].entry.country == "GB"  # type: ignore[union-attr]
    # a country-code domain of another country outweighs the number
    assert stage.with_home("www.example.co.uk", names, [], text) == []
    off = Places(PlacesSettings(scan=False, outlet_country=False), stage.resources)
    assert off.with_home("www.lfpress.com", names, [], text) == []
