"""English rules of the third PLV pass of issue 13: a concluded deal is SUPPORT as a signed one is, a
report that tells nothing but a tally reports it, a death caused by torture or a beating is an attack by an
unnamed agent, peacekeepers withdrawn reduce peacekeeping, and a deadline given to a party threatens it."""

from coder_samples import COUNTRIES, V_PAST, coded_with_auxiliary, document
from spacy.tokens import Span as SpacySpan

MORE = {"Norway": ("Norway", "NOR"), "Sweden": ("Sweden", "SWE"), "Nigeria": ("Nigeria", "NGA")}
INF = "VerbForm=Inf"


def coded(doc):
    """Each event's type, auxiliary and actors' countries."""
    return [event[:3] for event in coded_with_auxiliary(doc)]


def deal(verb: str, lemma: str, noun: str, *before: tuple[str, str, str, str, int, str]):
    """ "Norway and Sweden <before…> <verb> a <noun> ." with the verb at index 3 + len(before)."""
    v = 3 + len(before)
    return [
        ("Norway", "Norway", "PROPN", "nsubj", v),
        ("and", "and", "CCONJ", "cc", 0),
        ("Sweden", "Sweden", "PROPN", "conj", 0),
        *before,
        (verb, lemma, "VERB", "ROOT", v, V_PAST),
        ("a", "a", "DET", "det", v + 2),
        (noun, noun, "NOUN", "dobj", v, "Number=Sing"),
        (".", ".", "PUNCT", "punct", v),
    ]


def test_a_deal_reached_or_struck_is_support_as_a_signed_one_is():
    for verb, lemma, noun in [
        ("reached", "reach", "agreement"),
        ("struck", "strike", "deal"),
        ("agreed", "agree", "pact"),
    ]:
        assert coded(document(deal(verb, lemma, noun), "en", MORE)) == [("SUPPORT", None, ["NOR", "SWE"])]
    assert coded(document(deal("signed", "sign", "pact"), "en", MORE)) == [("SUPPORT", None, ["NOR", "SWE"])]


