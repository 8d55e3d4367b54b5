"""Parties' countries (session 19): an envoy is its sender's, a recalled envoy stands for its post, a
possessive gives generic agents to their reporter, a country named as a party is no place."""

from __future__ import annotations

from test_actors import parsed

from dateline.model import Actor, ActorRef, Document, Place, PlaceRef, Span
from dateline.stages.events import envoys
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.passes.localise import party_place
from dateline.stages.events.references import possessed
from dateline.stages.events.resolution import national


def span(doc: Document, word: str) -> Span:
    start = doc.text.index(word)
    return Span(start=start, end=start + len(word))


def recall() -> Document:
    """'Mexico recalled its ambassador to Ecuador .'"""
    doc = parsed(
        "en",
        [("Mexico", "PROPN", "nsubj", 1), ("recalled", "VERB", "ROOT", 1), ("its", "PRON", "poss", 3),
         ("ambassador", "NOUN", "dobj", 1), ("to", "ADP", "prep", 3), ("Ecuador", "PROPN", "pobj", 4),
         (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    doc.actors.append(
        Actor(name="Mexico", kind="country", country="MEX", kb_id="MEX", mentions=[span(doc, "Mexico")])
    )
    doc.places.append(Place(name="Ecuador", country="ECU", mentions=[span(doc, "Ecuador")]))
    return doc


def test_a_recalled_envoy_stands_for_its_post() -> None:
    doc = recall()
    ambassador = ActorRef(name="ambassador (GOV)", kind="group", sector="GOV", country="MEX",
                          evidence=[span(doc, "its ambassador")])  # fmt: skip
    mexico = ActorRef(name="Mexico", kind="country", country="MEX", evidence=[span(doc, "Mexico")])
    out = envoys.recalled([ambassador], [mexico], doc.analysis, ActorIndex(doc))
    assert [(r.country, r.kind, r.sector) for r in out] == [("ECU", "country", "GOV")]
    assert out[0].evidence == ambassador.evidence


def test_an_envoy_given_its_post_s_country_is_the_report_s() -> None:
    doc = recall()
    ambassador = ActorRef(name="ambassador (GOV)", kind="group", sector="GOV", country="ECU",
                          evidence=[span(doc, "its ambassador")])  # fmt: skip
    assert [r.country for r in envoys.sent([ambassador], doc.analysis, ActorIndex(doc), "MEX")] == ["MEX"]
    # filed from the post itself, the sender is unknown
    assert [r.country for r in envoys.sent([ambassador], doc.analysis, ActorIndex(doc), "ECU")] == [None]


def test_an_envoy_of_another_state_stays_as_it_is() -> None:
    doc = recall()
    other = ActorRef(name="ambassador (GOV)", kind="group", sector="GOV", country="PER",
                     evidence=[span(doc, "its ambassador")])  # fmt: skip
    mexico = ActorRef(name="Mexico", kind="country", country="MEX", evidence=[span(doc, "Mexico")])
    index = ActorIndex(doc)
    assert envoys.recalled([other], [mexico], doc.analysis, index) == [other]
    assert envoys.sent([other], doc.analysis, index, "MEX") == [other]


def test_a_post_hung_on_the_verb_is_the_envoy_s() -> None:
    doc = parsed(
        "fr",
        [("Le", "DET", "det", 1), ("gouvernement", "NOUN", "nsubj", 3), ("a", "AUX", "aux:tense", 3),
         ("rappelé", "VERB", "ROOT", 3), ("son", "DET", "det", 5), ("représentant", "NOUN", "obj", 3),
         ("auprès", "ADV", "advmod", 3), ("de", "ADP", "case", 9), ("la", "DET", "det", 9),
         ("CEDEAO", "PROPN", "obl:arg", 6), (".", "PUNCT", "punct", 3)],
    )  # fmt: skip
    body = Actor(name="ECOWAS", kind="organisation", country="IGO", sector="IGO", kb_id="ECOWAS",
                 mentions=[span(doc, "CEDEAO")])  # fmt: skip
    doc.actors.append(body)
    where = envoys.post(doc.analysis[5], ActorIndex(doc))
    assert where is not None and (where.name, where.country, where.sector) == ("ECOWAS", "IGO", "IGO")


def test_a_plain_role_has_no_post() -> None:
    doc = parsed(
        "en",
        [("Police", "NOUN", "nsubj", 1), ("arrested", "VERB", "ROOT", 1), ("protesters", "NOUN", "dobj", 1),
         ("in", "ADP", "prep", 2), ("Lagos", "PROPN", "pobj", 3), (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    doc.places.append(Place(name="Lagos", country="NGA", mentions=[span(doc, "Lagos")]))
    police = ActorRef(
        name="police (COP)", kind="group", sector="COP", country="NGA", evidence=[span(doc, "Police")]
    )
    assert envoys.envoy(police, doc.analysis) is None
    assert envoys.sent([police], doc.analysis, ActorIndex(doc), "CHE") == [police]


def subject_country() -> Document:
    """'Saudi Arabia pledged aid to families .'"""
    doc = parsed(
        "en",
        [("Saudi", "PROPN", "compound", 1), ("Arabia", "PROPN", "nsubj", 2), ("pledged", "VERB", "ROOT", 2),
         ("aid", "NOUN", "dobj", 2), ("to", "ADP", "prep", 2), ("families", "NOUN", "pobj", 4),
         (".", "PUNCT", "punct", 2)],
    )  # fmt: skip
    where = span(doc, "Saudi Arabia")
    doc.actors.append(
        Actor(name="Saudi Arabia", kind="country", country="SAU", kb_id="SAU", mentions=[where])
    )
    doc.places.append(Place(name="Saudi Arabia", country="SAU", mentions=[where]))
    return doc


def test_a_country_named_as_subject_is_a_party_not_a_place() -> None:
    doc = subject_country()
    place = PlaceRef(
        name="Saudi Arabia", country="SAU", rule="sentence", evidence=[span(doc, "Saudi Arabia")]
    )
    assert party_place(place, doc.analysis, ActorIndex(doc))


def test_a_country_after_in_is_a_place() -> None:
    doc = parsed(
        "en",
        [("Police", "NOUN", "nsubj", 1), ("arrested", "VERB", "ROOT", 1), ("ten", "NUM", "nummod", 3),
         ("people", "NOUN", "dobj", 1), ("in", "ADP", "prep", 1), ("Kenya", "PROPN", "pobj", 4),
         (".", "PUNCT", "punct", 1)],
    )  # fmt: skip
    where = span(doc, "Kenya")
    doc.actors.append(Actor(name="Kenya", kind="country", country="KEN", kb_id="KEN", mentions=[where]))
    place = PlaceRef(name="Kenya", country="KEN", rule="sentence", evidence=[where])
    assert not party_place(place, doc.analysis, ActorIndex(doc))
    assert not party_place(place.model_copy(update={"rule": "dateline"}), doc.analysis, ActorIndex(doc))


def test_a_possessive_pronoun_marks_a_possessed_noun() -> None:
    doc = parsed(
        "fr",
        [("ses", "DET", "det", 1), ("soldats", "NOUN", "nsubj", 2), ("ont", "AUX", "aux:tense", 3),
         ("tiré", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)],
        morphs={0: "Poss=Yes"},
    )  # fmt: skip
    assert possessed(doc.analysis[1])
    assert not possessed(doc.analysis[3])


def test_a_country_s_red_cross_is_its_national_society() -> None:
    text = "The Kenya Red Cross delivered tablets. Kenya thanked the Red Cross."
    kenya = ActorRef(name="Kenya", kind="country", country="KEN", evidence=[Span(start=4, end=9)])
    icrc = ActorRef(name="International Committee of the Red Cross", kind="organisation", country="IGO",
                    sector="IGO", kb_id="icrc", evidence=[Span(start=10, end=19)])  # fmt: skip
    society = national([kenya, icrc], text)
    assert [(r.name, r.country, r.sector) for r in society] == [("Kenya Red Cross", "KEN", "NGO")]
    # apart, they stay two parties
    later = kenya.model_copy(update={"evidence": [Span(start=39, end=44)]})
    assert national([later, icrc], text) == [later, icrc]
