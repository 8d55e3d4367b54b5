"""The places stage on hand-built Documents (NER mentions written by hand, no models)."""

from __future__ import annotations

import re

import pytest

from dateline.config import Config, PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Caption, Document, Language, Mention, Span
from dateline.pipeline import registry
from dateline.stages.places import (
    Places,
    clean_surface,
    direction_before,
    locate_event,
    outlet_country,
    toponym_for,
)
from dateline.stages.places.lexicon import word_lists
from dateline.testing import fake_entry, fake_resources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(
        [
            (fake_entry("Damascus", "SY", 33.51, 36.29, 1_570_000, "PPLC", "Dimashq"), ["Damas"]),
            (fake_entry("Idlib", "SY", 35.93, 36.63, 128_000, admin1="Idlib"), ["Idleb"]),
            (fake_entry("Idlib", "SY", 35.80, 36.60, 440_000, "ADM1", "Idlib"), ["Idleb"]),
            (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), ["Syrie"]),
            (fake_entry("Moscow", "RU", 55.75, 37.62, 10_000_000, "PPLC", "Moscow"), ["Moscou"]),
            (fake_entry("Hmeimim Air Base", "SY", 35.40, 35.95, 0, "AIRB"), ["Hmeimim"]),
        ],
        demonyms={"syrien": ["SY"], "syrienne": ["SY"]},
    )


def _doc(text: str, names: list[str], label: str = "LOC", title: str | None = None) -> Document:
    """A French document whose NER found each of `names` (every occurrence) with `label`."""
    mentions = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    mentions.sort(key=lambda m: m.start)
    return Document(
        id="t", text=text, title=title, language=Language(code="fr", confidence=1.0), mentions=mentions
    )


def _stage(gaz: Gazetteer, **options: object) -> Places:
    return Places(PlacesSettings(**options), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]


def test_one_place_per_record_with_every_mention(gaz: Gazetteer) -> None:
    text = "Le ministre est arrivé à Damas lundi. À Damas, il a rencontré son homologue venu de Moscou."
    doc = _stage(gaz)(_doc(text, ["Damas", "Moscou"]))
    assert [p.name for p in doc.places] == ["Damascus", "Moscow"]
    damascus = doc.places[0]
    assert damascus.country == "SYR" and damascus.feature_class == "P" and damascus.admin1 == "Dimashq"
    assert [doc.snippet(s) for s in damascus.mentions] == ["Damas", "Damas"]
    assert damascus.producer == f"places@{Places.version}"


def test_stage_is_idempotent(gaz: Gazetteer) -> None:
    stage = _stage(gaz)
    doc = stage(_doc("Des frappes ont visé le nord-ouest de la Syrie.", ["Syrie"]))
    first = doc.model_dump()
    assert stage(doc).model_dump() == first
    (syria,) = doc.places
    assert [(d.direction, doc.snippet(d.span)) for d in syria.directions] == [("northwest", "Syrie")]


def test_head_nouns_hint_the_kind(gaz: Gazetteer) -> None:
    text = "Les combats continuent dans la province d'Idleb et près de la ville d'Idleb."
    province = toponym_for(text, Span(start=text.index("Idleb"), end=text.index("Idleb") + 5), gaz)
    assert province is not None and province.hint == "admin"
    doc = _stage(gaz)(_doc(text, ["Idleb"]))
    assert [p.feature_class for p in doc.places] == ["A", "P"]
    start = text.rindex("Idleb")
    town = toponym_for(text, Span(start=start, end=start + 5), gaz)
    assert town is not None and town.hint == "town"  # "la ville d'Idleb"
    english = "Shelling hit the city of Idlib."
    start = english.index("Idlib")
    assert toponym_for(english, Span(start=start, end=start + 5), gaz) == Toponym("Idlib", "town")


def test_articles_and_inner_names(gaz: Gazetteer) -> None:
    assert clean_surface("la Syrie") == "Syrie"
    assert clean_surface("l’Idleb") == "Idleb"
    assert clean_surface("Lebanon") == "Lebanon"
    text = "Un avion a décollé de la base de Hmeimim."
    span = Span(start=text.index("la base"), end=len(text) - 1)
    found = toponym_for(text, span, gaz)
    assert found is not None and found.text == "Hmeimim" and found.hint == "site"


def test_directions_before_a_place() -> None:
    for text, expected in [
        ("des frappes dans le nord-ouest de la Syrie", "northwest"),
        ("fighting in northern Syria", "north"),
        ("fighting in north-west Syria", "northwest"),
        ("south of Syria", "south"),
        ("un accord avec la Syrie", None),
        ("in the centre of Syria", "centre"),
        ("the north west of Syria", "northwest"),
        ("le commandement central de la Syrie", None),
    ]:
        assert direction_before(text, text.index("Syri")) == expected, text


