"""The read-side CLI (extract, docs, show, events, actors) through Typer's CliRunner."""

from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path

import pytest
from store_samples import english_report, failed_report, french_report, sample_documents
from typer.testing import CliRunner

from dateline.cli.app import COMMAND_MODULES, app
from dateline.config import NoSettings
from dateline.kb.gazetteer import Entry
from dateline.model import Document, Event, PlaceRef
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.store import Store
from dateline.testing import fake_gazetteer, fake_resources

for _module in COMMAND_MODULES:
    importlib.import_module(f"dateline.cli.{_module}")

runner = CliRunner()


#: Two hand-made places named alike: the more populous one must win.
TRIPOLIS = fake_gazetteer(
    [
        (Entry(0, "Tripoli", "LY", 32.88, 13.19, 1_150_000, "PPLC", 2210247), []),
        (Entry(0, "Tripoli", "LB", 34.44, 35.85, 230_000, "PPLA", 266826), []),
    ]
)


@pytest.fixture(autouse=True)
def small_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI is the composition root: its process resources get the small gazetteer."""
    resources = fake_resources(gazetteer=TRIPOLIS, models=Resources.shared().models)
    monkeypatch.setattr(Resources, "shared", classmethod(lambda cls, config=None: resources))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        store.put(sample_documents())
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_docs_lists_and_filters(db: str) -> None:
    code, out, err = run("docs", "--db", db)
    assert code == 0
    for doc in sample_documents():
        assert doc.id in out
    assert "3 document(s)" in err
    code, out, _ = run("docs", "--db", db, "--failed")
    assert failed_report().id in out and french_report().id not in out
    code, out, _ = run("docs", "--db", db, "--language", "fr")
    assert french_report().id in out and english_report().id not in out
    code, out, _ = run("docs", "--db", db, "--outlet", "nobody")
    assert code == 0 and out == ""


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = run("docs", "--db", str(tmp_path / "absent.db"))
    assert code == 2 and "no database" in err and out == ""
    assert not (tmp_path / "absent.db").exists()


def test_db_from_environment(db: str) -> None:
    result = runner.invoke(app, ["actors"], env={"DATELINE_DB": db})
    assert result.exit_code == 0 and "Russia" in result.stdout


def test_show_text_has_every_section(db: str) -> None:
    code, out, _ = run("show", "fr00", "--db", db)
    assert code == 0
    for expected in ("Rencontre à Damas", "reconstruction", "share widget", "Le ministre à son arrivée",
                     "Damascus", "CONSULT", "events@0.1"):  # fmt: skip
        assert expected in out
    code, out, _ = run("show", failed_report().id, "--db", db, "--no-body")
    assert "UnicodeDecodeError" in out and "failed" in out


def test_show_json_is_the_exact_document(db: str) -> None:
    code, out, _ = run("show", english_report().id, "--db", db, "--format", "json")
    assert code == 0
    assert Document.from_json(out) == english_report()


def test_show_unknown_or_ambiguous_id(db: str) -> None:
    code, _, err = run("show", "zzz", "--db", db)
    assert code == 1 and "no document" in err
    with Store.open(db) as store:
        store.put([Document(id="fr0000000000000000ee")])
    code, _, err = run("show", "fr00", "--db", db)
    assert code == 1 and "several" in err


def test_events_table_and_filters(db: str) -> None:
    code, out, err = run("events", "--db", db)
    assert code == 0 and "3 event(s)" in err
    code, out, err = run("events", "--db", db, "--type", "assault", "--format", "jsonl")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["type"] == "ASSAULT"
    code, out, _ = run("events", "--db", db, "--country", "RUS", "-f", "jsonl")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["CONSULT"]
    code, out, _ = run("events", "--db", db, "--actor", "israel", "-f", "jsonl")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["ASSAULT"]
    code, out, _ = run("events", "--db", db, "--since", "2024-03-12", "--until", "2024-03", "-f", "csv")
    assert sorted(r["event_type"] for r in csv.DictReader(io.StringIO(out))) == ["CONSULT", "PROTEST"]


def test_events_min_confidence(db: str) -> None:
    """The sample events are at 0.8 (fr), 0.9 and 0.6 (en); the bound is inclusive."""
    code, out, err = run("events", "--db", db, "--min-confidence", "0.7", "-f", "jsonl")
    assert code == 0 and "2 event(s)" in err
    assert sorted(json.loads(line)["confidence"] for line in out.splitlines()) == [0.8, 0.9]
    code, out, err = run("events", "--db", db, "--min-confidence", "0.9", "-f", "jsonl")
    assert [json.loads(line)["confidence"] for line in out.splitlines()] == [0.9]
    code, out, err = run("events", "--db", db, "--min-confidence", "0.95")
    assert code == 0 and "0 event(s)" in err
    code, out, _ = run("events", "--db", db, "--min-confidence", "1.5")
    assert code == 2 and out == ""


def test_events_near_coordinates(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--near", "33.9,35.5", "--radius", "20", "-f", "geojson")
    assert code == 0
    features = json.loads(out)["features"]
    assert [f["properties"]["place"] for f in features] == ["Beirut"]


def test_events_near_a_place_name(db: str) -> None:
    with Store.open(db) as store:
        libya = (
            english_report()
            .events[1]
            .model_copy(
                update={"id": "e9", "place": PlaceRef(name="Tripoli", country="LBY", lat=32.9, lon=13.2)}
            )
        )
        store.put([Document(id="ly0000000000000000f5", events=[libya])])
    code, out, err = run("events", "--db", db, "--near", "tripoli", "--radius", "30", "-f", "jsonl")
    assert code == 0 and "Tripoli (LBY)" in err
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["ly0000000000000000f5"]


def test_events_plover(db: str) -> None:
    code, out, _ = run("events", "--db", db, "-f", "plover", "--limit", "1")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and record["event"] and record["date"]


@pytest.mark.parametrize(
    "args",
    [
        ("--since", "last week"),
        ("--until", "2024-13"),
        ("--near", "somewhere over the rainbow"),
        ("--near", "95,10"),
        ("--format", "xml"),
    ],
)
def test_events_usage_errors(db: str, args: tuple[str, str]) -> None:
    code, out, _ = run("events", "--db", db, *args)
    assert code == 2 and out == ""


def test_actors(db: str) -> None:
    code, out, _ = run("actors", "--db", db)
    assert code == 0
    assert out.index("Israel") < out.index("Syria")  # same counts: by name
    for name in ("Russia", "Syria", "ISR"):
        assert name in out


class TagStage(BaseStage):
    """A stand-in stage: uses the raw bytes as text and codes one event (no models)."""

    name = "cli_test_tag"
    requires = ("raw",)
    assigns = ("text", "events")

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        doc.text = raw.content.decode() if raw else ""
        if raw and raw.error:
            raise ValueError(raw.error)
        doc.events = [Event(id="e1", type="CONSULT")]
        return doc


def make_tag_stage(settings: NoSettings, resources: Resources) -> TagStage:
    return TagStage()


@pytest.fixture
def tag_stage() -> str:
    registry.register(TagStage.name)(make_tag_stage)
    return TagStage.name


def test_extract_json_and_jsonl(tmp_path: Path, tag_stage: str) -> None:
    (tmp_path / "a.txt").write_text("Un rapport écrit pour ce test.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A second report written for this test.", encoding="utf-8")
    code, out, _ = run("extract", str(tmp_path / "a.txt"), "--stages", tag_stage)
    assert code == 0
    single = Document.from_json(out)
    assert single.text == "Un rapport écrit pour ce test." and single.events[0].type == "CONSULT"
    code, out, _ = run("extract", str(tmp_path), "--stages", tag_stage)
    assert [d["text"][:1] for d in json.loads(out)] == ["U", "A"]
    code, out, _ = run("extract", str(tmp_path), "--stages", tag_stage, "--format", "jsonl")
    assert len([Document.from_json(line) for line in out.splitlines()]) == 2


def test_extract_reports_failures_on_stderr(tmp_path: Path, tag_stage: str) -> None:
    code, out, err = run("extract", str(tmp_path / "missing.txt"), "--stages", tag_stage)
    assert code == 0
    assert Document.from_json(out).errors[0].stage == tag_stage
    assert "cannot read file" in err


def test_extract_usage_errors(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path), "--stages", "no_such_stage")
    assert code == 2 and "no_such_stage" in err
    code, _, err = run("extract", str(tmp_path), "--kb", str(tmp_path / "nope.yaml"))
    assert code == 2


def test_settings_reach_the_pipeline(tmp_path: Path) -> None:
    toml = tmp_path / "dateline.toml"
    toml.write_text("[analyse]\nbatch_size = 8\n[places]\nscan = true\n", encoding="utf-8")
    code, out, _ = run("config", "show", "--config", str(toml), "--set", "places.scan=false")
    assert code == 0 and "scan = false" in out and "batch_size = 8" in out


def test_a_misspelt_setting_exits_2_naming_it(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("x", encoding="utf-8")
    code, _, err = run("extract", str(tmp_path / "r.txt"), "--set", "places.scna=false")
    assert code == 2 and "places.scna" in err and "places.scan" in err
    toml = tmp_path / "dateline.toml"
    toml.write_text("[clean]\nmax_char = 10\n", encoding="utf-8")
    code, _, err = run("extract", str(tmp_path / "r.txt"), "--config", str(toml))
    assert code == 2 and "clean.max_char" in err and "clean.max_chars" in err


@pytest.mark.integration
def test_extract_then_store_a_real_report(tmp_path: Path) -> None:
    """The full pipeline (real models) on a report written for this test, then a store round trip."""
    report = tmp_path / "visite.txt"
    report.write_text(
        "La ministre canadienne des Affaires étrangères a rencontré lundi à Nairobi le président "
        "kényan pour discuter de l'aide humanitaire, a annoncé son ministère dans un communiqué.\n",
        encoding="utf-8",
    )
    code, out, _ = run("extract", str(report))
    assert code == 0
    doc = Document.from_json(out)
    assert doc.language.code == "fr" and not doc.errors and doc.text
    with Store.open(tmp_path / "real.db") as store:
        assert store.put([doc]).stored == 1
        assert store.get(doc.id) == doc
        assert len(store.events()) == len(doc.events)
    code, out, _ = run("show", doc.id[:8], "--db", str(tmp_path / "real.db"))
    assert code == 0 and "Nairobi" in out


def test_verbose_logs_what_the_library_reports(tmp_path: Path, tag_stage: str) -> None:
    missing = str(tmp_path / "missing.txt")
    _, _, quiet = run("extract", missing, "--stages", tag_stage)
    code, _, loud = run("-v", "extract", missing, "--stages", tag_stage)
    assert code == 0 and "INFO dateline.sources" not in quiet
    assert f"INFO dateline.sources: {missing}: cannot read file" in loud


def test_ingest_refuses_a_misordered_stage_list_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("A report written for this test.", encoding="utf-8")
    db = tmp_path / "never.db"
    stages = "clean,language,analyse,times,actors,places,attributions,events"
    code, _, err = run("ingest", str(tmp_path / "r.txt"), "--db", str(db), "--stages", stages)
    flat = " ".join(err.replace("│", " ").split())
    assert code == 2 and "stage 'times' requires 'actors'" in flat and not db.exists()
