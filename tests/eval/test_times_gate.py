"""Quality gate: event times and cited sources on the seeds (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from dateline.eval.common import shared_dir
from dateline.eval.times import TimesResult, evaluate_times

pytestmark = pytest.mark.eval

#: Floors a little below the figures measured (see docs/times.md).
MIN_REQUIRED_TIMES = 0.9
MIN_UNHINTED = 1.0
MIN_SOURCE_RECALL = 0.9
MIN_SOURCE_PRECISION = 0.8
MIN_PUBLISHED_CONTAINS_HINT = 0.8


@pytest.fixture(scope="module")
def result() -> TimesResult:
    base = shared_dir()
    if base is None or not (base / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is absent: no seeds gold to score times against")
    return evaluate_times(base / "gold" / "seeds.jsonl", base / "corpus" / "seeds")


def test_required_event_times_fall_in_the_gold_interval(result: TimesResult) -> None:
    assert not result.errors, result.errors
    assert len(result.required) >= 10
    assert result.rate(result.required) >= MIN_REQUIRED_TIMES, [c for c in result.required if not c.ok]


def test_absolute_gold_dates_resolve_from_the_text_alone(result: TimesResult) -> None:
    assert result.unhinted, "the seeds have absolute gold dates"
    assert result.rate(result.unhinted) >= MIN_UNHINTED, [c for c in result.unhinted if not c.ok]


def test_cited_sources(result: TimesResult) -> None:
    prf = result.source_prf
    assert prf.recall >= MIN_SOURCE_RECALL, result.sources
    assert prf.precision >= MIN_SOURCE_PRECISION, result.sources


def test_inferred_publication_dates_contain_the_real_date(result: TimesResult) -> None:
    checks = result.published
    assert checks and sum(p.ok for p in checks) / len(checks) >= MIN_PUBLISHED_CONTAINS_HINT, checks