def test_of_words_stay_per_language() -> None:
    words = word_lists()
    assert {"de la", "d’"} <= words.of_words["fr"] and words.of_words["en"] == {"of", "of the"}
    assert words.directions["fr"]["nord-ouest"] == words.directions["en"]["north west"] == "northwest"


def test_demonyms_are_places_only_when_asked(gaz: Gazetteer) -> None:
    text = "Le gouvernement syrien a répondu."
    assert _stage(gaz)(_doc(text, [])).places == []
    doc = _stage(gaz, demonyms=True)(_doc(text, ["syrien"], label="NORP"))
    assert [p.name for p in doc.places] == ["Syria"]


def test_context_option_resolves_against_the_corpus_region(gaz: Gazetteer) -> None:
    stage = _stage(gaz, context=("SY",))
    assert [e.name for e in stage.context] == ["Syria"]


def test_an_outlets_country_code_domain_gives_its_country() -> None:
    assert outlet_country("www.cbc.ca") == "CA"
    assert outlet_country("https://www.bbc.co.uk/news/world-123") == "GB"
    assert outlet_country("http://sana.sy:8080/?p=1") == "SY"
    assert outlet_country("www.cnn.com") is None and outlet_country("https://example.org/x") is None
    assert outlet_country("https://bit.ly/abc") is None  # a ccTLD sold as a generic name
    assert outlet_country("Le Monde") is None and outlet_country(None) is None and outlet_country("") is None


def test_the_outlets_country_joins_the_outside_context(gaz: Gazetteer) -> None:
    stage = _stage(gaz)
    assert [e.name for e in stage.context_for("https://www.sana.sy/fr/?p=1")] == ["Syria"]
    assert stage.context_for("https://www.lemonde.fr/") == []  # France is not in this gazetteer
    assert stage.context_for(None) == []
    moscow = gaz.candidates("Moscow")
    both = _stage(gaz, context=("SY",)).context_for("www.sana.sy", moscow)
    assert [e.name for e in both] == ["Syria", "Moscow"]  # no duplicate Syria
    assert _stage(gaz, outlet_country=False).context_for("www.sana.sy") == []


def test_the_pipeline_reads_the_outlet_from_the_documents_address(gaz: Gazetteer) -> None:
    text = "Des renforts sont arrivés à Idlib."
    doc = _doc(text, ["Idlib"])
    doc.url = "https://www.sana.sy/fr/?p=1"
    (place,) = _stage(gaz)(doc).places
    assert place.country == "SYR"


def test_registered_factory_reads_its_settings() -> None:
    stage = registry.create("places", Config(places=PlacesSettings(demonyms=True, scan=False)))
    assert isinstance(stage, Places) and stage.options.demonyms and not stage.options.scan


def test_locate_event_prefers_clause_then_sentence(gaz: Gazetteer) -> None:
    text = "Moscou a annoncé, après la réunion, que des troupes partiraient de Damas."
    doc = _stage(gaz)(_doc(text, ["Moscou", "Damas"]))
    clause = Span(start=text.index("que"), end=len(text))
    sentence = Span(start=0, end=len(text))
    ref = locate_event(doc, clause, sentence)
    assert ref is not None and ref.name == "Damascus" and ref.rule == "clause" and ref.country == "SYR"
    assert doc.snippet(ref.evidence[0]) == "Damas"
    ref = locate_event(doc, Span(start=0, end=16), sentence)
    assert ref is not None and ref.name == "Moscow" and ref.rule == "clause"
    ref = locate_event(doc, Span(start=17, end=34), sentence)
    assert ref is not None and ref.name == "Moscow" and ref.rule == "sentence"


def test_locate_event_falls_back_to_dateline_then_title(gaz: Gazetteer) -> None:
    text = "Damas (AFP) - Le ministre a parlé. Rien d'autre n'a été dit."
    doc = _stage(gaz)(_doc(text, ["Damas"]))
    second = Span(start=text.index("Rien"), end=len(text))
    ref = locate_event(doc, second, second)
    assert ref is not None and ref.rule == "dateline" and ref.name == "Damascus"

    text = "Le ministre a parlé. Il est reparti. Les discussions sur Moscou ont repris."
    doc = _stage(gaz)(_doc(text, ["Moscou"], title="Visite du ministre à Moscou"))
    second = Span(start=text.index("Il est"), end=text.index("Les"))
    ref = locate_event(doc, second, second)
    assert ref is not None and ref.rule == "title" and ref.name == "Moscow"
    doc.title = "Une visite"
    assert locate_event(doc, second, second) is None


