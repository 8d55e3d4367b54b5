"""Issue 14, eleventh pass: a town's name heading the name of its local public body ("the Millbrook Fire
Station", "Harlow Creek Police Chief", "Grantham County Superior Court") is a place, whatever label the
NER gave the whole name; a common word or a person's name before "Middle School" is not. A feature the
gazetteer lacks ("the Millbrook River") falls back to the town it is named after. All sentences are
invented."""

from __future__ import annotations

import pytest
from place_samples import mentioned_doc as _doc

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document, Span
from dateline.stages.places.bodies import body_heads
from dateline.stages.places.toponyms import find_toponyms, toponym_for
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Millbrook", "US", 40.0, -83.0, 2_400, admin1="Ohio"), []),
            (fake_entry("Harlow Creek", "US", 40.0, -83.0, 900, admin1="Ohio"), []),
            (fake_entry("Grantham County", "US", 40.0, -83.0, 30_000, "ADM2", "Ohio"), ["Grantham"]),
            (fake_entry("Iola City", "US", 40.0, -83.0, 6_000, admin1="Ohio"), []),
            (fake_entry("Iola", "US", 40.0, -83.0, 1_200, admin1="Ohio"), []),
            (fake_entry("Federal Heights", "US", 40.0, -83.0, 12_000, admin1="Ohio"), ["Federal"]),
            (fake_entry("Kessler", "US", 40.0, -83.0, 700, admin1="Ohio"), []),
        ]
    )


def _names(doc: Document, gaz: Gazetteer) -> list[str]:
    return [f.span.of(doc.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


@pytest.mark.parametrize(
    ("text", "mention", "label", "place"),
    [
        ("Crews met at the Millbrook Fire Station on Sunday.", "the Millbrook Fire Station", "FAC",
         "Millbrook"),
        ("Harlow Creek Police Chief Ann Doyle said two men fled.", "Harlow Creek Police Chief Ann Doyle",
         "PERSON", "Harlow Creek"),
        ("He appeared in Grantham County Superior Court on Friday.", "Grantham County Superior Court", "ORG",
         "Grantham County"),
        ("The Iola City Council voted on Monday.", "The Iola City Council", "ORG", "Iola City"),
        ("Crews of the Millbrook Volunteer Fire Department came.", "Volunteer Fire Department", "ORG",
         "Millbrook"),
    ],
)  # fmt: skip
def test_a_town_heading_its_local_body_is_a_place(
    gaz: Gazetteer, text: str, mention: str, label: str, place: str
) -> None:
    assert _names(_doc(text, {mention: label}), gaz) == [place]


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("The Federal Public Prosecutor declined to comment.", "The Federal Public Prosecutor", "ORG"),
        ("Pupils of Kessler Middle School sang on Friday.", "Kessler Middle School", "ORG"),
        ("Iola Smith Foundation gave $500.", "Iola Smith Foundation", "ORG"),
    ],
)
def test_no_place_before_other_words_or_for_a_common_word(
    gaz: Gazetteer, text: str, mention: str, label: str
) -> None:
    assert _names(_doc(text, {mention: label}), gaz) == []


def test_a_place_mention_already_found_is_not_read_again(gaz: Gazetteer) -> None:
    doc = _doc("The Millbrook Police said so.", {"Millbrook": "GPE"})
    assert _names(doc, gaz) == ["Millbrook"]
    assert body_heads(doc.text, [], gaz, frozenset(), 4.5) == []


@pytest.mark.parametrize(
    ("surface", "named"),
    [
        ("the Millbrook River", "Millbrook"),
        ("Harlow Creek Station", "Harlow Creek"),
        ("Port of Iola", "Iola"),
    ],
)
def test_a_feature_the_gazetteer_lacks_falls_back_to_the_town_it_is_named_after(
    gaz: Gazetteer, surface: str, named: str
) -> None:
    text = f"Crews worked near {surface} all night."
    start = text.index(surface)
    toponym = toponym_for(text, Span(start=start, end=start + len(surface)), gaz)
    assert toponym is not None and toponym.text == named


def test_a_feature_named_after_an_alternate_name_only_is_no_place(gaz: Gazetteer) -> None:
    text = "Boats sailed on Federal Bay."
    assert toponym_for(text, Span(start=16, end=27), gaz) is None
