"""Quality gate: actor country codes in the seeds' gold event evidence (skipped without ../shared)."""

from __future__ import annotations

import pytest

from dateline.eval.actors import evaluate_actors
from dateline.eval.common import shared_dir

pytestmark = pytest.mark.eval


def test_actor_countries_on_the_seeds() -> None:
    base = shared_dir()
    if base is None or not (base / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is not present: no seeds gold to score against")
    result = evaluate_actors(base / "gold" / "seeds.jsonl", base / "corpus" / "seeds")
    prf = result.prf
    # measured 0.966 precision / 0.889 recall (docs/actors.md)
    assert prf.precision >= 0.92, prf.precision
    assert prf.recall >= 0.84, prf.recall
