"""Session 20: a stressed compass phrase before a place's name ("Far North Queensland", "Far West Texas")
leaves the place, unless the words after it are a unit's own name ("the Far North Region"); a person's
surname is no place out of a locative frame, even an admin-1 unit's name; on hand-made gazetteers and
hand-built docs."""

from __future__ import annotations

import re

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document, Mention
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


def _labelled(text: str, mentions: list[tuple[str, str, int]]) -> Document:
    """A document whose NER found the `n`-th occurrence of each name with its label."""
    doc = _doc(text)
    found = []
    for name, label, n in mentions:
        start = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)][n]
        found.append(Mention(start=start, end=start + len(name), text=name, label=label, producer="test"))
    doc.mentions = sorted(found, key=lambda m: m.start)
    return doc


@pytest.fixture(scope="module")
def towns() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Flores", "UY", -33.5, -56.9, 23_000, "ADM1", "Flores"), []),
            (fake_entry("Bell", "US", 33.98, -118.19, 36_000, admin1="California"), []),
            (fake_entry("Jordan", "JO", 31.0, 36.0, 10_000_000, "PCLI"), []),
        ]
    )


def test_a_persons_surname_is_no_unit_nor_town_out_of_a_frame(towns: Gazetteer) -> None:
    text = (
        "Matthew D. Flores was shot in 1994. Flores had no enemies, and police chased Bell after "
        "Tyrise M. Bell fled."
    )
    mentions = [
        ("Matthew D. Flores", "PERSON", 0),
        ("Flores", "GPE", 1),
        ("Bell", "ORG", 0),
        ("Tyrise M. Bell", "ORG", 0),
    ]
    assert _names(_labelled(text, mentions), towns) == []
    # a country stays one, and so does a name in a locative frame
    text = "Michael B. Jordan flew to Jordan. He was born in Flores, said Ana Flores."
    mentions = [
        ("Michael B. Jordan", "PERSON", 0),
        ("Jordan", "GPE", 1),
        ("Flores", "GPE", 0),
        ("Ana Flores", "PERSON", 0),
    ]
    assert _names(_labelled(text, mentions), towns) == [("Jordan", "Jordan"), ("Flores", "Flores")]
