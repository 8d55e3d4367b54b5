"""Hierarchy, country names and the user gazetteer with the real gazetteer and models, on texts written
for these tests (English and French)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import haversine_km
from dateline.model import Document, Language, Place
from dateline.resources import Resources
from dateline.stages.analyse import Analyse
from dateline.stages.places import Places

pytestmark = pytest.mark.integration

HASAKAH = (36.5, 40.75)
#: A village written for these tests, absent from GeoNames' cities500.
VILLAGE_CSV = (
    "name,alternate_names,lat,lon,country,admin1,kind\n"
    "Khirbet Umm Ghazlan,Khirbat Umm Ghazlan|Kherbet Oum Ghazlane,35.95,39.05,SYR,Raqqa,village\n"
)


def _run(text: str, language: str, **options: object) -> Document:
    doc = Document(id="it", text=text, language=Language(code=language, confidence=1.0))
    Analyse(Resources.shared().models)(doc)
    return Places(PlacesSettings(**options), Resources.shared())(doc)  # type: ignore[arg-type]


def _named(doc: Document, surface: str) -> Place:
    return next(p for p in doc.places if any(doc.snippet(s) == surface for s in p.mentions))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Shelling hit Dardara in al-Hasakeh province on Monday, the monitor said."),
        ("fr", "Des combats ont eu lieu à Dardara, dans la province d'Hassaké, selon l'OSDH."),
    ],
)
def test_a_village_named_with_its_province_stays_in_it(language: str, text: str) -> None:
    doc = _run(text, language)
    village = _named(doc, "Dardara")  # GeoNames has a Dardara (Derdara) in Morocco only
    assert village.country == "SYR" and village.lat is not None and village.lon is not None
    assert haversine_km(*HASAKAH, village.lat, village.lon) < 150
    if village.precision != "exact":
        assert village.within is not None


def test_a_country_is_not_a_same_named_town() -> None:
    doc = _run(
        "Lebanon's central bank said the US dollar rate rose as the United States urged reforms.", "en"
    )
    lebanon = _named(doc, "Lebanon")
    assert (lebanon.country, lebanon.precision) == ("LBN", "country")


def test_the_parent_picks_the_town() -> None:
    doc = _run("The council met in Springfield, Ill., on Tuesday.", "en")
    springfield = _named(doc, "Springfield")
    assert (springfield.country, springfield.admin1) == ("USA", "Illinois")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "en",
            "Fighters entered Khirbet Umm Ghazlan, a village near Raqqa, on Tuesday.",
            "Khirbet Umm Ghazlan",
        ),
        (
            "fr",
            "Des combattants sont entrés mardi à Kherbet Oum Ghazlane, près de Raqqa.",
            "Kherbet Oum Ghazlane",
        ),
    ],
)
def test_a_village_the_user_adds(tmp_path: Path, language: str, text: str, surface: str) -> None:
    csv_path = tmp_path / "villages.csv"
    csv_path.write_text(VILLAGE_CSV, encoding="utf-8")
    assert not Resources.shared().gazetteer.candidates(surface)  # GeoNames lacks it
    village = _named(_run(text, language, user_gazetteer=csv_path), surface)
    assert (village.name, village.country, village.geonames_id, village.precision) == (
        "Khirbet Umm Ghazlan",
        "SYR",
        None,
        "exact",
    )


def test_a_demonym_in_a_locative_frame_is_no_place() -> None:
    doc = _run("Army officers and diplomats gathered in the Syrian city of Aleppo on Thursday.", "en")
    assert [p.country for p in doc.places] == ["SYR"]  # "Syrian" is no loose spelling of an Iranian village


#: Incident-log sentences written for these tests: (text, the event's point); the full pipeline from raw text.
INCIDENTS = [
    # read as Nigerian Pidgin by the language identifier alone: nothing was analysed
    (
        "On 9 October 2024, Israeli artillery shelled the outskirts of Naqoura in southern Lebanon.",
        (33.12, 35.14),
    ),
    # a district and governorate in parentheses, the governorate transliterated and tagged ORG
    (
        "On 2 April 2024, unidentified gunmen killed a shepherd in Al-Sabkha town (Al-Sabkha, Ar-Raqqa).",
        (35.81, 39.26),
    ),
    # a dateline elsewhere, a village the gazetteer lacks: its country, never the dateline
    (
        "Beirut, 5 May - An Israeli drone struck a car in the town of Aitaroun in south Lebanon.",
        (33.83, 35.83),
    ),
    # the reporters' place and a reference point are not where it happened
    ("Clashes erupted near Kafr Nabl, south of Idlib, according to activists in Istanbul.", (35.61, 36.56)),
]


@pytest.mark.parametrize(("text", "point"), INCIDENTS)
def test_an_incident_is_placed_where_it_happened(text: str, point: tuple[float, float]) -> None:
    import dateline

    doc = dateline.read(text)
    placed = [e.place for e in doc.events if e.place is not None]
    assert placed, [e.type for e in doc.events]
    assert haversine_km(point[0], point[1], placed[0].lat or 0.0, placed[0].lon or 0.0) <= 25, placed[0]
