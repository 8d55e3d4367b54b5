"""Helpers the browser tests share: the served app, opening a view and waiting until it has rendered."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


@dataclass(frozen=True)
class Served:
    """The running server: its base URL and the store behind it."""

    base: str
    db: Path

    def api(self, path: str) -> Any:
        with urllib.request.urlopen(self.base + path, timeout=30) as response:
            return json.loads(response.read())


def open_view(driver: Any, served: Served, route: str, timeout: float = 30) -> None:
    """Load "#/<route>" and wait until its view says it is ready (or fail with the status line)."""
    view = route.split("?", 1)[0].split("/", 1)[0]
    if driver.current_url.startswith(served.base):
        driver.execute_script("document.body.dataset.ready = 'navigating'")
        if driver.execute_script("return window.location.hash") == f"#/{route}":
            driver.refresh()
        else:
            driver.execute_script("window.location.hash = arguments[0]", f"#/{route}")
    else:
        driver.get(f"{served.base}/#/{route}")
    wait_ready(driver, view, timeout)


def wait_ready(driver: Any, view: str, timeout: float = 30) -> None:
    def ready(d: Any) -> bool:
        status = d.find_element(By.ID, "status")
        assert "error" not in (status.get_attribute("class") or ""), status.text
        return bool(d.execute_script("return document.body.dataset.ready") == view)

    WebDriverWait(driver, timeout).until(ready)


def text_of(driver: Any, element_id: str) -> str:
    return str(driver.find_element(By.ID, element_id).text)


def hash_params(driver: Any) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlsplit

    fragment = urlsplit(driver.current_url).fragment
    return dict(parse_qsl(fragment.split("?", 1)[1])) if "?" in fragment else {}
