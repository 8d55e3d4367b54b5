"""Consistency of the own place sets (`examples/gold/places_fr.jsonl`, `incidents_en.jsonl`, `local_*.jsonl`,
`blind/`)."""

from __future__ import annotations

import json

import pytest

from dateline.eval.places_own import OWN_SETS, load_own, own_path
from dateline.plover import CATEGORIES

MIN_REPORTS = {
    "own-fr": 36, "own-en": 30, "blind-fr": 12, "blind-en": 12, "local-en": 16, "local-fr": 10,
    "world-en": 16, "world-fr": 14, "setting-en": 10, "towns-en": 22, "depts-fr": 8, "abroad-en": 16,
    "abroad-fr": 14, "provinces-fr": 30, "county-en": 30, "hard-en": 15,
    "hard-fr": 15, "sites-en": 24, "sites2": 24, "sites3": 24, "towns2": 24, "territories": 20,
    "conflict-en": 12, "conflict-fr": 12, "towns3": 24, "towns4": 30, "conflict2": 24,
    "webnews": 24, "conflict3": 24, "webnews2": 24, "homonyms": 24,
}  # fmt: skip
#: Sets mixing English and French reports (their name gives the main language).
MIXED_SETS = {
    "sites-en",
    "sites2",
    "sites3",
    "towns2",
    "territories",
    "towns3",
    "towns4",
    "conflict2",
    "conflict3",
    "homonyms",
}
#: Incident sets: each English report also gives its event's PLOVER type.
INCIDENT_SETS = {"own-en", "blind-en"}
PRECISIONS = {"town", "admin1", "admin2", "country", "site", "region", "sea"}


def rows(name: str) -> list[dict[str, object]]:
    lines = own_path(name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", sorted(OWN_SETS))
def test_every_set_loads_with_one_event_place_a_report(name: str) -> None:
    docs = load_own(own_path(name))
    assert len(docs) >= MIN_REPORTS[name]
    for doc in docs:
        assert sum(g.event for g in doc.geo.toponyms) == 1, doc.geo.id
        assert all(doc.geo.text[g.start : g.end] == g.text for g in doc.geo.toponyms), doc.geo.id
        assert all(g.lat is not None and g.lon is not None for g in doc.geo.toponyms), doc.geo.id


@pytest.mark.parametrize("name", sorted(OWN_SETS))
def test_toponym_fields(name: str) -> None:
    for row in rows(name):
        if name in MIXED_SETS:
            assert row["language"] in {"en", "fr"}, row["doc"]
        else:
            assert row["language"] == ("fr" if name.endswith("fr") else "en")
        if name in INCIDENT_SETS:
            assert row["event"]["type"] in CATEGORIES, row["doc"]  # type: ignore[index]
        for t in row["toponyms"]:  # type: ignore[attr-defined]
            assert t["precision"] in PRECISIONS, t
            assert t["country"] is None or len(t["country"]) == 3, t
            assert not t.get("fallback") or t.get("parent"), t  # a fallback names its parent


def test_reports_are_unique_across_the_sets() -> None:
    all_rows = [row for name in OWN_SETS for row in rows(name)]
    assert len({row["doc"] for row in all_rows}) == len(all_rows)
    assert len({row["text"] for row in all_rows}) == len(all_rows)
