"""English coding rules of the issue-13 English pass: signed agreements, reactions to an earlier act
named by a generic noun ("condemned the move"), and a plural party noun with no parties before it."""

from coder_samples import COUNTRIES, V_PAST, document

from dateline.stages.events.coder import EventCoder

#: "Israel shelled Lebanon ."
SHELLED_EN = [
    ("Israel", "Israel", "PROPN", "nsubj", 1),
    ("shelled", "shell", "VERB", "ROOT", 1, V_PAST),
    ("Lebanon", "Lebanon", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran condemned the move ."
CONDEMNED_MOVE_EN = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("move", "move", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iraq signed an agreement with Turkey ."
SIGNED_EN = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("signed", "sign", "VERB", "ROOT", 1, V_PAST),
    ("an", "an", "DET", "det", 3),
    ("agreement", "agreement", "NOUN", "dobj", 1, "Number=Sing"),
    ("with", "with", "ADP", "prep", 3),
    ("Turkey", "Turkey", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iraq will sign an agreement with Turkey ."
WILL_SIGN_EN = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2, "VerbForm=Fin"),
    ("sign", "sign", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("an", "an", "DET", "det", 4),
    ("agreement", "agreement", "NOUN", "dobj", 2, "Number=Sing"),
    ("with", "with", "ADP", "prep", 4),
    ("Turkey", "Turkey", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
#: "The two governments agreed ."
TWO_GOVERNMENTS_EN = [
    ("The", "the", "DET", "det", 2),
    ("two", "two", "NUM", "nummod", 2),
    ("governments", "government", "NOUN", "nsubj", 3, "Number=Plur"),
    ("agreed", "agree", "VERB", "ROOT", 3, V_PAST),
    (".", ".", "PUNCT", "punct", 3),
]


def coded(doc):
    return [
        (
            e.type,
            e.auxiliary,
            sorted(a.country or "" for a in e.actors),
            sorted(r.country for r in e.recipients),
        )
        for e in EventCoder().code(doc, "events@test")
    ]


def test_a_signed_agreement_is_support_and_a_future_signing_an_agreement():
    assert [t for t, *_ in coded(document(SIGNED_EN, "en", COUNTRIES))] == ["SUPPORT"]
    assert [(t, aux) for t, aux, *_ in coded(document(WILL_SIGN_EN, "en", COUNTRIES))] == [
        ("AGREE", "future")
    ]


def test_condemning_the_move_targets_the_author_of_the_latest_act():
    doc = document(SHELLED_EN, "en", COUNTRIES, CONDEMNED_MOVE_EN)
    assert coded(doc) == [("ASSAULT", None, ["ISR"], ["LBN"]), ("ACCUSE", None, ["IRN"], ["ISR"])]


def test_a_move_with_no_act_before_it_names_no_recipient():
    assert coded(document(CONDEMNED_MOVE_EN, "en", COUNTRIES)) == [("ACCUSE", None, ["IRN"], [])]


def test_a_plural_party_noun_with_no_parties_before_it_is_the_generic_agent():
    doc = document(TWO_GOVERNMENTS_EN, "en", {}, groups=("governments",))
    assert coded(doc) == [("AGREE", None, [""], [])]
