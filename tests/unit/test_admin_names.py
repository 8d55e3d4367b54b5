"""Admin units' French and ISO 3166-2 names: position words, seats named with an article, linking."""

from __future__ import annotations

import pytest

from dateline.kb.gazetteer import build as build_module
from dateline.kb.gazetteer.build import _add_unit_names, _share_seat_names
from dateline.kb.gazetteer.columns import Builder
from dateline.kb.gazetteer.folding import fold_name, unit_key
from dateline.kb.gazetteer.qualifiers import english_keys, french_forms, is_position_word
from dateline.kb.gazetteer.sources import subdivisions


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Upper Lomami", {"haut lomami", "haute lomami"}),
        ("Southern Kordofan", {"sud kordofan", "kordofan sud"}),
        ("West Sepik", {"ouest sepik", "sepik ouest", "sepik occidental", "sepik occidentale"}),
        ("Far North", {"extreme nord"}),
        ("Kebbi and Zamfara", {"kebbi et zamfara"}),
    ],
)
def test_french_forms_of_position_words(english: str, french: set[str]) -> None:
    assert french <= {fold_name(form) for form in french_forms(english)}


def test_no_french_form_for_a_bare_position_word_or_a_plain_name() -> None:
    assert french_forms("North") == []
    assert french_forms("Kano") == []
    assert is_position_word("Nord") and is_position_word("East") and not is_position_word("Kivu")


def test_english_keys_read_french_position_words() -> None:
    assert "south lomami" in english_keys("Sud-Lomami")
    assert "north kordofan" in english_keys("Kordofan-Nord")
    assert "west sepik" in english_keys("Sepik-Occidental")
    assert "north kordofan" in english_keys("Northern Kordofan")


def test_a_seat_is_named_like_its_unit_up_to_an_article_or_a_generic_word() -> None:
    assert unit_key("As Samawah") == unit_key("Samawah Governorate") == "samawah"
    assert unit_key("Al") == "al"


def test_subdivisions_give_iso_and_french_names_and_link_names() -> None:
    found = {(cc, tuple(names)): links for cc, _, names, links in subdivisions()}
    assert ("DE", ("Bayern", "Bavière")) in found
    assert "Bavaria" in found[("DE", ("Bayern", "Bavière"))]
    assert not any(name.startswith("Flamande") for _, names in found for name in names)


def _row(name: str, cc: str, code: str, admin1: str = "") -> tuple[object, ...]:
    return (name, cc, 0.0, 0.0, 1000, code, 0, admin1 or name)


def test_units_take_their_french_and_iso_names(monkeypatch: pytest.MonkeyPatch) -> None:
    builder = Builder()
    south = builder.add(_row("South Lomami", "XA", "ADM1"), [], "South Lomami")
    north = builder.add(_row("North Lomami", "XA", "ADM1"), [], "North Lomami")
    hill = builder.add(_row("Hill Country", "XA", "ADM1"), [], "Hill Country")
    lake = builder.add(_row("Provincie Meerland", "XA", "ADM2", "Hill Country"), [], "Provincie Meerland")
    monkeypatch.setattr(
        build_module,
        "subdivisions",
        lambda: [
            ("XA", True, ["Sud-Lomami"], ["Sud-Lomami"]),  # linked through its position word
            ("XA", True, ["Bergland", "Pays des Collines"], ["Bergland", "Hill Country"]),  # by a translation
            ("XA", False, ["Meerland", "Pays du Lac", "Coast"], ["Meerland"]),  # lower level: admin-2
            ("XA", True, ["Nord"], ["North"]),  # a bare position word links nothing
        ],
    )
    _add_unit_names(builder)
    assert 2 * south in builder.names["sud lomami"]
    assert 2 * north in builder.names["nord lomami"]  # the French form of its own name
    assert 2 * hill in builder.names["pays des collines"]
    assert 2 * lake in builder.names["pays du lac"]
    assert "nord" not in builder.names
    assert "coast" not in builder.names  # a common word is no name to index


def test_a_subdivision_is_linked_to_the_record_spelt_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    builder = Builder()
    isle = builder.add(_row("Sicily", "XB", "ADM1"), [], "Sicily")
    builder.add(_row("Calabria", "XB", "ADM1"), [], "Calabria")
    sicily = ("XB", True, ["Sicilia", "Sicile"], ["Sicilia"])
    monkeypatch.setattr(build_module, "subdivisions", lambda: [sicily])
    _add_unit_names(builder)
    assert 2 * isle in builder.names["sicile"]


def test_a_unit_takes_the_names_of_its_seat_named_with_an_article() -> None:
    builder = Builder()
    unit = builder.add(_row("As Samawah", "XC", "ADM1", "As Samawah"), [], "As Samawah")
    builder.add(_row("Samawah", "XC", "PPL", "As Samawah"), ["Samaoua"], "Samawah")
    _share_seat_names(builder)
    assert 2 * unit in builder.names["samaoua"]
