"""`dateline ingest --engine ray` on the sample corpus stores exactly what the local engine stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import dateline.cli.ingest  # noqa: F401  (registers the command on `app`)
from dateline.cli.app import app
from dateline.store import schema

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).parents[2] / "examples" / "corpus"
INGEST_TABLES = ("documents", "doc_errors", "events", "event_participants", "doc_actors", "doc_places")


def stored_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ingest table, sorted, without what differs between two runs by design: when
    a document was stored and the surrogate row numbers (they follow the order results came back)."""
    with sqlite3.connect(db) as conn:
        rows = {}
        for name in INGEST_TABLES:
            table = schema.metadata.tables[name]
            surrogate = {c.name for c in table.primary_key.columns if c.autoincrement is True}
            keep = [c.name for c in table.columns if c.name != "created_at" and c.name not in surrogate]
            query = f"SELECT {', '.join(keep)} FROM {name}"  # the names come from the schema
            rows[name] = sorted(conn.execute(query).fetchall(), key=repr)
    return rows


@pytest.mark.usefixtures("ray_cluster")
def test_ray_ingest_equals_local_ingest_row_for_row(tmp_path: Path) -> None:
    runner = CliRunner()
    local, ray = tmp_path / "local.db", tmp_path / "ray.db"
    common = [str(CORPUS), "--no-stories", "--batch-size", "4"]
    first = runner.invoke(app, ["ingest", *common, "--db", str(local), "--workers", "1"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", *common, "--db", str(ray), "--engine", "ray", "--workers", "2"])
    assert second.exit_code == 0, second.output
    expected, got = stored_rows(local), stored_rows(ray)
    assert len(expected["documents"]) >= 26 and expected["events"]
    for name in INGEST_TABLES:
        assert got[name] == expected[name], name
    again = runner.invoke(app, ["ingest", *common, "--db", str(ray), "--engine", "ray", "--workers", "2"])
    assert again.exit_code == 0, again.output
    assert stored_rows(ray) == got  # resumed: nothing stored twice
    actors = tmp_path / "actors.db"
    plain = ["--engine", "ray", "--ray-scheduler", "actors", "--workers", "2"]
    third = runner.invoke(app, ["ingest", *common, "--db", str(actors), *plain])
    assert third.exit_code == 0, third.output
    assert stored_rows(actors) == expected  # the plain-actor scheduler stores the same rows
