"""Agentless passives, act nouns with their undergoer, and criticism in quotations (session 16): forces
moved in the passive are a deployment by their own side, a participle coordinated with a passive shares
its voice, the "of/de" complement of an arrest or an expulsion undergoes it (as the trigger and as the
object of a criticism, whose recipient is then the act's author), a first-person quotation is said by the
subject of the reporting verb after it, and a criticism that opens a quotation answers the latest act."""

from __future__ import annotations

from coder_samples import V_PAST, Row, coded, document

PART = "Tense=Past|VerbForm=Part"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"

#: "D' importants renforts ont été acheminés vers Koudougou ."
REINFORCEMENTS: list[Row] = [
    ("D'", "de", "DET", "det", 2),
    ("importants", "important", "ADJ", "amod", 2),
    ("renforts", "renfort", "NOUN", "nsubj:pass", 5),
    ("ont", "avoir", "AUX", "aux:tense", 5, PRES),
    ("été", "être", "AUX", "aux:pass", 5, PART),
    ("acheminés", "acheminer", "VERB", "ROOT", 5, PART),
    ("vers", "vers", "ADP", "case", 7),
    ("Koudougou", "Koudougou", "PROPN", "obl:mod", 5),
    (".", ".", "PUNCT", "punct", 5),
]
#: "Three activists were detained in Nairobi and charged ."
DETAINED_CHARGED: list[Row] = [
    ("Three", "three", "NUM", "nummod", 1),
    ("activists", "activist", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("detained", "detain", "VERB", "ROOT", 3, PART),
    ("in", "in", "ADP", "prep", 3),
    ("Nairobi", "Nairobi", "PROPN", "pobj", 4),
    ("and", "and", "CCONJ", "cc", 3),
    ("charged", "charge", "VERB", "conj", 3, PART),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Ecuador expelled forty Colombian traders ."
EXPELLED: list[Row] = [
    ("Ecuador", "Ecuador", "PROPN", "nsubj", 1),
    ("expelled", "expel", "VERB", "ROOT", 1, V_PAST),
    ("forty", "forty", "NUM", "nummod", 4),
    ("Colombian", "colombian", "ADJ", "amod", 4),
    ("traders", "trader", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Colombia criticised the expulsion of Colombians ."
CRITICISED: list[Row] = [
    ("Colombia", "Colombia", "PROPN", "nsubj", 1),
    ("criticised", "criticise", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("expulsion", "expulsion", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 3),
    ("Colombians", "Colombians", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "The arrest of the journalist in Gulu sparked anger ."
ARREST_SPARKED: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("arrest", "arrest", "NOUN", "nsubj", 7),
    ("of", "of", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("journalist", "journalist", "NOUN", "pobj", 2),
    ("in", "in", "ADP", "prep", 1),
    ("Gulu", "Gulu", "PROPN", "pobj", 5),
    ("sparked", "spark", "VERB", "ROOT", 7, V_PAST),
    ("anger", "anger", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 7),
]
#: "La police a arrêté six militants ."
ARRESTED_FR: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, PRES),
    ("arrêté", "arrêter", "VERB", "ROOT", 3, PART),
    ("six", "six", "NUM", "nummod", 5),
    ("militants", "militant", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
#: "« Nous condamnons ces détentions » , a déclaré le porte-parole ." (two roots, as the parser gives it)
QUOTED_FR: list[Row] = [
    ("«", "«", "PUNCT", "punct", 2),
    ("Nous", "nous", "PRON", "nsubj", 2, "Number=Plur|Person=1"),
    ("condamnons", "condamner", "VERB", "ROOT", 2, PRES),
    ("ces", "ce", "DET", "det", 4),
    ("détentions", "détention", "NOUN", "obj", 2),
    ("»", "»", "PUNCT", "punct", 2),
    (",", ",", "PUNCT", "punct", 8),
    ("a", "avoir", "AUX", "aux:tense", 8, PRES),
    ("déclaré", "déclarer", "VERB", "ROOT", 8, PART),
    ("le", "le", "DET", "det", 10),
    ("porte-parole", "porte-parole", "NOUN", "nsubj", 8),
    (".", ".", "PUNCT", "punct", 8),
]
#: 'Colombia denounced : " This is abuse . "'
DENOUNCED_COLON: list[Row] = [
    ("Colombia", "Colombia", "PROPN", "nsubj", 1),
    ("denounced", "denounce", "VERB", "ROOT", 1, V_PAST),
    (":", ":", "PUNCT", "punct", 1),
    ('"', '"', "PUNCT", "punct", 5),
    ("This", "this", "PRON", "nsubj", 5),
    ("is", "be", "AUX", "ROOT", 5),
    ("abuse", "abuse", "NOUN", "attr", 5),
    (".", ".", "PUNCT", "punct", 5),
    ('"', '"', "PUNCT", "punct", 5),
]
#: "L' Assemblée a voté la suspension sans salaire du député Lacasse ." ("suspension" hung on the verb)
SUSPENSION_FR: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("Assemblée", "Assemblée", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, PRES),
    ("voté", "voter", "VERB", "ROOT", 3, PART),
    ("la", "le", "DET", "det", 5),
    ("suspension", "suspension", "NOUN", "obj", 3),
    ("sans", "sans", "ADP", "case", 7),
    ("salaire", "salaire", "NOUN", "nmod", 5),
    ("du", "de", "ADP", "case", 9),
    ("député", "député", "NOUN", "nmod", 7),
    ("Lacasse", "Lacasse", "PROPN", "appos", 9),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Protests erupted after the arrest of Orengo in Kisumu ."
AFTER_ARREST: list[Row] = [
    ("Protests", "protest", "NOUN", "nsubj", 1),
    ("erupted", "erupt", "VERB", "ROOT", 1, V_PAST),
    ("after", "after", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("arrest", "arrest", "NOUN", "pobj", 2),
    ("of", "of", "ADP", "prep", 4),
    ("Orengo", "Orengo", "PROPN", "pobj", 5),
    ("in", "in", "ADP", "prep", 4),
    ("Kisumu", "Kisumu", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]
COUNTRIES = {
    "Ecuador": ("Ecuador", "ECU"),
    "Colombian": ("Colombia", "COL"),
    "Colombia": ("Colombia", "COL"),
    "Colombians": ("Colombia", "COL"),
}


def test_forces_moved_in_the_passive_are_a_deployment_by_their_own_side() -> None:
    doc = document(REINFORCEMENTS, "fr", {}, places={"Koudougou": "BFA"})
    assert coded(doc) == [("MOBILIZE", ["BFA"], [])]


def test_a_participle_coordinated_with_a_passive_is_a_passive_too() -> None:
    doc = document(DETAINED_CHARGED, "en", {}, places={"Nairobi": "KEN"}, groups=("activists",))
    assert coded(doc) == [("COERCE", ["KEN"], ["KEN"]), ("ACCUSE", ["KEN"], ["KEN"])]


def test_criticising_an_expulsion_addresses_who_expelled_not_who_was_expelled() -> None:
    events = coded(document(EXPELLED, "en", COUNTRIES, CRITICISED))
    assert ("ACCUSE", ["COL"], ["ECU"]) in events
    assert ("ACCUSE", ["COL"], ["COL"]) not in events


def test_a_bare_arrest_noun_with_its_undergoer_is_an_arrest_by_the_police_of_the_place() -> None:
    doc = document(ARREST_SPARKED, "en", {"journalist": ("Uganda MED", "UGA")}, places={"Gulu": "UGA"})
    assert ("COERCE", ["UGA"], ["UGA"]) in coded(doc)


def test_a_first_person_quotation_is_said_by_the_subject_of_the_verb_after_it() -> None:
    actors = {"police": ("Chad COP", "TCD"), "porte-parole": ("Chad OPP", "TCD")}
    events = coded(document(ARRESTED_FR, "fr", actors, QUOTED_FR))
    assert ("ACCUSE", ["TCD"], ["TCD"]) in events


def test_a_criticism_opening_a_quotation_answers_the_latest_act() -> None:
    events = coded(document(EXPELLED, "en", COUNTRIES, DENOUNCED_COLON))
    assert ("ACCUSE", ["COL"], ["ECU"]) in events


def test_an_undergone_act_nouns_genitive_may_hang_on_its_complement() -> None:
    doc = document(SUSPENSION_FR, "fr", {"Assemblée": ("Canada LEG", "CAN")}, groups=("député",))
    assert coded(doc) == [("COERCE", ["CAN"], [""])]


def test_an_arrest_something_came_after_is_an_arrest_by_the_police_of_the_place() -> None:
    doc = document(AFTER_ARREST, "en", {"Orengo": ("Kenya OPP", "KEN")}, places={"Kisumu": "KEN"})
    assert ("COERCE", ["KEN"], ["KEN"]) in coded(doc)
