"""French precision and recall rules of issue 13 (second French pass): condemning without a penalty is a
criticism, a reaction answers the latest act of its kind, present-tense relative clauses and copular event
nouns are background, a summoned envoy is disapproval, a call to act is a demand, a coordinated threat
aims at its first conjunct's target, forces sent are a deployment, a quotation opening the sentence is
demanded by its reporter, and an "entre" phrase hung above a bare event noun gives its parties."""

from coder_samples import Row, coded, document

PART = "Tense=Past|VerbForm=Part"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"


#: "Israël a bombardé Tyr ."
STRUCK: list[Row] = [
    ("Israël", "Israël", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2, AUX),
    ("bombardé", "bombarder", "VERB", "ROOT", 2, PART),
    ("Tyr", "Tyr", "PROPN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Le Liban a condamné une violation flagrante ."
CONDEMNED: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("Liban", "Liban", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("condamné", "condamner", "VERB", "ROOT", 3, PART),
    ("une", "un", "DET", "det", 5),
    ("violation", "violation", "NOUN", "obj", 3),
    ("flagrante", "flagrant", "ADJ", "amod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
COUNTRIES = {
    "Israël": ("Israel", "ISR"),
    "Tyr": ("Lebanon", "LBN"),
    "Liban": ("Lebanon", "LBN"),
    "Mali": ("Mali", "MLI"),
    "Gao": ("Mali", "MLI"),
    "Russie": ("Russia", "RUS"),
    "OTAN": ("NATO", "IGO"),
    "Iran": ("Iran", "IRN"),
    "cheffe": ("European Union", "IGO"),
    "ministère": ("Mali GOV", "MLI"),
    "ambassadeur": ("Senegal GOV", "SEN"),
    "autorités": ("Tunisia GOV", "TUN"),
    "ONU": ("United Nations", "IGO"),
}


def test_condemning_an_act_with_no_penalty_is_a_criticism_of_the_latest_attacker() -> None:
    assert coded(document(STRUCK, "fr", COUNTRIES, CONDEMNED)) == [
        ("ASSAULT", ["ISR"], ["LBN"]),
        ("ACCUSE", ["LBN"], ["ISR"]),
    ]


def test_a_court_condemning_someone_convicts_them_even_without_a_penalty() -> None:
    court = [("tribunal", "tribunal", "NOUN", "nsubj", 3) if r[0] == "Liban" else r for r in CONDEMNED]
    court = [("ministre", "ministre", "NOUN", "obj", 3) if r[0] == "violation" else r for r in court]
    court = [r for r in court if r[0] not in {"une", "flagrante"}]
    court = [
        (w, lemma, pos, dep, head - (2 if head > 4 else 0), *m) for w, lemma, pos, dep, head, *m in court
    ]
    actors = {"tribunal": ("Mali JUD", "MLI"), "ministre": ("Mali GOV", "MLI")}
    doc = document(court, "fr", actors)
    doc.actors[0].sector = "JUD"  # the actors stage's sector for "tribunal"
    assert [r[0] for r in coded(doc)] == ["SANCTION"]


#: "Les rebelles , qui accusent l' armée , ont ainsi bombardé Gao ."
RELATIVE: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 10),
    (",", ",", "PUNCT", "punct", 4),
    ("qui", "qui", "PRON", "nsubj", 4),
    ("accusent", "accuser", "VERB", "acl:relcl", 1, PRES),
    ("l'", "le", "DET", "det", 6),
    ("armée", "armée", "NOUN", "obj", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("ont", "avoir", "AUX", "aux:tense", 10, AUX),
    ("ainsi", "ainsi", "ADV", "advmod", 10),
    ("bombardé", "bombarder", "VERB", "ROOT", 10, PART),
    ("Gao", "Gao", "PROPN", "obj", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_a_present_relative_clause_under_a_past_report_is_background() -> None:
    actors = {**COUNTRIES, "rebelles": ("Mali REB", "MLI"), "armée": ("Mali MIL", "MLI")}
    assert [r[0] for r in coded(document(RELATIVE, "fr", actors))] == ["ASSAULT"]
    past = [("ont accusé", *r[1:4], r[4], PART) if r[0] == "accusent" else r for r in RELATIVE]
    assert sorted(r[0] for r in coded(document(past, "fr", actors))) == ["ACCUSE", "ASSAULT"]


#: "L' attaque était le premier affrontement entre le Mali et la Russie ."
COPULA: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj", 5),
    ("était", "être", "AUX", "cop", 5),
    ("le", "le", "DET", "det", 5),
    ("premier", "premier", "ADJ", "amod", 5),
    ("affrontement", "affrontement", "NOUN", "ROOT", 5),
    ("entre", "entre", "ADP", "case", 8),
    ("le", "le", "DET", "det", 8),
    ("Mali", "Mali", "PROPN", "nmod", 5),
    ("et", "et", "CCONJ", "cc", 11),
    ("la", "le", "DET", "det", 11),
    ("Russie", "Russie", "PROPN", "conj", 8),
    (".", ".", "PUNCT", "punct", 5),
]


def test_an_event_noun_a_copula_characterises_is_no_new_event() -> None:
    assert coded(document(COPULA, "fr", COUNTRIES)) == []


#: "Le ministère a convoqué l' ambassadeur ."
SUMMONED: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("ministère", "ministère", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("convoqué", "convoquer", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("ambassadeur", "ambassadeur", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_summoned_envoy_is_disapproval_not_a_request() -> None:
    assert coded(document(SUMMONED, "fr", COUNTRIES)) == [("ACCUSE", ["MLI"], ["SEN"])]


#: "L' ONU a appelé les autorités à libérer le militant ." (the parser hangs "à libérer" on the object)
CALLED: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("ONU", "ONU", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("appelé", "appeler", "VERB", "ROOT", 3, PART),
    ("les", "le", "DET", "det", 5),
    ("autorités", "autorité", "NOUN", "obj", 3),
    ("à", "à", "ADP", "mark", 7),
    ("libérer", "libérer", "VERB", "acl", 5, "VerbForm=Inf"),
    ("le", "le", "DET", "det", 9),
    ("militant", "militant", "NOUN", "obj", 7),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_call_to_act_is_a_demand_not_a_phone_call() -> None:
    assert [r[0] for r in coded(document(CALLED, "fr", COUNTRIES))] == ["REQUEST"]


#: "La Russie a dénoncé l' OTAN et a menacé de riposter ."
THREAT: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("Russie", "Russie", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("dénoncé", "dénoncer", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("OTAN", "OTAN", "PROPN", "obj", 3),
    ("et", "et", "CCONJ", "cc", 8),
    ("a", "avoir", "AUX", "aux:tense", 8, AUX),
    ("menacé", "menacer", "VERB", "conj", 3, PART),
    ("de", "de", "ADP", "mark", 10),
    ("riposter", "riposter", "VERB", "xcomp", 8, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_coordinated_threat_aims_at_the_target_of_its_first_conjunct() -> None:
    assert coded(document(THREAT, "fr", COUNTRIES)) == [
        ("ACCUSE", ["RUS"], ["IGO"]),
        ("THREATEN", ["RUS"], ["IGO"]),
    ]


#: "Le Mali a annoncé l' envoi de soldats ."
SENT: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("Mali", "Mali", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("annoncé", "annoncer", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("envoi", "envoi", "NOUN", "obj", 3),
    ("de", "de", "ADP", "case", 7),
    ("soldats", "soldat", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]


def test_forces_sent_are_a_deployment_not_aid() -> None:
    assert [r[0] for r in coded(document(SENT, "fr", COUNTRIES))] == ["MOBILIZE"]
    goods = [("vivres", "vivres", "NOUN", "nmod", 5) if r[0] == "soldats" else r for r in SENT]
    assert [r[0] for r in coded(document(goods, "fr", COUNTRIES))] == ["AID"]


#: "« L' Iran doit cesser les transferts » , a déclaré la cheffe ." (quotation first, subject inverted)
QUOTED: list[Row] = [
    ("«", "«", "PUNCT", "punct", 3),
    ("L'", "le", "DET", "det", 2),
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("doit", "devoir", "VERB", "advcl", 12, PRES),
    ("cesser", "cesser", "VERB", "xcomp", 3, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 6),
    ("transferts", "transfert", "NOUN", "obj", 4),
    ("»", "»", "PUNCT", "punct", 4),
    (",", ",", "PUNCT", "punct", 12),
    ("a", "avoir", "AUX", "aux:tense", 12, AUX),
    ("bien", "bien", "ADV", "advmod", 12),
    ("ainsi", "ainsi", "ADV", "advmod", 12),
    ("déclaré", "déclarer", "VERB", "ROOT", 12, PART),
    ("la", "le", "DET", "det", 14),
    ("cheffe", "cheffe", "NOUN", "obj", 12),
    (".", ".", "PUNCT", "punct", 12),
]


def test_an_obligation_quoted_before_its_reporter_is_the_reporters_demand() -> None:
    assert coded(document(QUOTED, "fr", COUNTRIES)) == [("REQUEST", ["IGO"], ["IRN"])]