def test_a_deal_ahead_an_agreement_to_do_or_a_truce_stays_an_agreement():
    will = ("will", "will", "AUX", "aux", 4, "VerbForm=Fin")
    ahead = deal("reach", "reach", "deal", will)
    ahead[4] = ("reach", "reach", "VERB", "ROOT", 4, INF)
    assert [e[0] for e in coded(document(ahead, "en", MORE))] == ["AGREE"]
    #: "Norway and Sweden agreed to a truce ."
    truce = [
        ("Norway", "Norway", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Sweden", "Sweden", "PROPN", "conj", 0),
        ("agreed", "agree", "VERB", "ROOT", 3, V_PAST),
        ("to", "to", "ADP", "prep", 3),
        ("a", "a", "DET", "det", 6),
        ("truce", "truce", "NOUN", "pobj", 4, "Number=Sing"),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert [e[0] for e in coded(document(truce, "en", MORE))] == ["AGREE"]


#: "Nigeria has killed 80 rebels since April ."
TALLY = [
    ("Nigeria", "Nigeria", "PROPN", "nsubj", 2),
    ("has", "have", "AUX", "aux", 2, "VerbForm=Fin"),
    ("killed", "kill", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("80", "80", "NUM", "nummod", 4),
    ("rebels", "rebel", "NOUN", "dobj", 2, "Number=Plur"),
    ("since", "since", "ADP", "prep", 2),
    ("April", "April", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Russia accused Ukraine ."
ACCUSED = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, V_PAST),
    ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_tally_is_the_news_only_when_the_report_tells_nothing_else():
    assert [e[0] for e in coded(document(TALLY, "en", MORE))] == ["ASSAULT"]
    both = document(TALLY, "en", {**MORE, **COUNTRIES}, ACCUSED)
    assert [e[0] for e in coded(both)] == ["ACCUSE"]


def died(cause: list[tuple[str, str, str, str, int, str] | tuple[str, str, str, str, int]]):
    """ "A prisoner died in Tehran after <cause> ." (the cause's rows head on index 5 first)."""
    return [
        ("A", "a", "DET", "det", 1),
        ("prisoner", "prisoner", "NOUN", "nsubj", 2, "Number=Sing"),
        ("died", "die", "VERB", "ROOT", 2, V_PAST),
        ("in", "in", "ADP", "prep", 2),
        ("Tehran", "Tehran", "PROPN", "pobj", 3),
        ("after", "after", "ADP", "prep", 2),
        *cause,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_death_caused_by_torture_is_an_attack_by_an_unnamed_agent():
    torture = died([("torture", "torture", "NOUN", "pobj", 5, "Number=Sing")])
    assert coded(document(torture, "en", {}, places={"Tehran": "IRN"})) == [("ASSAULT", None, ["IRN"])]
    illness = died(
        [
            ("a", "a", "DET", "det", 8),
            ("heart", "heart", "NOUN", "compound", 8),
            ("attack", "attack", "NOUN", "pobj", 5, "Number=Sing"),
        ]
    )
    assert coded(document(illness, "en", {}, places={"Tehran": "IRN"})) == []


def withdrew(obj: str, lemma: str):
    """ "Norway withdrew its <obj> from Sweden ." """
    return [
        ("Norway", "Norway", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1, V_PAST),
        ("its", "its", "PRON", "poss", 3),
        (obj, lemma, "NOUN", "dobj", 1, "Number=Plur"),
        ("from", "from", "ADP", "prep", 1),
        ("Sweden", "Sweden", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_peacekeepers_withdrawn_reduce_peacekeeping_troops_withdrawn_retreat():
    assert [e[0] for e in coded(document(withdrew("peacekeepers", "peacekeeper"), "en", MORE))] == [
        "SANCTION"
    ]
    assert [e[0] for e in coded(document(withdrew("troops", "troop"), "en", MORE))] == ["RETREAT"]


def test_a_deal_one_failed_to_reach_is_not_concluded():
    failed = ("failed", "fail", "VERB", "ROOT", 3, V_PAST)
    to = ("to", "to", "PART", "aux", 5)
    rows = deal("reach", "reach", "deal", failed, to)
    rows[5] = ("reach", "reach", "VERB", "xcomp", 3, INF)
    rows[0] = ("Norway", "Norway", "PROPN", "nsubj", 3)
    rows[7] = ("deal", "deal", "NOUN", "dobj", 5, "Number=Sing")
    rows[6] = ("a", "a", "DET", "det", 7)
    rows[8] = (".", ".", "PUNCT", "punct", 3)
    assert "SUPPORT" not in [e[0] for e in coded(document(rows, "en", MORE))]


#: "Norway gave Sweden a deadline ."
DEADLINE = [
    ("Norway", "Norway", "PROPN", "nsubj", 1),
    ("gave", "give", "VERB", "ROOT", 1, V_PAST),
    ("Sweden", "Sweden", "PROPN", "dative", 1),
    ("a", "a", "DET", "det", 4),
    ("deadline", "deadline", "NOUN", "dobj", 1, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_deadline_given_to_a_party_is_a_threat():
    assert coded(document(DEADLINE, "en", MORE)) == [("THREATEN", None, ["NOR"])]


#: "Norway called Sweden on Friday ."
CALLED_ON_FRIDAY = [
    ("Norway", "Norway", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1, V_PAST),
    ("Sweden", "Sweden", "PROPN", "dobj", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Friday", "Friday", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_call_on_a_day_is_no_call_on_a_party():
    doc = document(CALLED_ON_FRIDAY, "en", MORE)
    assert [e[0] for e in coded(doc)] == ["REQUEST"]  # without the date the parse reads "call on"
    doc.analysis.ents = [SpacySpan(doc.analysis, 4, 5, label="DATE")]
    assert [e[0] for e in coded(doc)] == ["CONSULT"]
