"""Session 18's finding and resolution rules with the real gazetteer and models, on texts written for these
tests: a province named with a nationality adjective, a town a facility's name ends with, a village named
with a reference town it must lie near, and event places from raw text."""

from __future__ import annotations

import pytest

import dateline
from dateline.config import PlacesSettings
from dateline.kb.gazetteer import haversine_km
from dateline.model import Document, Language
from dateline.resources import Resources
from dateline.stages.analyse import Analyse
from dateline.stages.places import Places

pytestmark = pytest.mark.integration


def _run(text: str, language: str) -> Document:
    doc = Document(id="it", text=text, language=Language(code=language, confidence=1.0))
    Analyse(Resources.shared().models)(doc)
    return Places(PlacesSettings(), Resources.shared())(doc)


def test_a_province_named_with_its_nationality_adjective() -> None:
    doc = _run("Les éleveurs de la province canadienne de l'Alberta ont bloqué une route mardi.", "fr")
    assert any(p.country == "CAN" and p.precision == "admin1" for p in doc.places)


def test_the_town_a_facility_name_ends_with() -> None:
    doc = _run("Les médecins du CHU Hassan II de Fès ont observé un arrêt de travail lundi.", "fr")
    assert [(p.country, p.precision) for p in doc.places] == [("MAR", "exact")]


def test_a_village_named_south_of_a_town_lies_near_it() -> None:
    doc = _run(
        "Un drone a frappé lundi une voiture près de Souloug, au sud de Tal Abiad, "
        "dans la province de Rakka.",
        "fr",
    )
    assert all(p.country == "SYR" for p in doc.places)


def test_a_unit_named_north_of_a_town_stays_itself() -> None:
    doc = _run("Des feux de brousse menacent des maisons en Nouvelle-Galles du Sud, au nord de Sydney.", "fr")
    assert {(p.country, p.precision) for p in doc.places} == {("AUS", "admin1"), ("AUS", "exact")}


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (  # the road's first end, not an origin
            "Two policemen died when a roadside bomb struck their patrol on the road from Daquq to Tuz "
            "Khurmatu on Friday.",
            (35.139, 44.449),
        ),
        (  # the outskirts as the setting, before a town named as a reference: the Qabassine near Al-Bab
            # (places@31), not the namesake 57 km east by the Euphrates
            "Un bombardement a touché vendredi les abords de Qabassine, près d'Al-Bab, "
            "selon une source kurde.",
            (36.371, 37.516),
        ),
    ],
)
def test_event_places_from_raw_text(text: str, point: tuple[float, float]) -> None:
    doc = dateline.read(text)
    placed = [e.place for e in doc.events if e.place is not None and e.place.lat is not None]
    assert placed
    first = placed[0]
    assert first.lat is not None and first.lon is not None
    assert haversine_km(*point, first.lat, first.lon) <= 25
