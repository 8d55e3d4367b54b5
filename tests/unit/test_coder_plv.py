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
