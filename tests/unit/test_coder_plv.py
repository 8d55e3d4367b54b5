"""English detection rules of the PLV pass of issue 13: an actor mention the actors stage ran on past a
dateline, an event noun measured by an amount, the author of a text whose participle states the act,
a name the actors stage did not list, a fragment parse, and a clause that is no word of a phrase."""

from coder_samples import COUNTRIES, V_PAST, document

from dateline.model import Actor, Span
from dateline.stages.events.coder import EventCoder

#: "Germany paid $ 20 million in aid ."
PAID_IN_AID = [
    ("Germany", "Germany", "PROPN", "nsubj", 1),
    ("paid", "pay", "VERB", "ROOT", 1, V_PAST),
    ("$", "$", "SYM", "quantmod", 4),
    ("20", "20", "NUM", "compound", 4),
    ("million", "million", "NUM", "dobj", 1),
    ("in", "in", "ADP", "prep", 4),
    ("aid", "aid", "NOUN", "pobj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran issued a statement condemning Israel ."
STATEMENT_CONDEMNING = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("issued", "issue", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("statement", "statement", "NOUN", "dobj", 1, "Number=Sing"),
    ("condemning", "condemn", "VERB", "acl", 3, "VerbForm=Part"),
    ("Israel", "Israel", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "ICE returned paintings to Peru ." (ICE is in no actor list)
ICE_RETURNED = [
    ("ICE", "ICE", "PROPN", "nsubj", 1),
    ("returned", "return", "VERB", "ROOT", 1, V_PAST),
    ("paintings", "painting", "NOUN", "dobj", 1, "Number=Plur"),
    ("to", "to", "ADP", "prep", 1),
    ("Peru", "Peru", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "he returned paintings to Peru ." (a pronoun names no actor of its own)
HE_RETURNED = [("he", "he", "PRON", "nsubj", 1), *ICE_RETURNED[1:]]
#: "Smith , a tycoon , accused Russia ." parsed as a fragment: the verb a modifier of the name.
SMITH_FRAGMENT = [
    ("Smith", "Smith", "PROPN", "ROOT", 0),
    (",", ",", "PUNCT", "punct", 0),
    ("a", "a", "DET", "det", 3),
    ("tycoon", "tycoon", "NOUN", "appos", 0, "Number=Sing"),
    (",", ",", "PUNCT", "punct", 0),
    ("accused", "accuse", "VERB", "acl", 0, V_PAST),
    ("Russia", "Russia", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 0),
]
#: "troops deployed near Russia" as the same fragment, with a participle: no finite verb, no actor.
TROOPS_DEPLOYED = [
    ("Troops", "troop", "NOUN", "ROOT", 0, "Number=Plur"),
    ("deployed", "deploy", "VERB", "acl", 0, "Aspect=Perf|Tense=Past|VerbForm=Part"),
    ("near", "near", "ADP", "prep", 1),
    ("Russia", "Russia", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 0),
]
#: "Portugal said it will support Turkey ."
SAID_WILL_SUPPORT = [
    ("Portugal", "Portugal", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1, V_PAST),
    ("it", "it", "PRON", "nsubj", 4),
    ("will", "will", "AUX", "aux", 4, "VerbForm=Fin"),
    ("support", "support", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("Turkey", "Turkey", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "BAMAKO - Gunmen shelled Mali ."
DATELINE_GUNMEN = [
    ("BAMAKO", "BAMAKO", "PROPN", "npadvmod", 3),
    ("-", "-", "PUNCT", "punct", 3),
    ("Gunmen", "gunman", "NOUN", "nsubj", 3, "Number=Plur"),
    ("shelled", "shell", "VERB", "ROOT", 3, V_PAST),
    ("Mali", "Mali", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
MORE = {"Germany": ("Germany", "DEU"), "Peru": ("Peru", "PER"), "Portugal": ("Portugal", "PRT")}
MORE |= {"Mali": ("Mali", "MLI")}


def coded(doc):
    return [
        (e.type, e.auxiliary, sorted(a.name for a in e.actors), sorted(r.country or "" for r in e.recipients))
        for e in EventCoder().code(doc, "events@test")
    ]


def test_an_event_noun_measured_by_an_amount_takes_the_light_verbs_subject():
    assert coded(document(PAID_IN_AID, "en", COUNTRIES | MORE)) == [("AID", None, ["Germany"], [])]


def test_the_author_of_a_text_performs_the_act_its_participle_states():
    assert coded(document(STATEMENT_CONDEMNING, "en", COUNTRIES)) == [("ACCUSE", None, ["Iran"], ["ISR"])]


def test_a_proper_name_in_no_actor_list_is_the_actor_as_written_but_a_pronoun_is_not():
    events = EventCoder().code(document(ICE_RETURNED, "en", COUNTRIES | MORE), "events@test")
    assert [(e.type, [(a.name, a.country) for a in e.actors]) for e in events] == [
        ("RETREAT", [("ICE", None)])
    ]
    assert coded(document(HE_RETURNED, "en", COUNTRIES | MORE)) == []


def test_a_finite_verb_parsed_as_a_modifier_of_the_root_name_takes_it_as_actor():
    assert coded(document(SMITH_FRAGMENT, "en", COUNTRIES)) == [("ACCUSE", None, ["Smith"], ["RUS"])]
    assert coded(document(TROOPS_DEPLOYED, "en", COUNTRIES)) == []


def test_a_verb_heading_its_own_clause_is_no_word_of_a_phrase():
    """ "say support" (a generated CAMEO phrase) must not swallow "said it will support": the support
    is future, hence AGREE."""
    assert ("AGREE", "future", ["Portugal"], ["TUR"]) in coded(
        document(SAID_WILL_SUPPORT, "en", COUNTRIES | MORE)
    )


def test_a_mention_running_on_past_a_dateline_keeps_its_part_after_the_dash():
    doc = document(DATELINE_GUNMEN, "en", COUNTRIES | MORE)
    start = doc.text.index("BAMAKO")
    doc.actors.append(
        Actor(
            name="gunman (UAF)",
            kind="group",
            sector="UAF",
            mentions=[Span(start=start, end=doc.text.index(" shelled"))],
        )
    )
    assert coded(doc) == [("ASSAULT", None, ["gunman (UAF)"], ["MLI"])]


#: "Russia said Ukraine must ensure security ." ("ensure" is in no trigger list)
SAID_MUST_ENSURE = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1, V_PAST),
    ("Ukraine", "Ukraine", "PROPN", "nsubj", 4),
    ("must", "must", "AUX", "aux", 4, "VerbForm=Fin"),
    ("ensure", "ensure", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("security", "security", "NOUN", "dobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Russia said Ukraine can ensure security ." (no obligation: no demand)
SAID_CAN_ENSURE = [
    *SAID_MUST_ENSURE[:3],
    ("can", "can", "AUX", "aux", 4, "VerbForm=Fin"),
    *SAID_MUST_ENSURE[4:],
]
#: "Turkey will shell Iraq ."
WILL_SHELL = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2, "VerbForm=Fin"),
    ("shell", "shell", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("Iraq", "Iraq", "PROPN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Prisoners rioted in Iraq ." (no actor list names the prisoners)
PRISONERS_RIOTED = [
    ("Prisoners", "prisoner", "NOUN", "nsubj", 1, "Number=Plur"),
    ("rioted", "riot", "VERB", "ROOT", 1, V_PAST),
    ("in", "in", "ADP", "prep", 1),
    ("Iraq", "Iraq", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Storms rioted in Iraq ." (nonsense, but storms are no people: no actor)
STORMS_RIOTED = [("Storms", "storm", "NOUN", "nsubj", 1, "Number=Plur"), *PRISONERS_RIOTED[1:]]
#: "Iran joined the talks ."
JOINED_TALKS = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("joined", "join", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("talks", "talk", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_reported_obligation_is_a_demand_whatever_its_verb():
    assert coded(document(SAID_MUST_ENSURE, "en", COUNTRIES)) == [("REQUEST", None, ["Russia"], ["UKR"])]
    assert [t for t, *_ in coded(document(SAID_CAN_ENSURE, "en", COUNTRIES))] != ["REQUEST"]


def test_a_violent_act_declared_for_the_future_is_a_threat_of_violence():
    events = EventCoder().code(document(WILL_SHELL, "en", COUNTRIES), "events@test")
    assert [(e.type, e.mode, e.auxiliary) for e in events] == [("THREATEN", "violence", "future")]


def test_a_noun_of_people_is_the_actor_of_its_act_and_takes_the_place_country():
    doc = document(PRISONERS_RIOTED, "en", COUNTRIES, places={"Iraq": "IRQ"})
    events = EventCoder().code(doc, "events@test")
    assert [(e.type, [(a.name, a.country) for a in e.actors]) for e in events] == [
        ("PROTEST", [("Prisoners", "IRQ")])
    ]
    assert coded(document(STORMS_RIOTED, "en", COUNTRIES, places={"Iraq": "IRQ"})) == []


def test_joining_an_act_is_taking_part_in_it():
    assert [(t, actors) for t, _, actors, _ in coded(document(JOINED_TALKS, "en", COUNTRIES))] == [
        ("CONSULT", ["Iran"])
    ]


#: "Japan sent troops to Sudan as peacekeepers ."
PEACEKEEPERS_SENT = [
    ("Japan", "Japan", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1, V_PAST),
    ("troops", "troop", "NOUN", "dobj", 1, "Number=Plur"),
    ("to", "to", "ADP", "prep", 1),
    ("Sudan", "Sudan", "PROPN", "pobj", 3),
    ("as", "as", "ADP", "prep", 1),
    ("peacekeepers", "peacekeeper", "NOUN", "pobj", 5, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Japan sent troops to Sudan ." (no peacekeeping: a deployment)
TROOPS_SENT = [*PEACEKEEPERS_SENT[:5], (".", ".", "PUNCT", "punct", 1)]
#: "Iran ordered the release of prisoners ."
ORDERED_RELEASE = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("ordered", "order", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("release", "release", "NOUN", "dobj", 1, "Number=Sing"),
    ("of", "of", "ADP", "prep", 3),
    ("prisoners", "prisoner", "NOUN", "pobj", 4, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran launched a scathing attack on Israel ."
SCATHING_ATTACK = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("launched", "launch", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 4),
    ("scathing", "scathing", "ADJ", "amod", 4),
    ("attack", "attack", "NOUN", "dobj", 1, "Number=Sing"),
    ("on", "on", "ADP", "prep", 4),
    ("Israel", "Israel", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
SUDAN = {"Japan": ("Japan", "JPN"), "Sudan": ("Sudan", "SDN")}


def test_troops_sent_to_keep_the_peace_are_military_aid():
    assert [t for t, *_ in coded(document(PEACEKEEPERS_SENT, "en", SUDAN))] == ["AID"]
    assert [t for t, *_ in coded(document(TROOPS_SENT, "en", SUDAN))] == ["MOBILIZE"]


def test_an_act_ordered_by_an_authority_is_its_act():
    assert [(t, a) for t, _, a, _ in coded(document(ORDERED_RELEASE, "en", COUNTRIES))] == [
        ("RETREAT", ["Iran"])
    ]


def test_a_scathing_attack_is_verbal():
    events = EventCoder().code(document(SCATHING_ATTACK, "en", COUNTRIES), "events@test")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


#: "Activists staged a protest in Iraq ." with en_core_web_sm's lemma of "staged", "stag"
STAGED_PROTEST = [
    ("Activists", "activist", "NOUN", "nsubj", 1, "Number=Plur"),
    ("staged", "stag", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("protest", "protest", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_protest_staged_is_the_stagers_act_whatever_the_lemmatiser_says():
    doc = document(STAGED_PROTEST, "en", COUNTRIES, groups=("Activists",))
    assert [(t, a) for t, _, a, _ in coded(doc)] == [("PROTEST", ["Activists"])]


def test_a_name_the_recogniser_labels_an_event_is_no_actor():
    doc = document(ICE_RETURNED, "en", COUNTRIES | MORE)
    doc.analysis[0].ent_type_ = "EVENT"
    assert coded(doc) == []


#: "Iraq is prepared to impose martial law ."
PREPARED_MARTIAL_LAW = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ROOT", 1, "VerbForm=Fin"),
    ("prepared", "prepared", "ADJ", "acomp", 1),
    ("to", "to", "PART", "aux", 4),
    ("impose", "impose", "VERB", "xcomp", 2, "VerbForm=Inf"),
    ("martial", "martial", "ADJ", "amod", 6),
    ("law", "law", "NOUN", "dobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_coercion_one_is_prepared_to_impose_is_a_threat():
    doc = document(PREPARED_MARTIAL_LAW, "en", COUNTRIES)
    doc.analysis[2].lemma_ = "prepare"
    assert [t for t, *_ in coded(doc)] == ["THREATEN"]


#: "Ukraine ratified an agreement with Russia ."
RATIFIED = [
    ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
    ("ratified", "ratify", "VERB", "ROOT", 1, V_PAST),
    ("an", "an", "DET", "det", 3),
    ("agreement", "agreement", "NOUN", "dobj", 1, "Number=Sing"),
    ("with", "with", "ADP", "prep", 3),
    ("Russia", "Russia", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_ratifying_an_agreement_is_support_whichever_of_verb_and_noun_is_chosen():
    assert [t for t, *_ in coded(document(RATIFIED, "en", COUNTRIES))] == ["SUPPORT"]
