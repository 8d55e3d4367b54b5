"""Organisations the KB does not know: the sector their name's head words give (`dateline.kb.org_heads`),
names defined with their acronym (`stages/actors/acronyms.py`), and context-read role nouns (« militants »,
« Haut-Commissariat »), on hand-built parses."""

from __future__ import annotations

import pytest
from test_actors import parsed, summary

from dateline.kb import load_kb, load_role_lexicon
from dateline.kb.org_heads import org_heads
from dateline.stages.actors import Actors
from dateline.stages.actors.acronyms import acronym


@pytest.fixture(scope="module")
def stage() -> Actors:
    return Actors(load_kb(), load_role_lexicon())


@pytest.mark.parametrize(
    ("name", "lang", "sector"),
    [
        ("la Haute Autorité pour la bonne gouvernance", "fr", "GOV"),  # a body
        ("Commission électorale nationale indépendante", "fr", "ELC"),  # a body an electoral word qualifies
        ("Bureau des poursuites pénales", "fr", "JUD"),
        ("Mouvement pour la libération du Sud", "fr", "REB"),  # a group an armed word qualifies
        ("Front pour la renaissance démocratique", "fr", "PTY"),  # a group: a party unless qualified
        ("Syndicat autonome des enseignants", "fr", "LAB"),  # a head that says it all
        ("Conseil national de l'Ordre des pharmaciens", "fr", "HLH"),  # a weak head yields to a later one
        ("Nouvelle Alliance pour le progrès", "fr", "PTY"),  # one adjective before the head
        ("the Independent Policing Oversight Authority", "en", "GOV"),
        ("National Elections Jury", "en", "ELC"),  # a court: only an electoral word makes it another body
        ("State Security Court", "en", "JUD"),
        ("Association of Private School Owners", "en", "BUS"),  # the head before the complement, qualified
        ("Northern Teachers' Solidarity Union", "en", "LAB"),
        ("People's Renewal Front", "en", "PTY"),
        ("Transparency International Kenya", "en", None),  # no head: nothing said
    ],
)
def test_an_organisation_s_sector_comes_from_its_head_words(name: str, lang: str, sector: str | None) -> None:
    assert org_heads().sector(name, lang) == sector


def test_what_is_written_as_an_acronym() -> None:
    assert acronym("HABG") and acronym("FACa") and acronym("CA")
    assert not acronym("Nord-Kivu") and not acronym("Unicef") and not acronym("A")


def test_a_name_defined_with_its_acronym_and_the_acronym_are_one_organisation(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("La", "DET", "det", 2), ("Haute", "ADJ", "amod", 2), ("Autorité", "PROPN", "nsubj", 11),
         ("pour", "ADP", "case", 6), ("la", "DET", "det", 6), ("bonne", "ADJ", "amod", 6),
         ("gouvernance", "NOUN", "nmod", 2), ("(", "PUNCT", "punct", 8), ("HABG", "PROPN", "appos", 2),
         (")", "PUNCT", "punct", 8), ("a", "AUX", "aux:tense", 11), ("saisi", "VERB", "ROOT", 11),
         ("la", "DET", "det", 13), ("justice", "NOUN", "obj", 11), (".", "PUNCT", "punct", 11),
         ("La", "DET", "det", 16), ("HABG", "PROPN", "nsubj", 17), ("accuse", "VERB", "ROOT", 17),
         ("le", "DET", "det", 19), ("maire", "NOUN", "obj", 17), (".", "PUNCT", "punct", 17)],
    )  # fmt: skip
    stage(doc)
    assert summary(doc)[0] == (None, "GOV", ["Haute Autorité pour la bonne gouvernance", "HABG", "HABG"])
    assert doc.actors[0].kind == "organisation" and doc.actors[0].kb_id is None


def test_activists_of_a_party_defined_with_its_acronym_are_the_party_s(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Des", "DET", "det", 1), ("militants", "NOUN", "nsubj", 12), ("du", "ADP", "case", 3),
         ("Front", "PROPN", "nmod", 1), ("pour", "ADP", "case", 6), ("la", "DET", "det", 6),
         ("renaissance", "NOUN", "nmod", 3), ("démocratique", "ADJ", "amod", 6), ("(", "PUNCT", "punct", 9),
         ("FRD", "PROPN", "appos", 3), (")", "PUNCT", "punct", 9), ("ont", "AUX", "aux:tense", 12),
         ("manifesté", "VERB", "ROOT", 12), (".", "PUNCT", "punct", 12)],
    )  # fmt: skip
    stage(doc)
    # a party no KB lists, with no ruling cue, is the opposition (session 20)
    assert summary(doc) == [(None, "OPP", ["militants du Front pour la renaissance démocratique", "FRD"])]


