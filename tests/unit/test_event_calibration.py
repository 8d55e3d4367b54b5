"""Event confidence calibration: the reliability arithmetic and the coder applying a calibration."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from coder_samples import STRIKES_FR, document

from dateline.eval.calibration import ece, markdown, reliability
from dateline.stages.events import EventCoder, Events
from dateline.stages.events import calibration as cal
from dateline.stages.events.calibration import FEATURES, Calibration


def test_reliability_bins_and_ece_on_hand_made_numbers() -> None:
    confidences = [0.05, 0.15, 0.15, 0.95, 1.0]
    correct = [False, True, False, True, True]
    bins = reliability(confidences, correct)
    assert len(bins) == 10 and [b.count for b in bins] == [1, 2, 0, 0, 0, 0, 0, 0, 0, 2]
    assert (bins[1].low, bins[1].high) == (0.1, 0.2)
    assert bins[1].confidence == pytest.approx(0.15) and bins[1].accuracy == 0.5
    assert bins[9].confidence == pytest.approx(0.975) and bins[9].accuracy == 1.0  # 1.0 joins the top bin
    assert bins[2].confidence == bins[2].accuracy == 0.0
    # 1/5·|0 − 0.05| + 2/5·|0.5 − 0.15| + 2/5·|1 − 0.975|
    assert ece(bins) == pytest.approx(0.01 + 0.14 + 0.01)
    assert ece(reliability([0.5, 0.5], [True, False])) == 0.0
    assert ece(reliability([], [])) == 0.0
    assert markdown(bins).count("\n") == 4  # header, rule and the three filled bins
    with pytest.raises(ValueError):
        reliability([0.5], [])


def test_probability_is_the_logistic_of_the_weighted_features() -> None:
    model = Calibration(("raw_confidence", "actor_country"), (2.0, -1.0), 0.5)
    z = 0.5 + 2.0 * 0.85 - 1.0 * 1.0
    assert model.probability({"raw_confidence": 0.85, "actor_country": 1.0, "sureness": 0.3}) == round(
        1 / (1 + math.exp(-z)), 3
    )
    assert Calibration.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        Calibration.from_json({"features": ["moon_phase"], "weights": [1.0], "intercept": 0.0})


def test_the_stage_sets_confidence_to_the_given_calibration() -> None:
    countries = {"russes": ("Russia", "RUS"), "Turquie": ("Turkey", "TUR")}
    raw = EventCoder()
    raw.features = {}
    (plain,) = raw.code(document(STRIKES_FR, "fr", countries), "events@test")
    values = raw.features[plain.id]
    assert set(values) == set(FEATURES) and values["raw_confidence"] == plain.confidence
    assert (
        values["actor_country"] == values["recipient_country"] == values["has_recipient"] == 1.0
    )  # RUS → TUR
    assert values["verb_trigger"] == 0.0  # "frappes" is a noun

    model = Calibration(FEATURES, tuple(0.1 * (i + 1) for i in range(len(FEATURES))), -1.0)
    doc = document(STRIKES_FR, "fr", countries)
    Events(EventCoder(calibration=model)).pipe([doc])
    (event,) = doc.events
    assert event.confidence == model.probability(values) != plain.confidence
    assert event.type == plain.type  # only the confidence changes


def test_a_missing_packaged_file_keeps_the_raw_confidence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import dateline.data

    monkeypatch.setattr(dateline.data, "data_file", lambda *parts: tmp_path.joinpath(*parts))
    cal.packaged.cache_clear()
    try:
        assert cal.packaged() is None
    finally:
        cal.packaged.cache_clear()
