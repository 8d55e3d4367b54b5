"""Acts whose agent the text leaves unnamed (session 15, issue 13): a weapon that lands, falls or explodes
is an attack by an unnamed group (of the country it was fired from, when the text says); a death "in an
explosion", a killing told by a resultative ("shot dead"), remains found, clashes "reported", riots that
"broke out" are acts of the place's unnamed agents; a fire that broke out, a war that erupted and "leaving
three dead" are none; an abduction and a killing of the same people are two acts."""

from __future__ import annotations

from coder_samples import V_PAST, Row, coded, document

from dateline.model import ActorRef, Event
from dateline.stages.events.dedup import event_key

#: "Three mortar rounds landed on a school in Homs , wounding four pupils ."
ROUNDS: list[Row] = [
    ("Three", "three", "NUM", "nummod", 2),
    ("mortar", "mortar", "NOUN", "compound", 2),
    ("rounds", "round", "NOUN", "nsubj", 3),
    ("landed", "land", "VERB", "ROOT", 3, V_PAST),
    ("on", "on", "ADP", "prep", 3),
    ("a", "a", "DET", "det", 6),
    ("school", "school", "NOUN", "pobj", 4),
    ("in", "in", "ADP", "prep", 6),
    ("Homs", "Homs", "PROPN", "pobj", 7),
    (",", ",", "PUNCT", "punct", 3),
    ("wounding", "wound", "VERB", "advcl", 3, "VerbForm=Part"),
    ("four", "four", "NUM", "nummod", 12),
    ("pupils", "pupil", "NOUN", "dobj", 10),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Des obus sont tombés sur un quartier de Gao ." (spaCy's lemma of "obus" is "obu")
SHELLS_FR: list[Row] = [
    ("Des", "un", "DET", "det", 1),
    ("obus", "obu", "NOUN", "nsubj", 3),
    ("sont", "être", "AUX", "aux:tense", 3),
    ("tombés", "tomber", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("sur", "sur", "ADP", "case", 6),
    ("un", "un", "DET", "det", 6),
    ("quartier", "quartier", "NOUN", "obl:arg", 3),
    ("de", "de", "ADP", "case", 8),
    ("Gao", "Gao", "PROPN", "nmod", 6),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Two rockets fired from Lebanon landed near Metula ."
FIRED_FROM: list[Row] = [
    ("Two", "two", "NUM", "nummod", 1),
    ("rockets", "rocket", "NOUN", "nsubj", 5),
    ("fired", "fire", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
    ("from", "from", "ADP", "prep", 2),
    ("Lebanon", "Lebanon", "PROPN", "pobj", 3),
    ("landed", "land", "VERB", "ROOT", 5, V_PAST),
    ("near", "near", "ADP", "prep", 5),
    ("Metula", "Metula", "PROPN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 5),
]
#: "A lawyer was shot dead in Basra ."
SHOT_DEAD: list[Row] = [
    ("A", "a", "DET", "det", 1),
    ("lawyer", "lawyer", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("shot", "shoot", "VERB", "ROOT", 3, V_PAST),
    ("dead", "dead", "ADJ", "oprd", 3),
    ("in", "in", "ADP", "prep", 3),
    ("Basra", "Basra", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Three people died in an explosion in Omdurman ."
DIED_IN: list[Row] = [
    ("Three", "three", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubj", 2),
    ("died", "die", "VERB", "ROOT", 2, V_PAST),
    ("in", "in", "ADP", "prep", 2),
    ("an", "an", "DET", "det", 5),
    ("explosion", "explosion", "NOUN", "pobj", 3),
    ("in", "in", "ADP", "prep", 5),
    ("Omdurman", "Omdurman", "PROPN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Heavy clashes were reported in Nihm ."
REPORTED: list[Row] = [
    ("Heavy", "heavy", "ADJ", "amod", 1),
    ("clashes", "clash", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("reported", "report", "VERB", "ROOT", 3, V_PAST),
    ("in", "in", "ADP", "prep", 3),
    ("Nihm", "Nihm", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Shots were fired at a police car in Odesa ."
SHOTS: list[Row] = [
    ("Shots", "shot", "NOUN", "nsubjpass", 2),
    ("were", "be", "AUX", "auxpass", 2),
    ("fired", "fire", "VERB", "ROOT", 2, V_PAST),
    ("at", "at", "ADP", "prep", 2),
    ("a", "a", "DET", "det", 6),
    ("police", "police", "NOUN", "compound", 6),
    ("car", "car", "NOUN", "pobj", 3),
    ("in", "in", "ADP", "prep", 6),
    ("Odesa", "Odesa", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]
#: "A fire broke out at a market in Mogadishu ."
FIRE: list[Row] = [
    ("A", "a", "DET", "det", 1),
    ("fire", "fire", "NOUN", "nsubj", 2),
    ("broke", "break", "VERB", "ROOT", 2, V_PAST),
    ("out", "out", "ADP", "prt", 2),
    ("at", "at", "ADP", "prep", 2),
    ("a", "a", "DET", "det", 6),
    ("market", "market", "NOUN", "pobj", 4),
    ("in", "in", "ADP", "prep", 6),
    ("Mogadishu", "Mogadishu", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Fighting erupted in Jasim , leaving three dead ."
LEAVING: list[Row] = [
    ("Fighting", "fighting", "NOUN", "nsubj", 1),
    ("erupted", "erupt", "VERB", "ROOT", 1, V_PAST),
    ("in", "in", "ADP", "prep", 1),
    ("Jasim", "Jasim", "PROPN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 1),
    ("leaving", "leave", "VERB", "advcl", 1, "VerbForm=Part"),
    ("three", "three", "NUM", "nummod", 7),
    ("dead", "dead", "ADJ", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_weapon_that_lands_or_falls_is_an_attack_by_an_unnamed_group() -> None:
    assert coded(document(ROUNDS, "en", {}, places={"Homs": "SYR"})) == [("ASSAULT", ["SYR"], ["SYR"])]
    # what it fell on is a place, no target
    assert coded(document(SHELLS_FR, "fr", {}, places={"Gao": "MLI"})) == [("ASSAULT", ["MLI"], [])]


def test_an_unnamed_attacker_belongs_to_the_country_the_weapon_was_fired_from() -> None:
    places = {"Lebanon": "LBN", "Metula": "ISR"}
    assert coded(document(FIRED_FROM, "en", {}, places=places)) == [("ASSAULT", ["LBN"], [])]


def test_a_resultative_is_no_naming_and_a_death_in_an_explosion_is_an_attack() -> None:
    assert coded(document(SHOT_DEAD, "en", {}, places={"Basra": "IRQ"})) == [("ASSAULT", ["IRQ"], ["IRQ"])]
    assert coded(document(DIED_IN, "en", {}, places={"Omdurman": "SDN"})) == [("ASSAULT", ["SDN"], ["SDN"])]


def test_reported_clashes_happened_and_shots_fired_are_the_weapon() -> None:
    assert coded(document(REPORTED, "en", {}, places={"Nihm": "YEM"})) == [("ASSAULT", ["YEM"], [])]
    # not the police moving weapons: the police car was shot at
    assert coded(document(SHOTS, "en", {}, places={"Odesa": "UKR"})) == [("ASSAULT", ["UKR"], ["UKR"])]


def test_a_fire_that_broke_out_and_a_toll_are_no_acts() -> None:
    assert coded(document(FIRE, "en", {}, places={"Mogadishu": "SOM"})) == []
    assert [e[0] for e in coded(document(LEAVING, "en", {}, places={"Jasim": "SYR"}))] == ["ASSAULT"]


def test_an_abduction_and_a_killing_of_the_same_people_are_two_acts() -> None:
    group = [ActorRef(name="unidentified armed group", kind="group", country="SYR", sector="UAF")]

    def attack(mode: str | None) -> Event:
        return Event(id="", type="ASSAULT", mode=mode, actors=group, recipients=[])

    assert event_key(attack("abduct")) != event_key(attack(None))
    assert event_key(attack("firearms")) == event_key(attack(None))
