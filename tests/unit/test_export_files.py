"""`dateline export` on a store of hand-built reports: every format is read back by its readers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from store_samples import english_report, french_report
from typer.testing import CliRunner

import dateline.cli.export  # noqa: F401  (registers the command on `app`)
from dateline.cli.app import app
from dateline.export.acled import COLUMNS as ACLED_COLUMNS
from dateline.export.gdelt import COLUMNS as GDELT_COLUMNS
from dateline.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        store.put([french_report(), english_report()])
    return path


def export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_gdelt_is_tab_separated_with_gdelt_columns_and_event_values(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(db, "-f", "gdelt")), delimiter="\t"))
    assert len(GDELT_COLUMNS) == 61 and list(rows[0]) == list(GDELT_COLUMNS)
    damascus = next(r for r in rows if r["ActionGeo_FullName"] == "Damascus")
    assert damascus["SQLDATE"] == "20240314" and damascus["MonthYear"] == "202403"
    assert (damascus["Actor1CountryCode"], damascus["Actor2CountryCode"]) == ("RUS", "SYR")
    assert damascus["Actor1Code"] == "RUSGOV" and damascus["EventCode"] == "CONSULT"
    assert damascus["QuadClass"] == "1" and damascus["ActionGeo_Type"] == "4"
    assert damascus["ActionGeo_FeatureID"] == "170654"


def test_acled_csv_has_acled_columns_and_iso_numeric_countries(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(db, "-f", "acled"))))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    damascus = next(r for r in rows if r["location"] == "Damascus")
    assert damascus["event_date"] == "2024-03-14" and damascus["year"] == "2024"
    assert (damascus["actor1"], damascus["actor2"]) == ("Russia", "Syria")
    assert (damascus["iso"], damascus["country"]) == ("760", "Syrian Arab Republic")
    assert damascus["time_precision"] == "1" and damascus["source"] == "Le Quotidien Test"


def test_filters_and_out_file_apply_to_every_event_format(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export(db, "-f", "jsonl", "--country", "SYR", "--until", "2024-03-14", "--out", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["date"] <= "2024-03-14" for r in records)
    everything = [json.loads(line) for line in export(db, "-f", "plover").splitlines()]
    assert len(everything) > len(records)
    geo = json.loads(export(db, "-f", "geojson", "--limit", "1"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) <= 1


def test_parquet_writes_four_tables_by_month_that_pandas_reads(db: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "parquet"
    CliRunner().invoke(
        app, ["export", "--db", str(db), "-f", "parquet", "--out", str(out)], catch_exceptions=False
    )
    events = pd.read_parquet(out / "events")
    assert {"event_id", "event_type", "quad_class", "latitude", "month"} <= set(events.columns)
    assert set(events["month"].astype(str)) >= {"2024-03"}
    assert (out / "events" / "month=2024-03").is_dir()
    documents = pd.read_parquet(out / "documents")
    assert set(documents["id"]) == {french_report().id, english_report().id}
    assert len(pd.read_parquet(out / "actors")) == len(french_report().actors) + len(english_report().actors)
    places = pd.read_parquet(out / "places")
    assert "Damascus" in set(places["name"])


def test_parquet_tables_load_in_duckdb(db: Path, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    out = tmp_path / "parquet"
    export(db, "-f", "parquet", "--out", str(out))
    source = f"read_parquet('{out}/events/*/*.parquet', hive_partitioning=true)"
    counts = dict(duckdb.sql(f"SELECT month, count(*) FROM {source} GROUP BY month").fetchall())
    assert sum(counts.values()) == len(french_report().events) + len(english_report().events)


def test_parquet_without_out_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "-f", "parquet"])
    assert result.exit_code == 2


def test_graphml_is_the_actor_network_networkx_reads(db: Path, tmp_path: Path) -> None:
    networkx = pytest.importorskip("networkx")
    out = tmp_path / "network.graphml"
    export(db, "-f", "graphml", "--out", str(out))
    graph = networkx.read_graphml(out)
    assert graph.is_directed() and graph.number_of_edges() >= 1
    source, target, counts = next(
        (a, b, data) for a, b, data in graph.edges(data=True) if (a, b) == ("RUS", "SYR")
    )
    assert counts["CONSULT"] >= 1 and counts["events"] >= counts["CONSULT"]
    assert graph.nodes[source]["country"] == "RUS" and graph.nodes[target]["country"] == "SYR"
    filtered = networkx.read_graphml(io.BytesIO(export(db, "-f", "graphml", "--type", "ASSAULT").encode()))
    assert filtered.number_of_edges() < graph.number_of_edges()
