"""Missed and misread constructions (session 19, evverbs): captures told by "retook" or « pris le contrôle
de »; a subject naming no one negates the act ("No one was arrested"); a storm named by its kind is
weather; a French obligation in a compound past was carried out, no demand nor act ahead; a noun the
lexicon lists only as a sanction, or a conviction, stays a sanction whatever the classifier reads."""

from types import SimpleNamespace
from typing import Any

from coder_samples import V_PAST, Row, coded, coding, document, parse

from dateline.stages.events import arguments, auxiliary, senses
from dateline.stages.events.passes import category, trigger

RETOOK: list[Row] = [
    ("Rebels", "rebel", "NOUN", "nsubj", 1),
    ("retook", "retook", "VERB", "ROOT", 1, V_PAST),
    ("Tafas", "Tafas", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
CONTROLE: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("pris", "prendre", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("le", "le", "DET", "det", 5),
    ("contrôle", "contrôle", "NOUN", "obj", 3),
    ("de", "de", "ADP", "case", 7),
    ("Kitshanga", "Kitshanga", "PROPN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_capture_told_by_an_irregular_past_or_a_taking_of_control_is_an_attack() -> None:
    rebels = {"Rebels": ("Syria REB", "SYR"), "rebelles": ("Congo REB", "COD")}
    found = coding(document(RETOOK, "en", rebels, places={"Tafas": "SYR"}), trigger.find).candidates
    assert [c.trigger.types for c in found] == [{"ASSAULT": None}]  # the tagger's lemma "retook"
    french = coded(document(CONTROLE, "fr", rebels, places={"Kitshanga": "COD"}))
    assert [e[0] for e in french] == ["ASSAULT"]


NO_ONE: list[Row] = [
    ("No", "no", "DET", "det", 1),
    ("one", "one", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("arrested", "arrest", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_subject_naming_no_one_negates_the_act() -> None:
    verb = parse(NO_ONE)[3]
    assert auxiliary.negated(verb, verb)
    nobody = parse(
        [
            ("Nobody", "nobody", "PRON", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("arrested", "arrest", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
        ]
    )
    assert auxiliary.negated(nobody[2], nobody[2])
    some = parse([("Two", "two", "NUM", "nummod", 1), ("men", "man", "NOUN", "nsubjpass", 3), *NO_ONE[2:]])
    assert not auxiliary.negated(some[3], some[3])


CYCLONE: list[Row] = [
    ("Cyclone", "Cyclone", "PROPN", "compound", 1),
    ("Yasa", "Yasa", "PROPN", "nsubj", 2),
    ("flattened", "flatten", "VERB", "ROOT", 2, V_PAST),
    ("homes", "home", "NOUN", "dobj", 2),
    ("and", "and", "CCONJ", "cc", 2),
    ("killed", "kill", "VERB", "conj", 2, V_PAST),
    ("four", "four", "NUM", "nummod", 7),
    ("people", "people", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
DATELINED: list[Row] = [
    ("HAVANA", "HAVANA", "PROPN", "nsubj", 4),
    ("–", "–", "PUNCT", "punct", 0),
    ("Hurricane", "Hurricane", "PROPN", "compound", 3),
    ("Melissa", "Melissa", "PROPN", "appos", 0),
    ("battered", "batter", "VERB", "ROOT", 4, V_PAST),
    ("Cuba", "Cuba", "PROPN", "dobj", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("destroying", "destroy", "VERB", "advcl", 4, "VerbForm=Part"),
    ("crops", "crop", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 4),
]
GUNMEN: list[Row] = [("Gunmen", "gunman", "NOUN", "nsubj", 1), *CYCLONE[2:]]  # type: ignore[list-item]


def test_a_storm_named_by_its_kind_is_weather_also_for_the_verbs_continuing_its_clause() -> None:
    cyclone = parse(CYCLONE)
    assert senses.figurative(cyclone[2], None, cyclone[:]) == "nature"
    assert senses.figurative(cyclone[5], None, cyclone[:]) == "nature"  # "and killed four people"
    datelined = parse(DATELINED)
    assert senses.figurative(datelined[7], None, datelined[:]) == "nature"  # the dateline made subject
    gunmen = parse([(*r[:4], r[4] - 1, *r[5:]) for r in GUNMEN])  # type: ignore[misc]
    assert senses.figurative(gunmen[3], None, gunmen[:]) is None


REPLIER: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("reconnu", "reconnaître", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("que", "que", "SCONJ", "mark", 8),
    ("ses", "son", "DET", "det", 6),
    ("agents", "agent", "NOUN", "nsubj", 8),
    ("avaient", "avoir", "AUX", "aux:tense", 8, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("dû", "devoir", "VERB", "ccomp", 3, "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("se", "se", "PRON", "expl:comp", 10),
    ("replier", "replier", "VERB", "xcomp", 8, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 3),
]


def test_an_obligation_in_a_compound_past_was_carried_out() -> None:
    done = parse(REPLIER, "fr")
    assert arguments.obliged(done[10]) is None
    assert not auxiliary.future(done[10], list(done))
    owed = parse(
        [
            *REPLIER[:7],
            ("devaient", "devoir", "VERB", "ccomp", 3, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
            ("se", "se", "PRON", "expl:comp", 9),
            ("replier", "replier", "VERB", "xcomp", 7, "VerbForm=Inf"),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "fr",
    )
    assert auxiliary.future(owed[9], list(owed))  # « devaient se replier »: still ahead


def test_sanction_nouns_and_convictions_stay_sanctions() -> None:
    def item(pos: str, types: dict[str, str | None]) -> Any:
        return SimpleNamespace(trigger=SimpleNamespace(pos=pos, types=types))

    verb = parse(RETOOK)[1]
    lexicon = coding(document(RETOOK, "en", {}), trigger.find).lexicon
    assert category._sanctions(item("noun", {"SANCTION": None}), verb, lexicon)  # "imposed sanctions"
    assert category._sanctions(item("verb", {"SANCTION": "convict"}), verb, lexicon)  # "convicted"
    assert not category._sanctions(item("verb", {"SANCTION": None}), verb, lexicon)  # "barred candidates"
    assert not category._sanctions(item("noun", {"SANCTION": None, "COERCE": "restrict"}), verb, lexicon)
