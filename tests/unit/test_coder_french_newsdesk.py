"""French rules of the recall-and-precision pass on newsdesk-kind reports (issue 13): object clitics
stand for a party of the act before, a promise threatens only violence or a targeted act, people
brought to safety receive aid, a body named by an unplaced name is the organisation its genitive
names, "la juridiction" names the organisation named before, and a reaction answers a decision
wherever the parser hung it."""

from coder_samples import Row, coded, document

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _sentence(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    """Rows from the sentence's words and (lemma, pos, dep, head, morph) per word."""
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


#: "La police a arrêté l' opposant ."
ARRESTED = _sentence(
    "La police a arrêté l' opposant .",
    [
        ("le", "DET", "det", 1, ""),
        ("police", "NOUN", "nsubj", 3, ""),
        ("avoir", "AUX", "aux:tense", 3, AUX),
        ("arrêter", "VERB", "ROOT", 3, PART),
        ("le", "DET", "det", 5, ""),
        ("opposant", "NOUN", "obj", 3, ""),
        (".", "PUNCT", "punct", 3, ""),
    ],
)
#: "Le parquet l' accuse ."
CHARGED = _sentence(
    "Le parquet l' accuse .",
    [
        ("le", "DET", "det", 1, ""),
        ("parquet", "NOUN", "nsubj", 3, ""),
        ("le", "PRON", "obj", 3, ""),
        ("accuser", "VERB", "ROOT", 3, PRES),
        (".", "PUNCT", "punct", 3, ""),
    ],
)


def test_an_object_clitic_stands_for_the_party_the_act_before_was_done_to() -> None:
    actors = {
        "police": ("Burundi COP", "BDI"),
        "opposant": ("Rwanda OPP", "RWA"),
        "parquet": ("Burundi JUD", "BDI"),
    }
    assert coded(document(ARRESTED, "fr", actors, CHARGED)) == [
        ("COERCE", ["BDI"], ["RWA"]),
        ("ACCUSE", ["BDI"], ["RWA"]),
    ]


def test_an_object_clitic_is_not_its_own_subject() -> None:
    threatened = _sentence(
        "Le gouverneur a menacé le syndicat .",
        [
            ("le", "DET", "det", 1, ""),
            ("gouverneur", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("menacer", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("syndicat", "NOUN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    accused = _sentence(
        "Le syndicat l' a accusé .",
        [
            ("le", "DET", "det", 1, ""),
            ("syndicat", "NOUN", "nsubj", 4, ""),
            ("le", "PRON", "obj", 4, ""),
            ("avoir", "AUX", "aux:tense", 4, AUX),
            ("accuser", "VERB", "ROOT", 4, PART),
            (".", "PUNCT", "punct", 4, ""),
        ],
    )
    actors = {"gouverneur": ("Chad GOV", "TCD"), "syndicat": ("Cameroon LAB", "CMR")}
    assert coded(document(threatened, "fr", actors, accused)) == [
        ("THREATEN", ["TCD"], ["CMR"]),
        ("ACCUSE", ["CMR"], ["TCD"]),
    ]


def _promise(verb: str, lemma: str, obj: str, obj_lemma: str) -> list[Row]:
    """ "Le préfet a promis de <verb> les/la <obj> ." """
    return _sentence(
        f"Le préfet a promis de {verb} la {obj} .",
        [
            ("le", "DET", "det", 1, ""),
            ("préfet", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("promettre", "VERB", "ROOT", 3, PART),
            ("de", "ADP", "mark", 5, ""),
            (lemma, "VERB", "xcomp", 3, "VerbForm=Inf"),
            ("le", "DET", "det", 7, ""),
            (obj_lemma, "NOUN", "obj", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def test_a_promise_threatens_only_violence_or_an_act_aimed_at_a_party() -> None:
    actors = {"préfet": ("Mali GOV", "MLI"), "bande": ("Mali CRM", "MLI")}
    reinforced = document(_promise("renforcer", "renforcer", "sécurité", "sécurité"), "fr", actors)
    assert [e[0] for e in coded(reinforced)] == ["AGREE"]
    prosecuted = document(_promise("poursuivre", "poursuivre", "bande", "bande"), "fr", actors)
    assert [e[0] for e in coded(prosecuted)] == ["THREATEN"]


def test_people_an_aid_agency_evacuates_receive_aid() -> None:
    evacuated = _sentence(
        "Le HCR a évacué 300 réfugiés .",
        [
            ("le", "DET", "det", 1, ""),
            ("HCR", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("évacuer", "VERB", "ROOT", 3, PART),
            ("300", "NUM", "nummod", 5, ""),
            ("réfugié", "NOUN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    assert coded(document(evacuated, "fr", {"HCR": ("UNHCR", "IGO")})) == [("AID", ["IGO"], [])]


def test_a_body_named_by_an_unplaced_name_is_the_organisation_its_genitive_names() -> None:
    suspended = _sentence(
        "Le Conseil de l' Union a suspendu le Mali .",
        [
            ("le", "DET", "det", 1, ""),
            ("Conseil", "PROPN", "nsubj", 6, ""),
            ("de", "ADP", "case", 4, ""),
            ("le", "DET", "det", 4, ""),
            ("Union", "PROPN", "nmod", 1, ""),
            ("avoir", "AUX", "aux:tense", 6, AUX),
            ("suspendre", "VERB", "ROOT", 6, PART),
            ("le", "DET", "det", 8, ""),
            ("Mali", "PROPN", "obj", 6, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
    )
    actors = {"Conseil": ("Conseil", None), "Union": ("African Union", "IGO"), "Mali": ("Mali", "MLI")}
    doc = document(suspended, "fr", actors)
    doc.actors[0].kind = "organisation"  # a name the actors stage could not place
    assert [(e[1], e[2]) for e in coded(doc)] == [(["IGO"], ["MLI"])]


def test_the_jurisdiction_is_the_international_organisation_named_before() -> None:
    accused = _sentence(
        "La CPI a accusé le Mali .",
        [
            ("le", "DET", "det", 1, ""),
            ("CPI", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("accuser", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("Mali", "PROPN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    criticised = _sentence(
        "Le Mali a critiqué la juridiction .",
        [
            ("le", "DET", "det", 1, ""),
            ("Mali", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("critiquer", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("juridiction", "NOUN", "obj", 3, "Gender=Fem|Number=Sing"),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"CPI": ("International Criminal Court", "IGO"), "Mali": ("Mali", "MLI")}
    assert coded(document(accused, "fr", actors, criticised)) == [
        ("ACCUSE", ["IGO"], ["MLI"]),
        ("ACCUSE", ["MLI"], ["IGO"]),
    ]


def test_a_reaction_answers_a_decision_the_parser_hung_under_its_appraisal() -> None:
    expelled = _sentence(
        "L' Algérie a expulsé des diplomates .",
        [
            ("le", "DET", "det", 1, ""),
            ("Algérie", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("expulser", "VERB", "ROOT", 3, PART),
            ("un", "DET", "det", 5, ""),
            ("diplomate", "NOUN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    judged = _sentence(
        "La France a jugé regrettable une décision .",
        [
            ("le", "DET", "det", 1, ""),
            ("France", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("juger", "VERB", "ROOT", 3, PART),
            ("regrettable", "ADJ", "xcomp", 3, ""),
            ("un", "DET", "det", 6, ""),
            ("décision", "NOUN", "obj", 4, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"Algérie": ("Algeria", "DZA"), "France": ("France", "FRA")}
    events = coded(document(expelled, "fr", actors, judged))
    assert events[-1] == ("ACCUSE", ["FRA"], ["DZA"])


def test_a_participle_of_an_arrest_is_a_passive_whose_agent_is_not_the_main_verbs() -> None:
    charged = _sentence(
        "Deux hommes , interpellés par la police , ont été inculpés .",
        [
            ("deux", "NUM", "nummod", 1, ""),
            ("homme", "NOUN", "nsubj:pass", 10, "Number=Plur"),
            (",", "PUNCT", "punct", 3, ""),
            ("interpeller", "VERB", "acl", 1, PART),
            ("par", "ADP", "case", 6, ""),
            ("le", "DET", "det", 6, ""),
            ("police", "NOUN", "obl:agent", 3, ""),
            (",", "PUNCT", "punct", 3, ""),
            ("avoir", "AUX", "aux:tense", 10, AUX),
            ("être", "AUX", "aux:pass", 10, PART),
            ("inculper", "VERB", "ROOT", 10, PART),
            (".", "PUNCT", "punct", 10, ""),
        ],
    )
    events = coded(document(charged, "fr", {"police": ("Belgium COP", "BEL")}))
    assert ("COERCE", ["BEL"], []) in events
    assert all(e[0] != "ACCUSE" or e[1] != ["BEL"] for e in events)  # the police did not charge them
