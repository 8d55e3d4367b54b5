"""French recall rules of issue 13 (newsdesk-kind pass): a noun its subject is said to be in is the
clause's act ("sont en grève"), a verdict on an offer turns it down ("a jugé la proposition
insuffisante"), a meeting offered by its host names the guests even when the offer made it an AGREE,
a quoted participle is still a verb, an armed group's attack and the state's answer stay two acts, a
riposte aims at those who struck before, and a demand for a release is addressed to the authorities."""

from coder_samples import Row, coded, document

from dateline.model import ActorRef, Event, Span
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.dedup import merge_events

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"

#: "Les infirmiers de Gafsa sont en grève ."
ON_STRIKE: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("infirmiers", "infirmier", "NOUN", "nsubj", 6),
    ("de", "de", "ADP", "case", 3),
    ("Gafsa", "Gafsa", "PROPN", "nmod", 1),
    ("sont", "être", "AUX", "cop", 6, PRES),
    ("en", "en", "ADP", "case", 6),
    ("grève", "grève", "NOUN", "ROOT", 6),
    (".", ".", "PUNCT", "punct", 6),
]
#: "Le syndicat a jugé la proposition insuffisante ."
JUDGED: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("syndicat", "syndicat", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("jugé", "juger", "VERB", "ROOT", 3, PART),
    ("la", "le", "DET", "det", 5),
    ("proposition", "proposition", "NOUN", "obj", 3),
    ("insuffisante", "insuffisant", "ADJ", "xcomp", 3),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Le ministère a promis une prime aux infirmiers ."  (the offer the union judges)
PROMISED: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("ministère", "ministère", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("promis", "promettre", "VERB", "ROOT", 3, PART),
    ("une", "un", "DET", "det", 5),
    ("prime", "prime", "NOUN", "obj", 3),
    ("aux", "à", "ADP", "case", 7),
    ("infirmiers", "infirmier", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
#: "L' armée a affirmé avoir « neutralisé » des terroristes ."
NEUTRALISED: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("affirmé", "affirmer", "VERB", "ROOT", 3, PART),
    ("avoir", "avoir", "AUX", "aux:tense", 6),
    ("«", "«", "PUNCT", "punct", 6),
    ("neutralisé", "neutraliser", "ADJ", "xcomp", 3),
    ("»", "»", "PUNCT", "punct", 6),
    ("des", "un", "DET", "det", 9),
    ("terroristes", "terroriste", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 3),
]
COUNTRIES = {
    "infirmiers": ("Tunisia HLH", "TUN"),
    "syndicat": ("Tunisia LAB", "TUN"),
    "ministère": ("Tunisia GOV", "TUN"),
    "armée": ("Mali MIL", "MLI"),
    "terroristes": ("Mali REB", "MLI"),
}


def test_a_noun_its_subject_is_said_to_be_in_is_the_act_of_the_clause() -> None:
    assert coded(document(ON_STRIKE, "fr", COUNTRIES)) == [("PROTEST", ["TUN"], [])]


def test_a_noun_a_copula_only_characterises_stays_no_event() -> None:
    described = [r for r in ON_STRIKE if r[0] != "en"]
    assert coded(document(described, "fr", COUNTRIES)) == []


def test_judging_an_offer_insufficient_rejects_it() -> None:
    events = coded(document(PROMISED, "fr", COUNTRIES, JUDGED))
    assert ("REJECT", ["TUN"], ["TUN"]) in events
    assert all(e[0] != "ACCUSE" for e in events)


def test_judging_a_movement_is_a_criticism() -> None:
    movement = [("mouvement", "mouvement", "NOUN", "obj", 3) if r[0] == "proposition" else r for r in JUDGED]
    assert [e[0] for e in coded(document(movement, "fr", COUNTRIES))] == ["ACCUSE"]


def test_judging_a_movement_favourably_is_no_criticism() -> None:
    movement = [("mouvement", "mouvement", "NOUN", "obj", 3) if r[0] == "proposition" else r for r in JUDGED]
    favourable = [
        ("légitime", "légitime", "ADJ", "xcomp", 3) if r[0] == "insuffisante" else r for r in movement
    ]
    assert [e[0] for e in coded(document(favourable, "fr", COUNTRIES))] == []


def test_a_quoted_participle_the_parser_took_for_an_adjective_is_still_the_act() -> None:
    assert coded(document(NEUTRALISED, "fr", COUNTRIES)) == [("ASSAULT", ["MLI"], ["MLI"])]


def _event(actor: tuple[str, str], recipient: tuple[str, str], start: int) -> Event:
    return Event(
        id="",
        type="ASSAULT",
        actors=[ActorRef(name=actor[0], country="TGO", sector=actor[1])],
        recipients=[ActorRef(name=recipient[0], country="TGO", sector=recipient[1])],
        evidence=[Span(start=start, end=start + 4)],
        trigger=Span(start=start, end=start + 4),
    )


def test_an_armed_groups_attack_and_the_armys_answer_are_two_acts() -> None:
    attack = _event(("assaillants", "UAF"), ("armée", "MIL"), 0)
    answer = _event(("armée", "MIL"), ("assaillants", "UAF"), 60)
    retold = _event(("hommes armés", "UAF"), ("soldats", "MIL"), 120)
    assert [e.trigger.start for e in merge_events([attack, answer, retold], []) if e.trigger] == [0, 60]


#: "Des manifestants ont lancé des pierres . Les policiers ont riposté ."
STONES: list[Row] = [
    ("Des", "un", "DET", "det", 1),
    ("manifestants", "manifestant", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3, AUX),
    ("lancé", "lancer", "VERB", "ROOT", 3, PART),
    ("des", "un", "DET", "det", 5),
    ("pierres", "pierre", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
ANSWERED: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("policiers", "policier", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3, AUX),
    ("riposté", "riposter", "VERB", "ROOT", 3, PART),
    (".", ".", "PUNCT", "punct", 3),
]
#: "RSF a exigé sa libération ."
RELEASE: list[Row] = [
    ("RSF", "RSF", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2, AUX),
    ("exigé", "exiger", "VERB", "ROOT", 2, PART),
    ("sa", "son", "DET", "det", 4),
    ("libération", "libération", "NOUN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_riposte_aims_at_those_who_struck_before() -> None:
    doc = document(STONES, "fr", {"policiers": ("Bahrain", "BHR")}, ANSWERED, groups=("manifestants",))
    riposte = [e for e in EventCoder().code(doc, "events@test") if e.type == "ASSAULT"]
    assert [[r.name for r in e.recipients] for e in riposte] == [["manifestants"]]


def test_a_demand_for_a_release_is_addressed_to_the_authorities_where_it_happens() -> None:
    doc = document(RELEASE, "fr", {"RSF": ("Reporters sans frontières", None)}, places={"RSF": "BDI"})
    events = coded(doc)
    assert events and events[0][0] == "REQUEST" and events[0][2] == ["BDI"]


#: "L' UE a adopté jeudi des mesures restrictives contre le Mali ." (the parser hangs "mesures" on
#: "jeudi")
ADOPTED: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("UE", "UE", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, AUX),
    ("adopté", "adopter", "VERB", "ROOT", 3, PART),
    ("jeudi", "jeudi", "NOUN", "obl:mod", 3),
    ("des", "de", "ADP", "case", 6),
    ("mesures", "mesure", "NOUN", "nmod", 4),
    ("restrictives", "restrictif", "ADJ", "amod", 6),
    ("contre", "contre", "ADP", "case", 10),
    ("le", "le", "DET", "det", 10),
    ("Mali", "Mali", "PROPN", "nmod", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_noun_the_parser_hung_on_the_day_after_a_light_verb_is_its_object() -> None:
    actors = {"UE": ("European Union", "IGO"), "Mali": ("Mali", "MLI")}
    assert coded(document(ADOPTED, "fr", actors)) == [("SANCTION", ["IGO"], ["MLI"])]
