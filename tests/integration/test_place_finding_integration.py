"""Toponyms beyond the NER and the blunder guards, with the real index and models on texts written here."""

from __future__ import annotations

import pytest

from dateline.config import PlacesSettings
from dateline.model import Document, Language
from dateline.resources import Resources
from dateline.stages.analyse import Analyse
from dateline.stages.places import Places

pytestmark = pytest.mark.integration


def _run(text: str, language: str) -> Document:
    doc = Document(id="it", text=text, language=Language(code=language, confidence=1.0))
    Analyse(Resources.shared().models)(doc)
    return Places(PlacesSettings(), Resources.shared())(doc)


def _places(text: str, language: str) -> dict[str, tuple[str, str]]:
    """Each place's name → (country ISO-3, feature class), after the real analysis and places stages."""
    return {p.name: (p.country or "", p.feature_class or "") for p in _run(text, language).places}


def test_small_syrian_places_in_frames_are_found() -> None:
    places = _places("Two fighters were killed near Afes village in eastern Idleb countryside.", "en")
    assert places.get("Afis", ("", ""))[0] == "SYR"
    doc = _run("Un civil a été tué à Dardara, dans la province d'al-Hasakeh, selon l'OSDH.", "fr")
    found = {span.of(doc.text): place for place in doc.places for span in place.mentions}
    assert set(found) == {"Dardara", "al-Hasakeh"}  # which Dardara is the resolver's business
    assert (found["al-Hasakeh"].country, found["al-Hasakeh"].feature_class) == ("SYR", "A")


def test_common_words_are_not_places() -> None:
    places = _places("Fin septembre, les manifestants ont défilé à Lyon.", "fr")
    assert "Finland" not in places and all(country == "FRA" for country, _ in places.values())
    places = _places("Les manifestants se sont réunis devant la mairie. Un policier a été blessé.", "fr")
    assert places == {}


def test_a_person_named_like_a_town_is_no_place() -> None:
    text = 'Coach Dan Ripley was pleased. "We wrestled well," said Ripley after the meet in Fargo.'
    places = _places(text, "en")
    assert "Ripley" not in places and places.get("Fargo", ("", ""))[0] == "USA"


def _found(text: str, language: str) -> dict[str, tuple[str, str]]:
    """Each mention's surface → (its place's name, country ISO-3)."""
    doc = _run(text, language)
    return {span.of(doc.text): (p.name, p.country or "") for p in doc.places for span in p.mentions}


def test_sites_named_with_their_site_noun_are_found() -> None:
    found = _found("Kurdish guards closed the Semalka crossing on Monday after a shooting.", "en")
    assert found.get("Semalka", ("", ""))[1] == "SYR" or found.get("Semalka crossing", ("", ""))[1] == "SYR"
    found = _found("Clashes broke out inside the Nahr al-Bared camp north of Tripoli on Sunday.", "en")
    assert found.get("Nahr al-Bared") == ("Nahr al-Bared camp", "LBN")
    found = _found("Des affrontements ont éclaté dimanche dans le camp de Beddawi, au nord de Tripoli.", "fr")
    assert found.get("Beddawi") == ("Beddawi camp", "LBN")


def test_a_struck_village_after_a_weekday_is_found() -> None:
    found = _found("Des avions ont bombardé jeudi Kafr Takharim, dans la province d'Idleb.", "fr")
    assert found.get("Kafr Takharim", ("", ""))[1] == "SYR"


def test_a_small_town_abroad_is_respelt_in_the_reports_country() -> None:
    found = _found("Des tirs ont éclaté samedi à Zaouïa, à l'ouest de Tripoli, en Libye.", "fr")
    assert found.get("Zaouïa", ("", ""))[1] == "LBY"
