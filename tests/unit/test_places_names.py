"""How a mention's words become the name looked up (issue 14, fifth pass): dotted state abbreviations, a
capitalised article that belongs to the name, townships and "Co.", "-based" words, compass adjectives, an
organisation's name heading with a town's alternate name, and a region ranked over a hamlet of its name."""

from __future__ import annotations

import re

import pytest

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.model import Document, Language, Mention, Span
from dateline.stages.places.evidence import sub_word
from dateline.stages.places.toponyms import _joined, find_toponyms, toponym_for
from dateline.testing import fake_entry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Georgia", "US", 35.0, -90.0, 10_000_000, "ADM1", "Georgia"), ["Ga."]),
            (fake_entry("Des Moines", "US", 35.0, -90.0, 210_000, admin1="Iowa"), []),
            (fake_entry("Moines", "FR", 35.0, -90.0, 600), []),
            (fake_entry("Readington", "US", 35.0, -90.0, 16_000, admin1="New Jersey"), []),
            (fake_entry("Loudon County", "US", 35.0, -90.0, 40_000, "ADM2", "Tennessee"), ["Loudon"]),
            (fake_entry("Loudon", "US", 35.0, -90.0, 5_000, admin1="Tennessee"), []),
            (fake_entry("Houston", "US", 35.0, -90.0, 2_300_000, admin1="Texas"), []),
            (fake_entry("Texas", "US", 35.0, -90.0, 29_000_000, "ADM1", "Texas"), []),
            (fake_entry("Western", "LK", 35.0, -90.0, 5_800_000, "ADM1", "Western"), []),
            (fake_entry("Hamm", "DE", 35.0, -90.0, 179_000, admin1="North Rhine-Westphalia"), ["Hamas"]),
            (fake_entry("Jassem", "SY", 35.0, -90.0, 30_000, admin1="Daraa"), ["Jasim"]),
            (fake_entry("Syria", "SY", 35.0, -90.0, 17_000_000, "PCLI"), []),
            (fake_entry("Middle East", "US", 35.0, -90.0, 1_900, admin1="Maryland"), []),
            (fake_entry("Middle East", "", 35.0, -90.0, 0, "RGN"), []),
            (fake_entry("Harwinton", "US", 35.0, -90.0, 5_600, admin1="Connecticut"), []),
            (fake_entry("Connecticut", "US", 35.0, -90.0, 3_600_000, "ADM1", "Connecticut"), []),
            (fake_entry("Pennsylvania", "US", 35.0, -90.0, 12_800_000, "ADM1", "Pennsylvania"), []),
        ]
    )


def _doc(text: str, mentions: dict[str, str]) -> Document:
    found = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name, label in mentions.items()
        for m in re.finditer(re.escape(name), text)
    ]
    return Document(
        id="t",
        text=text,
        language=Language(code="en", confidence=1.0),
        mentions=sorted(found, key=lambda m: m.start),
    )


def _looked_up(text: str, name: str, gaz: Gazetteer) -> Toponym | None:
    start = text.index(name)
    return toponym_for(text, Span(start=start, end=start + len(name)), gaz)


def test_a_dotted_state_abbreviation_is_a_name(gaz: Gazetteer) -> None:
    assert _looked_up("ATHENS, Ga. - A fire broke out.", "Ga.", gaz) == Toponym("Ga.")
    assert _looked_up("He said Ga was fine.", "Ga", gaz) is None  # no dot, mixed case: no name


def test_a_capitalised_article_that_belongs_to_the_name_is_kept(gaz: Gazetteer) -> None:
    toponym = _looked_up("The council met in Des Moines on Monday.", "Des Moines", gaz)
    assert toponym is not None and toponym.text == "Des Moines"


def test_a_township_is_its_town_and_co_is_a_county(gaz: Gazetteer) -> None:
    township = _looked_up("Readington Township officials met.", "Readington Township", gaz)
    assert township == Toponym("Readington", "town")
    assert _looked_up("Readington Twp. officials met.", "Readington Twp.", gaz) == Toponym(
        "Readington", "town"
    )
    county = _looked_up("A crash in Loudon Co. closed the road.", "Loudon Co.", gaz)
    assert county == Toponym("Loudon County", "admin")


def test_a_name_before_based_or_born_is_a_place_not_a_fragment(gaz: Gazetteer) -> None:
    text = "A Houston-based firm hired Sino-American staff."
    assert not sub_word(text, 2, 9)
    assert sub_word(text, text.index("Sino"), text.index("Sino") + 4)
    doc = _doc(text, {"Houston": "GPE"})
    found = find_toponyms(doc, gaz, PlacesSettings(scan=False))
    assert [f.span.of(text) for f in found] == ["Houston"]


def test_a_compass_adjective_alone_is_no_place(gaz: Gazetteer) -> None:
    doc = _doc("Western officials and Texas police met.", {"Western": "NORP", "Texas": "GPE"})
    found = find_toponyms(doc, gaz, PlacesSettings(scan=False))
    assert [f.span.of(doc.text) for f in found] == ["Texas"]


def _scanned(gazetteer: Gazetteer, text: str, propn: set[str], mentions: dict[str, str]) -> list[str]:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = _doc(text, mentions)
    words = text.split(" ")
    doc.analysis = Doc(Vocab(), words=words, pos=["PROPN" if w in propn else "NOUN" for w in words])
    return [f.span.of(text) for f in find_toponyms(doc, gazetteer, PlacesSettings())]


