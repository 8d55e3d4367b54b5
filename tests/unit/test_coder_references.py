"""Arguments that name no actor of their own: anaphors, reported pronouns, places, generic groups,
and the rules that keep background, naming and claims out of the events."""

from coder_samples import (
    BACKED_EN,
    CALLED_EN,
    CLAIMED_FR,
    COUNTRIES,
    DETAINED_EN,
    MEET_AGAIN_EN,
    MET_EN,
    V_PAST,
    VOWED_EN,
    document,
)

from dateline.stages.events.coder import EventCoder

#: "Israel shelled Lebanon ."
SHELLED_EN = [
    ("Israel", "Israel", "PROPN", "nsubj", 1),
    ("shelled", "shell", "VERB", "ROOT", 1, V_PAST),
    ("Lebanon", "Lebanon", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran condemned the shelling ."
CONDEMNED_EN = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("shelling", "shelling", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Russia said it shelled Ukraine ."
SAID_IT_EN = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1, V_PAST),
    ("it", "it", "PRON", "nsubj", 3, "PronType=Prs"),
    ("shelled", "shell", "VERB", "ccomp", 1, V_PAST),
    ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iraq demanded that Turkey halt the raids ."
DEMANDED_EN = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("demanded", "demand", "VERB", "ROOT", 1, V_PAST),
    ("that", "that", "SCONJ", "mark", 4),
    ("Turkey", "Turkey", "PROPN", "nsubj", 4),
    ("halt", "halt", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 6),
    ("raids", "raid", "NOUN", "dobj", 4, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Hezbollah received arms from Iran ."
RECEIVED_ARMS_EN = [
    ("Hezbollah", "Hezbollah", "PROPN", "nsubj", 1),
    ("received", "receive", "VERB", "ROOT", 1, V_PAST),
    ("arms", "arm", "NOUN", "dobj", 1, "Number=Plur"),
    ("from", "from", "ADP", "prep", 2),
    ("Iran", "Iran", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran is expected to meet Iraq ."
EXPECTED_EN = [
    ("Iran", "Iran", "PROPN", "nsubjpass", 2),
    ("is", "be", "AUX", "auxpass", 2, "Tense=Pres"),
    ("expected", "expect", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", "aux", 4),
    ("meet", "meet", "VERB", "xcomp", 2, "VerbForm=Inf"),
    ("Iraq", "Iraq", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def coded(doc):
    return [
        (e.type, e.auxiliary, sorted(a.country for a in e.actors), sorted(r.country for r in e.recipients))
        for e in EventCoder().code(doc, "events@test")
    ]


def test_the_two_ministers_are_the_parties_of_the_last_meeting():
    doc = document(MET_EN, "en", COUNTRIES, MEET_AGAIN_EN)
    assert coded(doc) == [("CONSULT", None, ["IRQ"], ["TUR"]), ("AGREE", "future", ["IRQ", "TUR"], [])]
    (_, again) = EventCoder().code(doc, "events@test")
    assert "The two ministers" in {doc.text[s.start : s.end] for s in again.evidence}


def test_condemning_the_attack_targets_the_attacker():
    doc = document(SHELLED_EN, "en", COUNTRIES, CONDEMNED_EN)
    assert coded(doc) == [("ASSAULT", None, ["ISR"], ["LBN"]), ("ACCUSE", None, ["IRN"], ["ISR"])]


def test_a_pronoun_in_a_reported_clause_is_the_reporter():
    assert coded(document(SAID_IT_EN, "en", COUNTRIES)) == [("ASSAULT", None, ["RUS"], ["UKR"])]


def test_agentless_arrest_is_by_the_police_and_groups_take_the_place_country():
    doc = document(DETAINED_EN, "en", {}, places={"Amman": "JOR"}, groups=("Protesters",))
    (event,) = EventCoder().code(doc, "events@test")
    assert event.type == "COERCE" and event.actors[0].sector == "COP"
    assert [a.country for a in event.actors] == ["JOR"] and [r.country for r in event.recipients] == ["JOR"]


def test_a_place_named_as_target_stands_for_its_country():
    actors = {**COUNTRIES, "Lebanon": ("Lebanon", None)}
    doc = document(SHELLED_EN, "en", actors, places={"Lebanon": "LBN"})
    assert coded(doc) == [("ASSAULT", None, ["ISR"], ["LBN"])]


def test_an_attributive_participle_is_background():
    assert [t for t, *_ in coded(document(BACKED_EN, "en", COUNTRIES))] == ["ASSAULT"]


def test_the_subject_of_a_demanded_clause_is_the_recipient():
    assert coded(document(DEMANDED_EN, "en", COUNTRIES)) == [("REQUEST", None, ["IRQ"], ["TUR"])]


def test_receiving_things_is_no_visit_and_naming_is_no_call():
    assert coded(document(RECEIVED_ARMS_EN, "en", COUNTRIES)) == []
    assert coded(document(CALLED_EN, "en", COUNTRIES)) == []


def test_the_controller_of_a_raising_passive_is_the_actor():
    assert coded(document(EXPECTED_EN, "en", COUNTRIES)) == [("AGREE", "future", ["IRN"], ["IRQ"])]


def test_claiming_an_attack_is_no_demand():
    # the claim is no demand; the attack it claims, told by nothing before, is the claimant's (session 21)
    assert coded(document(CLAIMED_FR, "fr", COUNTRIES)) == [("ASSAULT", None, ["SYR"], [])]


#: "Iran met Iraq as Turkey shelled Syria ."
WHILE_EN = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1, V_PAST),
    ("Iraq", "Iraq", "PROPN", "dobj", 1),
    ("as", "as", "SCONJ", "mark", 5),
    ("Turkey", "Turkey", "PROPN", "nsubj", 5),
    ("shelled", "shell", "VERB", "advcl", 1, V_PAST),
    ("Syria", "Syria", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_threat_is_addressed_to_the_target_of_its_content():
    countries = {**COUNTRIES, "Syria": ("Syria", "SYR")}
    assert coded(document(VOWED_EN, "en", countries)) == [("THREATEN", None, ["SYR"], ["TUR"])]


def test_a_circumstantial_clause_is_an_event_of_its_own():
    countries = {**COUNTRIES, "Syria": ("Syria", "SYR")}
    assert coded(document(WHILE_EN, "en", countries)) == [
        ("CONSULT", None, ["IRN"], ["IRQ"]),
        ("ASSAULT", None, ["TUR"], ["SYR"]),
    ]


def test_negotiating_a_truce_settles_it():
    from coder_samples import parse

    from dateline.stages.events.lexicon import load_lexicon
    from dateline.stages.events.rules import settles
    from dateline.stages.events.triggers import token_trigger

    lexicon = load_lexicon("en")
    truce = parse(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("negotiated", "negotiate", "VERB", "ROOT", 1, V_PAST),
            ("a", "a", "DET", "det", 3),
            ("truce", "truce", "NOUN", "dobj", 1),
        ]
    )
    talks = parse(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("negotiated", "negotiate", "VERB", "ROOT", 1, V_PAST),
            ("with", "with", "ADP", "prep", 1),
            ("Iran", "Iran", "PROPN", "pobj", 2),
        ]
    )
    assert settles(token_trigger(truce[1], lexicon), lexicon)
    assert not settles(token_trigger(talks[1], lexicon), lexicon)


def test_one_condemns_acts_and_convicts_people():
    from coder_samples import parse

    from dateline.stages.events.lexicon import load_lexicon
    from dateline.stages.events.rules import object_types
    from dateline.stages.events.triggers import token_trigger

    lexicon = load_lexicon("fr")

    def condemned(noun: str, lemma: str) -> set[str]:
        rows = [
            ("Le", "le", "DET", "det", 1),
            ("tribunal", "tribunal", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
            ("condamné", "condamner", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
            ("les", "le", "DET", "det", 5),
            (noun, lemma, "NOUN", "obj", 3, "Number=Plur"),
        ]
        parsed = parse(rows, "fr")
        return object_types(token_trigger(parsed[3], lexicon), lexicon)

    assert "ASSAULT" in condemned("attaques", "attaque")
    assert condemned("manifestants", "manifestant") == set()


def test_a_generic_group_takes_the_reports_country_when_the_event_names_no_place() -> None:
    from dateline.model import ActorRef, Document, Place, Span
    from dateline.stages.events.references import home_country, localise

    doc = Document(
        id="h",
        text="x" * 60,
        places=[
            Place(name="Bamako", country="MLI", mentions=[Span(start=0, end=6), Span(start=20, end=26)]),
            Place(name="Paris", country="FRA", mentions=[Span(start=40, end=45)]),
        ],
    )
    assert home_country(doc) == "MLI"  # two of the three place mentions
    protesters = ActorRef(name="manifestant", kind="group", sector="CVL")
    (placed,) = localise([protesters], None, home_country(doc))
    assert (placed.country, placed.sector) == ("MLI", "CVL")
    doc.places[1].mentions.append(Span(start=50, end=55))
    assert home_country(doc) is None  # no majority: the group stays without a country
    assert localise([protesters], None, home_country(doc)) == [protesters]


def test_a_headline_opening_with_a_country_names_the_reports_country() -> None:
    from dateline.model import Document, Language, Place, Span
    from dateline.stages.events.references import home_country
    from dateline.testing import fake_kb

    kb = fake_kb(
        [
            {
                "id": "SEN",
                "name": "Senegal",
                "kind": "country",
                "country": "SEN",
                "aliases": {"fr": ["Sénégal"]},
            },
            {"id": "MLI", "name": "Mali", "kind": "country", "country": "MLI"},
        ]
    )
    doc = Document(id="t", title="Sénégal : trois élus inculpés", language=Language(code="fr"))
    doc.places = [Place(name="Bamako", country="MLI", mentions=[Span(start=0, end=6)])]
    assert home_country(doc, kb) == "SEN"  # the headline wins over the places
    doc.title = "Les élus de Mbour inculpés"
    assert home_country(doc, kb) == "MLI"
    doc.title = "Mali-Sénégal : accord sur la frontière"
    assert home_country(doc, kb) == "MLI"  # two countries in the prefix: no headline country


def test_a_party_in_an_overseas_department_is_of_the_state_it_is_part_of() -> None:
    from dateline.model import ActorRef
    from dateline.stages.events.references import governed, localise

    gendarmes = ActorRef(name="gendarme (COP)", kind="group", sector="COP")
    (placed,) = localise([gendarmes], None, "MTQ")  # a report from Fort-de-France
    assert placed.country == "MTQ"
    assert [r.country for r in governed([placed, ActorRef(name="Mali", country="MLI")])] == ["FRA", "MLI"]
