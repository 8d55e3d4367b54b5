"""`locate_event` on hand-built places: where things come from, where the reporters are, reference points,
compass-named towns and villages that fell back to a country are not the event's place."""

from __future__ import annotations

import pytest

from dateline.model import Document, Place, PlacePrecision, Span
from dateline.stages.places import locate_event
from dateline.stages.places.locate import aside, reference


def _doc(text: str, places: dict[str, tuple[PlacePrecision, str | None]]) -> Document:
    """A document whose places are `places` (surface → precision and the parent it fell back to), each
    mentioned wherever its surface occurs, with a point 1° apart from the previous one."""
    found = []
    for i, (surface, (precision, within)) in enumerate(places.items()):
        spans, at = [], text.find(surface)
        while at >= 0:
            spans.append(Span(start=at, end=at + len(surface)))
            at = text.find(surface, at + 1)
        found.append(
            Place(name=surface, lat=30.0 + i, lon=40.0, precision=precision, within=within, mentions=spans)
        )
    return Document(id="t", text=text, places=found)


def _place(doc: Document) -> str | None:
    whole = Span(start=0, end=len(doc.text or ""))
    ref = locate_event(doc, whole, whole)
    return ref.name if ref is not None else None


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # where something comes from
        (
            "Iranian-backed militias deployed reinforcements to Al-Bukamal from Al-Mayadin.",
            {"Al-Mayadin": ("exact", None), "Al-Bukamal": ("exact", None)},
            "Al-Bukamal",
        ),
        (
            "Les pompiers venus de Sfax, de Béjaïa et de Bouira ont combattu les flammes.",
            {"Sfax": ("exact", None), "Béjaïa": ("exact", None), "Bouira": ("exact", None)},
            None,
        ),
        # where the reporters are
        (
            "Fighting raged in Tigray, according to aid workers in Addis Ababa.",
            {"Tigray": ("admin1", None), "Addis Ababa": ("exact", None)},
            "Tigray",
        ),
        (
            "Des miliciens ont attaqué un camp dans le Kasaï-Central, a annoncé l'ONU à Kananga.",
            {"Kasaï-Central": ("admin1", None), "Kananga": ("exact", None)},
            "Kasaï-Central",
        ),
        (
            "Shots were fired at the border in Georgia, the government in Tbilisi said.",
            {"Georgia": ("country", None), "Tbilisi": ("exact", None)},
            "Georgia",
        ),
        # a town named as a reference point or with a compass word names the land around it
        (
            "Clashes erupted in the wilaya of Tizi Ouzou, east of Algiers.",
            {"Tizi Ouzou": ("admin1", None), "Algiers": ("exact", None)},
            "Tizi Ouzou",
        ),
        (
            "Regime forces shelled Kafr Nabl in southern Idlib on Monday.",
            {"Kafr Nabl": ("exact", None), "Idlib": ("exact", None)},
            "Kafr Nabl",
        ),
        # a village that fell back to its country comes after a town named with it
        (
            "Des insurgés ont attaqué une base à Monguno, dans l'État de Borno, au Nigeria.",
            {
                "Monguno": ("exact", None),
                "État de Borno": ("country", "Nigeria"),
                "Nigeria": ("country", None),
            },
            "Monguno",
        ),
        # the dateline is no place of the first clause
        (
            "Beirut, 5 May - An Israeli airstrike hit a house in the town of Aitaroun in south Lebanon.",
            {"Beirut": ("exact", None), "Aitaroun": ("country", "Lebanon"), "Lebanon": ("country", None)},
            "Aitaroun",
        ),
        # …but before the country itself; and a village that kept its unit's point before a town
        (
            "Israeli artillery shelled Khiam in southern Lebanon.",
            {"Khiam": ("country", "Lebanon"), "Lebanon": ("country", None)},
            "Khiam",
        ),
        (
            "Clashes broke out on the Menagh frontline near Aleppo.",
            {"Menagh": ("admin1", "Aleppo"), "Aleppo": ("exact", None)},
            "Menagh",
        ),
    ],
)
def test_the_event_place_leaves_out_origins_sources_and_reference_points(
    text: str, places: dict[str, tuple[PlacePrecision, str | None]], expected: str | None
) -> None:
    assert _place(_doc(text, places)) == expected


