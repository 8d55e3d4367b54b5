"""Hierarchy, country names, document coherence, event location and the user gazetteer, on a hand-made
gazetteer and hand-built Documents (no models)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from toponym_samples import named

from dateline.config import PlacesSettings, load_config
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.kb.user_gazetteer import UserGazetteer, UserGazetteerError, read_user_gazetteer
from dateline.model import Document, Language, Mention, Span
from dateline.pipeline import registry
from dateline.stages.places import Places, locate_event
from dateline.stages.places.hierarchy import with_parents
from dateline.testing import fake_entry, fake_resources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), ["Syrie"]),
            (fake_entry("Lebanon", "LB", 33.83, 35.83, 6_800_000, "PCLI"), ["Liban"]),
            (fake_entry("Russia", "RU", 60.0, 100.0, 140_000_000, "PCLI"), ["Russie"]),
            (fake_entry("United States", "US", 39.76, -98.5, 310_000_000, "PCLI"), ["US"]),
            (
                fake_entry("Al-Hasakah", "SY", 36.4, 40.9, 1_500_000, "ADM1", "Al-Hasakah"),
                ["al-Hasakeh", "Hassaké"],
            ),
            (
                fake_entry("Al Hasakah", "SY", 36.50, 40.75, 188_000, admin1="Al-Hasakah"),
                ["al-Hasakeh", "Hassaké"],
            ),
            (fake_entry("Derdara", "MA", 35.1, -5.3, 3_000, admin1="Tanger"), ["Dardara"]),
            (fake_entry("Baalbek", "LB", 34.0, 36.2, 82_000, admin1="Baalbek-Hermel"), []),
            (fake_entry("Aleppo", "SY", 36.2, 37.15, 1_600_000, admin1="Aleppo"), ["Alep"]),
            (fake_entry("Idlib", "SY", 35.8, 36.6, 1_500_000, "ADM1", "Idlib"), ["Idleb"]),
            (fake_entry("Illinois", "US", 40.0, -89.2, 12_800_000, "ADM1", "Illinois"), ["Ill."]),
            (fake_entry("Missouri", "US", 38.4, -92.5, 6_000_000, "ADM1", "Missouri"), ["Mo."]),
            (fake_entry("Tennessee", "US", 35.8, -86.3, 6_800_000, "ADM1", "Tennessee"), ["Tenn."]),
            (fake_entry("Springfield", "US", 37.21, -93.29, 166_000, admin1="Missouri"), []),
            (fake_entry("Springfield", "US", 39.80, -89.64, 116_000, admin1="Illinois"), []),
            (fake_entry("Lebanon", "US", 36.21, -86.29, 30_000, admin1="Tennessee"), []),
            (fake_entry("Nashville", "US", 36.17, -86.78, 530_000, admin1="Tennessee"), []),
            (fake_entry("Paris", "FR", 48.85, 2.35, 2_100_000, "PPLC", "Ile-de-France"), []),
            (fake_entry("Paris", "US", 36.30, -88.33, 10_000, admin1="Tennessee"), []),
            (fake_entry("Paris", "US", 33.66, -95.55, 25_000, admin1="Texas"), []),
            (fake_entry("Henry County", "US", 41.35, -90.13, 0, "ADM2", "Illinois"), ["Henry"]),
            (fake_entry("Henry County", "US", 36.33, -88.30, 0, "ADM2", "Tennessee"), ["Henry"]),
            (fake_entry("Damascus", "SY", 33.51, 36.29, 1_570_000, "PPLC", "Dimashq"), ["Damas"]),
        ]
    )


def _resolve(gaz: Gazetteer, text: str, names: list[str]) -> list[tuple[str, str, bool]]:
    """(name, country, fallback) of each resolution of `names` read in `text`."""
    resolved = Resolver(gaz).resolve(with_parents(text, named(text, names)))
    return [(r.entry.name, r.entry.country, r.fallback) if r else ("", "", False) for r in resolved]


@pytest.mark.parametrize(
    ("text", "names", "parent", "strict"),
    [
        ("Dardara in al-Hasakeh", ["Dardara", "al-Hasakeh"], "al-Hasakeh", True),
        ("Douma, Rif Dimashq", ["Douma", "Rif Dimashq"], "Rif Dimashq", False),
        ("Baalbek (Lebanon)", ["Baalbek", "Lebanon"], "Lebanon", True),
        ("in Springfield, Ill., on Monday", ["Springfield", "Ill."], "Ill.", False),
        ("à Dardara, dans la province d'Hassaké", ["Dardara", "Hassaké"], "Hassaké", True),
        ("near Kafr Nabl in eastern Idlib countryside", ["Kafr Nabl", "Idlib"], "Idlib", True),
        ("on the Tal Tamr frontline in Hasakeh countryside", ["Tal Tamr", "Hasakeh"], "Hasakeh", True),
        ("près de Kafr Nabl, dans la campagne sud d'Idleb", ["Kafr Nabl", "Idleb"], "Idleb", True),
        ("near Afes village in the southern countryside of Idlib", ["Afes", "Idlib"], "Idlib", True),
        ("Damascus in 2012", ["Damascus"], None, False),
        ("from Moscow to Damascus", ["Moscow", "Damascus"], None, False),
        ("Aleppo, Idlib and Hama", ["Aleppo", "Idlib", "Hama"], None, False),
        ("talks between Syria and Lebanon", ["Syria", "Lebanon"], None, False),
    ],
)
def test_a_place_named_with_its_parent(text: str, names: list[str], parent: str | None, strict: bool) -> None:
    child = with_parents(text, named(text, names))[0]
    assert (child.parent.text if child.parent else None) == parent
    assert child.strict == strict


def test_the_parent_constrains_the_child(gaz: Gazetteer) -> None:
    assert _resolve(gaz, "Springfield, Ill.", ["Springfield", "Ill."])[0] == ("Springfield", "US", False)
    assert (
        Resolver(gaz)
        .resolve(with_parents("Springfield, Ill.", named("Springfield, Ill.", ["Springfield", "Ill."])))[0]
        .entry.admin1
        == "Illinois"
    )  # type: ignore[union-attr]
    text = "Springfield, Mo."
    resolved = Resolver(gaz).resolve(with_parents(text, named(text, ["Springfield", "Mo."])))
    assert resolved[0] is not None and resolved[0].entry.admin1 == "Missouri"
    assert _resolve(gaz, "Baalbek (Lebanon)", ["Baalbek", "Lebanon"])[0] == ("Baalbek", "LB", False)


def test_a_child_missing_or_elsewhere_falls_back_to_its_parent(gaz: Gazetteer) -> None:
    # Dardara exists only in Morocco: named in al-Hasakeh it takes the governorate, marked as a fallback
    assert _resolve(gaz, "Dardara in al-Hasakeh", ["Dardara", "al-Hasakeh"])[0] == ("Al-Hasakah", "SY", True)
    assert _resolve(gaz, "à Dardara, dans la province d'Hassaké", ["Dardara", "Hassaké"])[0][2]
    # missing from the gazetteer altogether
    assert _resolve(gaz, "Qasr Foo (Lebanon)", ["Qasr Foo", "Lebanon"])[0] == ("Lebanon", "LB", True)
    # a country is never placed inside another, and a comma in a list constrains nothing
    assert _resolve(gaz, "Russia in Syria", ["Russia", "Syria"])[0] == ("Russia", "RU", False)
    assert _resolve(gaz, "Aleppo, Idlib and Damascus", ["Aleppo", "Idlib", "Damascus"])[0] == (
        "Aleppo",
        "SY",
        False,
    )


def test_a_country_name_is_the_country(gaz: Gazetteer) -> None:
    text = "Lebanon asked for US dollars from the United States."
    assert _resolve(gaz, text, ["Lebanon", "United States"])[0] == ("Lebanon", "LB", False)
    # a story naming Tennessee may mean the town (a Tennessee town is not enough); so may "Lebanon, Tenn."
    assert _resolve(gaz, "Lebanon and Nashville voted.", ["Lebanon", "Nashville"])[0] == (
        "Lebanon",
        "LB",
        False,
    )
    text = "Lebanon and the rest of Tennessee voted on Tuesday."
    assert _resolve(gaz, text, ["Lebanon", "Tennessee"])[0] == ("Lebanon", "US", False)
    assert _resolve(gaz, "Lebanon, Tenn.", ["Lebanon", "Tenn."])[0] == ("Lebanon", "US", False)


def test_coherent_candidates_support_each_other(gaz: Gazetteer) -> None:
    text = "Paris officials met the Henry County board."
    resolved = Resolver(gaz).resolve([Toponym("Paris"), Toponym("Henry County")])
    assert [(r.entry.country, r.entry.admin1) for r in resolved if r] == [("US", "Tennessee")] * 2, text
    alone = Resolver(gaz).resolve([Toponym("Paris")])[0]
    assert alone is not None and alone.entry.country == "FR"


def _doc(text: str, names: list[str], title: str | None = None) -> Document:
    mentions = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label="GPE", producer="test")
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    mentions.sort(key=lambda m: m.start)
    return Document(
        id="t", text=text, title=title, language=Language(code="en", confidence=1.0), mentions=mentions
    )


def _stage(gaz: Gazetteer, **options: object) -> Places:
    return Places(PlacesSettings(**options), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]


def test_the_stage_keeps_a_missing_village_at_its_parent(gaz: Gazetteer) -> None:
    text = "Shelling hit Umm Qasab in al-Hasakeh on Monday. Umm Zor was quiet."
    doc = _stage(gaz)(_doc(text, ["Umm Qasab", "al-Hasakeh", "Umm Zor"]))
    by_name = {p.name: p for p in doc.places}
    village = by_name["Umm Qasab"]
    province = next(p for p in doc.places if p.name == "Al-Hasakah")
    assert (village.precision, village.within, village.country, village.geonames_id) == (
        "admin1",
        "Al-Hasakah",
        "SYR",
        province.geonames_id,
    )
    assert "Umm Zor" not in by_name  # no parent, not in the gazetteer: not a place
    assert by_name["Al-Hasakah"].precision in ("admin1", "exact")


def test_a_framed_name_the_gazetteer_lacks_takes_its_parent(gaz: Gazetteer) -> None:
    text = (
        "Clashes broke out on the Menagh frontline in northern Idlib countryside. Shelling in Idlib went on."
    )
    doc = _stage(gaz)(_doc(text, ["Idlib"]))  # the NER missed "Menagh"; "Shelling" is no locative name
    names = {p.name: p for p in doc.places}
    assert set(names) == {"Menagh", "Idlib"}
    assert (names["Menagh"].within, names["Menagh"].precision) == ("Idlib", "admin1")
    clause = Span(start=0, end=text.index(".") + 1)
    ref = locate_event(doc, clause, clause)
    assert ref is not None and ref.name == "Menagh"  # a village, though its point is the province's


def test_a_bare_name_means_what_it_meant_with_its_parent(gaz: Gazetteer) -> None:
    text = "Shelling hit Dardara in al-Hasakeh on Monday. Dardara was quiet on Tuesday."
    doc = _stage(gaz)(_doc(text, ["Dardara", "al-Hasakeh"]))
    (village,) = [p for p in doc.places if p.name == "Dardara"]
    assert len(village.mentions) == 2 and village.within == "Al-Hasakah"  # never Derdara, Morocco


def test_event_place_is_the_most_specific_of_its_clause(gaz: Gazetteer) -> None:
    text = "In Syria, a strike hit Aleppo. Russia said it met envoys in Damascus, and a convoy left."
    doc = _stage(gaz)(_doc(text, ["Syria", "Aleppo", "Russia", "Damascus"]))
    first = Span(start=0, end=text.index(".") + 1)
    ref = locate_event(doc, first, first)
    assert ref is not None and (ref.name, ref.rule, ref.precision) == ("Aleppo", "clause", "exact")
    second = Span(start=text.index("Russia"), end=len(text))
    meeting = Span(start=text.index("it met"), end=text.index(", and"))
    convoy = Span(start=text.index("a convoy"), end=len(text) - 1)
    ref = locate_event(doc, convoy, second, others=[meeting])
    assert ref is not None and (ref.name, ref.rule) == ("Russia", "sentence")  # Damascus is the meeting's
    ref = locate_event(doc, convoy, second)
    assert ref is not None and ref.name == "Damascus"


def test_event_place_falls_back_to_the_lead(gaz: Gazetteer) -> None:
    text = "Envoys met in Baalbek on Monday. They talked. Nothing was signed."
    doc = _stage(gaz)(_doc(text, ["Baalbek"]))
    last = Span(start=text.index("Nothing"), end=len(text))
    ref = locate_event(doc, last, last)
    assert ref is not None and (ref.name, ref.rule) == ("Baalbek", "lead")


USER_CSV = """name,alternate_names,lat,lon,country,admin1,kind
Dardara,Dardarah|Derdara al-Sharqiya,36.62,40.95,SYR,Hassaké,village
Tell Tamr Bridge,,36.65,40.37,SY,,site
"""


def test_user_gazetteer_rows_and_ties(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    rows = read_user_gazetteer(path)
    assert [(r.name, r.country, r.feature_code) for r in rows] == [
        ("Dardara", "SY", "PPL"),
        ("Tell Tamr Bridge", "SY", "BLDG"),
    ]
    layered = UserGazetteer(gaz, rows)
    assert len(layered) == len(gaz) + 2 and "Dardarah" in layered
    dardara = layered.candidates("Dardara")
    assert (
        dardara[0].user
        and dardara[0].admin1 == "Al-Hasakah"
        and layered.entry(dardara[0].index) is dardara[0]
    )
    # a tie with the Moroccan Derdara, no context: the user's village wins
    resolved = Resolver(layered).resolve([Toponym("Dardara")])[0]
    assert resolved is not None and resolved.entry.user
    # the document's context still decides
    resolved = Resolver(layered).resolve([Toponym("Dardara"), Toponym("Tanger")])[0]
    assert resolved is not None and resolved.entry.country == "SY"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Foo,,north,40,SYR,,village", "row 2 (Foo): lat and lon must be numbers"),
        ("Foo,,36,40,XXX,,village", "row 2 (Foo): unknown country code 'XXX'"),
        ("Foo,,36,400,SYR,,village", "row 2 (Foo): lat 36.0, lon 400.0 lie outside the globe"),
        ("Foo,,36,40,SYR,,castle", "row 2 (Foo): unknown kind 'castle'"),
        (",,36,40,SYR,,village", "row 2 (no name): the name is empty"),
    ],
)
def test_user_gazetteer_bad_rows_arenamed(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,alternate_names,lat,lon,country,admin1,kind\n" + line + "\n", encoding="utf-8")
    with pytest.raises(UserGazetteerError, match=re.escape(message)):
        read_user_gazetteer(path)
    path.write_text("name,lat,lon\nFoo,1,2\n", encoding="utf-8")
    with pytest.raises(UserGazetteerError, match="missing column"):
        read_user_gazetteer(path)


def test_user_gazetteer_from_the_configuration(gaz: Gazetteer, tmp_path: Path) -> None:
    csv_path = tmp_path / "villages.csv"
    csv_path.write_text(USER_CSV, encoding="utf-8")
    toml = tmp_path / "dateline.toml"
    toml.write_text(f'[places]\nuser_gazetteer = "{csv_path}"\n', encoding="utf-8")
    config = load_config(toml)
    stage = registry.create("places", config, fake_resources(gazetteer=gaz))
    assert isinstance(stage, Places)
    doc = stage(_doc("Fighters entered Dardarah at dawn.", ["Dardarah"]))
    (place,) = doc.places
    assert (place.name, place.country, place.geonames_id, place.precision) == (
        "Dardara",
        "SYR",
        None,
        "exact",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,alternate_names,lat,lon,country,admin1,kind\nX,,1,2,ZZZ,,village\n", encoding="utf-8"
    )
    with pytest.raises(UserGazetteerError, match="row 2"):
        Places(PlacesSettings(user_gazetteer=bad), fake_resources(gazetteer=gaz))
