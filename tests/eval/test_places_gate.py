"""Eval gate for the places stage: pinned floors on ../shared (skipped when it is absent).

Given-gold-spans accuracy runs on the full LGL and TR-News sets (seconds); the end-to-end run
(spaCy NER) uses the first 40 TR-News documents only, to keep the suite short — the full-set
figures are in docs/places.md (`dateline eval places`).
"""

from __future__ import annotations

import pytest

from dateline.config import PlacesSettings
from dateline.eval.common import shared_dir
from dateline.eval.places import GEO_SETS, load_geo, score_end_to_end, score_given_spans, score_seeds
from dateline.resources import Resources
from dateline.stages.places import Places

pytestmark = pytest.mark.eval

#: (set, with the outlet's region learned from the set) → floor for accuracy within 161 km, gold spans; both
#: modes take the outlet's country from its domain, as the pipeline does (measured with places@11: 0.864,
#: 0.887, 0.888, 0.887, 0.812; LGL with places@16: 0.879, 0.902; places@17: 0.883, 0.905, 0.896, 0.895, 0.818:
#: issue 14's LGL target, 0.88 without the region, is the floor).
GIVEN_SPANS_FLOORS = {
    ("LGL", False): 0.880,
    ("LGL", True): 0.900,
    ("TR-News", False): 0.890,
    ("TR-News", True): 0.890,
    ("GeoVirus", False): 0.812,
}
END_TO_END_SUBSET = 40
RECALL_FLOOR, PRECISION_FLOOR, ACCURACY_FLOOR = 0.925, 0.875, 0.89  # measured (places@11) 0.937, 0.886, 0.903


@pytest.fixture(scope="module")
def stage() -> Places:
    if shared_dir() is None:
        pytest.skip("../shared is not present: geoparsing gold is unavailable")
    return Places(PlacesSettings(demonyms=True), Resources.shared())


@pytest.mark.parametrize(("name", "outlets"), sorted(GIVEN_SPANS_FLOORS))
def test_given_gold_spans_accuracy(stage: Places, name: str, outlets: bool) -> None:
    docs = load_geo(shared_dir() / "dev" / "geo" / GEO_SETS[name])  # type: ignore[operator]
    score = score_given_spans(name, docs, stage, outlets)
    assert score.accuracy(161) >= GIVEN_SPANS_FLOORS[(name, outlets)]


def test_end_to_end_recall_and_accuracy_on_a_subset(stage: Places) -> None:
    docs = load_geo(shared_dir() / "dev" / "geo" / GEO_SETS["TR-News"])[:END_TO_END_SUBSET]  # type: ignore[operator]
    plain, _ = score_end_to_end("TR-News", docs, stage)
    assert plain.prf.recall >= RECALL_FLOOR
    assert plain.prf.precision >= PRECISION_FLOOR
    assert plain.accuracy(161) >= ACCURACY_FLOOR


def test_seed_places_within_25_km(stage: Places) -> None:
    score = score_seeds(Places(PlacesSettings(), Resources.shared()))
    assert score.gold == 20
    assert score.matched == 20, score.misses  # Beirut only in a related photo caption
    # measured 0 of 29 since issue 14's context pass (before: seed 004's "Fin septembre" read as Finland)
    assert not score.violations, score.violations
