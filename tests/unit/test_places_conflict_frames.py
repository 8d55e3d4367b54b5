"""Session 20 (task `plconflict`): the frames of short conflict reports. Either end of "the road between X
and Y" and of "a convoy between X and Y" is a locative frame, the first end the event's setting; a seat
of government is no event place while the clause names another; a town named with the unit around it
("Lubero territory") is that unit; "X, near Y" keeps X's candidates close to Y or falls back to Y; a parent
named with its own parent takes only its candidates there; run-in generic first words and a French mute
final "e" are spelt apart; "Dhale city" is the town; a demonym before a noun is no framed place."""

from __future__ import annotations

import pytest

from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document, PlacePrecision, Span
from dateline.stages.places import locate_event
from dateline.stages.places.evidence import locative, road_end
from dateline.stages.places.hierarchy import with_parents
from dateline.stages.places.locate import seat, unit_around
from dateline.stages.places.toponyms import _hint, loose_spellings
from dateline.testing import fake_entry, placed_in

Spec = dict[str, tuple[PlacePrecision, str, str | None]]


def _doc(text: str, places: Spec) -> Document:
    fields = {s: {"precision": p, "country": c, "admin1": a} for s, (p, c, a) in places.items()}
    return Document(id="t", text=text, places=placed_in(text, fields))


def _place(text: str, places: Spec) -> str | None:
    whole = Span(start=0, end=len(text))
    ref = locate_event(_doc(text, places), whole, whole)
    return ref.name if ref is not None else None


@pytest.mark.parametrize(
    ("text", "name", "end"),
    [
        ("A bomb hit a bus on the road between Palmyra and al-Sukhna.", "Palmyra", 1),
        ("A bomb hit a bus on the road between Palmyra and al-Sukhna.", "al-Sukhna", 2),
        ("Une embuscade sur la route reliant Oubari à Sebha, dans le sud.", "Oubari", 1),
        ("Une embuscade sur la route reliant Oubari à Sebha, dans le sud.", "Sebha", 2),
        ("An IED on the main highway linking Kirkuk to Tikrit.", "Kirkuk", 1),
        ("Talks between Israel and Hamas resumed.", "Israel", 0),
    ],
)
def test_road_ends(text: str, name: str, end: int) -> None:
    assert road_end(text, text.index(name)) == end


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ambushed a convoy between Ansongo and Menaka on Monday", "Ansongo"),
        ("ambushed an army convoy between Ansongo and Menaka on Monday", "Menaka"),
        ("une embuscade entre Téra et Gothèye", "Gothèye"),
        ("on the road between Palmyra and al-Sukhna", "al-Sukhna"),
    ],
)
def test_between_is_a_locative_frame(text: str, name: str) -> None:
    start = text.index(name)
    assert locative(text, start, start + len(name))


def test_between_alone_is_no_frame() -> None:
    text = "the talks between Israel and Hamas resumed"
    assert not locative(text, text.index("Hamas"), text.index("Hamas") + 5)
    text = "an aid convoy from Bamako reached Gao"
    assert road_end(text, text.index("Bamako")) == 0


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (  # the road's first end, not the second one after « à »
            "Un convoi est tombé dans une embuscade sur la route reliant Oubari à Sebha.",
            {"Oubari": ("exact", "LBY", "Fezzan"), "Sebha": ("exact", "LBY", "Sabha")},
            "Oubari",
        ),
        (  # the seat of a party is no event place while the clause names another
            "Forces loyal to the government in Tripoli clashed with a local group near Bani Walid.",
            {"Tripoli": ("exact", "LBY", "Tripoli"), "Bani Walid": ("exact", "LBY", "Misrata")},
            "Bani Walid",
        ),
        (  # …but it still is when the clause names none
            "The government in Tripoli imposed a curfew on Monday.",
            {"Tripoli": ("exact", "LBY", "Tripoli")},
            "Tripoli",
        ),
        (  # a town named with the unit around it is that unit
            "Rebels killed nine civilians in a raid on Kayna, in Lubero territory of North Kivu.",
            {"Kayna": ("exact", "COD", "Nord Kivu"), "Lubero": ("exact", "COD", "Nord Kivu"),
             "North Kivu": ("admin1", "COD", "Nord Kivu")},
            "Kayna",
        ),
    ],
)  # fmt: skip
def test_event_place_frames(text: str, places: Spec, expected: str) -> None:
    assert _place(text, places) == expected


