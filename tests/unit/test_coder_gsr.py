"""Rules of the GSR pass of issue 13: a formal protest is disapproval, a lifted blockade or embargo is
implemented (RETREAT), withdrawing people kept abroad to watch or help reduces engagement (SANCTION; a
threat when declared), an agreement that parties should act is AGREE, a demanded readiness is a demand,
strengthened forces are moved, a preparation to coerce is a threat, reneging refuses, mediation under way
is a meeting and mediation ended a cut tie, observers deployed are aid, supplies suspended a cut in aid, a
protest declared for the future or a sanction under a condition a threat, a protest called off a
concession and an apology support."""

from coder_samples import coded_with_auxiliary, document

MORE = {
    word: (word, code)
    for word, code in [
        ("Chile", "CHL"), ("Peru", "PER"), ("Turkey", "TUR"), ("Syria", "SYR"), ("Brazil", "BRA"),
        ("Haiti", "HTI"), ("Canada", "CAN"), ("Poland", "POL"), ("Czechia", "CZE"), ("Egypt", "EGY"),
        ("Norway", "NOR"), ("Pakistan", "PAK"), ("Chad", "TCD"), ("Sudan", "SDN"), ("Chili", "CHL"),
        ("Pérou", "PER"),
    ]
}  # fmt: skip


def types(rows):
    return [event[0] for event in coded_with_auxiliary(document(rows, "en", MORE))]


def first(rows):
    return coded_with_auxiliary(document(rows, "en", MORE))[0]


