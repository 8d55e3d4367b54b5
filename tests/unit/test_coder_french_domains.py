"""French reports of justice, policing, institutions and aid: people arrested or charged without a
named agent, light verbs taking an oblique event noun, sentences vs criticism, a headline prefix
naming a city, IGOs in the scorer, foreign aid to the report's country, and dedup by mode."""

from coder_samples import coded, document

from dateline.eval.events import countries
from dateline.model import ActorRef, Document, Event, Place, Span
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.dedup import merge_events
from dateline.stages.events.references import home_beneficiary, home_country

PART = "Tense=Past|VerbForm=Part"
#: "Deux hommes ont été arrêtés à Lyon ."
ARRESTED_FR = [
    ("Deux", "deux", "NUM", "nummod", 1),
    ("hommes", "homme", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("arrêtés", "arrêter", "VERB", "ROOT", 4, PART),
    ("à", "à", "ADP", "case", 6),
    ("Lyon", "Lyon", "PROPN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]
#: "Des vols ont été suspendus à Lyon ." (things, not people: no agent stands for it)
SUSPENDED_FR = [
    ("Des", "un", "DET", "det", 1),
    ("vols", "vol", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("suspendus", "suspendre", "VERB", "ROOT", 4, PART),
    ("à", "à", "ADP", "case", 6),
    ("Lyon", "Lyon", "PROPN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]
#: "L' UE a adopté de nouvelles sanctions contre la Russie ." (the parser's partitive obl:arg)
ADOPTED_FR = [
    ("L'", "le", "DET", "det", 1),
    ("UE", "UE", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("adopté", "adopter", "VERB", "ROOT", 3, PART),
    ("de", "de", "ADP", "case", 6),
    ("nouvelles", "nouveau", "ADJ", "amod", 6),
    ("sanctions", "sanction", "NOUN", "obl:arg", 3),
    ("contre", "contre", "ADP", "case", 9),
    ("la", "le", "DET", "det", 9),
    ("Russie", "Russie", "PROPN", "nmod", 6),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Le tribunal a condamné le ministre à cinq ans de prison ." ("ans" hung on the object)
SENTENCED_FR = [
    ("Le", "le", "DET", "det", 1),
    ("tribunal", "tribunal", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("condamné", "condamner", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("ministre", "ministre", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 8),
    ("cinq", "cinq", "NUM", "nummod", 8),
    ("ans", "an", "NOUN", "nmod", 5),
    ("de", "de", "ADP", "case", 10),
    ("prison", "prison", "NOUN", "nmod", 8),
    (".", ".", "PUNCT", "punct", 3),
]
MALI = {"tribunal": ("Mali JUD", "MLI"), "ministre": ("Mali GOV", "MLI")}


def test_people_arrested_without_a_named_agent_are_arrested_by_the_police_of_the_place() -> None:
    doc = document(ARRESTED_FR, "fr", {}, places={"Lyon": "FRA"})
    (event,) = EventCoder().code(doc, "events@test")
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert [(a.sector, a.country) for a in event.actors] == [("COP", "FRA")]
    assert [r.country for r in event.recipients] == ["FRA"]
    assert coded(document(SUSPENDED_FR, "fr", {}, places={"Lyon": "FRA"})) == []


def test_a_light_verb_yields_to_an_oblique_event_noun() -> None:
    countries_fr = {"UE": ("European Union", "IGO"), "Russie": ("Russia", "RUS")}
    assert coded(document(ADOPTED_FR, "fr", countries_fr)) == [("SANCTION", ["IGO"], ["RUS"])]


def test_condemned_to_prison_is_a_sentence_not_a_criticism() -> None:
    assert coded(document(SENTENCED_FR, "fr", MALI)) == [("SANCTION", ["MLI"], ["MLI"])]
    criticism = [row if row[0] != "prison" else ("exil", "exil", "NOUN", "nmod", 8) for row in SENTENCED_FR]
    assert [t for t, *_ in coded(document(criticism, "fr", MALI))] == ["ACCUSE"]  # no penalty named


def test_a_headline_prefix_naming_a_city_gives_the_reports_country() -> None:
    text = "Trois policiers blessés près de la gare."
    doc = Document(
        id="d",
        title="Grenoble : trois policiers blessés",
        text=text,
        places=[Place(name="Grenoble", country="FRA", mentions=[]), Place(name="Turin", country="ITA")],
    )
    assert home_country(doc) == "FRA"
    doc.title = "Faits divers : trois policiers blessés"
    assert home_country(doc) is None


def test_igos_score_alike_whichever_way_the_gold_writes_them() -> None:
    gold = [{"name": "HCR", "country": None, "sector": "IGO"}, {"name": "Tchad", "country": "TCD"}]
    system = [ActorRef(name="UNHCR", country="IGO", sector="IGO"), ActorRef(name="Chad", country="TCD")]
    assert countries(gold) == countries(system) == frozenset({"IGO", "TCD"})
    assert countries([{"name": "riverains", "country": None, "sector": "CVL"}]) == frozenset()


def test_foreign_aid_naming_no_beneficiary_goes_to_the_reports_country() -> None:
    canada = ActorRef(name="Canada", country="CAN")
    assert [r.country for r in home_beneficiary([canada], "HTI")] == ["HTI"]
    assert home_beneficiary([canada], "CAN") == [] and home_beneficiary([canada], None) == []
    assert home_beneficiary([ActorRef(name="donateurs", sector="GOV")], "HTI") == []


def test_a_suspension_and_an_arrest_of_one_party_are_two_events() -> None:
    def coerce(mode: str, start: int) -> Event:
        return Event(
            id="",
            type="COERCE",
            mode=mode,
            actors=[ActorRef(name="COM", country="COM")],
            recipients=[ActorRef(name="COM", country="COM")],
            evidence=[Span(start=start, end=start + 4)],
            trigger=Span(start=start, end=start + 4),
        )

    merged = merge_events([coerce("restrict", 0), coerce("arrest", 40), coerce("arrest", 80)], [])
    assert [e.mode for e in merged] == ["restrict", "arrest"]
