"""`dateline story ID --split DOC` / `--join STORY` on SQLite (PostgreSQL: test_store_postgres.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from story_decisions import LINK_ALL_SIMILAR, REPORTS, members, report, run_split_join

from dateline.store import Store
from dateline.store import schema as t
from dateline.stories import cluster, service
from dateline.testing import HashingEncoder


def test_split_and_join_survive_reclustering(tmp_path: Path) -> None:
    with Store.open(tmp_path / "stories.db") as store:
        run_split_join(store)


def test_split_of_a_document_outside_the_story_fails(tmp_path: Path) -> None:
    with Store.open(tmp_path / "stories.db") as store:
        run_split_join(store)
        with pytest.raises(KeyError):
            service.split_document(store, "s-nope", REPORTS[0].id)


def test_a_pinned_report_brings_its_evicted_story_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "MIN_STORIES", 0)  # evict as soon as a story is idle for two windows
    march = [
        report(
            0,
            f"Dutch and Belgian engineers opened a new lock on the Scheldt canal, number {n}.",
            "2024-03-01",
        ).model_copy(update={"id": f"mar{n}{'0' * 16}"})
        for n in (7, 8)
    ]
    with Store.open(tmp_path / "stories.db") as store:
        store.put(REPORTS)  # 2 May 2024
        service.update_stories(store, HashingEncoder(), LINK_ALL_SIMILAR)
        may_story = members(store)[REPORTS[0].id]
        store.put(march[:1])
        service.update_stories(store, HashingEncoder(), LINK_ALL_SIMILAR)
        march_story = members(store)[march[0].id]
        live = service.load_index(store, LINK_ALL_SIMILAR).stories
        assert may_story in live and march_story not in live  # two months older than the newest story
        store.put(march[1:])
        with store.engine.begin() as conn:
            conn.execute(
                t.story_pins.insert().values(
                    doc_id=march[1].id, story_id=march_story, decision="join", created_at=datetime.now(UTC)
                )
            )
        service.update_stories(store, HashingEncoder(), LINK_ALL_SIMILAR)
        assert members(store)[march[1].id] == march_story
        assert {r.id: r.n_docs for r in service.list_stories(store)}[march_story] == 2