#: "Chile lodged a protest with Peru."
LODGED_PROTEST = [
    ("Chile", "Chile", "PROPN", "nsubj", 1, "Number=Sing"),
    ("lodged", "lodge", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 3),
    ("protest", "protest", "NOUN", "dobj", 1, "Number=Sing"),
    ("with", "with", "ADP", "prep", 3),
    ("Peru", "Peru", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Turkey lifted its blockade on Syria."
LIFTED_BLOCKADE = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1, "Number=Sing"),
    ("lifted", "lift", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", "poss", 3, "Number=Sing"),
    ("blockade", "blockade", "NOUN", "dobj", 1, "Number=Sing"),
    ("on", "on", "ADP", "prep", 3),
    ("Syria", "Syria", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Brazil will withdraw its peacekeeping force from Haiti."
WILL_WITHDRAW_PEACEKEEPERS = [
    ("Brazil", "Brazil", "PROPN", "nsubj", 2, "Number=Sing"),
    ("will", "will", "AUX", "aux", 2, "VerbForm=Fin"),
    ("withdraw", "withdraw", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("its", "its", "PRON", "poss", 5, "Number=Sing"),
    ("peacekeeping", "peacekeeping", "NOUN", "compound", 5, "Number=Sing"),
    ("force", "force", "NOUN", "dobj", 2, "Number=Sing"),
    ("from", "from", "ADP", "prep", 2),
    ("Haiti", "Haiti", "PROPN", "pobj", 6, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Canada withdrew its observers from Haiti."
WITHDREW_OBSERVERS = [
    ("Canada", "Canada", "PROPN", "nsubj", 1, "Number=Sing"),
    ("withdrew", "withdraw", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", "poss", 3, "Number=Sing"),
    ("observers", "observer", "NOUN", "dobj", 1, "Number=Plur"),
    ("from", "from", "ADP", "prep", 1),
    ("Haiti", "Haiti", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Canada withdrew its troops from Haiti."
WITHDREW_TROOPS = [
    ("Canada", "Canada", "PROPN", "nsubj", 1, "Number=Sing"),
    ("withdrew", "withdraw", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", "poss", 3, "Number=Sing"),
    ("troops", "troop", "NOUN", "dobj", 1, "Number=Plur"),
    ("from", "from", "ADP", "prep", 1),
    ("Haiti", "Haiti", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Poland and Czechia agreed that they should cooperate."
AGREED_THAT_SHOULD = [
    ("Poland", "Poland", "PROPN", "nsubj", 3, "Number=Sing"),
    ("and", "and", "CCONJ", "cc", 0),
    ("Czechia", "Czechia", "PROPN", "conj", 0, "Number=Sing"),
    ("agreed", "agree", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", "mark", 7),
    ("they", "they", "PRON", "nsubj", 7, "Number=Plur"),
    ("should", "should", "AUX", "aux", 7, "VerbForm=Fin"),
    ("cooperate", "cooperate", "VERB", "ccomp", 3, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Egypt said that Norway must be ready to mediate."
MUST_BE_READY = [
    ("Egypt", "Egypt", "PROPN", "nsubj", 1, "Number=Sing"),
    ("said", "say", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", "mark", 5),
    ("Norway", "Norway", "PROPN", "nsubj", 5, "Number=Sing"),
    ("must", "must", "AUX", "aux", 5, "VerbForm=Fin"),
    ("be", "be", "AUX", "ccomp", 1, "VerbForm=Inf"),
    ("ready", "ready", "ADJ", "acomp", 5),
    ("to", "to", "PART", "aux", 8),
    ("mediate", "mediate", "VERB", "xcomp", 6, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Pakistan strengthened its forces in Kashmir."
STRENGTHENED_FORCES = [
    ("Pakistan", "Pakistan", "PROPN", "nsubj", 1, "Number=Sing"),
    ("strengthened", "strengthen", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", "poss", 3, "Number=Sing"),
    ("forces", "force", "NOUN", "dobj", 1, "Number=Plur"),
    ("in", "in", "ADP", "prep", 1),
    ("Kashmir", "Kashmir", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Chile said it is prepared to impose martial law."
PREPARED_TO_IMPOSE = [
    ("Chile", "Chile", "PROPN", "nsubj", 1, "Number=Sing"),
    ("said", "say", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", "nsubj", 3, "Number=Sing"),
    ("is", "be", "AUX", "ccomp", 1, "Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("prepared", "prepared", "ADJ", "acomp", 3),
    ("to", "to", "PART", "aux", 6),
    ("impose", "impose", "VERB", "xcomp", 4, "VerbForm=Inf"),
    ("martial", "martial", "ADJ", "amod", 8),
    ("law", "law", "NOUN", "dobj", 6, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Chile reneged on its promise to Peru."
RENEGED = [
    ("Chile", "Chile", "PROPN", "nsubj", 1, "Number=Sing"),
    ("reneged", "renege", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", "prep", 1),
    ("its", "its", "PRON", "poss", 4, "Number=Sing"),
    ("promise", "promise", "NOUN", "pobj", 2, "Number=Sing"),
    ("to", "to", "ADP", "prep", 1),
    ("Peru", "Peru", "PROPN", "pobj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Norway launched a mediation effort between Chad and Sudan."
LAUNCHED_MEDIATION = [
    ("Norway", "Norway", "PROPN", "nsubj", 1, "Number=Sing"),
    ("launched", "launch", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 4),
    ("mediation", "mediation", "NOUN", "compound", 4, "Number=Sing"),
    ("effort", "effort", "NOUN", "dobj", 1, "Number=Sing"),
    ("between", "between", "ADP", "prep", 4),
    ("Chad", "Chad", "PROPN", "pobj", 5, "Number=Sing"),
    ("and", "and", "CCONJ", "cc", 6),
    ("Sudan", "Sudan", "PROPN", "conj", 6, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Norway ended its mediation between Chad and Sudan."
ENDED_MEDIATION = [
    ("Norway", "Norway", "PROPN", "nsubj", 1, "Number=Sing"),
    ("ended", "end", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", "poss", 3, "Number=Sing"),
    ("mediation", "mediation", "NOUN", "dobj", 1, "Number=Sing"),
    ("between", "between", "ADP", "prep", 3),
    ("Chad", "Chad", "PROPN", "pobj", 4, "Number=Sing"),
    ("and", "and", "CCONJ", "cc", 5),
    ("Sudan", "Sudan", "PROPN", "conj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Norway deployed observers in Chad."
DEPLOYED_OBSERVERS = [
    ("Norway", "Norway", "PROPN", "nsubj", 1, "Number=Sing"),
    ("deployed", "deploy", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("observers", "observer", "NOUN", "dobj", 1, "Number=Plur"),
    ("in", "in", "ADP", "prep", 2),
    ("Chad", "Chad", "PROPN", "pobj", 3, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Canada suspended food supplies to Haiti."
SUSPENDED_SUPPLIES = [
    ("Canada", "Canada", "PROPN", "nsubj", 1, "Number=Sing"),
    ("suspended", "suspend", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("food", "food", "NOUN", "compound", 3, "Number=Sing"),
    ("supplies", "supply", "NOUN", "dobj", 1, "Number=Plur"),
    ("to", "to", "ADP", "prep", 1),
    ("Haiti", "Haiti", "PROPN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Chile will demonstrate."
WILL_DEMONSTRATE = [
    ("Chile", "Chile", "PROPN", "nsubj", 2, "Number=Sing"),
    ("will", "will", "AUX", "aux", 2, "VerbForm=Fin"),
    ("demonstrate", "demonstrate", "VERB", "ROOT", 2, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Norway concluded that Peru must allocate funds."
CONCLUDED_THAT_MUST = [
    ("Norway", "Norway", "PROPN", "nsubj", 1, "Number=Sing"),
    ("concluded", "conclude", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", "mark", 5),
    ("Peru", "Peru", "PROPN", "nsubj", 5, "Number=Sing"),
    ("must", "must", "AUX", "aux", 5, "VerbForm=Fin"),
    ("allocate", "allocate", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("funds", "fund", "NOUN", "dobj", 5, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Canada released the observers."
RELEASED_OBSERVERS = [
    ("Canada", "Canada", "PROPN", "nsubj", 1, "Number=Sing"),
    ("released", "release", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 3),
    ("observers", "observer", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Peru granted asylum to Chile."
GRANTED_ASYLUM = [
    ("Peru", "Peru", "PROPN", "nsubj", 1, "Number=Sing"),
    ("granted", "grant", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("asylum", "asylum", "NOUN", "dobj", 1, "Number=Sing"),
    ("to", "to", "ADP", "dative", 1),
    ("Chile", "Chile", "PROPN", "pobj", 3, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Canada speeded up the withdrawal from Haiti."
SPEEDED_UP_WITHDRAWAL = [
    ("Canada", "Canada", "PROPN", "nsubj", 1, "Number=Sing"),
    ("speeded", "speed", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", "prt", 1),
    ("the", "the", "DET", "det", 4),
    ("withdrawal", "withdrawal", "NOUN", "dobj", 1, "Number=Sing"),
    ("from", "from", "ADP", "prep", 4),
    ("Haiti", "Haiti", "PROPN", "pobj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Le Canada a retiré ses observateurs ."
RETIRE_OBSERVATEURS = [
    ("Le", "le", "DET", "det", 1),
    ("Canada", "Canada", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres|VerbForm=Fin"),
    ("retiré", "retirer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("ses", "son", "DET", "det", 5),
    ("observateurs", "observateur", "NOUN", "obj", 3, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Le Chili a adressé une protestation au Pérou ."
ADRESSE_PROTESTATION = [
    ("Le", "le", "DET", "det", 1),
    ("Chili", "Chili", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres|VerbForm=Fin"),
    ("adressé", "adresser", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("une", "un", "DET", "det", 5),
    ("protestation", "protestation", "NOUN", "obj", 3, "Number=Sing"),
    ("au", "au", "ADP", "case", 7),
    ("Pérou", "Pérou", "PROPN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Norway may halt its mediation if the talks fail."
MAY_HALT_IF = [
    ("Norway", "Norway", "PROPN", "nsubj", 2, "Number=Sing"),
    ("may", "may", "AUX", "aux", 2, "VerbForm=Fin"),
    ("halt", "halt", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("its", "its", "PRON", "poss", 4),
    ("mediation", "mediation", "NOUN", "dobj", 2, "Number=Sing"),
    ("if", "if", "SCONJ", "mark", 8),
    ("the", "the", "DET", "det", 7),
    ("talks", "talk", "NOUN", "nsubj", 8, "Number=Plur"),
    ("fail", "fail", "VERB", "advcl", 2, "Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Chile called off the strike."
CALLED_OFF_STRIKE = [
    ("Chile", "Chile", "PROPN", "nsubj", 1, "Number=Sing"),
    ("called", "call", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("off", "off", "ADP", "prt", 1),
    ("the", "the", "DET", "det", 4),
    ("strike", "strike", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Chile apologized to Peru."
APOLOGIZED = [
    ("Chile", "Chile", "PROPN", "nsubj", 1, "Number=Sing"),
    ("apologized", "apologize", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", "prep", 1),
    ("Peru", "Peru", "PROPN", "pobj", 2, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_protest_lodged_with_a_government_is_disapproval():
    assert first(LODGED_PROTEST) == ("ACCUSE", None, ["CHL"], ["PER"])
    assert "PROTEST" not in types(LODGED_PROTEST)


def test_a_lifted_blockade_is_implemented():
    assert types(LIFTED_BLOCKADE)[0] == "RETREAT"


def test_withdrawing_people_kept_abroad_reduces_engagement():
    assert types(WITHDREW_OBSERVERS) == ["SANCTION"]
    assert first(WILL_WITHDRAW_PEACEKEEPERS)[:3] == ("THREATEN", "future", ["BRA"])
    assert types(WITHDREW_TROOPS) == ["RETREAT"]
    assert types(DEPLOYED_OBSERVERS) == ["AID"]
    assert types(RELEASED_OBSERVERS) == ["RETREAT"]  # people freed, not withdrawn


def test_suspended_supplies_cut_aid():
    assert first(SUSPENDED_SUPPLIES) == ("SANCTION", None, ["CAN"], ["HTI"])


def test_a_protest_declared_for_the_future_is_a_threat():
    assert first(WILL_DEMONSTRATE)[:2] == ("THREATEN", "future")


def test_an_agreement_that_parties_should_act_is_no_demand():
    found = types(AGREED_THAT_SHOULD)
    assert "AGREE" in found and "REQUEST" not in found
    assert "REQUEST" in types(CONCLUDED_THAT_MUST)


def test_a_readiness_said_to_be_due_is_demanded():
    assert first(MUST_BE_READY)[:3] == ("REQUEST", None, ["EGY"])


def test_strengthened_forces_are_moved():
    assert types(STRENGTHENED_FORCES) == ["MOBILIZE"]


def test_a_coercion_one_is_prepared_to_impose_is_a_threat():
    assert types(PREPARED_TO_IMPOSE) == ["THREATEN"]


def test_reneging_on_a_promise_refuses():
    assert types(RENEGED) == ["REJECT"]


def test_mediation_under_way_is_a_meeting_and_ended_a_cut_tie():
    assert types(LAUNCHED_MEDIATION) == ["CONSULT"]
    assert types(ENDED_MEDIATION) == ["SANCTION"]


def test_asylum_granted_is_aid():
    assert first(GRANTED_ASYLUM) == ("AID", None, ["PER"], ["CHL"])


def test_a_withdrawal_speeded_up_is_reported():
    event = first(SPEEDED_UP_WITHDRAWAL)
    assert event[:2] == ("RETREAT", None) and "CAN" in event[2]


def test_the_french_side_withdraws_missions_and_lodges_protests():
    french = [e[0] for e in coded_with_auxiliary(document(RETIRE_OBSERVATEURS, "fr", MORE))]
    assert french == ["SANCTION"]
    assert coded_with_auxiliary(document(ADRESSE_PROTESTATION, "fr", MORE))[0] == (
        "ACCUSE",
        None,
        ["CHL"],
        ["PER"],
    )


def test_a_sanction_under_a_condition_of_its_own_is_a_threat():
    assert first(MAY_HALT_IF)[:3] == ("THREATEN", "hypothetical", ["NOR"])


def test_a_protest_called_off_is_conceded():
    assert types(CALLED_OFF_STRIKE) == ["CONCEDE"]


def test_an_apology_is_support():
    assert types(APOLOGIZED) == ["SUPPORT"]