def test_an_organisations_name_heads_with_an_alternate_name_only_in_the_documents_region(
    gaz: Gazetteer,
) -> None:
    # "Hamas" is an alternate name of Hamm, Germany: a story about Gaza does not name Germany
    assert (
        _scanned(
            gaz, "Hamas Brigade fighters fired rockets .", {"Hamas", "Brigade"}, {"Hamas Brigade": "ORG"}
        )
        == []
    )
    # "Jasim" is an alternate name of Jassem, a Syrian town: kept in a story that names Syria
    found = _scanned(
        gaz,
        "Jasim Brigade fighters clashed in Syria .",
        {"Jasim", "Brigade", "Syria"},
        {"Jasim Brigade": "ORG", "Syria": "GPE"},
    )
    assert found == ["Jasim", "Syria"]


def test_a_region_ranks_over_a_hamlet_of_its_name(gaz: Gazetteer) -> None:
    (resolution,) = Resolver(gaz).resolve([Toponym("Middle East")])
    assert resolution is not None and resolution.entry.feature_code == "RGN"


def test_a_small_town_heading_an_organisations_name_in_the_documents_region(gaz: Gazetteer) -> None:
    text = "Officials of the Harwinton Senior Center in Connecticut met ."
    mentions = {"the Harwinton Senior Center": "ORG", "Connecticut": "GPE"}
    propn = {"Harwinton", "Senior", "Center", "Connecticut"}
    assert _scanned(gaz, text, propn, mentions) == ["Harwinton", "Connecticut"]
    alone = "Officials of the Harwinton Senior Center met ."  # nothing says which state: too small to take
    assert _scanned(gaz, alone, propn, {"the Harwinton Senior Center": "ORG"}) == []


def test_a_place_after_a_compass_word_opening_an_organisations_name(gaz: Gazetteer) -> None:
    text = "the Western Pennsylvania Kennel Club held a show ."
    mentions = {"the Western Pennsylvania Kennel Club": "ORG"}
    assert _scanned(gaz, text, {"Western", "Pennsylvania", "Kennel", "Club"}, mentions) == ["Pennsylvania"]


def test_a_mislabelled_alternate_name_is_a_place_of_a_country_named_by_its_exonym() -> None:
    # "Liban" is Lebanon's French name and a Czech town's main name; "Nabatieh" (tagged MISC) is an
    # alternate name of a Lebanese town: the report names Lebanon, so Nabatieh is kept, Hamm's "Hamas" not
    gazetteer = Gazetteer.from_records(
        [
            (fake_entry("Lebanon", "LB", 35.0, -90.0, 5_000_000, "PCLI"), ["Liban"]),
            (fake_entry("Liban", "CZ", 35.0, -90.0, 2_000, admin1="Kralovehradecky"), []),
            (fake_entry("Nabatiye", "LB", 35.0, -90.0, 50_000, admin1="Nabatiye"), ["Nabatieh"]),
            (fake_entry("Hamm", "DE", 35.0, -90.0, 179_000, admin1="North Rhine-Westphalia"), ["Hamas"]),
        ]
    )
    text = "Sud - Liban : Nabatieh compte trois morts , selon Hamas ."
    found = _scanned(
        gazetteer, text, {"Liban", "Nabatieh", "Hamas"}, {"Liban": "LOC", "Nabatieh": "MISC", "Hamas": "MISC"}
    )
    assert found == ["Liban", "Nabatieh"]
    # the same alternate name in a report naming no country of its records stays no place
    assert _scanned(gazetteer, "Nabatieh compte trois morts .", {"Nabatieh"}, {"Nabatieh": "MISC"}) == []


def test_a_town_named_after_its_river_keeps_its_whole_name() -> None:
    gaz = Gazetteer.from_records(
        [
            (Entry(0, "Newcastle upon Tyne", "GB", 54.97, -1.61, 190_000, "PPLA2", 1, "England"), []),
            (Entry(1, "Newcastle", "AU", -32.93, 151.78, 300_000, "PPLA2", 2, "New South Wales"), []),
            (Entry(2, "Paris", "FR", 48.85, 2.35, 2_100_000, "PPLC", 3, "Ile-de-France"), []),
        ]
    )
    text = "Police in Newcastle upon Tyne arrested two men. Crowds met in Paris on Monday."
    wider = _joined(text, Span(start=10, end=19), gaz)
    assert wider is not None and wider.of(text) == "Newcastle upon Tyne"
    paris = text.index("Paris")
    assert _joined(text, Span(start=paris, end=paris + 5), gaz) is None  # no town "Paris on Monday"


def test_the_outlet_a_dateline_names_in_parentheses_is_no_place(gaz: Gazetteer) -> None:
    text = "HOUSTON (Syria Wire) — Police arrested two men in Texas on Monday."
    doc = _doc(text, {"HOUSTON": "GPE", "Syria": "GPE", "Texas": "GPE"})
    found = [f.span.of(text) for f in find_toponyms(doc, gaz, PlacesSettings(scan=False, frames=False))]
    assert found == ["HOUSTON", "Texas"]
    # the same name outside a dateline's parenthesis stays a place
    inline = "Police arrested two men in Texas, a Syria Wire reporter said."
    doc = _doc(inline, {"Syria": "GPE", "Texas": "GPE"})
    assert "Syria" in [
        f.span.of(inline) for f in find_toponyms(doc, gaz, PlacesSettings(scan=False, frames=False))
    ]
