"""Story clustering, event merging, source chains and comparison on hand-built Documents."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from dateline.model import (
    Actor,
    ActorRef,
    Attribution,
    AttributionRef,
    Document,
    Event,
    Language,
    Place,
    PlaceRef,
    Span,
    TimeRef,
)
from dateline.stories.chain import source_chain
from dateline.stories.cluster import StoryIndex, label_for
from dateline.stories.compare import claims, compare, numbers
from dateline.stories.features import (
    StoryDoc,
    StoryPlace,
    document_day,
    lead_place,
    place_keys,
    story_docs,
    text_numbers,
    text_terms,
)
from dateline.stories.fit import COSINE_MARGIN, LabelledPair, as_heavy_as, fit_model, grouped_folds
from dateline.stories.merge import match, merge_events
from dateline.stories.service import _features_json, _story_doc, _vectors_blob
from dateline.stories.similarity import (
    FEATURES,
    PAIR_FEATURES,
    SAME_ADMIN1,
    SAME_COUNTRY,
    SAME_PLACE,
    PairModel,
    days_apart,
    far_apart,
    lead_events_match,
    lead_place_foreign,
    lead_places_match,
    lead_roles_swapped,
    pair_features,
    place_relation,
    terms_cosine,
)


def unit(*values: float) -> np.ndarray:
    v = np.zeros(512, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


def story_doc(doc_id: str, vector: np.ndarray, actors=("RUS",), places=(), day=None, lang="en") -> StoryDoc:
    return StoryDoc(
        doc_id=doc_id,
        language=lang,
        outlet=None,
        title=doc_id,
        day=day,
        actors=frozenset(actors),
        places=frozenset(places),
        event_types=frozenset({"CONSULT"}),
        vector=vector,
        earliest=day,
        latest=day,
    )


MODEL = PairModel(
    features=("lead_cosine", "actors", "places", "types", "numbers", "lead_event", "lead_place"),
    weights=(8.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0),
    bias=-6.0,
    threshold=0.5,
    window_days=7,
)


def test_lead_event_feature_separates_different_happenings() -> None:
    aleppo = make_event("a-1", "CONSULT", ["RUS", "LBN"], 36.2, 37.1)
    same = make_event("b-1", "CONSULT", ["RUS", "LBN"], 36.21, 37.14)
    elsewhere = make_event("c-1", "CONSULT", ["RUS", "LBN"], 33.5, 36.3)
    a = replace(story_doc("a", unit(1)), leads=(make_event("a-0", "REQUEST", ["RUS"]), aleppo))
    b = replace(story_doc("b", unit(1)), leads=(same,))
    c = replace(story_doc("c", unit(1)), leads=(elsewhere,))
    assert lead_events_match(a, b) == 1.0
    assert lead_events_match(a, c) == -1.0
    assert lead_events_match(a, story_doc("d", unit(1))) == 0.0


def test_pair_features_follow_declared_order() -> None:
    a = replace(
        story_doc("a", unit(1, 0), actors=("RUS", "LBN")),
        body=unit(0, 1),
        numbers=frozenset({"1200", "4.2", "38"}),
        place_refs=(StoryPlace(1, "SYR", "09", 36.2, 37.1),),
    )
    b = replace(
        story_doc("b", unit(1, 0), actors=("RUS",), lang="fr"),
        body=unit(1, 1),
        numbers=frozenset({"1200", "4.2"}),
        place_refs=(StoryPlace(2, "SYR", "09", 36.0, 38.0),),
    )
    feats = dict(zip(FEATURES, pair_features(a, b), strict=True))
    assert feats["lead_cosine"] == pytest.approx(1.0)
    assert feats["body_cosine"] == pytest.approx(2**-0.5, abs=1e-6)
    assert feats["actors"] == pytest.approx(0.5)
    assert feats["places"] == SAME_ADMIN1
    assert feats["numbers"] == pytest.approx(2 / 3)
    assert feats["same_language"] == 0.0
    assert feats["terms"] == 0.0 and feats["lead_place_far"] == 0.0
    assert list(pair_features(a, b, ["numbers", "lead_cosine"])) == pytest.approx([2 / 3, 1.0])


def test_terms_weigh_rare_words_and_ignore_common_ones() -> None:
    terms = text_terms("The minister said the Kiruna mine and the Kiruna railway were closed.", "en")
    assert "the" not in terms and "said" not in terms
    assert max(terms, key=terms.__getitem__) == "kiruna"
    assert sum(w * w for w in terms.values()) == pytest.approx(1.0)
    folded = text_terms("Le glacier d'Échaurens fond; Échaurens s'inquiète.", "fr")
    assert "echaurens" in folded
    a = text_terms("Floods hit Kiruna and Gällivare after the thaw.", "en")
    b = text_terms("Kiruna floods: Gällivare braces after the thaw.", "en")
    c = text_terms("Parliament debates the budget for pensions.", "en")
    assert terms_cosine(a, b) > 0.8 > terms_cosine(a, c) == 0.0
    assert terms_cosine(a, {}) == 0.0


def test_terms_cosine_sums_exactly_as_over_every_word_of_the_smaller_bag() -> None:
    rng = np.random.default_rng(3)
    for _ in range(300):
        words = [f"w{i}" for i in rng.permutation(30)[: rng.integers(0, 25)]]
        split = int(rng.integers(0, len(words) + 1))
        a = {w: float(x) for w, x in zip(words[: split + 4], rng.random(len(words)), strict=False)}
        b = {w: float(x) for w, x in zip(reversed(words[split:]), rng.random(len(words)), strict=False)}
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        assert terms_cosine(a, b) == sum(w * large.get(k, 0.0) for k, w in small.items())


def test_model_weighs_only_the_features_it_names() -> None:
    model = PairModel.from_json(
        {"features": ["terms", "lead_cosine"], "weights": [4.0, 0.0], "bias": -2.0, "threshold": 0.5}
    )
    a = replace(story_doc("a", unit(1)), terms={"kiruna": 1.0})
    b = replace(story_doc("b", unit(0, 1)), terms={"kiruna": 1.0})
    assert model.probability_of(pair_features(a, b, model.features)) == pytest.approx(
        1 / (1 + math.exp(-2.0))
    )
    with pytest.raises(ValueError):
        PairModel.from_json({"features": ["colour"], "weights": [1.0], "bias": 0.0, "threshold": 0.5})


def test_place_relation_follows_the_hierarchy() -> None:
    aleppo = StoryPlace(170063, "SYR", "09", 36.20, 37.16)
    near_aleppo = StoryPlace(1, "SYR", "09", 36.25, 37.20)
    idlib = StoryPlace(169389, "SYR", "11", 35.93, 36.63)
    syria = StoryPlace(163843, "SYR", None, 35.0, 38.0)
    lebanon = StoryPlace(272103, "LBN", None, 33.8, 35.8)
    assert place_relation([aleppo], [near_aleppo]) == SAME_PLACE
    assert place_relation([aleppo], [StoryPlace(2, "SYR", "09", 36.9, 38.0)]) == SAME_ADMIN1
    assert place_relation([aleppo], [idlib]) == SAME_COUNTRY
    assert place_relation([syria], [syria]) == SAME_COUNTRY
    assert place_relation([aleppo], [lebanon]) == 0.0
    assert place_relation([], [aleppo]) == 0.0


def test_numbers_are_normalised_across_languages() -> None:
    french = text_numbers("1 200 habitants évacués, un plan de 4,2 milliards, 14 écoles en 2025, 3 morts")
    english = text_numbers("1,200 people evacuated, a 4.2 billion plan, 14 schools in 2025, 3 dead")
    assert french == english == {"1200", "4.2", "14"}
    assert text_numbers("le 12.07.2025") == frozenset()


def test_text_lower_bound_keeps_reports_years_apart_unlinked() -> None:
    dated = story_doc("a", unit(1, 0), day=date(2025, 2, 11))
    undated = replace(
        story_doc("b", unit(1, 0)), earliest=date(2021, 3, 3)
    )  # "on 3 March 2021": a lower bound
    later = replace(story_doc("c", unit(1, 0)), earliest=date(2025, 6, 1))
    assert days_apart(dated, undated) == 0  # the undated report may be from any day after March 2021
    assert days_apart(dated, later) == 110
    assert far_apart(dated, later, 7) and not far_apart(dated, undated, 7)
    index = StoryIndex(MODEL)
    assert index.add(dated).story_id != index.add(later).story_id


def test_index_links_similar_reports_and_keeps_others_apart() -> None:
    index = StoryIndex(MODEL)
    first = index.add(story_doc("a1", unit(1, 0.1), places=(7,)))
    second = index.add(story_doc("a2", unit(1, 0.12), places=(7,), lang="fr"))
    other = index.add(story_doc("b1", unit(0, 1), actors=("USA",)))
    assert first.new_story and not second.new_story
    assert second.story_id == first.story_id
    assert other.new_story and other.story_id != first.story_id


def test_time_window_blocks_links_between_distant_dates() -> None:
    index = StoryIndex(MODEL)
    a = index.add(story_doc("a", unit(1, 0), day=date(2024, 1, 1)))
    b = index.add(story_doc("b", unit(1, 0), day=date(2024, 3, 1)))
    assert b.story_id != a.story_id


def test_label_names_the_lead_event_its_members_report() -> None:
    meeting = Event(
        id="m-1",
        type="CONSULT",
        actors=[ActorRef(name="Moscou", country="RUS", kb_id="RUS")],
        recipients=[ActorRef(name="le Hezbollah", country="LBN", kb_id="hezbollah")],
        place=PlaceRef(name="Beirut"),
    )
    strike = Event(id="s-1", type="ASSAULT", actors=[ActorRef(name="Israel", country="ISR")], place=None)
    members = [
        replace(story_doc("a", unit(1), actors=("ISR", "IRN", "RUS")), leads=(strike, meeting)),
        replace(story_doc("b", unit(1)), leads=(meeting,)),
    ]
    names = {"RUS": "Russia", "hezbollah": "Hezbollah", "ISR": "Israel", "IRN": "Iran"}
    assert label_for(members, names, {}) == "Russia → Hezbollah · CONSULT · Beirut"


def test_without_lead_events_the_label_uses_dominant_actor_type_and_place() -> None:
    members = [
        story_doc("a", unit(1), actors=("RUS", "LBN"), places=(5,)),
        story_doc("b", unit(1), places=(5,)),
    ]
    label = label_for(members, {"RUS": "Russia", "LBN": "Hezbollah"}, {5: "Aleppo"})
    assert label.startswith("Russia")
    assert "CONSULT" in label and "Aleppo" in label


def make_event(eid: str, type_: str, countries: list[str], lat=None, lon=None, start=None, end=None) -> Event:
    return Event(
        id=eid,
        type=type_,
        actors=[ActorRef(name=c, country=c) for c in countries],
        place=PlaceRef(name="x", lat=lat, lon=lon) if lat is not None else None,
        time=TimeRef(text="t", start=start, end=end) if start else None,
        attribution=[AttributionRef(source="Al-Akhbar")],
        evidence=[Span(start=0, end=4)],
        sentence=Span(start=0, end=4),
        confidence=0.8,
    )


def make_doc(
    doc_id: str, events: list[Event], text: str = "Text of the report.", lang="en", **kw
) -> Document:
    return Document(id=doc_id, text=text, events=events, language=Language(code=lang, confidence=1.0), **kw)


def test_match_explains_fields_and_refuses_far_places() -> None:
    a = make_event("a-1", "CONSULT", ["RUS", "LBN"], 36.2, 37.1, "2016-11-01", "2016-11-10")
    b = make_event("b-1", "CONSULT", ["LBN", "RUS"], 36.21, 37.14, "2016-11-05", "2016-11-06")
    fields = match(a, b)
    assert fields is not None
    assert fields["type"] == "same" and fields["actors"] == ["LBN", "RUS"]
    assert "km" in fields["place"] and fields["time"] == "overlapping intervals"
    far = make_event("c-1", "CONSULT", ["RUS", "LBN"], 33.5, 36.3)
    assert match(a, far) is None
    assert match(a, make_event("d-1", "ASSAULT", ["RUS", "LBN"])) is None
    assert match(a, make_event("e-1", "CONSULT", ["USA"])) is None


def test_merge_joins_reports_across_documents_and_can_be_reversed() -> None:
    d1 = make_doc("d1", [make_event("d1-1", "CONSULT", ["RUS", "LBN"])], outlet="Outlet A", lang="fr")
    d2 = make_doc("d2", [make_event("d2-1", "CONSULT", ["RUS", "LBN"])], outlet="Outlet B")
    merged = merge_events([d1, d2])
    assert len(merged) == 1
    assert {r.outlet for r in merged[0].reports} == {"Outlet A", "Outlet B"}
    assert merged[0].reports[0].attribution == ["Al-Akhbar"]
    assert merged[0].links[0]["matched"]["type"] == "same"
    assert merge_events([d1, d2], detached=frozenset({"d2-1"})) == []


def test_merge_never_joins_two_events_of_one_report() -> None:
    d1 = make_doc("d1", [make_event("d1-1", "CONSULT", ["RUS"]), make_event("d1-2", "CONSULT", ["RUS"])])
    assert merge_events([d1]) == []


def test_source_chain_links_outlet_source_speaker_and_relay() -> None:
    doc = make_doc(
        "d1",
        [],
        outlet="Gulf Wire",
        attributions=[
            Attribution(source="State TV", verb="citing", speaker="General X"),
            Attribution(source="Relay Desk", relay=True, scope="document"),
        ],
    )
    graph = source_chain([doc]).to_json()
    relations = {(e["from"], e["relation"], e["to"]) for e in graph["edges"]}
    assert ("outlet:gulf wire", "cites", "source:state tv") in relations
    assert ("source:state tv", "quotes", "speaker:general x") in relations
    assert ("outlet:gulf wire", "via", "relay:relay desk") in relations


def test_claims_and_numbers_are_found_with_evidence() -> None:
    text = "It was the first official meeting of the two sides. At least 1,200 fighters and 40 rockets came."
    doc = make_doc("d", [], text=text)
    found = claims(doc)
    assert found["first"][0].value == "first (official)"
    assert found["first"][0].evidence[0].of(text) == "first"
    counted = numbers(doc)
    assert counted["troops"][0].value == "1200"
    assert counted["weapons"][0].value == "40"


def test_compare_flags_framing_claims_and_number_contradictions() -> None:
    fr_text = "Les terroristes ont perdu 300 combattants. Première rencontre officielle entre les deux camps."
    en_text = "The rebels lost 500 fighters, officials said. It was the first meeting of its kind."
    fr = make_doc("fr", [], text=fr_text, lang="fr", attributions=[Attribution(source="Al-Akhbar")])
    en = make_doc("en", [], text=en_text, attributions=[Attribution(source="al-Akhbar")])
    rows = {(r.aspect, r.key): r for r in compare([fr, en])}
    assert rows[("framing", "terrorist")].status == "differ"
    assert set(rows[("framing", "terrorist")].by_document) == {"fr"}
    assert rows[("number", "troops")].status == "differ"
    assert rows[("claim", "first")].status == "differ"
    assert rows[("cited source", "al-akhbar")].status == "agree"


def test_document_day_and_place_keys() -> None:
    doc = make_doc(
        "d",
        [],
        places=[
            Place(name="Syria", geonames_id=163843, feature_class="A"),
            Place(name="Aleppo", geonames_id=170063, feature_class="P", admin1="09"),
        ],
        actors=[Actor(name="Russia", kind="country", country="RUS")],
    )
    assert place_keys(doc) == frozenset({170063})
    doc.published.start = "2016-11-01"
    assert document_day(doc) is None  # an open lower bound is no publication day
    doc.published.value, doc.published.precision = "2016-11", "month"
    assert document_day(doc) == date(2016, 11, 1)


def test_merged_event_holds_one_event_per_report_preferring_the_same_type() -> None:
    d1 = make_doc(
        "d1",
        [make_event("d1-1", "SUPPORT", ["RUS", "LBN"]), make_event("d1-2", "CONSULT", ["RUS", "LBN"])],
    )
    d2 = make_doc("d2", [make_event("d2-1", "CONSULT", ["RUS", "LBN"])])
    merged = merge_events([d1, d2])
    assert len(merged) == 1
    assert sorted(r.event_id for r in merged[0].reports) == ["d1-2", "d2-1"]
    assert merged[0].type == "CONSULT"


def test_lead_place_is_the_first_place_below_country_level() -> None:
    text = "In Syria, officials met in Aleppo on Monday. Later they went to Hama."
    doc = make_doc(
        "d",
        [],
        text=text,
        places=[
            Place(
                name="Syria",
                country="SYR",
                feature_class="A",
                lat=35.0,
                lon=38.0,
                mentions=[Span(start=3, end=8)],
            ),
            Place(name="Hama", country="SYR", lat=35.13, lon=36.75, mentions=[Span(start=63, end=67)]),
            Place(name="Aleppo", country="SYR", lat=36.2, lon=37.16, mentions=[Span(start=27, end=33)]),
        ],
    )
    first = lead_place(doc)
    assert first is not None and (first.lat, first.lon) == (36.2, 37.16)
    # a sea or a region across borders (no country) is no lead place: its centre is no point to measure from
    sea = Place(name="Mediterranean", feature_class="H", lat=35.0, lon=18.0, mentions=[Span(start=0, end=2)])
    assert lead_place(doc.model_copy(update={"places": [sea, *doc.places]})) == first
    near = replace(story_doc("a", unit(1)), lead_place=StoryPlace(1, "SYR", "09", 36.2, 37.16))
    same = replace(story_doc("b", unit(1)), lead_place=StoryPlace(2, "SYR", "09", 36.21, 37.1))
    far = replace(story_doc("c", unit(1)), lead_place=StoryPlace(3, "SYR", "13", 33.5, 36.3))
    assert lead_places_match(near, same) == 1.0
    assert lead_places_match(near, far) == -1.0
    assert lead_places_match(near, story_doc("d", unit(1))) == 0.0
    far_only = PAIR_FEATURES["lead_place_far"]
    assert (far_only(near, same), far_only(near, far), far_only(near, story_doc("d", unit(1)))) == (
        0.0,
        -1.0,
        0.0,
    )


def test_lead_place_is_where_the_lead_event_happened() -> None:
    text = "PRAGUE - The ministry said a blast hit a plant in Ostrava on Tuesday. Smoke rose over Radvanice."
    prague = Place(
        name="Prague",
        geonames_id=1,
        country="CZE",
        admin1="52",
        lat=50.09,
        lon=14.42,
        mentions=[Span(start=0, end=6)],
    )
    ostrava = Place(
        name="Ostrava",
        geonames_id=2,
        country="CZE",
        admin1="85",
        lat=49.83,
        lon=18.28,
        mentions=[Span(start=50, end=57)],
    )
    blast = make_event("e-1", "ASSAULT", ["CZE"]).model_copy(
        update={
            "place": PlaceRef(
                name="Ostrava", geonames_id=2, country="CZE", lat=49.83, lon=18.28, rule="clause"
            )
        }
    )
    doc = make_doc("d", [blast], text=text, places=[prague, ostrava])
    # the dateline opens the text, but the blast is placed in Ostrava: that is the lead place
    placed = lead_place(doc)
    assert placed is not None and placed.geonames_id == 2 and placed.admin1 == "85"
    # with no placed lead event, the first place the lead names stays the rule
    unplaced = lead_place(doc.model_copy(update={"events": [make_event("e-2", "ASSAULT", ["CZE"])]}))
    assert unplaced is not None and unplaced.geonames_id == 1
    # a lead event placed in a country no other place of the report lies in is a misread name, not the scene
    stray = Place(name="Ostrava", geonames_id=3, country="USA", admin1="MO", lat=38.7, lon=-90.3)
    misread = blast.model_copy(update={"place": PlaceRef(name="Ostrava", geonames_id=3, rule="clause")})
    alone = doc.model_copy(update={"events": [misread], "places": [prague, stray]})
    fallback = lead_place(alone)
    assert fallback is not None and fallback.geonames_id == 1


def test_lead_place_out_of_line_with_the_report_is_a_homonym() -> None:
    text = "CHIVAY, Peru - Houses fell in the Colca valley. Arequipa sent help. Lima watched."

    def place(name: str, gid: int, admin1: str, lat: float, lon: float, start: int) -> Place:
        return Place(
            name=name,
            geonames_id=gid,
            country="PER",
            admin1=admin1,
            lat=lat,
            lon=lon,
            mentions=[Span(start=start, end=start + len(name))],
        )

    chivay = place("Chivay", 1, "Arequipa", -15.64, -71.6, 0)
    colca = place("Colca", 2, "Ayacucho", -13.71, -74.03, 34)  # a village elsewhere read for the valley
    arequipa = place("Arequipa", 3, "Arequipa", -16.4, -71.54, 48)
    quake = make_event("e-1", "ASSAULT", ["PER"]).model_copy(
        update={"place": PlaceRef(name="Colca", geonames_id=2, country="PER", rule="clause")}
    )
    doc = make_doc("d", [quake], text=text, places=[chivay, colca, arequipa])
    # the lead event's place lies in a division no other place of the report lies in: the next candidate
    scene = lead_place(doc)
    assert scene is not None and scene.geonames_id == 1
    # the first place of the lead, when out of line and another one is not, gives way too
    unplaced = doc.model_copy(update={"events": [], "places": [colca, chivay, arequipa]})
    colca_first = colca.model_copy(update={"mentions": [Span(start=0, end=5)]})
    first = lead_place(unplaced.model_copy(update={"places": [colca_first, chivay, arequipa]}))
    assert first is not None and first.geonames_id == 1
    # two places in two divisions and nothing else: neither is out of line with a majority, the rule stays
    lima = place("Lima", 4, "Lima", -12.05, -77.04, 68)
    pair = lead_place(doc.model_copy(update={"places": [colca, lima]}))
    assert pair is not None and pair.geonames_id == 2


def directed(eid: str, type_: str, actors: list[str], recipients: list[str]) -> Event:
    event = make_event(eid, type_, actors)
    return event.model_copy(update={"recipients": [ActorRef(name=c, country=c) for c in recipients]})


def test_roles_swapped_between_lead_events_of_one_type() -> None:
    visit = replace(story_doc("a", unit(1)), leads=(directed("a-1", "CONSULT", ["TUR"], ["IRQ"]),))
    same_visit = replace(story_doc("b", unit(1)), leads=(directed("b-1", "CONSULT", ["TUR"], ["IRQ"]),))
    return_visit = replace(
        story_doc("c", unit(1)),
        leads=(directed("c-0", "REQUEST", ["TUR"], ["IRQ"]), directed("c-1", "CONSULT", ["IRQ"], ["TUR"])),
    )
    other_type = replace(story_doc("d", unit(1)), leads=(directed("d-1", "ACCUSE", ["IRQ"], ["TUR"]),))
    no_recipient = replace(story_doc("e", unit(1)), leads=(make_event("e-1", "CONSULT", ["IRQ", "TUR"]),))
    assert lead_roles_swapped(visit, return_visit) == lead_roles_swapped(return_visit, visit) == -1.0
    assert lead_roles_swapped(visit, same_visit) == 0.0
    assert lead_roles_swapped(visit, other_type) == 0.0
    assert lead_roles_swapped(visit, no_recipient) == lead_roles_swapped(no_recipient, visit) == 0.0
    assert PAIR_FEATURES["lead_roles_swapped"](visit, return_visit) == -1.0


def test_lead_place_foreign_to_the_other_reports_parties() -> None:
    def report(doc_id: str, place: StoryPlace, *events: Event) -> StoryDoc:
        return replace(story_doc(doc_id, unit(1)), leads=events, lead_place=place)

    tehran = StoryPlace(1, "IRN", "26", 35.7, 51.4)
    cairo = StoryPlace(2, "EGY", "11", 30.0, 31.2)
    vienna = StoryPlace(3, "AUT", "09", 48.2, 16.4)
    in_tehran = report("a", tehran, directed("a-1", "CONSULT", ["IGO"], ["IRN"]))
    in_cairo = report("b", cairo, directed("b-1", "CONSULT", ["IGO", "IRN"], ["EGY"]))
    dateline_abroad = report("c", vienna, directed("c-1", "CONSULT", ["IGO"], ["IRN"]))
    both_parties = report("d", cairo, directed("d-1", "CONSULT", ["IRN"], ["EGY"]))
    both_parties_too = report("e", tehran, directed("e-1", "CONSULT", ["EGY"], ["IRN"]))
    assert lead_place_foreign(in_tehran, in_cairo) == lead_place_foreign(in_cairo, in_tehran) == -1.0
    # Vienna is no party to the report that opens there: its dateline, not where the story happened.
    assert lead_place_foreign(in_tehran, dateline_abroad) == 0.0
    # Each place is a party to both reports: one story between two countries, told from either side.
    assert lead_place_foreign(both_parties, both_parties_too) == 0.0
    assert lead_place_foreign(in_tehran, replace(in_tehran, doc_id="f")) == 0.0
    assert lead_place_foreign(in_tehran, report("g", cairo)) == 0.0


def test_lead_places_in_one_first_level_division_do_not_contradict() -> None:
    """A state and a city in it, or two towns of one province, open one story as well as one city does."""
    state = replace(story_doc("a", unit(1)), lead_place=StoryPlace(10, "USA", "OH", 40.4, -82.7))
    city = replace(story_doc("b", unit(1)), lead_place=StoryPlace(11, "USA", "OH", 41.5, -81.7))
    other_state = replace(story_doc("c", unit(1)), lead_place=StoryPlace(12, "USA", "PA", 40.4, -80.0))
    same_id = replace(story_doc("d", unit(1)), lead_place=StoryPlace(10, "USA", "OH", 40.0, -83.0))
    assert lead_places_match(state, city) == 0.0
    assert lead_places_match(city, other_state) == -1.0
    assert lead_places_match(state, same_id) == 1.0
    coordinates_only = replace(story_doc("e", unit(1)), lead_place=StoryPlace(None, None, None, 41.5, -81.7))
    assert lead_places_match(state, coordinates_only) == -1.0
    assert lead_places_match(city, coordinates_only) == 1.0


def fake_encoder(texts: list[str]) -> np.ndarray:
    return np.array([unit(1, len(t) % 7) for t in texts], dtype=np.float32).reshape(len(texts), 512)


def test_reports_without_text_are_never_linked() -> None:
    blank = [make_doc("e1", [], text=""), make_doc("e2", [], text="")]
    views = story_docs([*blank, make_doc("full", [], text="Ministers met in Aleppo.")], fake_encoder)
    assert [v.empty for v in views] == [True, True, False]
    assert not views[0].vector.any() and not views[0].body_vector.any()
    linking = replace(MODEL, min_cosine=-1.0, bias=10.0)
    assert linking.probability(views[2], views[2]) > 0.9
    assert linking.probability(views[0], views[1]) == 0.0
    assert linking.probability(views[0], views[2]) == 0.0


def test_cosine_floor_ignores_same_story_pairs_without_text() -> None:
    a, b = story_doc("a", unit(1, 0)), story_doc("b", unit(1, 0.5))
    empty = replace(story_doc("e", unit(1)), vector=np.zeros(512, dtype=np.float32))
    pairs = [
        LabelledPair(a, b, True),
        LabelledPair(empty, a, True),
        LabelledPair(a, story_doc("c", unit(0, 1)), False),
        LabelledPair(b, story_doc("d", unit(0, 1)), False),
    ]
    model = fit_model(pairs, 10.0, ("lead_cosine",))
    assert model.min_cosine == pytest.approx(float(a.vector @ b.vector) - COSINE_MARGIN, abs=1e-3)


def test_a_small_set_of_many_pairs_weighs_as_much_as_the_judged_pairs() -> None:
    a, b = story_doc("a", unit(1)), story_doc("b", unit(1))
    own = [LabelledPair(a, b, True), LabelledPair(a, b, False, weight=3.0)]
    scaled = as_heavy_as(own, 2.0)
    assert [p.weight for p in scaled] == pytest.approx([0.5, 1.5])
    assert [p.same for p in scaled] == [True, False]
    assert as_heavy_as([], 5.0) == []


def test_cosine_floor_vetoes_links_between_unlike_leads() -> None:
    a = story_doc("a", unit(1, 0), places=(7,))
    b = story_doc("b", unit(1, 1.2), places=(7,))
    cosine = float(a.vector @ b.vector)
    assert MODEL.probability(a, b) > 0
    assert replace(MODEL, min_cosine=cosine + 0.01).probability(a, b) == 0.0


def test_stored_view_keeps_its_terms_and_older_rows_load_without_them() -> None:
    view = replace(story_doc("a", unit(1)), terms={"kiruna": 0.8, "gallivare": 0.6})
    features = _features_json(view)
    restored = _story_doc("a", _vectors_blob(view), features)
    assert restored.terms == {"kiruna": 0.8, "gallivare": 0.6}
    older = json.dumps({k: v for k, v in json.loads(features).items() if k != "terms"})
    assert _story_doc("a", _vectors_blob(view), older).terms == {}


def test_stored_lead_place_keeps_its_division_and_older_rows_keep_their_coordinates() -> None:
    place = StoryPlace(7, "SYR", "09", 36.2, 37.16)
    view = replace(story_doc("a", unit(1)), lead_place=place)
    features = _features_json(view)
    assert _story_doc("a", _vectors_blob(view), features).lead_place == place
    older = json.dumps({**json.loads(features), "lead_place": [36.2, 37.16]})
    assert _story_doc("a", _vectors_blob(view), older).lead_place == StoryPlace(None, None, None, 36.2, 37.16)


def _chain_pairs() -> list[tuple[str, str]]:
    """Twelve articles in chains of one to three pairs (a1-a2-a3, b1-b2, ...), as judged pairs come."""
    pairs = [("a1", "a2"), ("a2", "a3"), ("a3", "a4"), ("b1", "b2"), ("b2", "b3"), ("c1", "c2")]
    return pairs + [(f"d{i}", f"e{i}") for i in range(6)]


@pytest.mark.parametrize("seed", [None, 0, 1, 7])
def test_grouped_folds_keep_every_article_on_one_side(seed: int | None) -> None:
    pairs = _chain_pairs()
    folds = grouped_folds(pairs, 3, seed)
    fold_of: dict[str, int] = {}
    for (a, b), fold in zip(pairs, folds, strict=True):
        for doc in (a, b):
            assert fold_of.setdefault(doc, fold) == fold, (doc, seed)
    sizes = [folds.count(k) for k in range(3)]
    assert max(sizes) - min(sizes) <= 3, sizes  # the largest component holds 3 pairs


def test_grouped_folds_seed_reshuffles_and_none_is_the_largest_first_deal() -> None:
    pairs = _chain_pairs()
    assert grouped_folds(pairs, 3) == grouped_folds(pairs, 3, None)
    assert grouped_folds(pairs, 3)[:3] == [0, 0, 0]  # the chain of three pairs is dealt first, to fold 0
    assert grouped_folds(pairs, 3, 1) == grouped_folds(pairs, 3, 1)
    assert any(grouped_folds(pairs, 3, s) != grouped_folds(pairs, 3) for s in range(5))


def test_terms_read_rarity_in_the_reports_own_language() -> None:
    german = text_terms("Die Bundesregierung und der Landtag streiten über die Grundsteuer in Sachsen.", "de")
    assert "und" not in german and "die" not in german and "grundsteuer" in german
    # an Arabic word keeps its letters (folding to ASCII would leave every Arabic word the same empty key)
    a = text_terms("فيضانات في مدينة الإسكندرية بعد أمطار غزيرة", "ar")
    b = text_terms("البرلمان يناقش ميزانية التعليم الجديدة", "ar")
    assert "" not in a and len(a) > 3
    assert terms_cosine(a, b) < 0.5
    assert text_terms("新闻报道", "zh") == text_terms("新闻报道", "xx")
