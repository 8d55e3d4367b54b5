"""`dateline story ID --split DOC` / `--join STORY` on SQLite (PostgreSQL: test_store_postgres.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_decisions import REPORTS, run_split_join

from dateline.store import Store
from dateline.stories import service


def test_split_and_join_survive_reclustering(tmp_path: Path) -> None:
    with Store.open(tmp_path / "stories.db") as store:
        run_split_join(store)


def test_split_of_a_document_outside_the_story_fails(tmp_path: Path) -> None:
    with Store.open(tmp_path / "stories.db") as store:
        run_split_join(store)
        with pytest.raises(KeyError):
            service.split_document(store, "s-nope", REPORTS[0].id)