def test_a_lone_reference_point_still_places_the_event() -> None:
    doc = _doc("A shell hit a school 20 km north of Aleppo.", {"Aleppo": ("exact", None)})
    assert _place(doc) == "Aleppo (north)"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("aid flown from Bamako", "Bamako", True),
        ("les pompiers venus de Sfax", "Sfax", True),
        ("selon des sources humanitaires à Addis-Abeba", "Addis-Abeba", True),
        ("Police in Eldoret said three people died", "Eldoret", True),
        ("Des combats ont éclaté près de Kalemie, a indiqué l'armée", "Kalemie", False),
        ("Hundreds protested in Nasiriyah, police said", "Nasiriyah", False),
        ("The ministry said regime forces shelled villages in Idlib", "Idlib", False),
    ],
)
def test_aside(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert aside(text, Span(start=start, end=start + len(name))) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("near Kfar Kila, south of Marjayoun", "Marjayoun", True),
        ("près de Makhmour, au sud-ouest d'Erbil", "Erbil", True),
        ("in the south of Lebanon", "Lebanon", False),
        ("dans le nord de la Syrie", "Syrie", False),
        ("in northern Syria", "Syria", False),
    ],
)
def test_reference(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert reference(text, Span(start=start, end=start + len(name))) is expected


def _placed(text: str, clause: str, places: dict[str, tuple[PlacePrecision, str]]) -> str | None:
    """The place of an event whose clause is `clause` (inside `text`), over places surface → (precision,
    country), each mentioned where it first occurs."""
    found = [
        Place(
            name=surface, country=country, lat=30.0 + i, lon=40.0, precision=precision,
            mentions=[Span(start=text.index(surface), end=text.index(surface) + len(surface))],
        )
        for i, (surface, (precision, country)) in enumerate(places.items())
    ]  # fmt: skip
    doc = Document(id="t", text=text, places=found)
    start = text.index(clause)
    span = Span(start=start, end=start + len(clause))
    ref = locate_event(doc, span, span)
    return ref.name if ref is not None else None


@pytest.mark.parametrize(
    ("text", "clause", "places", "expected"),
    [
        # a locative opening the sentence names a town of the country its clause names
        (
            "À Korhogo, dans le nord de la Côte d'Ivoire, des planteurs ont manifesté lundi.",
            "dans le nord de la Côte d'Ivoire, des planteurs ont manifesté lundi.",
            {"Korhogo": ("exact", "CIV"), "Côte d'Ivoire": ("country", "CIV")},
            "Korhogo",
        ),
        (
            "Le préfet a parlé. In Mosul, a bomb exploded near a bakery in Nineveh province.",
            "a bomb exploded near a bakery in Nineveh province.",
            {"Mosul": ("exact", "IRQ"), "Nineveh": ("admin1", "IRQ")},
            "Mosul",
        ),
        # …not a place in another country: where the officials speak
        (
            "In Washington, officials said a drone struck a car in Syria.",
            "a drone struck a car in Syria.",
            {"Washington": ("exact", "USA"), "Syria": ("country", "SYR")},
            "Syria",
        ),
        # …nor one no more specific than the clause's own
        (
            "À Korhogo, des planteurs ont manifesté devant la mairie de Ferkessédougou.",
            "des planteurs ont manifesté devant la mairie de Ferkessédougou.",
            {"Korhogo": ("exact", "CIV"), "Ferkessédougou": ("exact", "CIV")},
            "Ferkessédougou",
        ),
        # "through" says where a march happens, as "in" does
        (
            "Thousands marched through Denver on Saturday, and a smaller rally was held in Boulder.",
            "Thousands marched through Denver on Saturday, and a smaller rally was held in Boulder.",
            {"Denver": ("exact", "USA"), "Boulder": ("exact", "USA")},
            "Denver",
        ),
    ],
)
def test_an_opening_locative_and_setting_words(
    text: str, clause: str, places: dict[str, tuple[PlacePrecision, str]], expected: str
) -> None:
    assert _placed(text, clause, places) == expected


def test_a_town_opening_the_body_after_a_preposition_is_no_dateline() -> None:
    text = "À Korhogo, des planteurs ont manifesté lundi."
    place = Place(name="Korhogo", country="CIV", lat=9.46, lon=-5.63, mentions=[Span(start=2, end=9)])
    whole = Span(start=0, end=len(text))
    ref = locate_event(Document(id="t", text=text, places=[place]), whole, whole)
    assert ref is not None
    assert (ref.name, ref.rule) == ("Korhogo", "clause")
    dated = "KORHOGO, 3 mars - Des planteurs ont manifesté lundi."
    place = Place(name="Korhogo", country="CIV", lat=9.46, lon=-5.63, mentions=[Span(start=0, end=7)])
    whole = Span(start=0, end=len(dated))
    ref = locate_event(Document(id="t", text=dated, places=[place]), whole, whole)
    assert ref is not None
    assert (ref.name, ref.rule) == ("Korhogo", "dateline")
