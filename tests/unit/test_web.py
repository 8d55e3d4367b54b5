"""The web app without a browser: security headers, the static UI, the vendored files, and that the
front end's own code never builds markup from strings nor points at a remote asset."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from store_samples import sample_documents
from typer.testing import CliRunner

import dateline.cli.serve  # noqa: F401  (registers the command)
from dateline.cli.app import app as cli
from dateline.plover import QUAD_CLASS
from dateline.store import Store
from dateline.web import create_app
from dateline.web.security import CONTENT_SECURITY_POLICY

STATIC = Path(__file__).resolve().parents[2] / "src" / "dateline" / "web" / "static"
MARKUP_SINKS = r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function"
OWN = [p for p in STATIC.rglob("*") if p.suffix in (".html", ".js", ".css") and "vendor" not in p.parts]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "web.db"
    with Store.open(db) as store:
        store.put(sample_documents())
    return TestClient(create_app(str(db)))


@pytest.mark.parametrize(
    "path", ["/", "/static/js/main.js", "/api/health", "/api/nowhere", "/ui/ontology.json"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_policy_forbids_inline_script_and_remote_origins() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == directives["script-src"] == directives["style-src"] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert "http" not in CONTENT_SECURITY_POLICY


def test_index_loads_only_local_scripts(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    sources = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', page.text)
    sources = [s for s in sources if s != "data:,"]  # the empty favicon
    assert sources and all(s.startswith("/static/") for s in sources)
    for source in sources:
        assert client.get(source).status_code == 200, source
    assert "<script>" not in page.text and "style=" not in page.text


def test_ontology_is_the_plover_table(client: TestClient) -> None:
    data = client.get("/ui/ontology.json").json()
    assert data["quad_class"] == QUAD_CLASS
    assert data["categories"] == list(QUAD_CLASS)


@pytest.mark.parametrize("path", OWN, ids=lambda p: p.name)
def test_own_code_builds_no_markup_and_references_no_remote_asset(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(MARKUP_SINKS, text)
    remote = re.findall(r"https?://[^\s\"')]+", text)
    assert set(remote) <= {"http://www.w3.org/2000/svg"}, remote  # the SVG namespace is a name, not an asset


def test_vendored_files_match_the_manifest_and_carry_licences() -> None:
    vendor = STATIC / "vendor"
    manifest = json.loads((vendor / "vendor.json").read_text(encoding="utf-8"))
    for entry in manifest:
        assert any(name.endswith("LICENSE") for name in entry["files"]), entry["name"]
        for name, digest in entry["files"].items():
            assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database" in result.output
