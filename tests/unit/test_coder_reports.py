"""English rules of the report pass of issue 13: a free participle accusing or rejecting beside another
act, the subject of an infinitive an act addresses, a passive deployment of forces named without their
country, and commitments to an act."""

from coder_samples import COUNTRIES, V_PAST, document, parse

from dateline.model import Actor, Span
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.passes.category import committed, released_money
from dateline.stages.events.rules import free_participle
from dateline.stages.events.triggers import token_trigger

GERUND = "VerbForm=Part|Aspect=Prog"
PASSIVE_PAST = "Aspect=Perf|Tense=Past|VerbForm=Part"


def coded(doc):
    return [
        (e.type, sorted(a.country or a.name for a in e.actors), sorted(r.country or "" for r in e.recipients))
        for e in EventCoder().code(doc, "events@test")
    ]


#: "Turkey expelled a diplomat , accusing Iran of spying ."
EXPELLED_ACCUSING = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("expelled", "expel", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("diplomat", "diplomat", "NOUN", "dobj", 1, "Number=Sing"),
    (",", ",", "PUNCT", "punct", 1),
    ("accusing", "accuse", "VERB", "advcl", 1, GERUND),
    ("Iran", "Iran", "PROPN", "dobj", 5),
    ("of", "of", "ADP", "prep", 5),
    ("spying", "spy", "VERB", "pcomp", 7, GERUND),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Hezbollah shelled Israel , killing two ."
SHELLED_KILLING = [
    ("Hezbollah", "Hezbollah", "PROPN", "nsubj", 1),
    ("shelled", "shell", "VERB", "ROOT", 1, V_PAST),
    ("Israel", "Israel", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("killing", "kill", "VERB", "advcl", 1, GERUND),
    ("two", "two", "NUM", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_free_participle_accusing_beside_another_act_is_an_event_of_its_own():
    doc = document(EXPELLED_ACCUSING, "en", COUNTRIES)
    accusing = doc.analysis[5]
    assert free_participle(accusing)
    assert ("ACCUSE", ["TUR"], ["IRN"]) in coded(doc)


def test_a_participle_of_the_same_category_tells_the_act_it_follows():
    assert [e[0] for e in coded(document(SHELLED_KILLING, "en", COUNTRIES))] == ["ASSAULT"]


#: "Turkey allowed Iraq to export oil ." (the parser hangs "Iraq" on the infinitive as its subject)
ALLOWED_TO = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("allowed", "allow", "VERB", "ROOT", 1, V_PAST),
    ("Iraq", "Iraq", "PROPN", "nsubj", 4),
    ("to", "to", "PART", "aux", 4),
    ("export", "export", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("oil", "oil", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_the_subject_of_an_infinitive_is_whom_the_act_addresses():
    assert coded(document(ALLOWED_TO, "en", COUNTRIES)) == [("CONCEDE", ["TUR"], ["IRQ"])]


#: "Troops were deployed in the city ." (generic forces: the localise pass gives them a country)
TROOPS_DEPLOYED = [
    ("Troops", "troop", "NOUN", "nsubjpass", 2, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 2, V_PAST),
    ("deployed", "deploy", "VERB", "ROOT", 2, PASSIVE_PAST),
    ("in", "in", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("city", "city", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]


def test_generic_forces_deployed_in_the_passive_move_themselves():
    doc = document(TROOPS_DEPLOYED, "en", {})
    doc.actors.append(Actor(name="troop (MIL)", kind="group", sector="MIL", mentions=[Span(start=0, end=6)]))
    assert coded(doc) == [("MOBILIZE", ["troop (MIL)"], [])]


def test_a_commitment_verb_with_the_act_it_commits_to_is_committed():
    pledged_to = parse(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("pledged", "pledge", "VERB", "ROOT", 1, V_PAST),
            ("to", "to", "PART", "aux", 3),
            ("send", "send", "VERB", "xcomp", 1, "VerbForm=Inf"),
            ("aid", "aid", "NOUN", "dobj", 3),
        ]
    )
    pledged_support = parse(
        [
            ("Turkey", "Turkey", "PROPN", "nsubj", 1),
            ("pledged", "pledge", "VERB", "ROOT", 1, V_PAST),
            ("support", "support", "NOUN", "dobj", 1),
        ]
    )
    assert committed(pledged_to[1]) and not committed(pledged_support[1])


#: "Turkey expelled officials that Iran accuses of spying ."
OFFICIALS_IRAN_ACCUSES = [
    ("Turkey", "Turkey", "PROPN", "nsubj", 1),
    ("expelled", "expel", "VERB", "ROOT", 1, V_PAST),
    ("officials", "official", "NOUN", "dobj", 1, "Number=Plur"),
    ("that", "that", "PRON", "dobj", 5, "PronType=Rel"),
    ("Iran", "Iran", "PROPN", "nsubj", 5),
    ("accuses", "accuse", "VERB", "relcl", 2, "Tense=Pres|VerbForm=Fin"),
    ("of", "of", "ADP", "prep", 5),
    ("spying", "spy", "VERB", "pcomp", 6, GERUND),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_relative_clause_with_its_own_subject_acts_on_the_noun_it_describes():
    doc = document(OFFICIALS_IRAN_ACCUSES, "en", COUNTRIES)
    start = doc.text.index("officials")
    officials = Span(start=start, end=start + len("officials"))
    doc.actors.append(Actor(name="Turkey GOV", kind="group", country="TUR", mentions=[officials]))
    assert ("ACCUSE", ["IRN"], ["TUR"]) in coded(doc)


def test_no_word_of_a_phrase_lies_in_its_verb_s_subject():
    lexicon = load_lexicon("en")
    assert lexicon is not None
    said = parse(
        [
            ("The", "the", "DET", "det", 3),
            ("Rapid", "Rapid", "PROPN", "compound", 3),
            ("Support", "Support", "PROPN", "compound", 3),
            ("Forces", "Forces", "PROPN", "nsubj", 4),
            ("said", "say", "VERB", "ROOT", 4, V_PAST),
        ]
    )
    assert token_trigger(said[4], lexicon) is None


#: "Iran rejected the request in Tehran ." (the request names no party)
REJECTED_REQUEST = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("rejected", "reject", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("request", "request", "NOUN", "dobj", 1, "Number=Sing"),
    ("in", "in", "ADP", "prep", 1),
    ("Tehran", "Tehran", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_unnamed_object_of_a_rejection_stands_for_the_country_where_it_is_made():
    doc = document(REJECTED_REQUEST, "en", COUNTRIES, places={"Tehran": "IRN"})
    assert coded(doc) == [("REJECT", ["IRN"], ["IRN"])]


def test_a_release_of_a_sum_of_money_is_aid():
    lexicon = load_lexicon("en")
    assert lexicon is not None
    released = parse(
        [
            ("Japan", "Japan", "PROPN", "nsubj", 1),
            ("released", "release", "VERB", "ROOT", 1, V_PAST),
            ("12", "12", "NUM", "compound", 3),
            ("million", "million", "NUM", "nummod", 4),
            ("euros", "euro", "NOUN", "dobj", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("released", "release", "VERB", "conj", 1, V_PAST),
            ("prisoners", "prisoner", "NOUN", "dobj", 6),
        ]
    )
    assert released_money(released[1], lexicon) and not released_money(released[6], lexicon)