def test_an_apposition_after_the_acronym_says_what_the_organisation_is(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Police", "NOUN", "nsubj", 1), ("arrested", "VERB", "ROOT", 1), ("activists", "NOUN", "dobj", 1),
         ("of", "ADP", "prep", 2), ("the", "DET", "det", 6), ("Citizens", "PROPN", "compound", 6),
         ("Alliance", "PROPN", "pobj", 3), ("(", "PUNCT", "punct", 8), ("CA", "PROPN", "appos", 6),
         (")", "PUNCT", "punct", 8), (",", "PUNCT", "punct", 6), ("a", "DET", "det", 14),
         ("new", "ADJ", "amod", 14), ("opposition", "NOUN", "compound", 14), ("party", "NOUN", "appos", 6),
         (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    stage(doc)
    party = next(a for a in doc.actors if "CA" in a.aliases_hit)
    assert (party.sector, party.aliases_hit) == ("OPP", ["activists of the Citizens Alliance", "CA"])


def test_an_armed_apposition_makes_a_movement_rebels(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Le", "DET", "det", 1), ("Mouvement", "PROPN", "nsubj", 11), ("du", "ADP", "case", 3),
         ("Nord", "PROPN", "nmod", 1), ("(", "PUNCT", "punct", 5), ("MDN", "PROPN", "appos", 1),
         (")", "PUNCT", "punct", 5), (",", "PUNCT", "punct", 8), ("un", "DET", "det", 8),
         ("groupe", "NOUN", "appos", 1), ("armé", "ADJ", "amod", 8), ("a", "AUX", "aux:tense", 11),
         ("attaqué", "VERB", "ROOT", 11), ("un", "DET", "det", 13), ("village", "NOUN", "obj", 11),
         (".", "PUNCT", "punct", 11)],
    )  # fmt: skip
    stage(doc)
    assert summary(doc)[0] == (None, "REB", ["Mouvement du Nord", "MDN"])


def test_a_country_in_a_defined_name_is_its_country(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("The", "DET", "det", 2), ("Kenya", "PROPN", "compound", 2), ("Union", "PROPN", "nsubj", 8),
         ("of", "ADP", "prep", 2), ("Teachers", "PROPN", "pobj", 3), ("(", "PUNCT", "punct", 6),
         ("KUT", "PROPN", "appos", 2), (")", "PUNCT", "punct", 6), ("called", "VERB", "ROOT", 8),
         ("a", "DET", "det", 10), ("strike", "NOUN", "dobj", 8), (".", "PUNCT", "punct", 8),
         ("The", "DET", "det", 13), ("KUT", "PROPN", "nsubj", 14), ("refused", "VERB", "ROOT", 14),
         (".", "PUNCT", "punct", 14)],
    )  # fmt: skip
    stage(doc)
    union = next(a for a in doc.actors if "KUT" in a.aliases_hit)
    assert union.country == "KEN" and union.sector == "LAB" and len(union.mentions) == 3


@pytest.mark.parametrize(
    ("rows", "sector"),
    [
        ([("Des", "DET", "det", 1), ("militants", "NOUN", "nsubj", 3), ("ont", "AUX", "aux:tense", 3),
          ("manifesté", "VERB", "ROOT", 3)], "PTY"),  # a party's activists in French news
        ([("Des", "DET", "det", 1), ("militants", "NOUN", "nsubj", 4), ("armés", "ADJ", "amod", 1),
          ("ont", "AUX", "aux:tense", 4), ("attaqué", "VERB", "ROOT", 4)], "REB"),
        ([("Le", "DET", "det", 1), ("Haut-Commissariat", "PROPN", "nsubj", 2),
          ("critique", "VERB", "ROOT", 2), ("la", "DET", "det", 4), ("décision", "NOUN", "obj", 2)],
         "GOV"),  # no police station
    ],
)  # fmt: skip
def test_french_role_nouns_read_in_their_phrase(stage: Actors, rows: list, sector: str) -> None:
    doc = parsed("fr", rows)
    stage(doc)
    assert [a.sector for a in doc.actors] == [sector]


def test_a_country_qualifying_an_unknown_organisation_s_name_is_its_country(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Britain", "PROPN", "poss", 3), ("'s", "PART", "case", 0), ("Foreign", "PROPN", "compound", 3),
         ("Office", "PROPN", "nsubj", 4), ("suspended", "VERB", "ROOT", 4), ("a", "DET", "det", 6),
         ("grant", "NOUN", "dobj", 4), (".", "PUNCT", "punct", 4)],
        {2: "B-ORG", 3: "I-ORG"},
    )  # fmt: skip
    stage(doc)
    # the head word says GOV, Britain's says GBR (bare "Foreign Office" is no KB alias since session 19:
    # Pakistan's is called so too)
    assert [(a.country, a.sector) for a in doc.actors] == [("GBR", "GOV")]


def test_a_kind_noun_before_an_unknown_organisation_says_what_it_is(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("The", "DET", "det", 2), ("opposition", "NOUN", "compound", 2), ("party", "NOUN", "nsubj", 5),
         ("Citizens", "PROPN", "compound", 4), ("Path", "PROPN", "appos", 2), ("denied", "VERB", "ROOT", 5),
         ("it", "PRON", "dobj", 5), (".", "PUNCT", "punct", 5)],
        {3: "B-ORG", 4: "I-ORG"},
    )  # fmt: skip
    stage(doc)
    assert summary(doc) == [(None, "OPP", ["opposition party Citizens Path"])]  # one actor, the opposition
