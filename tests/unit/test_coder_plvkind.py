"""English (and French) constructions of the PLV kind that did not transfer (session 15): a reporter
putting an act on a named party, an ultimatum, demands acceded to, a weapon launched at a target,
concern expressed, and captives freed by those who held them."""

import functools

from coder_samples import COUNTRIES, V_PAST, coding, document

from dateline.model import Actor, Span
from dateline.stages.events.categories import Policy
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.passes import actors, category, roles, trigger

#: "Iraq said Iran was behind the attack ."
SAID_BEHIND = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1, V_PAST),
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("was", "be", "AUX", "ccomp", 1, V_PAST),
    ("behind", "behind", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("attack", "attack", "NOUN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran said it was behind the attack ." (a claim of one's own act, no accusation)
SAID_IT_WAS_BEHIND = [("Iran", "Iran", "PROPN", "nsubj", 1), SAID_BEHIND[1], ("it", "it", "PRON", "nsubj", 3)]
SAID_IT_WAS_BEHIND += SAID_BEHIND[3:]
#: "Iraq said Iran was responsible for the attack ."
SAID_RESPONSIBLE = [
    *SAID_BEHIND[:4],
    ("responsible", "responsible", "ADJ", "acomp", 3),
    ("for", "for", "ADP", "prep", 4),
    *SAID_BEHIND[5:],
]
#: "Hamas gave Israel 72 hours to withdraw ."
GAVE_HOURS = [
    ("Hamas", "Hamas", "PROPN", "nsubj", 1),
    ("gave", "give", "VERB", "ROOT", 1, V_PAST),
    ("Israel", "Israel", "PROPN", "dative", 1),
    ("72", "72", "NUM", "nummod", 4),
    ("hours", "hour", "NOUN", "dobj", 1, "Number=Plur"),
    ("to", "to", "PART", "aux", 6),
    ("withdraw", "withdraw", "VERB", "advcl", 1, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Hamas gave Israel 72 hours ." (no act to do within the term: no ultimatum)
GAVE_HOURS_ONLY = [*GAVE_HOURS[:5], (".", ".", "PUNCT", "punct", 1)]
#: "Iraq accepted the demands of Turkey ."
ACCEPTED_DEMANDS = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("accepted", "accept", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("demands", "demand", "NOUN", "dobj", 1, "Number=Plur"),
    ("of", "of", "ADP", "prep", 3),
    ("Turkey", "Turkey", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Hezbollah launched a missile at Israel ."
LAUNCHED_AT = [
    ("Hezbollah", "Hezbollah", "PROPN", "nsubj", 1),
    ("launched", "launch", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("missile", "missile", "NOUN", "dobj", 1, "Number=Sing"),
    ("at", "at", "ADP", "prep", 1),
    ("Israel", "Israel", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran expressed outrage over Israel ." ("expressed concern" is no accusation: the seeds' gold)
EXPRESSED_OUTRAGE = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("expressed", "express", "VERB", "ROOT", 1, V_PAST),
    ("outrage", "outrage", "NOUN", "dobj", 1, "Number=Sing"),
    ("over", "over", "ADP", "prep", 2),
    ("Israel", "Israel", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Gunmen released two Turkish engineers ."
GUNMEN_RELEASED = [
    ("Gunmen", "gunman", "NOUN", "nsubj", 1, "Number=Plur"),
    ("released", "release", "VERB", "ROOT", 1, V_PAST),
    ("two", "two", "NUM", "nummod", 4),
    ("Turkish", "Turkish", "ADJ", "amod", 4),
    ("engineers", "engineer", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Gunmen arrived ." (what outlaws do besides attacking or freeing captives is no act)
GUNMEN_ARRIVED = [
    ("Gunmen", "gunman", "NOUN", "nsubj", 1, "Number=Plur"),
    ("arrived", "arrive", "VERB", "ROOT", 1, V_PAST),
    (".", ".", "PUNCT", "punct", 1),
]


def coded(doc):
    return [
        (e.type, sorted(a.name for a in e.actors), sorted(r.country or "" for r in e.recipients))
        for e in EventCoder().code(doc, "events@test")
    ]


def test_a_reporter_putting_an_act_on_a_named_party_accuses_it():
    assert coded(document(SAID_BEHIND, "en", COUNTRIES)) == [("ACCUSE", ["Iraq"], ["IRN"])]
    assert coded(document(SAID_RESPONSIBLE, "en", COUNTRIES)) == [("ACCUSE", ["Iraq"], ["IRN"])]
    assert coded(document(SAID_IT_WAS_BEHIND, "en", COUNTRIES)) == []


def test_a_term_given_to_act_is_an_ultimatum():
    assert coded(document(GAVE_HOURS, "en", COUNTRIES)) == [("THREATEN", ["Hamas"], ["ISR"])]
    assert [t for t, _, _ in coded(document(GAVE_HOURS_ONLY, "en", COUNTRIES))] != ["THREATEN"]


def test_accepting_demands_accedes():
    assert [t for t, _, _ in coded(document(ACCEPTED_DEMANDS, "en", COUNTRIES))] == ["CONCEDE"]


def test_a_weapon_launched_at_a_target_is_an_attack():
    assert [t for t, _, _ in coded(document(LAUNCHED_AT, "en", COUNTRIES))] == ["ASSAULT"]
    without_target = [*LAUNCHED_AT[:4], (".", ".", "PUNCT", "punct", 1)]
    assert [t for t, _, _ in coded(document(without_target, "en", COUNTRIES))] == ["MOBILIZE"]


def test_outrage_expressed_disapproves():
    assert coded(document(EXPRESSED_OUTRAGE, "en", COUNTRIES)) == [("ACCUSE", ["Iran"], ["ISR"])]


def _with_gunmen(rows):
    doc = document(rows, "en", COUNTRIES)
    start = doc.text.index("Gunmen")
    doc.actors.append(
        Actor(name="gunman (UAF)", kind="group", sector="UAF", mentions=[Span(start=start, end=start + 6)])
    )
    return doc


def test_captives_freed_by_outlaws_are_a_release():
    assert [t for t, _, _ in coded(_with_gunmen(GUNMEN_RELEASED))] == ["RETREAT"]
    assert coded(_with_gunmen(GUNMEN_ARRIVED)) == []


#: "sanctions were imposed on Iran by Israel ."
SANCTIONS_IMPOSED_BY = [
    ("sanctions", "sanction", "NOUN", "nsubjpass", 2, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 2, V_PAST),
    ("imposed", "impose", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", "prep", 2),
    ("Iran", "Iran", "PROPN", "pobj", 3),
    ("by", "by", "ADP", "agent", 2),
    ("Israel", "Israel", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
#: "three Iraqi soldiers were shot dead ."
SHOT_DEAD = [
    ("three", "three", "NUM", "nummod", 2),
    ("Iraqi", "Iraqi", "ADJ", "amod", 2),
    ("soldiers", "soldier", "NOUN", "nsubjpass", 4, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 4, V_PAST),
    ("shot", "shoot", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
    ("dead", "dead", "ADJ", "oprd", 4),
    (".", ".", "PUNCT", "punct", 4),
]
#: "a drone struck Iraq ."
DRONE_STRUCK = [
    ("a", "a", "DET", "det", 1),
    ("drone", "drone", "NOUN", "nsubj", 2, "Number=Sing"),
    ("struck", "strike", "VERB", "ROOT", 2, V_PAST),
    ("Iraq", "Iraq", "PROPN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Iran described the sanctions of Israel as illegal ."
DESCRIBED_AS = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("described", "describe", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("sanctions", "sanction", "NOUN", "dobj", 1, "Number=Plur"),
    ("of", "of", "ADP", "prep", 3),
    ("Israel", "Israel", "PROPN", "pobj", 4),
    ("as", "as", "ADP", "prep", 1),
    ("illegal", "illegal", "ADJ", "amod", 6),
    (".", ".", "PUNCT", "punct", 1),
]


def test_the_by_agent_of_a_light_verb_whose_passive_subject_is_the_act_acts():
    assert coded(document(SANCTIONS_IMPOSED_BY, "en", COUNTRIES)) == [("SANCTION", ["Israel"], ["IRN"])]


def test_shot_dead_is_an_attack_not_a_naming():
    events = EventCoder().code(document(SHOT_DEAD, "en", COUNTRIES, places={"Iraqi": "IRQ"}), "events@test")
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_drone_as_subject_is_the_weapon_of_an_unnamed_attacker():
    events = EventCoder().code(document(DRONE_STRUCK, "en", COUNTRIES), "events@test")
    assert [(e.type, [a.sector for a in e.actors]) for e in events] == [("ASSAULT", ["UAF"])]


def test_describing_an_act_as_illegal_accuses_its_author():
    assert [t for t, _, _ in coded(document(DESCRIBED_AS, "en", COUNTRIES))] == ["ACCUSE"]


#: "Israel withdrew its troops from Lebanon ." / "Iran withdrew its peacekeepers from Lebanon ."
WITHDREW_TROOPS = [
    ("Israel", "Israel", "PROPN", "nsubj", 1),
    ("withdrew", "withdraw", "VERB", "ROOT", 1, V_PAST),
    ("its", "its", "PRON", "poss", 3),
    ("troops", "troop", "NOUN", "dobj", 1, "Number=Plur"),
    ("from", "from", "ADP", "prep", 1),
    ("Lebanon", "Lebanon", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
WITHDREW_PEACEKEEPERS = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    *WITHDREW_TROOPS[1:3],
    ("peacekeepers", "peacekeeper", "NOUN", "dobj", 1, "Number=Plur"),
    *WITHDREW_TROOPS[4:],
]


def test_the_classifiers_sanction_for_a_withdrawal_of_ones_own_forces_is_a_retreat():
    """PLV codes withdrawn peacekeepers SANCTION, and the classifier learnt to read any withdrawal so;
    troops pulled back are PLOVER's RETREAT, peacekeepers withdrawn stay SANCTION."""
    found = []
    for rows in (WITHDREW_TROOPS, WITHDREW_PEACEKEEPERS):
        state = coding(document(rows, "en", COUNTRIES), trigger.find, roles.read, actors.resolve)
        (item,) = state.candidates
        item.probs = {"SANCTION": 0.8, "RETREAT": 0.1}
        functools.partial(category.decide, policy=Policy())(state)
        found.append(item.category)
    assert found == ["RETREAT", "SANCTION"]


#: "a drone believed to be Turkish hit Iraq ."
DRONE_BELIEVED = [
    ("a", "a", "DET", "det", 1),
    ("drone", "drone", "NOUN", "nsubj", 6, "Number=Sing"),
    ("believed", "believe", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", "aux", 4),
    ("be", "be", "AUX", "xcomp", 2, "VerbForm=Inf"),
    ("Turkish", "Turkish", "ADJ", "acomp", 4),
    ("hit", "hit", "VERB", "ROOT", 6, V_PAST),
    ("Iraq", "Iraq", "PROPN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def test_a_drone_believed_to_be_of_a_country_is_that_countrys():
    parties = COUNTRIES | {"Turkish": ("Turkey", "TUR")}
    assert coded(document(DRONE_BELIEVED, "en", parties)) == [("ASSAULT", ["Turkey"], ["IRQ"])]
