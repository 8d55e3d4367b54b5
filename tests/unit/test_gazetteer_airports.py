"""The names an airport of ``airportsdata`` is indexed under (`dateline.kb.gazetteer.airports`)."""

from __future__ import annotations

import pytest

from dateline.kb.gazetteer.airports import airport_names


@pytest.mark.parametrize(
    ("name", "city", "towns", "expected"),
    [
        ("London Gatwick Airport", "London", (), ["London Gatwick Airport", "Gatwick Airport"]),
        (
            "Ottawa / Macdonald-Cartier International Airport", "Ottawa", (),
            ["Ottawa Macdonald-Cartier International Airport", "Macdonald-Cartier International Airport",
             "Ottawa Macdonald-Cartier Airport", "Macdonald-Cartier Airport"],
        ),
        (
            "Toronto Pearson International Airport", "Mississauga", {"toronto"},
            ["Toronto Pearson International Airport", "Pearson International Airport",
             "Toronto Pearson Airport", "Pearson Airport"],
        ),
        ("Dover Afb Airport", "Dover", (), ["Dover AFB", "Dover Air Force Base"]),
        ("Toulouse-Blagnac Airport", "Toulouse/Blagnac", (), ["Toulouse-Blagnac Airport", "Blagnac Airport"]),
    ],
)  # fmt: skip
def test_names_keep_the_airport_word_and_drop_the_city(
    name: str, city: str, towns: set[str], expected: list[str]
) -> None:
    assert airport_names(name, city, towns) == expected


def test_no_bare_core_and_no_generic_name() -> None:
    assert "Gatwick" not in airport_names("London Gatwick Airport", "London")
    assert airport_names("Columbus Municipal Airport", "Columbus") == ["Columbus Municipal Airport"]
    assert airport_names("Brussels Airport", "Brussels") == ["Brussels Airport"]
    assert airport_names("Fokker Field", "Somewhere") == []  # no airport word at the end
    # a town opens the name only when it is a city the caller lists
    assert airport_names("Blue Grass Airport", "Lexington") == ["Blue Grass Airport"]


def test_parentheses_and_airports_under_construction() -> None:
    assert airport_names("Long Beach (Daugherty Field) Airport", "Long Beach") == ["Long Beach Airport"]
    assert airport_names("Weining Airport (under construction)", "Weining") == []
