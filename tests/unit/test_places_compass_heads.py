"""Session 20: a stressed compass phrase before a place's name ("Far North Queensland", "Far West Texas")
leaves the place, unless the words after it are a unit's own name ("the Far North Region"), on a hand-made
gazetteer and hand-built docs."""

from __future__ import annotations

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document
from dateline.stages.places.toponyms import find_toponyms
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Queensland", "AU", -20.0, 145.0, 5_000_000, "ADM1", "Queensland"), []),
            (fake_entry("Texas", "US", 31.0, -99.0, 29_000_000, "ADM1", "Texas"), []),
            (fake_entry("Far North", "CM", 10.6, 14.3, 4_000_000, "ADM1", "Far North"), []),
            (fake_entry("Cameroon", "CM", 6.0, 12.5, 27_000_000, "PCLI"), []),
        ]
    )


def _names(doc: Document, gaz: Gazetteer) -> list[tuple[str, str]]:
    return [(f.span.of(doc.text), f.toponym.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


@pytest.mark.parametrize(
    ("text", "mention", "found"),
    [
        ("Youth crime rose in Far North Queensland last year.", "Far North Queensland", "Queensland"),
        ("Ranchers in Far West Texas lost cattle.", "Far West Texas", "Texas"),
        ("Floods hit Deep South Texas on Monday.", "Deep South Texas", "Texas"),
    ],
)
def test_a_stressed_compass_phrase_leaves_the_place_after_it(
    gaz: Gazetteer, text: str, mention: str, found: str
) -> None:
    assert _names(_doc(text, {mention: "LOC"}), gaz) == [(found, found)]


def test_a_unit_named_with_a_compass_phrase_stays_the_unit(gaz: Gazetteer) -> None:
    doc = _doc("Troops were sent to the Far North Region of Cameroon.", {"the Far North Region": "LOC"})
    assert [name for _, name in _names(doc, gaz)] == ["Far North", "Cameroon"]