def test_seats_and_units() -> None:
    def at(text: str, name: str) -> Span:
        return Span(start=text.index(name), end=text.index(name) + len(name))

    text = "Le gouvernement régional, à Munich, a débloqué une aide ; les forces gouvernementales à Homs"
    assert seat(text, at(text, "Munich"))
    assert not seat(text, at(text, "Homs"))
    assert seat("the Tripoli government said", at("the Tripoli government said", "Tripoli"))
    assert not seat("government forces in Daraa", at("government forces in Daraa", "Daraa"))
    assert unit_around("dans le cercle de Douentza", at("dans le cercle de Douentza", "Douentza"))
    assert not unit_around("in Douentza town", at("in Douentza town", "Douentza"))


def test_transliterated_spellings() -> None:
    assert loose_spellings("Kfarchouba") == ["Kfarchouba", "Kfar chouba"]
    assert loose_spellings("Khanaqine") == ["Khanaqine", "Khanaqin"]
    assert loose_spellings("Tripoli") == ["Tripoli"]
    assert loose_spellings("Aine") == ["Aine"]  # too short to drop its "e"


def test_a_town_noun_after_the_name_makes_it_the_town() -> None:
    text = "shelling hit a district of Dhale city on Sunday"
    start = text.index("Dhale")
    assert _hint(text, start, start + 5, "Dhale") == "town"
    text = "London city council will hire outside experts"
    assert _hint(text, 0, 6, "London") is None
    text = "a district of Dhale on Sunday"
    assert _hint(text, text.index("Dhale"), text.index("Dhale") + 5, "Dhale") == "admin"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Lebanon", "LB", 33.83, 35.83, 6_800_000, "PCLI"), ["Liban"]),
            (fake_entry("Marjayoun", "LB", 33.36, 35.59, 0, admin1="Nabatiye"), []),
            (fake_entry("Kafr Laha", "SY", 34.9, 36.5, 21_000, admin1="Homs"), ["Houla"]),
            (fake_entry("Khiam", "LB", 33.33, 35.61, 20_000, admin1="Nabatiye"), []),
            (fake_entry("Nord Kivu", "CD", -0.29, 28.88, 1_400_000, "ADM1", "Nord Kivu"), ["North Kivu"]),
            (fake_entry("Beni", "CD", 0.49, 29.47, 140_000, admin1="Nord Kivu"), []),
            (fake_entry("El Beni", "BO", -13.3, -65.7, 290_000, "ADM1", "El Beni"), ["Beni"]),
            (fake_entry("Oicha", "BO", -13.5, -65.5, 300, admin1="El Beni"), []),
            (fake_entry("Hyosha", "CD", 0.7, 29.52, 74_000, admin1="Nord Kivu"), ["Oicha"]),
        ]
    )


def _named(text: str, names: list[str]) -> list[tuple[Span, Toponym]]:
    return [(Span(start=text.index(n), end=text.index(n) + len(n)), Toponym(n)) for n in names]


def test_a_place_near_a_town_lies_close_to_it_or_takes_its_point(gaz: Gazetteer) -> None:
    text = "A drone hit a house in Houla, near Marjayoun in south Lebanon."
    toponyms = with_parents(text, _named(text, ["Houla", "Marjayoun", "Lebanon"]))
    assert toponyms[0].close and toponyms[0].near and not toponyms[0].strict
    houla = Resolver(gaz).resolve(toponyms)[0]
    assert houla is not None and houla.entry.name == "Marjayoun" and houla.fallback
    text = "A drone hit a house in Khiam, near Marjayoun."
    khiam = Resolver(gaz).resolve(with_parents(text, _named(text, ["Khiam", "Marjayoun"])))[0]
    assert khiam is not None and khiam.entry.name == "Khiam" and not khiam.fallback


def test_a_parent_named_with_its_own_parent_constrains_the_place(gaz: Gazetteer) -> None:
    text = "ADF rebels raided a village near Oicha, in Beni territory, in North Kivu province."
    toponyms = with_parents(text, _named(text, ["Oicha", "Beni", "North Kivu"]))
    assert toponyms[1].parent is not None and toponyms[1].strict
    resolved = Resolver(gaz).resolve(toponyms)
    assert [r.entry.country if r else None for r in resolved] == ["CD", "CD", "CD"]
