"""The ninth pass's pair features (weekdays the leads name, rare words of the opening) and the fit that the
own labelled sets bind, on hand-built views."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from dateline.model import Document, Language
from dateline.stories.features import LEAD_CHARS, StoryDoc, lead_weekdays, story_docs
from dateline.stories.fit import (
    MIN_OWN_PAIRWISE_F1,
    OWN_WEIGHTS,
    LabelledPair,
    LabelledSet,
    as_heavy_as,
    fit_constrained,
    fit_model,
)
from dateline.stories.service import _features_json, _story_doc, _vectors_blob
from dateline.stories.similarity import PAIR_FEATURES, weekday_clash


def unit(*values: float) -> np.ndarray:
    v = np.zeros(512, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


def view(doc_id: str, vector: np.ndarray, weekdays: frozenset[int] = frozenset()) -> StoryDoc:
    return StoryDoc(
        doc_id=doc_id,
        language="en",
        outlet=None,
        title=doc_id,
        day=None,
        actors=frozenset(),
        places=frozenset(),
        event_types=frozenset(),
        vector=vector,
        weekdays=weekdays,
    )


def test_lead_weekdays_in_english_and_french_from_the_lead_only() -> None:
    assert lead_weekdays("Dockers strike on Friday", "The port stopped on FRIDAY and Saturday.") == {4, 5}
    assert lead_weekdays("", "La maire a ordonné mercredi une inspection.") == {2}
    late = "x" * LEAD_CHARS + " on Monday"
    assert lead_weekdays("No day here", late) == frozenset()
    assert lead_weekdays("Mondays are slow", "") == frozenset()  # a whole word only


def test_lead_weekdays_of_a_lasting_happening_date_nothing() -> None:
    # a follow-up names a later day of one strike or fire: its weekdays are not the happening's start
    assert lead_weekdays("Bus strike enters its third day", "Drivers stayed out on Wednesday.") == frozenset()
    assert lead_weekdays("", "The dockers, on strike since Monday, met on Thursday.") == frozenset()
    assert lead_weekdays("", "La grève, entamée lundi, dure depuis lundi ; jeudi rien.") == frozenset()
    assert lead_weekdays("", "Troisième journée de grève ce mercredi.") == frozenset()
    assert lead_weekdays("", "Rescued on Friday after four days underground.") == frozenset()
    assert lead_weekdays("", "Le feu est fixé jeudi après trois jours de lutte.") == frozenset()
    # a duration to come is no span already run: the day still dates the happening
    assert lead_weekdays("", "Unions called a 14-day strike on Thursday.") == {3}
    assert lead_weekdays("", "The festival opened on Monday and runs for eight days.") == {0}
    assert lead_weekdays("", "The strike began on Monday.") == {0}


def test_weekday_clash_only_when_both_leads_name_days_two_or_more_apart() -> None:
    thursday, monday = view("a", unit(1), frozenset({3})), view("b", unit(1), frozenset({0}))
    both = view("c", unit(1), frozenset({0, 3}))
    assert weekday_clash(thursday, monday) == -1.0
    assert weekday_clash(thursday, both) == 0.0
    assert weekday_clash(thursday, view("d", unit(1))) == 0.0
    saturday, sunday = view("e", unit(1), frozenset({5})), view("f", unit(1), frozenset({6}))
    assert weekday_clash(saturday, sunday) == -1.0  # one day apart: two happenings, unless a follow-up
    assert weekday_clash(sunday, view("g", unit(1), frozenset({0}))) == -1.0  # round the week
    assert weekday_clash(sunday, view("h", unit(1), frozenset({6, 0}))) == 0.0  # a day shared
    follow_up = lead_weekdays("", "Firefighters on Sunday put out a blaze that had burned overnight.")
    assert follow_up == {5, 6}
    assert weekday_clash(saturday, view("i", unit(1), follow_up)) == 0.0  # broke out late on Saturday
    assert lead_weekdays("", "Au lendemain de la crue, la préfète a parlé lundi.") == {6, 0}
    assert PAIR_FEATURES["weekday_clash"] is weekday_clash


def fake_encoder(texts: list[str]) -> np.ndarray:
    return np.array([unit(1, len(t) % 5) for t in texts], dtype=np.float32).reshape(len(texts), 512)


def test_story_views_carry_the_openings_rare_words_and_weekdays() -> None:
    opening = "Kiruna miners walked out on Tuesday. "
    doc = Document(
        id="d1",
        title="Strike at Kiruna",
        text=opening + "Later paragraphs name Gallivare. " * 60,
        language=Language(code="en", confidence=1.0),
    )
    (v,) = story_docs([doc], fake_encoder)
    assert v.weekdays == {1}
    assert "kiruna" in v.lead_terms and "gallivare" in v.terms
    assert v.lead_terms["kiruna"] > v.terms["kiruna"]  # the opening's bag is not diluted by the rest
    assert PAIR_FEATURES["lead_terms"](v, v) == pytest.approx(1.0)


def test_stored_view_keeps_lead_terms_and_weekdays_and_older_rows_load_without_them() -> None:
    stored = replace(view("a", unit(1), frozenset({2, 6})), lead_terms={"kiruna": 1.0})
    features = _features_json(stored)
    restored = _story_doc("a", _vectors_blob(stored), features)
    assert restored.weekdays == {2, 6} and restored.lead_terms == {"kiruna": 1.0}
    older = json.dumps({k: v for k, v in json.loads(features).items() if k not in ("weekdays", "lead_terms")})
    again = _story_doc("a", _vectors_blob(stored), older)
    assert again.weekdays == frozenset() and again.lead_terms == {}


def judged_pairs() -> list[LabelledPair]:
    pairs = []
    for i in range(6):
        a, b = view(f"j{i}a", unit(1, 0.1 * i)), view(f"j{i}b", unit(1, 0.1 * i + 0.05))
        pairs.append(LabelledPair(a, b, True))
        pairs.append(LabelledPair(a, view(f"j{i}c", unit(0.1 * i, 1)), False))
    return pairs


def test_constrained_fit_is_the_plain_fit_when_the_own_sets_already_cluster_well() -> None:
    own = LabelledSet([view("o1", unit(1, 0)), view("o2", unit(1, 0.02)), view("o3", unit(0, 1))], {})
    own = LabelledSet(own.views, {"o1": "s", "o2": "s", "o3": "t"})
    judged = judged_pairs()
    model, weight = fit_constrained(judged, [own], 10.0, ("lead_cosine",))
    assert weight == OWN_WEIGHTS[0]
    assert own.pairwise_f1(model) >= MIN_OWN_PAIRWISE_F1
    plain = fit_model([*judged, *as_heavy_as(own.pairs(), len(judged))], 10.0, ("lead_cosine",))
    assert model.weights == plain.weights and model.threshold == plain.threshold


def test_constrained_fit_weighs_the_own_sets_up_until_they_cluster_else_the_heaviest() -> None:
    twins = LabelledSet([view("t1", unit(1, 0)), view("t2", unit(1, 0))], {"t1": "s", "t2": "t"})
    _, weight = fit_constrained(judged_pairs(), [twins], 10.0, ("lead_cosine",))
    assert weight == OWN_WEIGHTS[-1]  # identical views told apart: no weight can do it
