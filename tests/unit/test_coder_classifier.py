import json
from importlib import resources

import numpy as np

from dateline.stages.coder import classifier as clf


def test_fit_predict_and_round_trip(tmp_path):
    rng = np.random.default_rng(0)
    centres = {"ASSAULT": np.eye(8)[0], "CONSULT": np.eye(8)[1], "YIELD": np.eye(8)[2]}
    x = np.vstack([c + 0.05 * rng.standard_normal((10, 8)) for c in centres.values()]).astype(np.float32)
    y = [label for label in centres for _ in range(10)]
    model = clf.fit(x, y, "test")
    assert [model.classes[i] for i in model.proba(x).argmax(axis=1)] == y
    dist = model.distribution(model.proba(x[:1])[0])
    assert {"CONCEDE", "RETREAT"} <= set(dist) and "YIELD" not in dist
    clf.save(model, "events_test", tmp_path)
    assert json.loads((tmp_path / "events_test.json").read_text())["classes"] == list(model.classes)
    assert np.load(tmp_path / "events_test.npz")["weights"].shape == (3, 8)


def test_packaged_artifacts_are_small_and_documented():
    folder = resources.files("dateline.data") / "classifier"
    for encoder in ("use", "e5"):
        weights = folder / f"events_{encoder}.npz"
        assert weights.is_file()
        assert len(weights.read_bytes()) < 2_000_000
        meta = json.loads((folder / f"events_{encoder}.json").read_text())
        assert {"command", "data", "cv_macro_f1", "encoder"} <= set(meta)
        assert all(len(item["sha256"]) == 64 for item in meta["data"].values())
        model = clf.load(encoder)
        assert model is not None and "YIELD" in model.classes
