"""English rules of the second PLV pass of issue 13: an event noun heading a mention the actors stage
took for a role, offers of yielding acts, the content of a call, a passive deployment, a summoned
envoy, permission, and civilians blocking a road."""

from coder_samples import COUNTRIES, V_PAST, document

from dateline.model import Actor, Span
from dateline.stages.events.coder import EventCoder

MORE = {"Canada": ("Canada", "CAN"), "Chile": ("Chile", "CHL"), "Peru": ("Peru", "PER")}
PASSIVE_PAST = "Aspect=Perf|Tense=Past|VerbForm=Part"


def coded(doc):
    return [
        (
            e.type,
            e.auxiliary,
            sorted(a.country or a.name for a in e.actors),
            sorted(r.country or "" for r in e.recipients),
        )
        for e in EventCoder().code(doc, "events@test")
    ]


#: "farmers began a hunger strike outside the congress ."
HUNGER_STRIKE = [
    ("farmers", "farmer", "NOUN", "nsubj", 1, "Number=Plur"),
    ("began", "begin", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 4),
    ("hunger", "hunger", "NOUN", "compound", 4),
    ("strike", "strike", "NOUN", "dobj", 1, "Number=Sing"),
    ("outside", "outside", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 7),
    ("congress", "congress", "NOUN", "pobj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_event_noun_heading_a_mention_taken_for_a_role_is_still_a_trigger():
    doc = document(HUNGER_STRIKE, "en", {}, groups=("farmers",))
    start = doc.text.index("hunger")
    doc.actors.append(  # the actors stage read "congress" in the phrase as a legislature
        Actor(
            name="strike (LEG)",
            kind="person",
            sector="LEG",
            mentions=[Span(start=start, end=len(doc.text) - 2)],
        )
    )
    assert coded(doc) == [("PROTEST", None, ["farmers"], [])]


#: "Russia offered concessions to Ukraine ."
OFFERED_CONCESSIONS = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("offered", "offer", "VERB", "ROOT", 1, V_PAST),
    ("concessions", "concession", "NOUN", "dobj", 1, "Number=Plur"),
    ("to", "to", "ADP", "prep", 1),
    ("Ukraine", "Ukraine", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran is prepared to lift the ban on Iraq ."
PREPARED_TO_LIFT = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ROOT", 1, "Tense=Pres|VerbForm=Fin"),
    ("prepared", "prepared", "ADJ", "acomp", 1),
    ("to", "to", "PART", "aux", 4),
    ("lift", "lift", "VERB", "xcomp", 2, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 6),
    ("ban", "ban", "NOUN", "dobj", 4, "Number=Sing"),
    ("on", "on", "ADP", "prep", 6),
    ("Iraq", "Iraq", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_offered_or_prepared_yielding_act_is_an_agreement():
    assert coded(document(OFFERED_CONCESSIONS, "en", COUNTRIES)) == [("AGREE", None, ["RUS"], ["UKR"])]
    assert [e[0] for e in coded(document(PREPARED_TO_LIFT, "en", COUNTRIES))] == ["AGREE"]


#: "Canada called for sanctions against Iran ."
CALLED_FOR_SANCTIONS = [
    ("Canada", "Canada", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1, V_PAST),
    ("for", "for", "ADP", "prep", 1),
    ("sanctions", "sanction", "NOUN", "pobj", 2, "Number=Plur"),
    ("against", "against", "ADP", "prep", 3),
    ("Iran", "Iran", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_noun_act_sharing_the_actors_of_the_call_it_complements_is_its_content():
    assert coded(document(CALLED_FOR_SANCTIONS, "en", COUNTRIES | MORE)) == [
        ("REQUEST", None, ["CAN"], ["IRN"])
    ]


#: "Russian troops were deployed in Syria ." ("Russian troops" is Russia's military)
TROOPS_WERE_DEPLOYED = [
    ("Russian", "russian", "ADJ", "amod", 1),
    ("troops", "troop", "NOUN", "nsubjpass", 3, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 3, V_PAST),
    ("deployed", "deploy", "VERB", "ROOT", 3, PASSIVE_PAST),
    ("in", "in", "ADP", "prep", 3),
    ("Syria", "Syria", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]


def test_forces_deployed_in_the_passive_are_moved_by_their_own_country():
    doc = document(TROOPS_WERE_DEPLOYED, "en", {})
    doc.actors.append(
        Actor(name="Russia MIL", kind="group", country="RUS", sector="MIL", mentions=[Span(start=0, end=14)])
    )
    assert coded(doc) == [("MOBILIZE", None, ["RUS"], [])]


#: "Chile summoned Peru 's ambassador ."
SUMMONED_AMBASSADOR = [
    ("Chile", "Chile", "PROPN", "nsubj", 1),
    ("summoned", "summon", "VERB", "ROOT", 1, V_PAST),
    ("Peru", "Peru", "PROPN", "poss", 4),
    ("'s", "'s", "PART", "case", 2),
    ("ambassador", "ambassador", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_summoned_ambassador_is_disapproval():
    assert coded(document(SUMMONED_AMBASSADOR, "en", COUNTRIES | MORE)) == [
        ("ACCUSE", None, ["CHL"], ["PER"])
    ]


#: "Turkey allowed Iraq to reopen the crossing ." and its future "Turkey will allow …".
ALLOWED = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("allowed", "allow", "VERB", "ROOT", 1, V_PAST),
    ("Iraq", "Iraq", "PROPN", "nsubj", 4),
    ("to", "to", "PART", "aux", 4),
    ("reopen", "reopen", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 6),
    ("crossing", "crossing", "NOUN", "dobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
WILL_ALLOW = [
    ALLOWED[0],
    ("will", "will", "AUX", "aux", 2, "VerbForm=Fin"),
    ("allow", "allow", "VERB", "ROOT", 2, "VerbForm=Inf"),
    *[
        (w, lemma, pos, dep, head + 1 if head != 1 else 2, *rest)
        for w, lemma, pos, dep, head, *rest in ALLOWED[2:]
    ],
]


def test_a_permission_is_a_concession_and_a_promised_one_an_agreement():
    assert coded(document(ALLOWED, "en", COUNTRIES))[0][:3] == ("CONCEDE", None, ["TUR"])
    assert coded(document(WILL_ALLOW, "en", COUNTRIES))[0][:3] == ("AGREE", "future", ["TUR"])


#: "fishermen blocked the port ."
FISHERMEN_BLOCKED = [
    ("fishermen", "fisherman", "NOUN", "nsubj", 1, "Number=Plur"),
    ("blocked", "block", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("port", "port", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_civilians_blocking_a_place_protest():
    assert [e[0] for e in coded(document(FISHERMEN_BLOCKED, "en", {}, groups=("fishermen",)))] == ["PROTEST"]


#: "Iran freed a diplomat Iraq arrested ." (the arrest told in a relative clause)
FREED_WHOM_ARRESTED = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("freed", "free", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("diplomat", "diplomat", "NOUN", "dobj", 1, "Number=Sing"),
    ("Iraq", "Iraq", "PROPN", "nsubj", 5),
    ("arrested", "arrest", "VERB", "relcl", 3, V_PAST),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_act_told_in_a_relative_clause_is_not_the_sentences_main_act():
    coder = EventCoder()
    coder.features = {}
    events = coder.code(document(FREED_WHOM_ARRESTED, "en", COUNTRIES), "events@test")
    main = {e.type: coder.features[e.id]["main_clause"] for e in events}
    assert main == {"RETREAT": 1.0, "COERCE": 0.0}


#: "Iran and Iraq are guilty of violating the truce ." and "… are interested in violating …".
GUILTY_OF_VIOLATING = [
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("and", "and", "CCONJ", "cc", 0),
    ("Iraq", "Iraq", "PROPN", "conj", 0),
    ("are", "be", "AUX", "ROOT", 3, "Tense=Pres|VerbForm=Fin"),
    ("guilty", "guilty", "ADJ", "acomp", 3),
    ("of", "of", "ADP", "prep", 4),
    ("violating", "violate", "VERB", "pcomp", 5, "VerbForm=Ger"),
    ("the", "the", "DET", "det", 8),
    ("truce", "truce", "NOUN", "dobj", 6, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 3),
]
INTERESTED_IN = [
    *GUILTY_OF_VIOLATING[:4],
    ("interested", "interested", "ADJ", "acomp", 3),
    ("in", "in", "ADP", "prep", 4),
    *GUILTY_OF_VIOLATING[6:],
]


def test_the_gerund_of_an_adjective_of_culpability_is_the_subjects_act():
    assert [e[:3] for e in coded(document(GUILTY_OF_VIOLATING, "en", COUNTRIES))] == [
        ("ASSAULT", None, ["IRN", "IRQ"])
    ]
    assert coded(document(INTERESTED_IN, "en", COUNTRIES)) == []


#: "Iran gave financial support to Iraq ." and "Iran gave support to Iraq .".
FINANCIAL_SUPPORT = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("gave", "give", "VERB", "ROOT", 1, V_PAST),
    ("financial", "financial", "ADJ", "amod", 3),
    ("support", "support", "NOUN", "dobj", 1, "Number=Sing"),
    ("to", "to", "ADP", "prep", 1),
    ("Iraq", "Iraq", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
PLAIN_SUPPORT = [
    *FINANCIAL_SUPPORT[:2],
    *[
        (w, lemma, pos, dep, head - 1 if head > 2 else head, *rest)
        for w, lemma, pos, dep, head, *rest in FINANCIAL_SUPPORT[3:]
    ],
]


def test_material_support_is_aid_and_other_support_stays_support():
    assert coded(document(FINANCIAL_SUPPORT, "en", COUNTRIES)) == [("AID", None, ["IRN"], ["IRQ"])]
    assert coded(document(PLAIN_SUPPORT, "en", COUNTRIES)) == [("SUPPORT", None, ["IRN"], ["IRQ"])]


#: "Iran freed Iraqis and arrested Turks ." (two acts reported side by side)
FREED_AND_ARRESTED = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("freed", "free", "VERB", "ROOT", 1, V_PAST),
    ("Iraqis", "Iraqi", "PROPN", "dobj", 1),
    ("and", "and", "CCONJ", "cc", 1),
    ("arrested", "arrest", "VERB", "conj", 1, V_PAST),
    ("Turks", "Turk", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_coordinated_act_is_reported_beside_the_first():
    coder = EventCoder()
    coder.features = {}
    actors = COUNTRIES | {"Iraqis": ("Iraq", "IRQ"), "Turks": ("Turkey", "TUR")}
    events = coder.code(document(FREED_AND_ARRESTED, "en", actors), "events@test")
    assert {e.type: coder.features[e.id]["main_clause"] for e in events} == {"RETREAT": 1.0, "COERCE": 0.5}
