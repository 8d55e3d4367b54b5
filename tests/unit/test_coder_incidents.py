"""Raw conflict reports (session 18, evparse): an attack whose weapon is its subject told after another attack
is an incident of its own, not that attack's toll; a weapon's blast that damages or shakes a place; the past
tense the tagger misread as a noun before its result ("A sniper shot dead…"); the subject of a gerund of
means ("responded by firing rockets"); "attacked" by an armed party or at a thing, and crowd-control means,
are attacks whatever the classifier reads."""

from coder_samples import Row, coded, coding, document, parse

from dateline.stages.events.arguments import resultative_noun, subjects
from dateline.stages.events.passes import actors, category, roles, trigger

ATTACKED: list[Row] = [
    ("Rebels", "rebel", "NOUN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("Tafas", "Tafas", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
BLAST: list[Row] = [
    ("An", "an", "DET", "det", 1),
    ("explosion", "explosion", "NOUN", "nsubj", 2),
    ("damaged", "damage", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 4),
    ("checkpoint", "checkpoint", "NOUN", "dobj", 2),
    ("in", "in", "ADP", "prep", 2),
    ("Daraa", "Daraa", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
TOLL: list[Row] = [
    ("Two", "two", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 3),
]
PLACES = {"Tafas": "SYR", "Daraa": "SYR"}
REBELS = {"Rebels": ("Syria REB", "SYR")}


def test_a_blast_told_after_an_attack_is_an_incident_of_its_own() -> None:
    events = coded(document(ATTACKED, "en", REBELS, BLAST, places=PLACES))
    assert [e[0] for e in events] == ["ASSAULT", "ASSAULT"]
    assert events[1][1] == ["SYR"]  # the unidentified armed group where the blast was


def test_people_killed_after_an_attack_are_still_its_toll() -> None:
    events = coded(document(ATTACKED, "en", REBELS, TOLL, places=PLACES))
    assert [e[0] for e in events] == ["ASSAULT"]


def test_a_separate_killing_is_news() -> None:
    separate: list[Row] = [
        ("Separately", "separately", "ADV", "advmod", 4),
        *[(*r[:4], r[4] + 1, *r[5:]) for r in TOLL],
    ]  # type: ignore[misc]
    events = coded(document(ATTACKED, "en", REBELS, separate, places=PLACES))
    assert [e[0] for e in events] == ["ASSAULT", "ASSAULT"]


SNIPER: list[Row] = [
    ("A", "a", "DET", "det", 2),
    ("sniper", "sniper", "NOUN", "compound", 2),
    ("shot", "shot", "NOUN", "nsubj", 3),
    ("dead", "dead", "ADJ", "ROOT", 3),
    ("two", "two", "NUM", "nummod", 5),
    ("soldiers", "soldier", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_past_tense_misread_as_a_noun_before_its_result_is_the_verb() -> None:
    parsed = parse(SNIPER)
    assert resultative_noun(parsed[2]) == "shoot"
    assert resultative_noun(parsed[1]) is None
    doc = document(SNIPER, "en", {"soldiers": ("Somalia MIL", "SOM")})
    state = coding(doc, trigger.find, roles.read, actors.resolve)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "shot"]
    assert item.trigger.types == {"ASSAULT": "firearms"}
    assert [a.name for a in item.actors] == ["sniper"]  # the compound, as written
    assert [r.country for r in item.recipients] == ["SOM"]


def test_a_gerund_of_means_has_the_subject_of_the_verb_above_it() -> None:
    parsed = parse(
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("responded", "respond", "VERB", "ROOT", 1),
            ("by", "by", "ADP", "prep", 1),
            ("firing", "fire", "VERB", "pcomp", 2),
            ("rockets", "rocket", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert [t.text for t in subjects(parsed[3])] == ["Rebels"]


def test_attacked_by_an_armed_party_or_at_a_thing_is_no_criticism() -> None:
    market: list[Row] = [
        ("Gunmen", "gunman", "NOUN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", "det", 3),
        ("market", "market", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    state = coding(
        document(market, "en", {"Gunmen": ("Syria REB", "SYR")}), trigger.find, roles.read, actors.resolve
    )
    (item,) = [c for c in state.candidates if c.trigger.head.text == "attacked"]
    item.trigger.types.setdefault("ACCUSE", None)
    item.category = "ACCUSE"  # what the English classifier may choose
    assert category._armed_attack(item)


def test_tear_gas_with_an_actor_is_force_used() -> None:
    gas: list[Row] = [
        ("Officers", "officer", "NOUN", "nsubj", 1),
        ("responded", "respond", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
        ("with", "with", "ADP", "prep", 1),
        ("tear", "tear", "NOUN", "compound", 4),
        ("gas", "gas", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    state = coding(
        document(gas, "en", {"Officers": ("Senegal COP", "SEN")}), trigger.find, roles.read, actors.resolve
    )
    (item,) = [c for c in state.candidates if c.trigger.head.text == "gas"]
    assert item.trigger.types == {"ASSAULT": "crowd-control"}
    assert item.actors
    assert category._crowd_control(item, state.lexicon)


def test_an_aircraft_naming_no_owner_stands_for_the_armed_forces() -> None:
    bombed: list[Row] = [
        ("Un", "un", "DET", "det", 1),
        ("hélicoptère", "hélicoptère", "NOUN", "nsubj", 3),
        ("a", "avoir", "AUX", "aux:tense", 3),
        ("bombardé", "bombarder", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("une", "un", "DET", "det", 5),
        ("colonne", "colonne", "NOUN", "obj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    state = coding(document(bombed, "fr", {}), trigger.find, roles.read, actors.resolve)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "bombardé"]
    assert [(a.name, a.sector) for a in item.actors] == [("hélicoptère", "MIL")]
