"""Browser tests: the sample corpus and the XSS corpus served by `create_app`, driven by Debian's Chromium.

One store per session (examples/corpus plus tests/browser/xss, ingested with the XSS KB), served by
uvicorn on a free loopback port; one headless Chromium (Selenium) that cannot resolve any other host,
so a page that needed a remote asset would fail. Screenshots go to $DATELINE_SCREENSHOTS when set
(`DATELINE_SCREENSHOTS=docs/screenshots`), else to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_ui import Served
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
XSS = Path(__file__).resolve().parent / "xss"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    import uvicorn

    import dateline.cli.ingest  # noqa: F401  (registers the command)
    from dateline.cli.app import app
    from dateline.web import create_app

    db = tmp_path_factory.mktemp("served") / "ui.db"
    paths = [str(ROOT / "examples" / "corpus"), str(XSS / "reports.jsonl")]
    args = ["ingest", *paths, "--db", str(db), "--kb", str(XSS / "kb.yaml"), "--workers", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield Served(f"http://127.0.0.1:{port}", db)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def driver() -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(60)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("DATELINE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
