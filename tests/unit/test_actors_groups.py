"""Generic agents and groups (session 18, acteurs2): sector words in both languages, fixed role expressions
running into their complement (« forces de l'ordre »), peoples named by an ethnonym, short forms of a fuller
role phrase, and the people of a named organisation; on hand-built parses."""

from __future__ import annotations

import pytest
from test_actors import parsed, summary

from dateline.kb import load_kb, load_role_lexicon
from dateline.kb.org_heads import org_heads
from dateline.stages.actors import Actors


@pytest.fixture(scope="module")
def stage() -> Actors:
    return Actors(load_kb(), load_role_lexicon())


@pytest.mark.parametrize(
    ("phrase", "lang", "sector"),
    [
        ("hommes armés", "fr", "UAF"),  # gunmen nobody names, as "gunmen"
        ("combattants", "fr", "REB"),
        ("émeutiers", "fr", "CVL"),
        ("casseurs", "fr", "CVL"),
        ("garde-côtes", "fr", "MIL"),  # as "coast guard"
        ("garde nationale", "fr", "COP"),
        ("forces antiémeutes", "fr", "COP"),
        ("ministère de la Défense", "fr", "GOV"),
        ("travailleurs humanitaires", "fr", "NGO"),
        ("officers", "en", "COP"),
        ("army officers", "en", "MIL"),
        ("rioters", "en", "CVL"),
        ("aid workers", "en", "NGO"),
        ("border guards", "en", "MIL"),
        ("coastguard", "en", "MIL"),
        ("opposition fighters", "en", "REB"),
        ("dissident guerrillas", "en", "REB"),
        ("defence ministry", "en", "GOV"),
        ("CID", "en", "COP"),  # acronyms many countries share: the report's country is theirs
        ("IEC", "en", "ELC"),
        ("CENA", "fr", "ELC"),
    ],
)
def test_sector_words(phrase: str, lang: str, sector: str) -> None:
    assert load_role_lexicon().sector(phrase, lang) == sector


def test_an_exact_phrase_is_looked_up_whole() -> None:
    lexicon = load_role_lexicon()
    assert lexicon.exact_sector("forces de l'ordre", "fr") == "COP"
    assert lexicon.exact_sector("forces de l'ordre publiques", "fr") is None


@pytest.mark.parametrize(
    ("word", "lang", "country"),
    [("Rohingya", "en", "MMR"), ("rohingyas", "fr", "MMR"), ("Uyghurs", "en", "CHN"),
     ("ouïghours", "fr", "CHN"), ("Hazaras", "en", "AFG"), ("yézidis", "fr", "IRQ"),
     ("Chechens", "en", "RUS")],
)  # fmt: skip
def test_peoples_named_by_an_ethnonym_have_their_country(word: str, lang: str, country: str) -> None:
    assert load_kb().demonym(word, lang) == country


def test_a_fixed_role_expression_runs_into_its_complement(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Les", "DET", "det", 1), ("forces", "NOUN", "nsubj", 6), ("de", "ADP", "case", 4),
         ("l'", "DET", "det", 4), ("ordre", "NOUN", "nmod", 1), ("ont", "AUX", "aux:tense", 6),
         ("dispersé", "VERB", "ROOT", 6), ("les", "DET", "det", 8), ("émeutiers", "NOUN", "obj", 6),
         (".", "PUNCT", "punct", 6)],
        morphs={1: "Number=Plur", 8: "Number=Plur"},
    )  # fmt: skip
    stage(doc)
    assert (None, "COP", ["forces"]) in summary(doc)
    assert (None, "CVL", ["émeutiers"]) in summary(doc)


