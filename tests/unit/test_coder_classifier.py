import json
from importlib import resources

import numpy as np
from coder_samples import CALL_ON_EN, STRIKES_FR, parse

from dateline.stages.events import classifier as clf
from dateline.stages.events.features import Observation, main_trigger, observe
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.triggers import find_triggers

TEXTS = {"alpha": 0, "beta": 1, "gamma": 2, "delta": 3}


def fake_embed(texts):
    """One-hot vectors over four known words (stands in for the sentence encoder)."""
    return np.stack([np.eye(4, dtype=np.float32)[TEXTS[t]] for t in texts])


def observed(rows, lang):
    doc = parse(rows, lang)
    triggers = find_triggers(doc[:], load_lexicon(lang))
    return observe(doc[:], triggers, main_trigger(triggers))


def test_observation_of_the_main_trigger():
    seen = observed(CALL_ON_EN, "en")
    assert seen.sentence == "Iran did not call on Iraq to withdraw ."
    assert seen.window == "Iran did not call on Iraq to withdraw"
    named = seen.named
    assert named["main=REQUEST"] == 1.0 and "main=YIELD" not in named
    assert named["vote=REQUEST"] == 1.0 and named["vote=YIELD"] == 0.5  # root vs depth 1
    expected = {"syn=verb", "syn=negated", "syn=complement", "prep=on", "lemma=call", "trig=withdraw"}
    assert expected <= set(named)
    assert "syn=passive" not in named


def test_noun_trigger_window_stays_in_the_sentence():
    seen = observed(STRIKES_FR, "fr")
    assert seen.window == "russes ont mené des frappes contre la Turquie ."
    assert {"main=ASSAULT", "syn=noun", "lemma=frappe"} <= set(seen.named)


def test_design_orders_named_columns_and_drops_unknown_names():
    observations = [
        Observation("alpha", "beta", {"b": 2.0, "zzz": 5.0}),
        Observation("gamma", "gamma", {"a": 1.0}),
    ]
    embedded = clf.embed_observations(observations, fake_embed)
    assert embedded.shape == (2, 8)
    assert embedded[1].tolist() == [0, 0, 1, 0, 0, 0, 1, 0]
    rows = clf.design(embedded, observations, ("a", "b"))
    assert rows[:, 8:].tolist() == [[0.0, 2.0], [1.0, 0.0]]
    assert clf.vocabulary(observations) == ("a", "b", "zzz")


def test_fit_on_named_features_and_round_trip(tmp_path):
    pairs = [("alpha", "ASSAULT"), ("beta", "CONSULT"), ("gamma", "YIELD"), ("delta", "ASSAULT")]
    observations = [Observation(t, t, {f"main={label}": 1.0}) for t, label in pairs for _ in range(5)]
    labels = [next(iter(o.named)).split("=")[1] for o in observations]
    names = clf.vocabulary(observations)
    rows = clf.design(clf.embed_observations(observations, fake_embed), observations, names)
    model = clf.fit(rows, labels, "test", names)
    dists = model.distributions(observations, fake_embed)
    assert [max(d, key=d.__getitem__) for d in dists[::5]] == ["ASSAULT", "CONSULT", "CONCEDE", "ASSAULT"]
    assert dists[10]["CONCEDE"] == dists[10]["RETREAT"] and "YIELD" not in dists[10]
    clf.save(model, "events_test", tmp_path)
    assert json.loads((tmp_path / "events_test.json").read_text())["classes"] == list(model.classes)
    with np.load(tmp_path / "events_test.npz") as stored:
        assert tuple(stored["names"].tolist()) == names
        assert stored["weights"].shape == (3, 8 + len(names))


def test_packaged_artifacts_are_small_and_documented():
    folder = resources.files("dateline.data") / "classifier"
    for encoder in ("use", "e5"):
        weights = folder / f"events_{encoder}.npz"
        assert weights.is_file()
        assert len(weights.read_bytes()) < 2_000_000
        meta = json.loads((folder / f"events_{encoder}.json").read_text())
        assert {"command", "data", "cv_macro_f1", "encoder", "named_features"} <= set(meta)
        assert all(len(item["sha256"]) == 64 for item in meta["data"].values())
        model = clf.load(encoder)
        assert model is not None and {"YIELD", "NONE"} <= set(model.classes)
        assert len(model.names) == meta["named_features"]
        embedding_width = model.weights.shape[1] - len(model.names)
        assert embedding_width > 0 and embedding_width % 2 == 0
        assert any(name.startswith("main=") for name in model.names)
