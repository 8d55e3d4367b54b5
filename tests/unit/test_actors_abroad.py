"""Parties of reports filed from abroad and of bodies no knowledge base lists (session 20, evactors): a report
filed under a foreign dateline about another country takes that country, a party the KB does not list is the
opposition, rebels of such a grouping make it armed, a national Red Cross society is no ICRC, a bare country
is its state and people named by no role are civilians; on hand-built documents and parses."""

from __future__ import annotations

import pytest
from test_actors import parsed, summary

from dateline.kb import load_kb, load_role_lexicon
from dateline.model import Actor, ActorRef, Document, Place, Span
from dateline.stages.actors import Actors
from dateline.stages.events.passes.assemble import with_people_sectors
from dateline.stages.events.references import home_country


@pytest.fixture(scope="module")
def stage() -> Actors:
    return Actors(load_kb(), load_role_lexicon())


def _filed(text: str, places: dict[str, tuple[str, str]]) -> Document:
    """A document whose places are found at every occurrence of their name: {name: (country, spelling)}."""
    found = []
    for name, (country, spelling) in places.items():
        spans, at = [], text.find(spelling)
        while at >= 0:
            spans.append(Span(start=at, end=at + len(spelling)))
            at = text.find(spelling, at + 1)
        found.append(Place(name=name, country=country, mentions=spans))
    return Document(id="abroad", text=text, places=found)


GENEVA = "GENÈVE, 4 mars (Le Courrier) – La police a dispersé à Yaoundé une marche. À Yaoundé, vingt élèves"


def test_a_report_filed_abroad_about_another_country_takes_that_country() -> None:
    doc = _filed(GENEVA + " ont été arrêtées.", {"Genève": ("CHE", "GENÈVE"), "Yaoundé": ("CMR", "Yaoundé")})
    assert home_country(doc) == "CMR"


def test_one_foreign_place_named_once_is_no_report_filed_abroad() -> None:
    text = "BAMAKO, 2 mai (Sahel Info) – Son ambassadeur à Pékin a rencontré le ministre chinois du Commerce."
    doc = _filed(text, {"Bamako": ("MLI", "BAMAKO"), "Pékin": ("CHN", "Pékin")})
    assert home_country(doc) == "MLI"


def test_a_report_naming_a_place_of_its_dateline_country_stays_there() -> None:
    doc = _filed(
        GENEVA + " ont été arrêtées. Berne a protesté.",
        {"Genève": ("CHE", "GENÈVE"), "Yaoundé": ("CMR", "Yaoundé"), "Berne": ("CHE", "Berne")},
    )
    assert home_country(doc) == "CHE"


def test_a_report_naming_a_party_of_its_dateline_country_stays_there() -> None:
    text = "TOKYO, 4 mars (Asahi) – Le Japon enverra de l'aide à Khartoum et à Kassala."
    places = {"Tokyo": ("JPN", "TOKYO"), "Khartoum": ("SDN", "Khartoum"), "Kassala": ("SDN", "Kassala")}
    doc = _filed(text, places)
    at = text.find("Japon")
    doc.actors = [Actor(name="Japan", kind="country", country="JPN", mentions=[Span(start=at, end=at + 5)])]
    assert home_country(doc) == "JPN"


def test_a_bare_country_keeps_no_sector_and_people_of_no_role_are_civilians() -> None:
    refs = [
        ActorRef(name="Niger", kind="country", country="NER"),
        ActorRef(name="homme", kind="group", country="NER"),
        ActorRef(name="three suspects", kind="group", country="GHA"),
        ActorRef(name="couvre-feu", kind="group", country="NER"),
        ActorRef(name="police (COP)", kind="group", country="NER", sector="COP"),
    ]
    assert [r.sector for r in with_people_sectors(refs)] == [None, "CVL", "CRM", None, "COP"]


