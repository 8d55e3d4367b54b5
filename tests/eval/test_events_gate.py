"""Quality gates for the event coder on ../shared (skipped when absent). Floors sit a little below
the figures measured with the committed lexicon and classifier (see docs/events.md)."""

import pytest

from dateline.eval.common import shared_dir

pytestmark = pytest.mark.eval


def require(*parts: str):
    base = shared_dir()
    if base is None or not base.joinpath(*parts).exists():
        pytest.skip("../shared is not present: no gold data here")
    return base.joinpath(*parts)


def test_seeds_required_recall_and_precision() -> None:
    from dateline.eval.events import evaluate_seeds

    result = evaluate_seeds(require("gold", "seeds.jsonl"), require("corpus", "seeds"))
    assert result.recall.recall >= 0.65
    assert result.precision.precision >= 0.60


def test_plv_category_macro_f1_cross_validated() -> None:
    from dateline.eval.events_dev import evaluate_dev

    require("dev", "plv", "plv_train.csv")
    result = evaluate_dev("plv", "use", folds=5)
    assert result.macro_f1("combined") >= 0.48
    assert result.quad_accuracy() >= 0.78
