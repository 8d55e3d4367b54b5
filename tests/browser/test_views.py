"""Each view over the sample corpus: it loads, shows the counts the API gives, filters, and links onward."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from browser_ui import Served, hash_params, open_view, text_of, wait_ready
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from dateline.store import Store

pytestmark = pytest.mark.browser


def shot(driver: Any, shots: Path, name: str) -> None:
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(shots / f"{name}.png"))


def test_network_counts_edge_to_event_to_document(driver: Any, served: Served, shots: Path) -> None:
    net = served.api("/api/network?limit=200")
    open_view(driver, served, "network")
    total = sum(edge["events"] for edge in net["edges"])
    expected = f"{len(net['nodes'])} actors, {len(net['edges'])} links, {total} event-links"
    assert text_of(driver, "network-count") == expected
    assert driver.execute_script("return window.datelineCy.nodes().length") == len(net["nodes"])
    shot(driver, shots, "network")

    # a real click on the canvas, at the heaviest edge's midpoint (zoomed to it, away from its nodes)
    edge = max(net["edges"], key=lambda e: e["events"])
    index = net["edges"].index(edge)
    x, y = driver.execute_script(
        "const cy = window.datelineCy, edge = cy.$(`edge[index = ${arguments[0]}]`);"
        "cy.fit(edge, 120); const p = edge.renderedMidpoint(); return [p.x, p.y];",
        index,
    )
    graph = driver.find_element(By.ID, "network")
    ActionChains(driver).move_to_element_with_offset(
        graph, int(x - graph.size["width"] / 2), int(y - graph.size["height"] / 2)
    ).click().perform()
    events = _wait_for(driver, lambda: driver.find_elements(By.CSS_SELECTOR, "#edge-events > li > a"))
    # edges may cross: what counts is the edge the click selected
    selected = driver.execute_script("return window.datelineCy.$('edge:selected').map(e => e.data('index'))")
    assert len(selected) == 1
    edge = net["edges"][selected[0]]
    names = {node["id"]: node["name"] for node in net["nodes"]}
    lines = text_of(driver, "edge-panel").splitlines()
    assert lines[:2] == [
        f"{names[edge['source']]} → {names[edge['target']]}",
        f"{edge['events']} event" + "s" * (edge["events"] > 1),
    ]
    assert len(events) == edge["events"]

    events[0].click()
    wait_ready(driver, "event")
    event_id = urlsplit(driver.current_url).fragment.split("/", 2)[2]
    event = served.api(f"/api/events/{event_id}")
    assert edge["source"] in {a["id"] for a in event["actors"]}
    assert edge["target"] in {r["id"] for r in event["recipients"]}
    shot(driver, shots, "event")

    driver.find_element(By.ID, "open-document").click()
    wait_ready(driver, "document")
    focus = driver.find_elements(By.CSS_SELECTOR, "#doc-text mark.trigger.focus")
    assert focus, "the event's trigger is outlined"
    assert "".join(m.text for m in focus).strip() == event["trigger_text"]
    text = served.api(f"/api/documents/{event['doc_id']}")["document"]["text"]
    assert driver.execute_script("return document.getElementById('doc-text').textContent") == text
    shot(driver, shots, "document")


def _wait_for(driver: Any, find: Any, timeout: float = 20) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda _: find())


def test_network_time_slider_sets_until(driver: Any, served: Served) -> None:
    open_view(driver, served, "network")
    periods = served.api("/api/timeline?interval=day")["periods"]
    middle = len(periods) // 2
    driver.execute_script(
        "const s = document.getElementById('time-slider'); s.value = arguments[0];"
        "document.body.dataset.ready = 'moving'; s.dispatchEvent(new Event('change'));",
        middle,
    )
    wait_ready(driver, "network")
    assert hash_params(driver)["until"] == periods[middle]
    net = served.api(f"/api/network?limit=200&until={periods[middle]}")
    assert text_of(driver, "network-count").startswith(
        f"{len(net['nodes'])} actors, {len(net['edges'])} links"
    )


def test_map_points_and_type_filter(driver: Any, served: Served, shots: Path) -> None:
    with Store.open(served.db) as store:
        placed = [r for r in store.events() if r.event.place and r.event.place.lat is not None]
    open_view(driver, served, "map")
    assert text_of(driver, "map-count") == f"{len(placed)} events with a place"
    outlines = driver.find_elements(By.CSS_SELECTOR, "#map svg path")
    assert len(outlines) > 150, "country outlines drawn"
    assert driver.find_elements(By.CSS_SELECTOR, "#map .marker-cluster"), "crowded points are clustered"
    shot(driver, shots, "map")
    kind = max({r.event.type for r in placed}, key=lambda t: sum(r.event.type == t for r in placed))
    open_view(driver, served, f"map?type={kind}")
    assert text_of(driver, "map-count") == f"{sum(r.event.type == kind for r in placed)} events with a place"


def test_timeline_counts_and_brush(driver: Any, served: Served, shots: Path) -> None:
    data = served.api("/api/timeline?interval=day&by=type")
    total = sum(sum(counts) for counts in data["series"].values())
    open_view(driver, served, "timeline")
    assert text_of(driver, "timeline-count").startswith(f"{total} events over {len(data['periods'])} day")
    shot(driver, shots, "timeline")
    chart = driver.find_element(By.CSS_SELECTOR, ".chart svg")
    width = chart.size["width"]
    driver.execute_script("document.body.dataset.ready = 'brushing'")
    ActionChains(driver).move_to_element_with_offset(
        chart, int(-width * 0.3), 0
    ).click_and_hold().move_by_offset(int(width * 0.4), 0).release().perform()
    wait_ready(driver, "timeline")
    params = hash_params(driver)
    assert params["since"] <= params["until"]
    narrowed = served.api("/api/timeline?" + urlencode({"interval": "day", **params}))
    shown = sum(sum(c) for c in narrowed["series"].values())
    assert 0 < shown < total
    assert text_of(driver, "timeline-count").startswith(f"{shown} event")


def test_events_list_filters_and_sorts(driver: Any, served: Served, shots: Path) -> None:
    with Store.open(served.db) as store:
        rows = store.events()
    open_view(driver, served, "events")
    assert text_of(driver, "event-count") == f"{min(100, len(rows))}{'+' if len(rows) > 100 else ''} events"
    shot(driver, shots, "events")
    kind = "ASSAULT"
    Select(driver.find_element(By.NAME, "type")).select_by_value(kind)
    driver.execute_script("document.body.dataset.ready = 'filtering'")
    driver.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    wait_ready(driver, "events")
    expected = sum(r.event.type == kind for r in rows)
    assert hash_params(driver)["type"] == kind
    assert text_of(driver, "event-count") == f"{expected} events"
    types = {td.text for td in driver.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(2)")}
    assert types == {kind}
    header = driver.find_element(By.XPATH, "//th/button[text()='date']")
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert hash_params(driver)["sort"] == "date"
    dates = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(1)")]
    assert dates == sorted(dates)


def test_story_puts_french_beside_english(driver: Any, served: Served, shots: Path) -> None:
    stories = served.api("/api/stories?limit=100")["items"]
    story = next(s for s in stories if {"fr", "en"} <= set(s["languages"]))
    full = served.api(f"/api/stories/{story['id']}")
    open_view(driver, served, f"story/{story['id']}")
    assert text_of(driver, "story-label") == full["label"]
    languages = [
        a.get_attribute("lang") for a in driver.find_elements(By.CSS_SELECTOR, "#story-reports article")
    ]
    assert len(languages) == len(full["documents"])
    assert languages.index("en") > max(i for i, code in enumerate(languages) if code == "fr")
    rows = driver.find_elements(By.CSS_SELECTOR, "#story-comparison tbody tr")
    assert len(rows) == len(full["comparison"])
    shot(driver, shots, "story")


def test_actor_view(driver: Any, served: Served, shots: Path) -> None:
    actor = served.api("/api/actors?limit=1")["items"][0]
    detail = served.api(f"/api/actors/{actor['id']}")
    open_view(driver, served, f"actor/{actor['id']}")
    assert text_of(driver, "actor-name") == actor["name"]
    assert text_of(driver, "actor-count").startswith(f"{actor['events']} event")
    assert len(driver.find_elements(By.CSS_SELECTOR, "table tbody tr")) == len(detail["counterparts"])
    shot(driver, shots, "actor")


def test_no_remote_asset_and_no_policy_violation(driver: Any, served: Served) -> None:
    story = served.api("/api/stories?limit=1")["items"][0]["id"]
    for route in ("network", "map", "timeline", "events", "documents", "stories", f"story/{story}"):
        open_view(driver, served, route)
        remote = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(u => !u.startsWith(location.origin) && !u.startsWith('data:'))"
        )
        assert remote == [], route
        assets = driver.execute_script(
            "return [...document.querySelectorAll('[src], link[href], image[href], use[href]')]"
            ".map(e => e.getAttribute('src') || e.getAttribute('href'))"
            ".filter(u => /^(https?:)?\\/\\//i.test(u))"
        )
        assert assets == [], route
    assert driver.execute_script("return window.datelineCspViolations") == []
