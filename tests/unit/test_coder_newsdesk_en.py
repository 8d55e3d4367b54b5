"""The English newsdesk pass of issue 13: a naming verb that disapproves of what it names is an
accusation ("called the ruling illegal", "called the case politically motivated"); a pledge, a warning,
a protest or tear gas naming no addressee is aimed at the country where it happens; a march and a riot
by the same people are two events."""

from coder_samples import V_PAST, coded, document

from dateline.model import ActorRef, Event
from dateline.stages.events.dedup import event_key

PARTIES = {"Belarus": ("Belarus", "BLR"), "Japan": ("Japan", "JPN"), "Police": ("Bolivian police", "BOL")}
PLACES = {"Manila": "PHL", "Sucre": "BOL"}


def named(predicate: list, link: str = "oprd") -> list:
    """ "Belarus called the decision <predicate> ." (the predicate's rows head on the verb or, with
    `link` "acl", on the object)."""
    head = 1 if link == "oprd" else 3
    words = [(w, lemma, pos, dep if dep else link, h if h is not None else head) for w, lemma, pos, dep, h in predicate]
    return [
        ("Belarus", "Belarus", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1, V_PAST),
        ("the", "the", "DET", "det", 3),
        ("decision", "decision", "NOUN", "dobj", 1),
        *words,
        (".", ".", "PUNCT", "punct", 1),
    ]


ILLEGAL = named([("illegal", "illegal", "ADJ", "", None)])
MOTIVATED = named(
    [("politically", "politically", "ADV", "advmod", 5), ("motivated", "motivated", "ADJ", "", None)], "acl"
)
A_STEP = named([("a", "a", "DET", "det", 5), ("step", "step", "NOUN", "", None)])

#: "Japan promised to send doctors to Manila ."
PROMISED = [
    ("Japan", "Japan", "PROPN", "nsubj", 1),
    ("promised", "promise", "VERB", "ROOT", 1, V_PAST),
    ("to", "to", "PART", "aux", 3),
    ("send", "send", "VERB", "xcomp", 1, "VerbForm=Inf"),
    ("doctors", "doctor", "NOUN", "dobj", 3, "Number=Plur"),
    ("to", "to", "ADP", "prep", 3),
    ("Manila", "Manila", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Police used tear gas in Sucre ."
TEAR_GAS = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("used", "use", "VERB", "ROOT", 1, V_PAST),
    ("tear", "tear", "NOUN", "compound", 3),
    ("gas", "gas", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Sucre", "Sucre", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_naming_verb_that_disapproves_is_an_accusation():
    assert [e[:2] for e in coded(document(ILLEGAL, "en", PARTIES))] == [("ACCUSE", ["BLR"])]
    # the parser may hang the predicate on the object: still the object's predicate
    assert [e[:2] for e in coded(document(MOTIVATED, "en", PARTIES))] == [("ACCUSE", ["BLR"])]
    # a naming that does not disapprove is no act at all
    assert coded(document(A_STEP, "en", PARTIES)) == []


def test_a_pledge_naming_no_addressee_is_made_to_the_country_where_it_happens():
    events = coded(document(PROMISED, "en", PARTIES, places=PLACES))
    assert ("AGREE", ["JPN"], ["PHL"]) in events


def test_tear_gas_is_fired_at_the_people_where_it_is_used():
    assert coded(document(TEAR_GAS, "en", PARTIES, places=PLACES)) == [("ASSAULT", ["BOL"], ["BOL"])]


def test_a_march_and_a_riot_by_the_same_people_are_two_events():
    people, state = [ActorRef(name="protesters", country="IRQ")], [ActorRef(name="IRQ", country="IRQ")]
    march = Event(id="1", type="PROTEST", mode="demo", actors=people, recipients=state)
    riot = Event(id="2", type="PROTEST", mode="riot", actors=people, recipients=state)
    assert event_key(march) != event_key(riot)
    looting = Event(id="3", type="PROTEST", mode="vandalize", actors=people, recipients=state)
    assert event_key(riot) == event_key(looting)
