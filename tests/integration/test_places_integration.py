"""The real gazetteer and the places stage behind the real spaCy models, on texts written for these tests."""

from __future__ import annotations

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import haversine_km
from dateline.kb.geo_resolver import within
from dateline.model import Document, Language, Place
from dateline.resources import Resources
from dateline.stages.analyse import Analyse
from dateline.stages.places import Places

pytestmark = pytest.mark.integration

#: Reference points (rounded) of the places the texts below name.
ALEPPO, DAMASCUS, TEHRAN, BEIRUT = (36.20, 37.16), (33.51, 36.29), (35.69, 51.42), (33.89, 35.50)
HAMA, IDLIB, TARTUS, BAGHDAD = (35.13, 36.75), (35.93, 36.63), (34.89, 35.89), (33.34, 44.40)


def _run(text: str, language: str, **options: object) -> Document:
    doc = Document(id="it", text=text, language=Language(code=language, confidence=1.0))
    Analyse(Resources.shared().models)(doc)
    return Places(PlacesSettings(**options), Resources.shared())(doc)  # type: ignore[arg-type]


def _near(places: list[Place], point: tuple[float, float], km: float = 25) -> Place | None:
    hits = [
        p
        for p in places
        if p.lat is not None and p.lon is not None and haversine_km(*point, p.lat, p.lon) <= km
    ]
    return hits[0] if hits else None


@pytest.mark.parametrize(
    ("name", "point"),
    [("Alep", ALEPPO), ("Damas", DAMASCUS), ("Bagdad", BAGHDAD), ("Idleb", IDLIB), ("Tartous", TARTUS),
     ("Beyrouth", BEIRUT), ("Téhéran", TEHRAN), ("hama", HAMA)],
)  # fmt: skip
def test_french_exonyms_are_in_the_index(name: str, point: tuple[float, float]) -> None:
    found = Resources.shared().gazetteer.candidates(name)
    assert any(haversine_km(*point, e.lat, e.lon) <= 25 for e in found), name


def test_countries_regions_and_sites_are_in_the_index() -> None:
    gaz = Resources.shared().gazetteer
    assert gaz.country("SY") in gaz.candidates("la Syrie".removeprefix("la "))
    assert {e.feature_code for e in gaz.candidates("Idlib")} >= {"PPL", "ADM1"}
    assert any(e.feature_class == "S" for e in gaz.candidates("Khmeimim"))
    assert [e.country for e in gaz.demonym("syriennes")] == ["SY"]
    assert [e.country for e in gaz.demonym("Irish")] == ["IE"]


def test_french_report() -> None:
    text = (
        "Des frappes aériennes ont visé mardi la province d'Idleb, dans le nord-ouest de la Syrie, "
        "ainsi que des positions au sud d'Alep. Selon Damas, les avions avaient décollé "
        "de la base de Hmeimim. "
        "Le ministre syrien s'est ensuite rendu à Téhéran, puis à Beyrouth."
    )
    doc = _run(text, "fr")
    for point in (ALEPPO, DAMASCUS, TEHRAN, BEIRUT):
        assert _near(doc.places, point) is not None, point
    idlib = _near(doc.places, IDLIB, km=40)
    assert idlib is not None and idlib.feature_class == "A" and idlib.country == "SYR"
    assert any(p.feature_class == "S" and p.country == "SYR" for p in doc.places)
    assert any(d.direction == "northwest" and p.name == "Syria" for p in doc.places for d in p.directions)
    assert all(p.country and len(p.country) == 3 for p in doc.places)


def test_context_picks_the_syrian_hama_and_the_french_paris() -> None:
    syria = _run("Government forces shelled villages north of Hama, near the road from Homs to Aleppo.", "en")
    hama = [p for p in syria.places if "Hama" in [syria.snippet(s) for s in p.mentions]]
    assert hama and hama[0].country == "SYR"
    france = _run("Le train reliant Lyon à Paris a été retardé par une grève à Marseille.", "fr")
    paris = [p for p in france.places if "Paris" in [france.snippet(s) for s in p.mentions]]
    assert paris and paris[0].country == "FRA" and paris[0].geonames_id == 2988507


def test_french_departements_are_admin_units_of_france() -> None:
    # "Gard" is also an alternate name of Garður, Iceland; "Var" the name of a Romanian village
    text = (
        "Deux randonneurs ont été secourus samedi près d'Uzès. Les pompiers du Gard et ceux du Var "
        "ont engagé un hélicoptère."
    )
    places = {p.name: p for p in _run(text, "fr").places}
    departements = [p for p in places.values() if p.precision == "admin2"]
    assert len(departements) == 2, places
    assert all(p.country == "FRA" for p in places.values()), places