def test_direction_is_kept_on_the_event_place(gaz: Gazetteer) -> None:
    text = "Des frappes ont visé le nord-ouest de la Syrie."
    doc = _stage(gaz)(_doc(text, ["Syrie"]))
    ref = locate_event(doc, Span(start=0, end=len(text)), Span(start=0, end=len(text)))
    assert ref is not None and ref.name == "Syria (northwest)"


def _parsed(text: str, propn: set[str]) -> object:
    """A hand-made spaCy Doc (no model): white-space tokens, PROPN for the words in `propn`."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = text.split(" ")
    return Doc(Vocab(), words=words, pos=["PROPN" if w in propn else "NOUN" for w in words])


def test_mislabelled_and_repeated_names_are_places(gaz: Gazetteer) -> None:
    text = "Moscou a répondu. Selon Damas, les frappes ont cessé. Damas dément."
    doc = _doc(text, ["Moscou"], label="ORG")
    first = text.index("Damas")
    doc.mentions.append(Mention(start=first, end=first + 5, text="Damas", label="LOC", producer="test"))
    second = text.rindex("Damas")
    doc.mentions.append(Mention(start=second, end=second + 5, text="Damas", label="PER", producer="test"))
    doc.mentions.sort(key=lambda m: m.start)
    doc = _stage(gaz, scan=False)(doc)
    assert {p.name: len(p.mentions) for p in doc.places} == {"Moscow": 1, "Damascus": 2}


def test_scan_finds_names_the_ner_missed_but_not_inside_longer_names(gaz: Gazetteer) -> None:
    text = "Hier soir à Damas , la Damas Bank et la police de Moscou Nord ont parlé ."
    doc = _doc(text, [])
    doc.analysis = _parsed(text, {"Damas", "Bank", "Moscou", "Nord"})
    doc = _stage(gaz)(doc)
    assert [doc.snippet(s) for p in doc.places for s in p.mentions] == ["Damas"]
    organisation = text.index("Damas Bank")
    doc.mentions = [
        Mention(start=organisation, end=organisation + 10, text="Damas Bank", label="ORG", producer="t")
    ]
    doc = _stage(gaz)(doc)
    assert sorted(s.start for p in doc.places for s in p.mentions) == [text.index("Damas"), organisation]


def test_places_named_only_in_a_related_caption_point_at_it(gaz: Gazetteer) -> None:
    doc = _doc("Le ministre est arrivé à Damas lundi.", ["Damas"])
    doc.captions = [
        Caption(text="Une vue de Damas. Photo AFP", related=True),
        Caption(text="Archives : le Kremlin, à Moscou.", related=False),
        Caption(text="Le ministre à Moscou, en mars. (AFP)", related=True),
    ]
    doc = _stage(gaz)(doc)
    assert [(p.name, p.caption, len(p.mentions)) for p in doc.places] == [
        ("Damascus", None, 1),
        ("Moscow", 2, 0),
    ]


def test_acronyms_of_lesser_records_and_buildings_named_as_institutions_are_no_places() -> None:
    gaz = Gazetteer.from_records(
        [
            (fake_entry("Fada", "TD", 17.18, 21.58, 23_000), ["FDA"]),
            (fake_entry("Moscow Kremlin", "RU", 55.75, 37.62, 0, "BLDG"), ["Kremlin"]),
            (fake_entry("Russia", "RU", 60.0, 100.0, 140_000_000, "PCLI"), ["RUS"]),
        ]
    )
    text = "La FDA et le Kremlin ont réagi. La RUS aussi."
    doc = _stage(gaz, scan=False)(_doc(text, ["FDA", "Kremlin", "RUS"], label="ORG"))
    assert [doc.snippet(s) for p in doc.places for s in p.mentions] == ["RUS"]  # a strong record's acronym
    doc = _stage(gaz, scan=False)(_doc("Le ministre est reçu au Kremlin .", ["Kremlin"], label="ORG"))
    assert [p.name for p in doc.places] == ["Moscow Kremlin"]  # a building in a locative frame


def test_a_large_city_whose_name_is_a_common_word_is_a_place_outside_a_locative_frame() -> None:
    toulouse = fake_entry("Toulouse", "FR", 43.60, 1.44, 430_000, "PPLA", "Occitanie")
    small = fake_entry("Toulouse", "FR", 43.60, 1.44, 150_000, "PPLA", "Occitanie")
    text = "Deux policiers de Toulouse ont été mis en examen."
    for entry, found in ((toulouse, ["Toulouse"]), (small, [])):
        gazetteer = Gazetteer.from_records([(entry, [])])
        doc = _stage(gazetteer)(_doc(text, ["Toulouse"]))
        assert [p.name for p in doc.places] == found
