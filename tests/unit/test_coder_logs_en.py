"""The English incident-log pass (session 14): a trigger that names its category outright ("imposed
sanctions", "convicted") keeps it whatever the classifier reads in the rest of the sentence; burning tyres
is part of a protest, no attack; gunmen setting fire to houses attack them; clans are civilians."""

from __future__ import annotations

from coder_samples import V_PAST, Row, coded, coding, document
from test_coder_desks_en import ARSON as DESKS_ARSON

from dateline.kb.roles import load_role_lexicon
from dateline.model import Actor, Span
from dateline.stages.events.categories import Policy
from dateline.stages.events.passes import actors, category, roles, trigger

#: "The EU imposed sanctions on Belarus ."
SANCTIONS: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("EU", "EU", "PROPN", "nsubj", 2),
    ("imposed", "impose", "VERB", "ROOT", 2, V_PAST),
    ("sanctions", "sanction", "NOUN", "dobj", 2),
    ("on", "on", "ADP", "prep", 3),
    ("Belarus", "Belarus", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Residents burnt tyres in Nabatieh ."
TYRES: list[Row] = [
    ("Residents", "resident", "NOUN", "nsubj", 1),
    ("burnt", "burn", "VERB", "ROOT", 1, V_PAST),
    ("tyres", "tyre", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Nabatieh", "Nabatieh", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Residents burnt houses in Nabatieh ." (not what a protest burns)
HOUSES: list[Row] = [("houses", "house", "NOUN", "dobj", 1) if r[0] == "tyres" else r for r in TYRES]
#: "Gunmen set fire to an office in Basra ." (the desks pass's arson, by gunmen)
GUNMEN_ARSON: list[Row] = [("Gunmen", "gunman", "NOUN", "nsubj", 1), *DESKS_ARSON[1:]]


def test_a_defining_trigger_keeps_its_category_against_the_classifier() -> None:
    doc = document(SANCTIONS, "en", {"EU": ("European Union", "IGO"), "Belarus": ("Belarus", "BLR")})
    state = coding(doc, trigger.find, roles.read, actors.resolve)
    (item,) = state.candidates
    item.probs = {"COERCE": 0.7, "SANCTION": 0.1, "ACCUSE": 0.1, "NONE": 0.1}  # "…over the jailing of…"
    category.decide(state, policy=Policy())
    assert item.category == "SANCTION"
    assert "convict" in category.word_lists().defining_triggers


def test_burning_tyres_is_a_protest_and_burning_houses_an_attack() -> None:
    places = {"Nabatieh": "LBN"}
    assert [e[0] for e in coded(document(TYRES, "en", {}, places=places, groups=("Residents",)))] == [
        "PROTEST"
    ]
    assert [e[0] for e in coded(document(HOUSES, "en", {}, places=places, groups=("Residents",)))] == [
        "ASSAULT"
    ]


def test_gunmen_setting_fire_to_houses_attack_them() -> None:
    doc = document(GUNMEN_ARSON, "en", {}, places={"Basra": "IRQ"})
    gunmen = Span(start=0, end=len("Gunmen"))
    doc.actors.append(Actor(name="gunmen", kind="group", sector="UAF", mentions=[gunmen]))
    assert [e[:2] for e in coded(doc)] == [("ASSAULT", ["IRQ"])]


def test_clans_and_tribes_are_civilians() -> None:
    lexicon = load_role_lexicon()
    assert [lexicon.sector(word, "en") for word in ("two rival clans", "tribesmen")] == ["CVL", "CVL"]
    assert lexicon.sector("deux clans rivaux", "fr") == "CVL"
