"""The English newsdesk pass of issue 13: a naming verb that disapproves of what it names is an
accusation ("called the ruling illegal", "called the case politically motivated"); a pledge, a warning,
a protest or tear gas naming no addressee is aimed at the country where it happens; a march and a riot
by the same people are two events, and so are attacks at two places, or by the state and by its
opposition; the state wields "Government artillery"."""

from coder_samples import V_PAST, coded, document

from dateline.model import Actor, ActorRef, Document, Event, Place, PlaceRef, Span
from dateline.stages.events.dedup import event_key, merge_events
from dateline.stages.events.references import home_country, place_named

PARTIES = {"Belarus": ("Belarus", "BLR"), "Japan": ("Japan", "JPN"), "Police": ("Bolivian police", "BOL")}
PLACES = {"Manila": "PHL", "Sucre": "BOL"}


def named(predicate: list, link: str = "oprd") -> list:
    """ "Belarus called the decision <predicate> ." (the predicate's rows head on the verb or, with
    `link` "acl", on the object)."""
    head = 1 if link == "oprd" else 3
    words = [
        (w, lemma, pos, dep if dep else link, h if h is not None else head)
        for w, lemma, pos, dep, h in predicate
    ]
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


def attack(n: int, place: str, sector: str = "MIL") -> Event:
    """An attack by a Syrian party of `sector` on Syrian civilians, told in sentence `n` at `place`."""
    return Event(
        id=str(n),
        type="ASSAULT",
        actors=[ActorRef(name="forces", country="SYR", sector=sector)],
        recipients=[ActorRef(name="civilians", country="SYR", sector="CVL")],
        place=PlaceRef(name=place, country="SYR", rule="clause"),
        sentence=Span(start=100 * n, end=100 * n + 90),
        trigger=Span(start=100 * n, end=100 * n + 5),
    )


def test_attacks_at_two_places_or_by_the_state_and_its_opposition_are_two_events():
    assert len(merge_events([attack(1, "Ariha"), attack(2, "Afes")], [])) == 2
    assert len(merge_events([attack(1, "Ariha"), attack(2, "Ariha")], [])) == 1
    assert len(merge_events([attack(1, "Ariha"), attack(2, "Ariha", "OPP")], [])) == 2


#: "Government artillery shelled the village ." in a report filed from Idlib
ARTILLERY = [
    ("Government", "government", "NOUN", "compound", 1),
    ("artillery", "artillery", "NOUN", "nsubj", 2),
    ("shelled", "shell", "VERB", "ROOT", 2, V_PAST),
    ("the", "the", "DET", "det", 4),
    ("village", "village", "NOUN", "dobj", 2),
    ("near", "near", "ADP", "prep", 4),
    ("Idlib", "Idlib", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_weapon_modified_by_the_state_is_wielded_by_its_forces():
    events = coded(document(ARTILLERY, "en", {}, places={"Idlib": "SYR"}))
    assert events == [("ASSAULT", ["SYR"], ["SYR"])]


#: "Uganda threatened to send troops if rebels raided villages ."
THREAT = [
    ("Uganda", "Uganda", "PROPN", "nsubj", 1),
    ("threatened", "threaten", "VERB", "ROOT", 1, V_PAST),
    ("to", "to", "PART", "aux", 3),
    ("send", "send", "VERB", "xcomp", 1, "VerbForm=Inf"),
    ("troops", "troop", "NOUN", "dobj", 3, "Number=Plur"),
    ("if", "if", "SCONJ", "mark", 7),
    ("rebels", "rebel", "NOUN", "nsubj", 7, "Number=Plur"),
    ("raided", "raid", "VERB", "advcl", 3, V_PAST),
    ("villages", "village", "NOUN", "dobj", 7, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Sudan called the remarks a provocation ."
PROVOCATION = [
    ("Sudan", "Sudan", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("remarks", "remark", "NOUN", "dobj", 1, "Number=Plur"),
    ("a", "a", "DET", "det", 5),
    ("provocation", "provocation", "NOUN", "oprd", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_the_remarks_named_are_the_act_told_not_its_condition():
    parties = {"Uganda": ("Uganda", "UGA"), "Sudan": ("Sudan", "SDN")}
    events = coded(document(THREAT, "en", parties, PROVOCATION, groups=("rebels",)))
    assert ("ACCUSE", ["SDN"], ["UGA"]) in events


#: "Moldova ordered the diplomat to leave the country ."
ORDERED_OUT = [
    ("Moldova", "Moldova", "PROPN", "nsubj", 1),
    ("ordered", "order", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("diplomat", "diplomat", "NOUN", "dobj", 1),
    ("to", "to", "PART", "aux", 5),
    ("leave", "leave", "VERB", "xcomp", 1, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 7),
    ("country", "country", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_order_to_leave_the_country_is_an_expulsion():
    events = coded(document(ORDERED_OUT, "en", {"Moldova": ("Moldova", "MDA")}))
    assert [(kind, actors) for kind, actors, _ in events] == [("SANCTION", ["MDA"])]


def test_an_attacked_name_nothing_places_is_the_people_of_the_attack_s_place():
    village = ActorRef(name="Tal X", kind="person", evidence=[Span(start=0, end=5)])
    here = PlaceRef(name="Tal Tamr", country="SYR", rule="clause")
    assert place_named(village, lambda start, end: None, here).country == "SYR"
    assert place_named(village, lambda start, end: None, None).country is None
    army = ActorRef(name="army", sector="MIL", evidence=[Span(start=0, end=4)])
    assert place_named(army, lambda start, end: None, here) == army


def test_a_dated_report_without_places_belongs_to_the_country_of_its_parties():
    text = "MOSUL, 15 March – An Iraqi army patrol was hit. Troops arrested three men in Amman."
    doc = Document(id="t", text=text)
    doc.actors.append(Actor(name="Iraq MIL", kind="group", country="IRQ", mentions=[Span(start=21, end=38)]))
    assert home_country(doc) == "IRQ"
    undated = Document(id="u", text=text[18:], actors=doc.actors)
    assert home_country(undated) is None  # no dateline: a sentence, maybe about a foreign party
    doc.places.append(
        Place(name="Amman", country="JOR", mentions=[Span(start=text.index("Amman"), end=len(text) - 1)])
    )
    assert home_country(doc) == "JOR"  # a place says where, before any party


#: "Egypt voiced support for Somalia ."
SUPPORT_FOR = [
    ("Egypt", "Egypt", "PROPN", "nsubj", 1),
    ("voiced", "voice", "VERB", "ROOT", 1, V_PAST),
    ("support", "support", "NOUN", "dobj", 1),
    ("for", "for", "ADP", "prep", 2),
    ("Somalia", "Somalia", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_support_is_for_whom_its_for_names():
    parties = {"Egypt": ("Egypt", "EGY"), "Somalia": ("Somalia", "SOM")}
    assert coded(document(SUPPORT_FOR, "en", parties)) == [("SUPPORT", ["EGY"], ["SOM"])]
