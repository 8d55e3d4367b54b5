"""`locate_event` on hand-built places (session 18): a road's first end, places compared with or across a
border, "the outskirts of X" as a setting, other events' clauses inside the event's, a locative opening cut
off its comma; `facility_town` on facilities' own names."""

from __future__ import annotations

import pytest

from dateline.model import Document, PlacePrecision, Span
from dateline.stages.places import locate_event
from dateline.stages.places.facilities import facility_town
from dateline.stages.places.locate import aside
from dateline.testing import placed_in

#: surface → precision, country and admin-1 unit
Spec = dict[str, tuple[PlacePrecision, str, str | None]]


def _doc(text: str, places: Spec) -> Document:
    fields = {s: {"precision": p, "country": c, "admin1": a} for s, (p, c, a) in places.items()}
    return Document(id="t", text=text, places=placed_in(text, fields))


def _place(doc: Document, clause: Span | None = None, others: tuple[Span, ...] = ()) -> str | None:
    whole = Span(start=0, end=len(doc.text or ""))
    ref = locate_event(doc, clause or whole, whole, others)
    return ref.name if ref is not None else None


def _span(text: str, part: str) -> Span:
    return Span(start=text.index(part), end=text.index(part) + len(part))


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (  # a road's first end after "from" is on the road, not where something came from
            "A roadside bomb struck a patrol on the road from Daquq to Tuz Khurmatu, south of Kirkuk.",
            {"Daquq": ("exact", "IRQ", "Kirkuk"), "Tuz Khurmatu": ("exact", "IRQ", "Salah ad Din"),
             "Kirkuk": ("exact", "IRQ", "Kirkuk")},
            "Daquq",
        ),
        (  # still an origin without a road
            "Aid flown from Bamako reached Gao on Monday.",
            {"Bamako": ("exact", "MLI", "Bamako"), "Gao": ("exact", "MLI", "Gao")},
            "Gao",
        ),
        (  # a place compared with is another happening's
            "À Constantine, des étudiants ont manifesté dimanche, comme à Annaba la veille.",
            {"Constantine": ("exact", "DZA", "Constantine"), "Annaba": ("exact", "DZA", "Annaba")},
            "Constantine",
        ),
        (  # the country across a border is not where the event happens
            "Une voiture piégée a explosé à l'entrée de Tall Abyad, à la frontière avec la Turquie.",
            {"Tall Abyad": ("exact", "SYR", "Raqqa"), "Turquie": ("country", "TUR", None)},
            "Tall Abyad",
        ),
        (
            "Gunmen ambushed a patrol near the border with Lebanon.",
            {"Lebanon": ("country", "LBN", None)},
            None,
        ),
        (  # "les abords de X" say where, as "près de" does; of equals, the first
            "Un bombardement a touché les abords de Qabassine, au nord-est d'Alep, près d'Al-Bab.",
            {"Qabassine": ("exact", "SYR", "Aleppo"), "Alep": ("exact", "SYR", "Aleppo"),
             "Al-Bab": ("exact", "SYR", "Aleppo")},
            "Qabassine",
        ),
    ],
)  # fmt: skip
def test_frames_of_the_event_place(text: str, places: Spec, expected: str | None) -> None:
    assert _place(_doc(text, places)) == expected


@pytest.mark.parametrize(
    ("phrase", "away"),
    [
        ("comme à ", True),
        ("like in ", True),
        ("as in ", True),
        ("as well as in ", False),
        ("on the road from ", False),
    ],
)
def test_comparisons_and_roads(phrase: str, away: bool) -> None:
    text = f"Students marched {phrase}Annaba."
    assert aside(text, _span(text, "Annaba")) is away


def test_an_inner_event_clause_does_not_lend_its_place() -> None:
    text = "La police d'Anvers a saisi deux tonnes de cocaïne, et trois suspects ont été arrêtés à Gand."
    doc = _doc(text, {"Anvers": ("exact", "BEL", "Flanders"), "Gand": ("exact", "BEL", "Flanders")})
    inner = _span(text, "trois suspects ont été arrêtés à Gand")
    assert _place(doc, others=(inner,)) == "Anvers"
    assert _place(doc, clause=inner, others=(Span(start=0, end=len(text)),)) == "Gand"


def test_an_inner_clause_inside_the_own_place_refines_it() -> None:
    text = (
        "Les combats ont repris dans le Tigré, où les forces fédérales ont bombardé les environs de Mekele."
    )
    doc = _doc(text, {"Tigré": ("admin1", "ETH", "Tigray"), "Mekele": ("exact", "ETH", "Tigray")})
    assert (
        _place(doc, others=(_span(text, "les forces fédérales ont bombardé les environs de Mekele"),))
        == "Mekele"
    )


def test_an_inner_clause_alone_naming_a_place_gives_it() -> None:
    text = "Gunmen attacked the post and killed three soldiers in Baqubah."
    doc = _doc(text, {"Baqubah": ("exact", "IRQ", "Diyala")})
    assert _place(doc, others=(_span(text, "killed three soldiers in Baqubah"),)) == "Baqubah"


def test_a_locative_opening_cut_off_its_comma() -> None:
    text = "À Constantine, dans l'est de l'Algérie, des étudiants ont manifesté dimanche."
    doc = _doc(text, {"Constantine": ("exact", "DZA", "Constantine"), "Algérie": ("country", "DZA", None)})
    clause = Span(start=text.index(", dans"), end=len(text))
    assert _place(doc, clause=clause) == "Constantine"


@pytest.mark.parametrize(
    ("text", "mention", "town"),
    [
        (
            "Les infirmiers du CHU Mohammed VI de Marrakech ont fait grève.",
            "Mohammed VI de Marrakech",
            "Marrakech",
        ),
        (
            "À l'université Cheikh Anta Diop de Dakar, les cours ont repris.",
            "Cheikh Anta Diop de Dakar",
            "Dakar",
        ),
        ("Charles de Gaulle a parlé.", "Charles de Gaulle", None),  # no facility, no ruler
        ("Le roi Mohammed VI a parlé.", "Mohammed VI", None),  # no town after it
    ],
)
def test_the_town_a_facility_name_ends_with(text: str, mention: str, town: str | None) -> None:
    found = facility_town(text, _span(text, mention))
    assert (found.of(text) if found else None) == town