def _denounced(name: list[str]) -> Document:
    """« Le <name…> a dénoncé les arrestations . », the name an ORG entity."""
    n = len(name)
    rows = [("Le", "DET", "det", 1), (name[0], "PROPN", "nsubj", n + 2)]
    rows += [(w, "PROPN", "flat:name", 1) for w in name[1:]]
    rows += [("a", "AUX", "aux:tense", n + 2), ("dénoncé", "VERB", "ROOT", n + 2),
             ("les", "DET", "det", n + 4), ("arrestations", "NOUN", "obj", n + 2),
             (".", "PUNCT", "punct", n + 2)]  # fmt: skip
    return parsed("fr", rows, {1: "B-ORG", **{i: "I-ORG" for i in range(2, n + 1)}})


def test_a_party_no_knowledge_base_lists_is_the_opposition(stage: Actors) -> None:
    doc = _denounced(["Rassemblement", "citoyen", "pour", "le", "progrès"])
    stage(doc)
    assert ("OPP", "Rassemblement citoyen pour le progrès") in [(a.sector, a.name) for a in doc.actors]


def test_an_unlisted_party_a_ruling_cue_marks_stays_a_party(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Le", "DET", "det", 1), ("Rassemblement", "PROPN", "nsubj", 6),
         ("citoyen", "PROPN", "flat:name", 1), ("au", "ADP", "case", 4), ("pouvoir", "NOUN", "nmod", 1),
         ("a", "AUX", "aux:tense", 6),
         ("dénoncé", "VERB", "ROOT", 6), ("les", "DET", "det", 8), ("arrestations", "NOUN", "obj", 6),
         (".", "PUNCT", "punct", 6)],
        {1: "B-ORG", 2: "I-ORG"},
    )  # fmt: skip
    stage(doc)
    assert [a.sector for a in doc.actors if a.name == "Rassemblement citoyen"] == ["PTY"]


def test_rebels_of_an_unlisted_front_make_it_an_armed_group(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Des", "DET", "det", 1), ("rebelles", "NOUN", "nsubj", 5), ("du", "ADP", "case", 3),
         ("Front", "PROPN", "nmod", 1), ("uni", "ADJ", "amod", 3), ("ont", "AUX", "aux:tense", 6),
         ("attaqué", "VERB", "ROOT", 6), ("Adré", "PROPN", "obj", 6), (".", "PUNCT", "punct", 6)],
        {3: "B-ORG", 4: "I-ORG"},
    )  # fmt: skip
    stage(doc)
    assert [a.sector for a in doc.actors if a.name == "Front uni"] == ["REB"]


def test_a_national_red_cross_society_is_no_icrc(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("La", "DET", "det", 1), ("Croix-Rouge", "PROPN", "nsubj", 4), ("malienne", "ADJ", "amod", 1),
         ("a", "AUX", "aux:tense", 3), ("distribué", "VERB", "ROOT", 3), ("des", "DET", "det", 5),
         ("vivres", "NOUN", "obj", 3), (".", "PUNCT", "punct", 3)],
    )  # fmt: skip
    stage(doc)
    assert all(a.kb_id != "icrc" for a in doc.actors)
    assert ("MLI", "NGO", ["Croix-Rouge malienne"]) in summary(doc)


def test_zanu_pf_is_zimbabwes_ruling_party(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("ZANU-PF", "PROPN", "nsubj", 1), ("accused", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
         ("group", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)],
        {0: "B-ORG"},
    )  # fmt: skip
    stage(doc)
    assert ("ZWE", "PTY", ["ZANU-PF"]) in summary(doc)


def test_an_international_court_is_coded_igo_a_national_court_stays_judicial() -> None:
    refs = [
        ActorRef(
            name="International Criminal Court", kind="organisation", country="IGO", sector="JUD", kb_id="icc"
        ),
        ActorRef(name="tribunal (JUD)", kind="group", country="SEN", sector="JUD"),
    ]
    assert [r.sector for r in with_people_sectors(refs)] == ["IGO", "JUD"]
