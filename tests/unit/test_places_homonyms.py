"""Session 21 (places@33): lists of towns with their states, latitude-aware coherence cells, former names."""

from __future__ import annotations

from toponym_samples import named

from dateline.kb.gazetteer import Entry
from dateline.kb.gazetteer.sources import former_names
from dateline.kb.geo_resolver import _cell
from dateline.stages.places.hierarchy import with_parents

UNITS = {"Tennessee": 1, "Virginia": 1, "Florida": 1, "Idlib": 1, "Aleppo": 1, "Hama": 1}


def test_a_list_of_towns_with_their_states_links_each_town_to_its_state() -> None:
    text = "offices in Nashville and Cordova, Tennessee, Richmond, Virginia, and Orlando, Florida."
    names = ["Nashville", "Cordova", "Tennessee", "Richmond", "Virginia", "Orlando", "Florida"]
    toponyms = with_parents(text, named(text, names), lambda name: UNITS.get(name, 0))
    parents = {t.text: t.parent.text if t.parent else None for t in toponyms}
    assert parents["Cordova"] == "Tennessee"
    assert parents["Richmond"] == "Virginia"
    assert parents["Orlando"] == "Florida"
    assert parents["Tennessee"] is None  # a state before a town is no town's part
    assert parents["Nashville"] is None
    # without the unit test, a list links nothing
    assert with_parents(text, named(text, names))[3].parent is None


def test_a_list_of_units_links_none_to_the_next() -> None:
    text = "Aleppo, Idlib and Hama were shelled."
    toponyms = with_parents(text, named(text, ["Aleppo", "Idlib", "Hama"]), lambda name: UNITS.get(name, 0))
    assert all(t.parent is None for t in toponyms)


def _town(lat: float, lon: float) -> Entry:
    return Entry(
        index=0, name="x", country="GB", lat=lat, lon=lon, population=1, feature_code="PPL", admin1="SCT"
    )


def test_coherence_cells_span_as_many_km_of_longitude_far_from_the_equator() -> None:
    perth, dundee = _cell(_town(56.39522, -3.43139)), _cell(_town(56.46913, -2.97489))  # 30 km apart
    assert abs(perth[0] - dundee[0]) <= 1 and abs(perth[1] - dundee[1]) <= 1
    quito, far = _cell(_town(-0.22985, -78.52495)), _cell(_town(-0.22985, -77.9))  # 70 km apart
    assert abs(quito[1] - far[1]) > 1


def test_former_country_names_name_their_successor() -> None:
    names = former_names()
    assert "Zaire" in names["CD"] and "Ceylon" in names["LK"] and "Haute-Volta" in names["BF"]
