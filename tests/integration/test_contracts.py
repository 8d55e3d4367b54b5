"""Every stage keeps its contract on real texts: it reads and writes what it declares, and its
version changes when its output does (the sample corpus, written by the Dateline authors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.pipeline import Pipeline, contract_table
from dateline.sources import read_paths
from dateline.testing import StageRecord, audit, stage_records, version_problems

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


def test_every_stage_reads_and_writes_exactly_what_it_declares() -> None:
    findings = audit(Pipeline.from_config(), read_paths([CORPUS]))
    assert [str(f) for f in findings] == []


def test_a_stage_whose_output_changed_has_a_new_version() -> None:
    golden = json.loads((ROOT / "tests" / "golden" / "stages.json").read_text(encoding="utf-8"))
    recorded = {name: StageRecord(**record) for name, record in golden.items()}
    problems = version_problems(recorded, stage_records(Pipeline.from_config(), read_paths([CORPUS])))
    assert problems == [], "then run `python scripts/record_golden.py`"


def test_the_auditor_catches_an_undeclared_read_and_write() -> None:
    from dateline.model import Document, RawDocument
    from dateline.pipeline import BaseStage

    class Sneaky(BaseStage):
        name = "sneaky"
        requires = ("raw",)
        assigns = ("text",)

        def __call__(self, doc: Document) -> Document:
            doc.text = doc.raw.content.decode() if doc.raw else ""
            doc.title = doc.outlet  # reads and writes what it does not declare
            return doc

    findings = {str(f).split(" (e.g.")[0] for f in audit(Pipeline([Sneaky()]), [RawDocument(content=b"x")])}
    assert findings == {"sneaky: reads undeclared outlet", "sneaky: writes undeclared title"}


def test_the_architecture_page_shows_the_real_contract_table() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = page.split("<!-- contract table -->\n")[1].split("<!-- /contract table -->")[0]
    assert table == contract_table()
