"""The story index at scale, on hand-built vectors: the embedding window's search and eviction, stories
leaving the index once idle, bounded members per story, and candidates found by embedding alone."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import pytest

from dateline.stories import cluster, nearest
from dateline.stories.cluster import Story, StoryIndex
from dateline.stories.features import StoryDoc
from dateline.stories.nearest import VectorTable
from dateline.stories.similarity import PairModel

#: Links two reports when their lead cosine is above 0.7, whatever else they share.
COSINE_ONLY = PairModel(features=("lead_cosine",), weights=(10.0,), bias=-7.0, threshold=0.5, window_days=7)
DAY0 = date(2026, 3, 2)


def random_units(n: int, dim: int = 32, seed: int = 3) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def doc(doc_id: str, vector: np.ndarray, day: date | None, actors: tuple[str, ...] = ()) -> StoryDoc:
    return StoryDoc(
        doc_id=doc_id,
        language="en",
        outlet=None,
        title=doc_id,
        day=day,
        actors=frozenset(actors),
        places=frozenset(),
        event_types=frozenset(),
        vector=vector,
        earliest=day,
        latest=day,
    )


def test_table_ranks_as_a_full_scan_does() -> None:
    vectors = random_units(60)
    table = VectorTable(32)
    for i, v in enumerate(vectors[:50]):
        table.put(f"k{i:02d}", v)
    for query in vectors[50:]:
        scores = {f"k{i:02d}": float(vectors[i] @ query) for i in range(50)}
        by_score = sorted(scores, key=lambda k: -scores[k])
        asked = {by_score[-1], by_score[-2]}  # the two farthest: ranked last, but ranked
        found = table.rank(query, asked, 5)
        assert [k for k, _ in found] == [*by_score[:5], by_score[-2], by_score[-1]]
        assert np.allclose([s for _, s in found], [scores[k] for k, _ in found], atol=1e-6)


def test_table_ranks_only_the_first_limit_as_the_full_ranking_does_ties_included() -> None:
    vectors = random_units(12, seed=8)
    table = VectorTable(32)
    for i in range(40):  # each vector under several keys: equal scores, ranked by key
        table.put(f"k{i:02d}", vectors[i % 10])
    for query in vectors[10:]:
        asked = {f"k{i:02d}" for i in range(0, 40, 3)} | {"absent"}
        full = table.rank(query, asked, 4)
        assert len(full) > 8 and any(a[1] == b[1] for a, b in pairwise(full))
        for limit in (1, 3, 5, 8, 100):
            assert table.rank(query, asked, 4, limit=limit) == full[:limit]


def test_table_overwrites_a_key_and_reuses_removed_rows_keeping_the_live_ones_first() -> None:
    table = VectorTable(2)
    table.put("a", np.array([1.0, 0.0], dtype=np.float32))
    table.put("a", np.array([0.6, 0.8], dtype=np.float32))
    table.put("b", np.array([0.0, 1.0], dtype=np.float32))
    found = table.rank(np.array([0.8, 0.6], dtype=np.float32), set(), 3)
    assert [k for k, _ in found] == ["a", "b"] and np.allclose([s for _, s in found], [0.96, 0.6])
    table.remove("a")
    assert [k for k, _ in table.rank(np.array([1.0, 0.0], dtype=np.float32), {"a"}, 3)] == ["b"]
    for n in range(1000):  # never grows past its first rows: a removed row is reused
        table.put(f"x{n}", np.array([1.0, n / 1000], dtype=np.float32))
        if n >= 10:
            table.remove(f"x{n - 10}")
    assert len(table) == 11 and len(table.matrix) == nearest.FIRST_ROWS
    table.remove("x995")  # a row in the middle: the last one takes its place, and keeps its vector
    found = dict(table.rank(np.array([0.0, 1.0], dtype=np.float32), set(), 20))
    assert set(found) == {"b"} | {f"x{n}" for n in range(990, 1000) if n != 995}
    assert found["x999"] == pytest.approx(0.999) and found["b"] == pytest.approx(1.0)


def test_idle_stories_leave_the_index_and_its_size_stays_bounded() -> None:
    index = StoryIndex(COSINE_ONLY, min_stories=0)
    vectors = random_units(400, dim=512, seed=5)  # unrelated reports: every one founds a story
    for n, v in enumerate(vectors):
        index.add(doc(f"r{n:03d}", v, DAY0 + timedelta(days=n // 4), actors=("FRA",)))
        assert len(index.stories) <= 4 * (index.keep_days + 1)
    assert index.evicted == 400 - len(index.stories)
    assert len(index._table or []) == len(index.stories)
    assert all(
        s.last_day and s.last_day >= DAY0 + timedelta(days=99 - index.keep_days)
        for s in index.stories.values()
    )
    assert {k for bucket in index._by_key.values() for k in bucket} <= set(index.stories)


def test_the_index_keeps_its_floor_of_stories_however_old() -> None:
    index = StoryIndex(COSINE_ONLY, min_stories=30)
    vectors = random_units(100, dim=512, seed=5)
    for n, v in enumerate(vectors):
        index.add(doc(f"r{n:03d}", v, DAY0 + timedelta(days=n)))
    assert len(index.stories) == 31 and "s-r069" in index.stories  # the floor, and the report just added
    undated = index.add(doc("late", vectors[70], None))
    assert undated.story_id == "s-r070"


def test_a_late_report_still_joins_its_story_within_twice_the_window() -> None:
    index = StoryIndex(COSINE_ONLY, min_stories=0)
    first = index.add(doc("a", np.eye(512, dtype=np.float32)[0], DAY0))
    index.add(doc("b", np.eye(512, dtype=np.float32)[1], DAY0 + timedelta(days=12)))
    late = index.add(doc("c", np.eye(512, dtype=np.float32)[0], DAY0 + timedelta(days=5)))
    assert late.story_id == first.story_id


def test_a_long_story_keeps_its_recent_members_but_counts_them_all() -> None:
    story = Story(id="s")
    base = np.eye(4, dtype=np.float32)
    for n in range(cluster.MEMBERS_KEPT + 10):
        story.add(doc(f"m{n}", base[n % 2], DAY0 + timedelta(days=n)))
    assert len(story.members) == cluster.MEMBERS_KEPT and story.members[0].doc_id == "m10"
    assert story.n_docs == cluster.MEMBERS_KEPT + 10
    assert story.first_day == DAY0 and story.last_day == DAY0 + timedelta(days=cluster.MEMBERS_KEPT + 9)
    assert np.allclose(story.centroid, np.array([1, 1, 0, 0]) / np.sqrt(2))


def test_a_long_story_is_compared_through_its_members_nearest_the_report() -> None:
    index = StoryIndex(COSINE_ONLY)
    common = random_units(1, dim=512, seed=8)[0]
    vectors = common + 0.5 * random_units(cluster.MEMBERS_KEPT, dim=512, seed=9)  # one story's reports: alike
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for n, v in enumerate(vectors):
        index.add_existing("long", doc(f"m{n}", v, DAY0, actors=("FRA",)))
    placed = index.add(doc("q", vectors[40], DAY0, actors=("FRA",)))
    assert placed.story_id == "long" and placed.score > 0.9
    assert index.comparisons == cluster.MEMBERS_COMPARED


def test_a_report_sharing_no_key_finds_its_story_by_embedding() -> None:
    """Past the recent stories and with no shared actor or place, only the embedding window finds it."""
    index = StoryIndex(COSINE_ONLY)
    vectors = random_units(cluster.RECENT_STORIES + 3, dim=512, seed=11)
    target = index.add(doc("t", vectors[0], DAY0, actors=("ARG",)))
    for n, v in enumerate(vectors[1:-1]):
        index.add(doc(f"o{n}", v, DAY0, actors=("CHL",)))
    assert target.story_id not in index._recent
    close = vectors[0] + 0.3 * vectors[-1]
    joined = index.add(doc("u", close / np.linalg.norm(close), DAY0 + timedelta(days=1)))
    assert joined.story_id == target.story_id and not joined.new_story


def unit(*weights: float) -> np.ndarray:
    vector = np.zeros(512, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


#: Three reports of one story, alike two by two (lead cosines 0.91-0.96).
STORY = (unit(1.0), unit(1.0, 0.3), unit(1.0, 0.0, 0.3))
#: Close to the third report only (cosine 0.74; 0.51 and 0.49 to the others): another happening it resembles.
NEAR_ONE = unit(0.6, 0.0, 1.0)


def test_a_story_of_three_reports_takes_a_report_linked_to_one_of_them_only() -> None:
    index = StoryIndex(COSINE_ONLY)
    for n, v in enumerate(STORY):
        index.add_existing("s", doc(f"m{n}", v, DAY0))
    alone = index.add(doc("d", NEAR_ONE, DAY0 + timedelta(days=1)))
    assert alone.new_story
    joined = index.add(doc("e", unit(1.0, 0.3, 0.1), DAY0 + timedelta(days=1)))
    assert joined.story_id == "s" and not joined.new_story


def test_one_link_is_enough_below_three_members_in_the_window() -> None:
    index = StoryIndex(COSINE_ONLY)
    old = doc("old", STORY[0], DAY0 - timedelta(days=20))  # outside the window: not counted
    index.add_existing("s", old)
    for n, v in enumerate(STORY[1:]):
        index.add_existing("s", doc(f"m{n}", v, DAY0))
    placed = index.add(doc("d", NEAR_ONE, DAY0 + timedelta(days=1)))
    assert placed.story_id == "s" and not placed.new_story
