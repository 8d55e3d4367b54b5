"""`dateline ingest` end to end on generated reports: parallel = serial, resume, kill -9 safety."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline.cli.extract
import dateline.cli.ingest  # noqa: F401  (registers the commands on `app`)
from dateline.cli.app import app
from dateline.engine import IngestOptions, LocalEngine
from dateline.engine.synth import synth_corpus, write_corpus
from dateline.model import Document
from dateline.sources import read_paths
from dateline.store import Store

pytestmark = pytest.mark.integration


def make_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    write_corpus(synth_corpus(n, seed=seed, min_words=60, max_words=140), folder)
    records = [
        {"text": r.text, "title": f"Report {i}", "outlet": "Test Wire", "published": "2024-05-0{i}"}
        for i, r in enumerate(synth_corpus(3, seed=seed + 1, min_words=60, max_words=120), start=1)
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return folder


def expected_ids(folder: Path) -> set[str]:
    return {raw.content_id() for raw in read_paths([folder])}


def stored_json(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        rows = store.documents()
        docs = {row.id: store.get(row.id) for row in rows}
    return {doc_id: doc.to_json() for doc_id, doc in docs.items() if doc is not None}


def test_one_worker_with_or_without_the_parent_and_two_workers_store_identical_documents(
    tmp_path: Path,
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 10)
    runs = {"alone": (1, False), "with the parent": (1, True), "two": (2, False)}
    for name, (workers, overlap) in runs.items():
        with Store.open(tmp_path / f"{name}.db") as store:
            options = IngestOptions(workers=workers, batch_size=4, overlap=overlap)
            report = LocalEngine(options).run(read_paths([corpus]), store)
        assert (report.read, report.stored, report.skipped) == (13, 13, 0)
        assert report.timer.docs.get("analyse") == report.timer.docs.get("events") == 13 - report.failed
    alone, split, two = (stored_json(tmp_path / f"{name}.db") for name in runs)
    assert set(alone) == expected_ids(corpus)
    assert alone == split == two


def test_cli_ingest_then_resume_skips_everything(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 4)
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert first.exit_code == 0, first.output
    assert "stored" in first.output and "language" in first.output
    second = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert second.exit_code == 0, second.output
    with Store.open(db) as store:
        assert store.count() == 7
    assert re.search(r"skipped \(already stored\)\W+7\W", second.output), second.output
    assert re.search(r"stored\W+0\W", second.output), second.output


def test_cli_extract_keeps_each_records_id_as_source_id(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "wire-0001", "text": "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday."},
        {"id": 2, "text": "Farmers blocked the main road into Lyon on Monday to protest fuel prices."},
        {"text": "Officials in Lisbon announced a new water agreement with Spain on Friday."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(feed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    docs = [Document.from_json(line) for line in result.stdout.splitlines()]
    assert [(d.uri, d.source_id) for d in docs] == [
        (f"{feed}#L1", "wire-0001"),
        (f"{feed}#L2", "2"),
        (f"{feed}#L3", None),
    ]
    assert not any(d.failed for d in docs)
    assert all(
        json.loads(line)["source_id"] == d.source_id
        for line, d in zip(result.stdout.splitlines(), docs, strict=True)
    )


def test_cli_usage_errors_exit_non_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    args = ["ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "3"]
    args += ["--write-batch", "3"]
    code = "import sys; from dateline.cli.app import main; sys.argv = ['dateline', *sys.argv[1:]]; main()"
    return [sys.executable, "-c", code, *args]


def test_sigkill_mid_run_then_rerun_stores_every_document_exactly_once(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 45)
    db = tmp_path / "killed.db"
    process = subprocess.Popen(_ingest_command(corpus, db), start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while _count(db) < 9 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert process.poll() is None, "ingest finished before it could be killed"
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    partial = _count(db)
    assert 0 < partial < 48
    rerun = subprocess.run(_ingest_command(corpus, db), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with Store.open(db) as store:
        assert store.count() == 48
        assert {row.id for row in store.documents()} == expected_ids(corpus)


def test_the_spacy_vocabulary_forgets_new_words_every_zone_docs_documents() -> None:
    from dateline.config import Config
    from dateline.engine.base import PipelineSpec
    from dateline.engine.worker import ChunkRunner
    from dateline.model import RawDocument
    from dateline.resources import Resources

    runner = ChunkRunner(
        PipelineSpec(Config(stages=("clean", "language", "analyse"))), batch_size=4, timeout=0, zone_docs=3
    )
    runner.warm_up()
    invented = ["Zorbavelt", "Quimperlagne", "Vastrokinov"]
    text = f"The minister met {invented[0]} and {invented[1]} in {invented[2]} on Monday to discuss trade."
    strings = Resources.shared().models.get("en").vocab.strings
    before = len(strings)
    [doc] = runner.run(1, [RawDocument(content=text.encode(), uri="mem:zone")]).docs
    assert doc.language.code == "en" and doc.mentions  # analysed inside the zone
    assert all(word in strings for word in invented)  # kept while the zone is open
    others = [RawDocument(content=f"The talks in Geneva resumed on day {n}.".encode()) for n in (2, 3)]
    assert len(runner.run(2, others).docs) == 2  # the third document closes the zone
    assert not any(word in strings for word in invented)  # met once: forgotten
    # met twice inside the zone: cached by the tokenizer once the zone closed, so kept
    assert all(word in strings for word in ("Geneva", "resumed"))
    assert len(strings) <= before + 8


def test_later_zones_are_longer_than_the_first() -> None:
    from dateline.config import Config
    from dateline.engine.base import PipelineSpec
    from dateline.engine.worker import ChunkRunner
    from dateline.model import RawDocument
    from dateline.resources import Resources

    runner = ChunkRunner(
        PipelineSpec(Config(stages=("clean", "language", "analyse"))),
        batch_size=4,
        timeout=0,
        zone_docs=4,
        first_zone_docs=1,
    )
    runner.warm_up()
    strings = Resources.shared().models.get("en").vocab.strings
    text = "The envoy from Brelmondia arrived in the capital on {}."
    runner.run(1, [RawDocument(content=text.format("Monday").encode())])  # closes the first zone
    runner.run(2, [RawDocument(content=text.format("Tuesday with Quelvortia").encode())])
    assert "Quelvortia" in strings, "the second zone, of four documents, is still open"
    runner.run(3, [RawDocument(content=text.format(n).encode()) for n in ("Friday", "Sunday", "noon")])
    assert "Quelvortia" not in strings, "met once in the second zone: forgotten with it"
    assert "Brelmondia" in strings, "met in every document of the second zone: cached for good"