def test_the_union_and_inhabitants_of_units_are_in_the_index() -> None:
    gaz = Resources.shared().gazetteer
    assert any(e.feature_code == "BLDG" and e.country == "BE" for e in gaz.candidates("EU"))
    assert [(e.name, e.feature_code) for e in gaz.demonym("Ohioans")] == [("Ohio", "ADM1")]
    assert [e.country for e in gaz.demonym("Israelis")] == ["IL"]


def test_a_local_body_named_after_its_town_and_a_river_named_after_one() -> None:
    doc = _run(
        "Firefighters from the Nelsonville Volunteer Fire Department rescued two canoeists from the "
        "Hocking River on Sunday, Athens County officials said.",
        "en",
    )
    names = {doc.text[s.start : s.end] for p in doc.places for s in p.mentions}
    assert {"Nelsonville", "Athens County"} <= names
    assert _near(doc.places, (39.46, -82.23), 40) is not None


def test_written_abbreviations_unit_names_and_new_provinces_are_in_the_index() -> None:
    gaz = Resources.shared().gazetteer
    assert [(e.name, e.country) for e in gaz.candidates("L.A.")] == [("Los Angeles", "US")]
    assert [e.feature_code for e in gaz.candidates("Alta.")] == ["ADM1"]
    assert any(e.country == "DE" and e.feature_code == "ADM1" for e in gaz.candidates("Basse-Saxe"))
    assert any(e.country == "ET" and e.feature_code == "ADM1" for e in gaz.candidates("Tigré"))
    assert any(e.country == "IQ" and e.feature_code == "ADM1" for e in gaz.candidates("Ninive"))
    kasai = [e for e in gaz.candidates("Kasaï-Central") if e.country == "CD" and e.feature_code == "ADM1"]
    assert kasai and haversine_km(kasai[0].lat, kasai[0].lon, -5.90, 22.42) <= 161  # around Kananga
    (ituri,) = [e for e in gaz.candidates("Ituri") if e.feature_code == "ADM1"]
    assert any(within(e, ituri) for e in gaz.candidates("Bunia"))  # "Bunia, en Ituri"
    assert [e.name for e in gaz.demonym("Europeans")] == ["Europe"]


def test_abbreviations_compass_names_and_points_of_interest_in_a_report() -> None:
    text = (
        "A bus crash in South L.A. on Monday injured nine commuters, police said. Two of them were later "
        "taken to a clinic near the Vancouver Art Gallery after flying home to British Columbia."
    )
    doc = _run(text, "en")
    assert _near(doc.places, (34.05, -118.24), 30) is not None  # Los Angeles
    assert _near(doc.places, (49.25, -123.12)) is not None  # Vancouver


def test_regions_english_unit_names_and_region_demonyms_of_session_17_are_in_the_index() -> None:
    gaz = Resources.shared().gazetteer
    assert any(e.feature_code == "ADM1" and e.country == "DE" for e in gaz.candidates("Rhineland-Palatinate"))
    assert any(e.feature_code == "ADM1" and e.country == "IN" for e in gaz.candidates("Jammu and Kashmir"))
    for region, iso2 in [("Anatolia", "TR"), ("Jutland", "DK"), ("Bohemia", "CZ"), ("Negev", "IL")]:
        assert any(e.feature_class in "LH" and e.country == iso2 for e in gaz.candidates(region)), region
    assert [(e.country, e.feature_code) for e in gaz.demonym("Basque")] == [("ES", "ADM1")]


def test_a_town_called_by_its_short_name_and_a_city_named_with_city() -> None:
    doc = _run(
        "Doctors in Newcastle, in the UK, said on Monday the trial would widen, and a team from Quebec City "
        "will join it.",
        "en",
    )
    newcastle = _near(doc.places, (54.97, -1.61))  # Newcastle upon Tyne, not Newcastle, Northern Ireland
    quebec = _near(doc.places, (46.81, -71.21))  # the city, not the province's centre
    assert newcastle is not None and quebec is not None


@pytest.mark.parametrize(
    ("text", "airport", "point"),
    [
        (
            "Passengers were stranded at Macdonald-Cartier International Airport on Monday after a storm "
            "closed both runways.",
            "Macdonald-Cartier International Airport", (45.32, -75.67),
        ),
        (
            "A runway at Gatwick Airport was closed for two hours on Friday after a drone was seen nearby.",
            "Gatwick Airport", (51.15, -0.19),
        ),
        (
            "Police arrested a man at Dulles Airport on Tuesday after he tried to board a flight with a "
            "stolen passport.",
            "Dulles Airport", (38.95, -77.46),
        ),
    ],
)  # fmt: skip
def test_an_airport_named_by_its_own_name_is_the_airport(
    text: str, airport: str, point: tuple[float, float]
) -> None:
    places = _run(text, "en").places
    found = _near(places, point, km=10)
    assert found is not None and found.feature_class == "S", [(p.name, p.lat, p.lon) for p in places]
