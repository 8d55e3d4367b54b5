"""Quality gate: title, language, outlet and body limits on the seeds (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from dateline.eval.clean import FIELDS, CleanResult, evaluate_clean
from dateline.eval.common import shared_dir

pytestmark = pytest.mark.eval

#: Floors a little below the figures measured (31/31 fields; see docs/cleaning.md).
MIN_FIELDS_CORRECT = 0.95
MIN_PER_FIELD = 0.8


@pytest.fixture(scope="module")
def result() -> CleanResult:
    base = shared_dir()
    if base is None or not (base / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is absent: no seeds gold to score cleaning against")
    return evaluate_clean(base / "gold" / "seeds.jsonl", base / "corpus" / "seeds")


def test_no_document_fails(result: CleanResult) -> None:
    assert [d.error for d in result.docs if d.error] == []
    assert len(result.docs) >= 5


def test_fields_correct(result: CleanResult) -> None:
    assert result.score >= MIN_FIELDS_CORRECT, result.docs


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "captions"])
def test_each_field(result: CleanResult, field: str) -> None:
    correct, checked = result.field_counts(field)
    assert checked and correct / checked >= MIN_PER_FIELD, [(d.doc, d.checks.get(field)) for d in result.docs]
