"""Which side a party or an attacker is on (session 19, groupes): parties of a report naming an opposition are
the opposition unless a ruling cue stands next to them, definite attackers after a named armed group are that
group, capitalised English titles give an unknown person their sector, and groups fighting in several states
take the report's country; on hand-built parses."""

from __future__ import annotations

import pytest
from test_actors import parsed, summary

from dateline.kb import load_kb, load_role_lexicon
from dateline.model import ActorRef
from dateline.stages.actors import Actors
from dateline.stages.events.references import localise


@pytest.fixture(scope="module")
def stage() -> Actors:
    return Actors(load_kb(), load_role_lexicon())


def _party_report(verb: str) -> list[tuple[str, str, str, int]]:
    """« Le parti a dénoncé l'arrestation. L'opposition <verb>. »"""
    return [
        ("Le", "DET", "det", 1), ("parti", "NOUN", "nsubj", 3), ("a", "AUX", "aux:tense", 3),
        ("dénoncé", "VERB", "ROOT", 3), ("l'", "DET", "det", 5), ("arrestation", "NOUN", "obj", 3),
        (".", "PUNCT", "punct", 3), ("L'", "DET", "det", 8), (verb, "NOUN", "nsubj", 9),
        ("proteste", "VERB", "ROOT", 9), (".", "PUNCT", "punct", 9),
    ]  # fmt: skip


def test_a_party_of_a_report_naming_an_opposition_is_the_opposition(stage: Actors) -> None:
    doc = parsed("fr", _party_report("opposition"))
    stage(doc)
    assert (None, "OPP", ["parti"]) in summary(doc) or (None, "OPP", ["parti", "opposition"]) in summary(doc)
    assert all(a.sector != "PTY" for a in doc.actors)


def test_a_party_stays_a_party_where_no_opposition_is_named(stage: Actors) -> None:
    doc = parsed("fr", _party_report("association"))
    stage(doc)
    assert (None, "PTY", ["parti"]) in summary(doc)


def test_the_party_in_power_stays_a_party(stage: Actors) -> None:
    doc = parsed(
        "fr",
        [("Le", "DET", "det", 1), ("parti", "NOUN", "nsubj", 5), ("au", "ADP", "case", 3),
         ("pouvoir", "NOUN", "nmod", 1), ("a", "AUX", "aux:tense", 5), ("appelé", "VERB", "ROOT", 5),
         ("l'", "DET", "det", 7), ("opposition", "NOUN", "obj", 5), ("au", "ADP", "case", 9),
         ("calme", "NOUN", "obl", 5), (".", "PUNCT", "punct", 5)],
    )  # fmt: skip
    stage(doc)
    sectors = {doc.snippet(s): a.sector for a in doc.actors for s in a.mentions}
    assert sectors["parti"] == "PTY"
    assert sectors["opposition"] == "OPP"  # « l'opposition au calme » names the opposition


def test_opposition_to_a_plan_names_no_opposition(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("The", "DET", "det", 1), ("party", "NOUN", "nsubj", 2), ("voiced", "VERB", "ROOT", 2),
         ("opposition", "NOUN", "dobj", 2), ("to", "ADP", "prep", 3), ("the", "DET", "det", 6),
         ("plan", "NOUN", "pobj", 4), (".", "PUNCT", "punct", 2)],
    )  # fmt: skip
    stage(doc)
    assert (None, "PTY", ["party"]) in summary(doc)


def test_definite_attackers_after_a_named_armed_group_are_that_group(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Boko", "PROPN", "compound", 1), ("Haram", "PROPN", "compound", 2),
         ("fighters", "NOUN", "nsubj", 3), ("raided", "VERB", "ROOT", 3), ("a", "DET", "det", 5),
         ("village", "NOUN", "dobj", 3),
         (".", "PUNCT", "punct", 3), ("Troops", "NOUN", "nsubj", 8), ("pursued", "VERB", "ROOT", 8),
         ("the", "DET", "det", 10), ("attackers", "NOUN", "dobj", 8), (".", "PUNCT", "punct", 8)],
        {0: "B-ORG", 1: "I-ORG"},
        morphs={10: "Number=Plur"},
    )  # fmt: skip
    stage(doc)
    group = next(a for a in doc.actors if a.kb_id == "boko-haram")
    assert "attackers" in [doc.snippet(s) for s in group.mentions]
    assert all(a.sector != "UAF" for a in doc.actors)


def test_attackers_with_no_armed_group_named_stay_unidentified(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Troops", "NOUN", "nsubj", 1), ("pursued", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
         ("attackers", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    stage(doc)
    assert (None, "UAF", ["attackers"]) in summary(doc)


def test_a_capitalised_english_title_gives_an_unknown_person_its_sector(stage: Actors) -> None:
    doc = parsed(
        "en",
        [("Interior", "PROPN", "compound", 1), ("Minister", "PROPN", "compound", 3),
         ("Farhan", "PROPN", "compound", 3), ("Qureshi", "PROPN", "nsubj", 4), ("spoke", "VERB", "ROOT", 4),
         (".", "PUNCT", "punct", 4)],
        {2: "B-PERSON", 3: "I-PERSON"},
    )  # fmt: skip
    stage(doc)
    assert (None, "GOV", ["Farhan Qureshi"]) in summary(doc)


def test_a_group_fighting_in_several_states_takes_the_report_s_country() -> None:
    boko = ActorRef(name="Boko Haram", kind="organisation", kb_id="boko-haram", country="NGA", sector="REB")
    houthis = ActorRef(name="Houthis", kind="organisation", kb_id="houthis", country="YEM", sector="REB")
    assert [r.country for r in localise([boko, houthis], None, "CMR")] == ["CMR", "YEM"]
    assert [r.country for r in localise([boko], None, None)] == ["NGA"]


def test_followers_of_a_report_naming_an_opposition_are_the_opposition(stage: Actors) -> None:
    rows = [
        ("Les", "DET", "det", 1), ("partisans", "NOUN", "nsubj", 2), ("protestent", "VERB", "ROOT", 2),
        (".", "PUNCT", "punct", 2), ("L'", "DET", "det", 5), ("opposition", "NOUN", "nsubj", 6),
        ("proteste", "VERB", "ROOT", 6), (".", "PUNCT", "punct", 6),
    ]  # fmt: skip
    doc = parsed("fr", rows)
    stage(doc)
    sectors = {doc.snippet(s): a.sector for a in doc.actors for s in a.mentions}
    assert sectors["partisans"] == "OPP"
    plain = parsed("fr", rows[:4])
    stage(plain)
    assert [a.sector for a in plain.actors] == ["CVL"]
