"""The English incident-log pass (session 14): burning tyres is part of a protest, no attack; gunmen
setting fire to houses attack them; clans are civilians."""

from __future__ import annotations

from coder_samples import V_PAST, Row, coded, document
from test_coder_desks_en import ARSON as DESKS_ARSON

from dateline.kb.roles import load_role_lexicon
from dateline.model import Actor, Span

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
