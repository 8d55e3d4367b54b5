"""Toponyms beyond the NER and the guards against blunders, on a hand-made gazetteer and hand-built docs."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer, fold_name
from dateline.kb.gazetteer.folding import loose_key
from dateline.model import Document, Language, Mention, Span
from dateline.stages.places.evidence import common_word, locative, strong, sub_word
from dateline.stages.places.toponyms import find_toponyms, toponym_for
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Afis", "SY", 35.0, 38.0, 6_338, admin1="Idlib"), []),
            (fake_entry("Dardara", "SY", 35.0, 38.0, 700, admin1="Al-Hasakah"), []),
            (
                fake_entry("Al-Hasakah", "SY", 35.0, 38.0, 1_500_000, "ADM1", "Al-Hasakah"),
                ["Hassaka", "al-Hasakah"],
            ),
            (fake_entry("Ar-Raqqah", "SY", 35.0, 38.0, 530_000, admin1="Ar-Raqqah"), ["Raqqa"]),
            (fake_entry("Arras", "FR", 35.0, 38.0, 47_000), ["Ar"]),
            (fake_entry("Chino", "US", 35.0, 38.0, 85_000), ["Sino"]),
            (fake_entry("Finland", "FI", 35.0, 38.0, 5_500_000, "PCLI"), ["Fin"]),
            (fake_entry("Les", "ES", 35.0, 38.0, 755), []),
            (fake_entry("Hamm", "DE", 35.0, 38.0, 179_000), ["Hamas"]),
            (fake_entry("Ripley", "US", 35.0, 38.0, 5_000), []),
            (fake_entry("Henderson County", "US", 35.0, 38.0, 20_000, "ADM2", "Kentucky"), ["Henderson"]),
            (fake_entry("Ohio", "US", 35.0, 38.0, 11_000_000, "ADM1", "Ohio"), []),
            (fake_entry("North", "CM", 35.0, 38.0, 2_000_000, "ADM1", "North"), []),
        ]
    )


def _doc(text: str, mentions: dict[str, str] | None = None, language: str = "en") -> Document:
    """A document whose NER found each key of `mentions` (every occurrence) with its label."""
    found = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name, label in (mentions or {}).items()
        for m in re.finditer(re.escape(name), text)
    ]
    return Document(
        id="t",
        text=text,
        language=Language(code=language, confidence=1.0),
        mentions=sorted(found, key=lambda m: m.start),
    )


def _names(doc: Document, gaz: Gazetteer) -> list[tuple[str, str]]:
    """(surface, name looked up) of every toponym found."""
    return [(f.span.of(doc.text), f.toponym.text) for f in find_toponyms(doc, gaz, PlacesSettings())]


def test_loose_key_merges_transliterations() -> None:
    assert loose_key(fold_name("Afes")) == loose_key(fold_name("Afis"))
    assert loose_key(fold_name("al-Hasakeh")) == loose_key(fold_name("Hassaka"))
    assert loose_key(fold_name("Ar-Raqqa")) == loose_key(fold_name("Raqqah"))
    assert loose_key(fold_name("Idleb")) == loose_key(fold_name("Idlib"))
    assert loose_key(fold_name("Chaddadi")) == loose_key(fold_name("Shaddadi"))
    assert loose_key(fold_name("Sino")) != loose_key(fold_name("Chino"))
    # the generic first words of Levantine names, whatever their vowels
    assert (
        loose_key(fold_name("Tell Tamr"))
        == loose_key(fold_name("Tall Tamr"))
        == loose_key(fold_name("Tal Tamr"))
    )
    assert loose_key(fold_name("Kfar Kila")) == loose_key(fold_name("Kafr Kila"))
    assert loose_key(fold_name("Deir Hafer")) == loose_key(fold_name("Dayr Hafir"))
    assert loose_key(fold_name("Aïn Issa")) == loose_key(fold_name("Ayn Isa"))
    assert loose_key(fold_name("Tell")) != loose_key(fold_name("Tall"))  # a lone word is a name, not a prefix


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shells fell on villages in Idlib countryside.", "Idlib"),
        ("Drones struck in Aleppo's eastern countryside.", "Aleppo"),
        ("Des obus sont tombés dans la campagne ouest d'Idleb.", "Idleb"),
        ("Shells fell in the southern countryside of Hama.", "Hama"),
    ],
)
def test_a_governorate_named_by_its_countryside_is_an_admin_unit(text: str, name: str) -> None:
    start = text.index(name)
    toponym = toponym_for(text, Span(start=start, end=start + len(name)), _countryside_gaz())
    assert toponym is not None and toponym.hint == "admin"


def _countryside_gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry(name, "SY", 35.0, 38.0, 100_000, admin1=name), [alias])
            for name, alias in (("Idlib", "Idleb"), ("Aleppo", "Alep"), ("Hama", "Hamah"))
        ]
    )


def test_loose_lookup_only_when_the_exact_name_is_unknown(gaz: Gazetteer) -> None:
    assert gaz.loose("Afes") == ["afis"]
    assert gaz.loose("al-Hasakeh")[0] in ("al hasakah", "hassaka")
    assert gaz.loose("Afis") == []  # indexed as written
    assert gaz.loose("Paris") == []


def test_locative_frames_and_sub_words() -> None:
    text = "near Afes village, à Dardara, Raqqa countryside, the Sino-American talks"
    assert locative(text, 5, 9)
    assert locative(text, text.index("Dardara"), text.index("Dardara") + 7)
    start = text.index("Raqqa")
    assert locative(text, start, start + 5)
    start = text.index("Sino")
    assert not locative(text, start, start + 4)
    assert sub_word(text, start, start + 4)
    assert not sub_word(text, 5, 9)


def test_common_words_come_from_the_languages_frequencies() -> None:
    assert common_word("Fin", 4.5) and common_word("Les", 4.5) and common_word("Man", 4.5)
    assert not common_word("Dardara", 4.5) and not common_word("Ripley", 4.5)


def test_a_short_alternate_name_is_no_strong_evidence(gaz: Gazetteer) -> None:
    assert not strong("Fin", gaz.lookup("Fin"))
    assert strong("Finland", gaz.lookup("Finland"))
    assert strong("Ohio", gaz.lookup("Ohio"))


def test_small_places_in_locative_frames_are_found_up_to_transliteration(gaz: Gazetteer) -> None:
    doc = _doc("Clashes erupted near Afes village in eastern Idleb countryside.")
    assert ("Afes", "afis") in _names(doc, gaz)
    doc = _doc("Un civil a été tué à Dardara, dans la province d'al-Hasakeh.", language="fr")
    names = dict(_names(doc, gaz))
    assert names["Dardara"] == "Dardara"
    assert loose_key(fold_name(names["al-Hasakeh"])) == loose_key(fold_name("Hasaka"))


def test_no_frame_no_small_place(gaz: Gazetteer) -> None:
    assert _names(_doc("Dardara said nothing."), gaz) == []


def test_common_words_and_fragments_are_not_places(gaz: Gazetteer) -> None:
    doc = _doc("Fin septembre, les forces sont entrées à Ar-Raqqa.", {"Fin": "LOC", "Ar": "LOC"}, "fr")
    names = _names(doc, gaz)
    assert all(surface not in ("Fin", "Ar") for surface, _ in names)
    assert [s for s, _ in names] == ["Ar-Raqqa"]
    doc = _doc("Les manifestants ont défilé. Sino-American ties.", {"Les": "LOC", "Sino": "GPE"}, "fr")
    assert _names(doc, gaz) == []


def test_a_persons_surname_and_a_groups_town_alternate_are_not_places(gaz: Gazetteer) -> None:
    text = "Coach Tom Ripley praised the team. Ripley said Hamas had refused."
    doc = _doc(text, {"Tom Ripley": "PERSON", "Ripley": "GPE", "Hamas": "ORG"})
    doc.mentions = [m for m in doc.mentions if not (m.text == "Ripley" and m.start < 20)]
    assert _names(doc, gaz) == []


def test_a_compass_word_is_no_place_but_a_state_is(gaz: Gazetteer) -> None:
    doc = _doc("Storms hit the North and most of Ohio.", {"North": "LOC", "Ohio": "GPE"})
    assert _names(doc, gaz) == [("Ohio", "Ohio")]


def test_a_county_heading_a_longer_name_is_a_place(gaz: Gazetteer) -> None:
    doc = _doc("He was held at the Henderson County Jail on Monday.", {"the Henderson County Jail": "FAC"})
    assert [s for s, _ in _names(doc, gaz)] == ["Henderson County"]


def test_datelines_in_capitals_are_places(gaz: Gazetteer) -> None:
    doc = _doc("Troops withdraw\nDARDARA (Reuters) - Troops withdrew on Monday.")
    assert [s for s, _ in _names(doc, gaz)] == ["DARDARA"]


def test_a_dateline_with_a_filing_date_is_a_place(gaz: Gazetteer) -> None:
    for text in ("RAQQA, 3 April 2025 – Shelling resumed.", "RAQQA, 14 March – Shelling resumed.",
                 "RAQQA, 18 février – Les tirs ont repris."):  # fmt: skip
        assert [s for s, _ in _names(_doc(text), gaz)] == ["RAQQA"], text


def test_a_demonym_is_never_spelt_as_a_place() -> None:
    records = [
        (fake_entry("Syria", "SY", 35.0, 38.0, 22_000_000, "PCLI"), []),
        (fake_entry("Sarayan", "IR", 35.0, 38.0, 9_000), ["Siryan"]),
        (fake_entry("Aleppo", "SY", 35.0, 38.0, 1_800_000, admin1="Aleppo"), []),
    ]
    gaz = Gazetteer.from_records(records, demonyms={"Syrian": ["SY"]})
    doc = _doc("Officials met in the Syrian city of Aleppo.", {"Syrian": "NORP", "Aleppo": "GPE"})
    assert _names(doc, gaz) == [("Aleppo", "Aleppo")]


@pytest.mark.parametrize(
    ("text", "name", "framed"),
    [
        ("Regime forces shelled Kafr Nabl (Idlib) on Monday.", "Kafr Nabl", True),
        ("Regime forces shelled Kafr Nabl (Idlib) on Monday.", "Idlib", True),
        ("Gunmen killed a man in Al-Sabkha town (Al-Sabkha, Ar-Raqqa).", "Ar-Raqqa", True),
        ("The Islamic State (IS) claimed the attack.", "IS", False),
        ("Shares of Apple (AAPL) rose.", "Apple", False),
        ("Officials (Smith and Jones) met.", "Smith", False),
    ],
)
def test_names_in_an_incident_logs_parenthesis_are_framed(text: str, name: str, framed: bool) -> None:
    start = text.index(name)
    assert locative(text, start, start + len(name)) is framed
