"""A small town abroad reached only by an alternate or transliterated spelling is no place of a document whose
other places point to another country (issue 14, ninth pass: "la gendarmerie du Gard" was Garður, Iceland)."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Document, Language, Mention, Span
from dateline.stages.places.toponyms import Found, find_toponyms, without_alternates_abroad
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Lormont", "FR", 45.0, 5.0, 24_000, admin1="Nouvelle-Aquitaine"), []),
            (fake_entry("Lormont", "CA", 45.0, 5.0, 3_000, admin1="Ontario"), []),
            (
                fake_entry("Sveinsfjörður", "IS", 45.0, 5.0, 1_200, admin1="Austurland"),
                ["Sveinsfjordur", "Brest"],
            ),
            (fake_entry("Akureyri", "IS", 45.0, 5.0, 18_000, admin1="Norðurland eystra"), []),
            (fake_entry("Tarn", "RO", 45.0, 5.0, 700, admin1="Olt"), []),
            (fake_entry("Vieira", "BR", 45.0, 5.0, 80_000, admin1="Bahia"), ["Vierzon"]),
        ]
    )


def _found(gaz: Gazetteer, text: str, places: list[str]) -> list[str]:
    mentions = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label="LOC", producer="test")
        for name in places
        for m in re.finditer(re.escape(name), text)
    ]
    doc = Document(
        id="t",
        text=text,
        language=Language(code="fr", confidence=1.0),
        mentions=sorted(mentions, key=lambda m: m.start),
    )
    found = find_toponyms(doc, gaz, PlacesSettings(scan=False, frames=False))
    return [f.span.of(text) for f in without_alternates_abroad(text, found, gaz, 10_000)]


def test_an_alternate_name_of_a_small_town_abroad_is_no_place_beside_places_of_another_country(
    gaz: Gazetteer,
) -> None:
    # "Brest" is only an alternate name of an Icelandic town here; "Lormont" points to France
    assert _found(gaz, "Un incendie à Lormont ; les pompiers de Brest sont venus.", ["Lormont", "Brest"]) == [
        "Lormont"
    ]


def test_it_stays_when_nothing_else_weighs_or_the_other_places_share_its_country(gaz: Gazetteer) -> None:
    assert _found(gaz, "Les pompiers de Brest sont venus.", ["Brest"]) == ["Brest"]
    text = "De Akureyri, les pompiers de Brest sont venus."
    assert _found(gaz, text, ["Akureyri", "Brest"]) == ["Akureyri", "Brest"]


def test_a_main_name_or_a_larger_town_abroad_stays(gaz: Gazetteer) -> None:
    # "Tarn" is a Romanian village's own name; "Vierzon" an alternate name of a town of 80,000
    text = "À Lormont, dans le Tarn, puis à Vierzon."
    assert _found(gaz, text, ["Lormont", "Tarn", "Vierzon"]) == ["Lormont", "Tarn", "Vierzon"]


def test_a_name_the_document_names_within_a_parent_stays(gaz: Gazetteer) -> None:
    text = "Un incendie à Lormont ; à Brest, en Austurland, rien."
    lormont, brest = (Span(start=text.index(n), end=text.index(n) + len(n)) for n in ("Lormont", "Brest"))
    parent = Toponym("Austurland")
    found = [Found(lormont, Toponym("Lormont")), Found(brest, Toponym("Brest", parent=parent))]
    assert without_alternates_abroad(text, found, gaz, 10_000) == found
    bare = [Found(lormont, Toponym("Lormont")), Found(brest, Toponym("Brest"))]
    assert without_alternates_abroad(text, bare, gaz, 10_000) == bare[:1]
