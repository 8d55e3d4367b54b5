"""The XSS corpus (tests/browser/xss): markup in titles, outlets, addresses, text and an actor's name is
shown as written, and none of it runs or enters the page as elements."""

from __future__ import annotations

from typing import Any

import pytest
from browser_ui import Served, open_view, text_of
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from dateline.model import Document
from dateline.store import Store

pytestmark = pytest.mark.browser

#: What the page itself loads: the vendored libraries and the app's module.
OWN_SCRIPTS = 5
ACTOR = "xss-front"


@pytest.fixture(scope="module")
def hostile(served: Served) -> list[Document]:
    with Store.open(served.db) as store:
        docs = [store.get(row.id) for row in store.documents() if (row.source_id or "").startswith("xss-")]
    assert len(docs) == 2
    return [doc for doc in docs if doc is not None]


def assert_inert(driver: Any) -> None:
    """Nothing ran (no flag, no alert), nothing was injected, the policy saw no violation."""
    assert driver.execute_script("return window.datelinePwned") is None
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    injected = driver.execute_script(
        "return document.querySelectorAll('main img, main iframe, main svg [onload], main style, main b,"
        ' [onerror], [onmouseover], a[href^="javascript:" i]\').length'
    )
    assert injected == 0
    assert len(driver.find_elements(By.TAG_NAME, "script")) == OWN_SCRIPTS
    assert driver.execute_script("return window.datelineCspViolations") == []


def test_documents_read_as_written(driver: Any, served: Served, hostile: list[Document]) -> None:
    for doc in hostile:
        open_view(driver, served, f"document/{doc.id}")
        assert text_of(driver, "doc-title") == doc.title
        assert driver.execute_script("return document.getElementById('doc-text').textContent") == doc.text
        outlet = driver.find_element(By.XPATH, "//dt[text()='outlet']/following-sibling::dd[1]")
        assert outlet.get_attribute("textContent") == doc.outlet
        address = driver.find_element(By.XPATH, "//dt[text()='address']/following-sibling::dd[1]")
        assert address.find_elements(By.TAG_NAME, "a") == []  # a javascript: address is text, not a link
        assert_inert(driver)


def test_lists_graphs_and_stories_stay_inert(driver: Any, served: Served, hostile: list[Document]) -> None:
    names = {a.name for doc in hostile for e in doc.events for a in [*e.actors, *e.recipients]}
    hostile_name = next(name for name in names if "onerror" in name)
    open_view(driver, served, f"events?actor={ACTOR}")
    cells = driver.find_elements(By.CSS_SELECTOR, "tbody td:nth-child(3), tbody td:nth-child(4)")
    assert any(hostile_name in cell.get_attribute("textContent") for cell in cells)
    assert_inert(driver)
    for route in (f"network?actor={ACTOR}", f"map?actor={ACTOR}", f"timeline?actor={ACTOR}", "documents"):
        open_view(driver, served, route)
        assert_inert(driver)
    open_view(driver, served, f"network?actor={ACTOR}")
    labels = driver.execute_script("return window.datelineCy.nodes().map(n => n.data('label'))")
    assert hostile_name in labels
    open_view(driver, served, f"actor/{ACTOR}")
    assert text_of(driver, "actor-name") == hostile_name
    assert_inert(driver)
    story = served.api(f"/api/documents/{hostile[0].id}")["story"]
    if story:
        open_view(driver, served, f"story/{story}")
        assert_inert(driver)
