"""The REST API over the sample corpus ingested with the real models, and an upload through the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import dateline.cli.ingest  # noqa: F401  (registers the command on `app`)
from dateline.api import create_api
from dateline.cli.app import app

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
TOKEN = "corpus-token"
UPLOAD = (
    "Oslo, 12 March 2024. Norway's foreign minister met her Chilean counterpart in Oslo on Tuesday "
    "to discuss a fisheries agreement, the ministry said."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db), "--workers", "0"])
    assert result.exit_code == 0, result.output
    return TestClient(create_api(str(db), write_token=TOKEN))


def test_every_view_of_the_corpus(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["documents"] >= 26 and health["events"] > 10
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert len(events) == health["events"]
    languages = {e["language"] for e in events}
    assert {"fr", "en"} <= languages
    first = events[0]
    one = client.get(f"/api/events/{first['id']}").json()
    assert one["type"] == first["type"] and one["document"]["id"] == first["doc_id"]
    document = client.get(f"/api/documents/{first['doc_id']}").json()
    text = document["document"]["text"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in document["spans"])
    assert {"events", "actors"} <= {s["field"] for s in document["spans"]}
    network = client.get("/api/network").json()
    assert network["edges"] and {n["id"] for n in network["nodes"]}
    actor = network["edges"][0]["source"]
    assert client.get(f"/api/actors/{actor}").json()["counterparts"]
    by_actor = client.get("/api/events", params={"actor": actor, "limit": 1000}).json()["items"]
    assert by_actor and all(actor in {a["id"] for a in e["actors"] + e["recipients"]} for e in by_actor)
    timeline = client.get("/api/timeline", params={"by": "quad"}).json()
    assert sum(map(sum, timeline["series"].values())) + timeline["undated"] == health["events"]
    stories = client.get("/api/stories").json()["items"]
    assert stories and client.get(f"/api/stories/{stories[0]['id']}").json()["documents"]
    csv_rows = client.get("/api/events", params={"format": "csv"}).text.splitlines()
    assert len(csv_rows) >= health["events"] + 1  # header (evidence may hold line breaks)
    geo = client.get("/api/events", params={"format": "geojson"}).json()
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def test_upload_goes_through_the_pipeline(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    record = json.dumps({"text": UPLOAD, "title": "Fisheries talks in Oslo", "outlet": "Test Upload"})
    response = client.post("/api/documents", content=record.encode(), headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["stored"], body["failed"]) == (1, 0)
    stored = client.get(f"/api/documents/{body['ids'][0]}").json()["document"]
    assert stored["outlet"] == "Test Upload" and stored["language"]["code"] == "en"
    assert client.post("/api/documents", content=record.encode(), headers=auth).json()["skipped"] == 1
    assert client.post("/api/documents", content=record.encode()).status_code == 401