def test_refugees_named_by_an_ethnonym_are_of_its_country(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Police", "NOUN", "nsubj", 1), ("detained", "VERB", "ROOT", 1),
         ("Rohingya", "PROPN", "compound", 3), ("refugees", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    stage(doc)
    assert ("MMR", "REF", ["Rohingya refugees"]) in summary(doc)


def test_a_bare_definite_role_noun_repeats_the_fuller_phrase_before_it(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Zimbabwe", "PROPN", "poss", 3), ("'s", "PART", "case", 0), ("electoral", "ADJ", "amod", 3),
         ("commission", "NOUN", "nsubj", 4), ("barred", "VERB", "ROOT", 4), ("candidates", "NOUN", "dobj", 4),
         (".", "PUNCT", "punct", 4), ("The", "DET", "det", 8), ("commission", "NOUN", "nsubj", 9),
         ("rejected", "VERB", "ROOT", 9), ("the", "DET", "det", 11), ("criticism", "NOUN", "dobj", 9),
         (".", "PUNCT", "punct", 9)],
        morphs={3: "Number=Sing", 8: "Number=Sing"},
    )  # fmt: skip
    stage(doc)
    commission = [a for a in doc.actors if a.sector == "ELC"]
    assert len(commission) == 1 and commission[0].country == "ZWE"
    assert [doc.snippet(s) for s in commission[0].mentions][-1] == "commission"
    assert all(a.sector != "GOV" or a.country is not None for a in doc.actors)


def test_a_qualified_role_noun_is_no_short_form(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("La", "DET", "det", 1), ("garde", "NOUN", "nsubj", 3), ("nationale", "ADJ", "amod", 1),
         ("patrouille", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3), ("La", "DET", "det", 6),
         ("garde", "NOUN", "nsubj", 8), ("côtière", "ADJ", "amod", 6), ("patrouille", "VERB", "ROOT", 8),
         (".", "PUNCT", "punct", 8)],
        morphs={1: "Number=Sing", 6: "Number=Sing"},
    )  # fmt: skip
    stage(doc)
    assert summary(doc) == [(None, "COP", ["garde"]), (None, "MIL", ["garde"])]


def test_the_people_of_a_named_organisation_are_the_organisation(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Officers", "NOUN", "nsubj", 6), ("of", "ADP", "prep", 0), ("the", "DET", "det", 5),
         ("State", "PROPN", "compound", 5), ("Security", "PROPN", "compound", 5),
         ("Service", "PROPN", "pobj", 1), ("detained", "VERB", "ROOT", 6), ("activists", "NOUN", "dobj", 6),
         (".", "PUNCT", "punct", 6)],
        {2: "B-ORG", 3: "I-ORG", 4: "I-ORG", 5: "I-ORG"},
        morphs={0: "Number=Plur"},
    )  # fmt: skip
    stage(doc)
    assert (None, "SPY", ["Officers of the State Security Service"]) in summary(doc)
    assert all(a.sector != "COP" for a in doc.actors)


def test_law_enforcement_words_make_a_body_police() -> None:
    assert org_heads().sector("Drug Enforcement Commission", "en") == "COP"
    assert org_heads().sector("Economic and Financial Crimes Commission", "en") == "COP"
    assert org_heads().sector("Agence nationale antidrogue", "fr") == "COP"


def test_a_unit_takes_the_service_its_complement_names(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("La", "DET", "det", 1), ("brigade", "NOUN", "nsubj", 7), ("de", "ADP", "case", 4),
         ("la", "DET", "det", 4), ("police", "NOUN", "nmod", 1), ("judiciaire", "ADJ", "amod", 4),
         ("a", "AUX", "aux:tense", 7), ("arrêté", "VERB", "ROOT", 7), ("un", "DET", "det", 9),
         ("élu", "NOUN", "obj", 7), (".", "PUNCT", "punct", 7)],
    )  # fmt: skip
    stage(doc)
    assert summary(doc)[0][:2] == (None, "COP")
    assert all(a.sector != "MIL" for a in doc.actors)


def test_a_leader_takes_the_sector_of_the_body_outside_the_state_he_leads(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Le", "DET", "det", 1), ("dirigeant", "NOUN", "nsubj", 5), ("de", "ADP", "case", 4),
         ("l'", "DET", "det", 4), ("opposition", "NOUN", "nmod", 1), ("proteste", "VERB", "ROOT", 5),
         (".", "PUNCT", "punct", 5), ("Le", "DET", "det", 8), ("ministre", "NOUN", "nsubj", 12),
         ("de", "ADP", "case", 11), ("la", "DET", "det", 11), ("Justice", "NOUN", "nmod", 8),
         ("répond", "VERB", "ROOT", 12), (".", "PUNCT", "punct", 12)],
    )  # fmt: skip
    stage(doc)
    sectors = {doc.snippet(s): a.sector for a in doc.actors for s in a.mentions}
    assert sectors["dirigeant"] == "OPP"
    assert sectors["ministre"] == "GOV"
