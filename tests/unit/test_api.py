"""The REST API over hand-built documents, on SQLite and (when a server answers) PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from api_samples import STORY_ID, fill, postgres_url, small_report
from fastapi.testclient import TestClient
from store_samples import english_report, french_report

from dateline.api import create_api, ranking, shapes
from dateline.model import ActorRef
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.months import month_split
from dateline.store.queries import EventFilter
from dateline.store.summary import MONTHLY, RANKINGS, YEARLY, rebuild_summaries

TOKEN = "s3cret-token"
N_EVENTS = 43  # 1 French sample + 2 English sample + 40 small reports


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
        with Store.open(url) as store:
            fill(store)
        yield url
        return
    for url in postgres_url():
        with Store.open(url) as store:
            fill(store)
        yield url


@pytest.fixture(scope="module")
def client(store_url: str) -> TestClient:
    return TestClient(create_api(store_url))


def get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(client: TestClient, **params: Any) -> list[str]:
    return [e["id"] for e in get(client, "/api/events", limit=1000, **params)["items"]]


# -- events ---------------------------------------------------------------------------------


def test_pages_walk_every_event_once_in_a_stable_order(client: TestClient) -> None:
    walked, cursor = [], None
    while True:
        page = get(client, "/api/events", limit=7, **({"cursor": cursor} if cursor else {}))
        walked += [(e["date_start"], e["doc_id"], e["id"]) for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(walked) == N_EVENTS == len(set(walked))
    assert walked == sorted(walked, reverse=True)  # newest first
    assert [w[2] for w in walked] == ids(client)


@pytest.mark.parametrize("params", [{"q": "food"}, {"q": "food", "language": "en"}, {"country": "FRA"}])
def test_filtered_pages_walk_every_match_once_newest_day_first(
    client: TestClient, params: dict[str, Any]
) -> None:
    walked, cursor = [], None
    while True:
        page = get(client, "/api/events", limit=3, **params, **({"cursor": cursor} if cursor else {}))
        walked += [(e["date_start"], e["id"]) for e in page["items"]]
        if (cursor := page["next_cursor"]) is None:
            break
    assert sorted(walked) == sorted(
        (e["date_start"], e["id"]) for e in get(client, "/api/events", limit=1000, **params)["items"]
    )
    assert len(walked) == len(set(walked)) > 3
    assert [day for day, _ in walked] == sorted((day for day, _ in walked), reverse=True)


def test_event_shape(client: TestClient) -> None:
    event = get(client, f"/api/events/{french_report().id}-e1")
    assert event["type"] == "CONSULT" and event["quad"] == "verbal-cooperation"
    assert [a["id"] for a in event["actors"]] == ["RUS"] and event["recipients"][0]["id"] == "SYR"
    assert event["document"]["title"] == "Rencontre à Damas" and event["language"] == "fr"
    assert event["evidence_text"].startswith("Le ministre russe")
    assert (event["date_start"], event["date_end"]) == ("2024-03-14", "2024-03-14")
    assert client.get("/api/events/nope-e1").status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "protest"}, 11),
        ({"type": "AID,PROTEST"}, 21),
        ({"quad": "material-cooperation"}, 10),
        ({"quad": "material-conflict", "type": "ASSAULT"}, 11),
        ({"actor": "FRA"}, 20),  # an actor id, as actor or recipient
        ({"actor": "fra"}, 20),  # not an id: a name substring ("France", not "farmers")
        ({"actor": "MLI:REB"}, 10),  # a generic actor's id
        ({"actor": "rebel"}, 10),  # name substring
        ({"actor_country": "FRA"}, 30),
        ({"recipient_country": "FRA"}, 0),
        ({"recipient_country": "syr"}, 2),
        ({"country": "LBN"}, 1),  # the protesters in Beirut
        ({"country": "FJI"}, 10),  # a recipient
        ({"near": "33.5,36.3", "radius_km": 10}, 1),  # Damascus
        ({"near": "48.6,7.7", "radius_km": 1}, 0),
        ({"bbox": "179,-17,-179,-16"}, 10),  # across the antimeridian: Taveuni
        ({"bbox": "35,33,37,35"}, 2),  # Damascus and Beirut
        ({"since": "2024"}, 3),
        ({"since": "2023-03", "until": "2023-03"}, 4),
        ({"story": STORY_ID}, 2),
        ({"outlet": "the courier"}, 20),
        ({"language": "FR"}, 21),
        ({"min_confidence": 0.85}, 9),
        ({"q": "peche alimentaire"}, 20),  # accents folded (FTS5 remove_diacritics, PostgreSQL unaccent)
        ({"q": "Aleppo"}, 1),
        ({"q": 'AND OR NOT * " ('}, 0),  # operators are words, never syntax
        ({"actor_country": "FRA", "type": "AID", "since": "2023-06"}, 5),
    ],
)
def test_event_filters(client: TestClient, store_url: str, params: dict[str, Any], expected: int) -> None:
    assert len(ids(client, **params)) == expected


def test_streamed_exports_hold_every_matching_event(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "actor_country": "FRA"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 30 and {r["actor1_country"] for r in rows} == {"FRA"}
    lines = client.get("/api/events", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == N_EVENTS and json.loads(lines[0])["id"] == ids(client)[0]
    plover = [json.loads(x) for x in client.get("/api/events", params={"format": "plover"}).text.splitlines()]
    assert len(plover) == N_EVENTS and all("quad_code" in r for r in plover)
    geo = client.get("/api/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == N_EVENTS - 10  # protests: no place


def test_export_larger_than_one_chunk_streams_whole(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dateline.api.streaming.CHUNK_CHARS", 100)
    assert len(client.get("/api/events", params={"format": "jsonl"}).text.splitlines()) == N_EVENTS


# -- documents ------------------------------------------------------------------------------


def test_documents_pages_and_filters(client: TestClient) -> None:
    walked, cursor = [], None
    while True:
        page = get(client, "/api/documents", limit=9, **({"cursor": cursor} if cursor else {}))
        walked += [d["id"] for d in page["items"]]
        if (cursor := page["next_cursor"]) is None:
            break
    assert len(walked) == 43 == len(set(walked))
    assert [d["id"] for d in get(client, "/api/documents", status="failed")["items"]] == [
        "ff0000000000000000c3"
    ]
    assert len(get(client, "/api/documents", outlet="LA GAZETTE", limit=100)["items"]) == 20
    assert len(get(client, "/api/documents", story=STORY_ID)["items"]) == 2


def test_document_has_text_spans_and_removed_lines(client: TestClient) -> None:
    doc = french_report()
    view = get(client, f"/api/documents/{doc.id[:8]}")  # a unique prefix
    assert view["document"]["text"] == doc.text and view["story"] is None
    assert view["document"]["removed"][0]["reason"] == "share widget"
    spans = {(s["field"], s["path"]): s for s in view["spans"]}
    assert spans["events", "events[0].trigger"]["text"] == "rencontré"
    assert spans["places", "places[0].mentions[0]"]["text"] == "Damas"
    assert all(doc.text[s["start"] : s["end"]] == s["text"] for s in view["spans"])
    assert get(client, f"/api/documents/{small_report(4).id}")["story"] == STORY_ID
    assert client.get("/api/documents/zzz").status_code == 404
    assert client.get("/api/documents/0").status_code == 404  # ambiguous prefix


# -- actors, stories, places ---------------------------------------------------------------


def test_actors_ranked_with_counterparts_and_timeline(client: TestClient) -> None:
    actors = get(client, "/api/actors", limit=3)
    assert [a["id"] for a in actors["items"]][:1] == ["FRA"] and actors["items"][0]["events"] == 20
    rest = get(client, "/api/actors", limit=100, cursor=actors["next_cursor"])["items"]
    assert len(actors["items"]) + len(rest) == len(get(client, "/api/actors", limit=100)["items"])
    assert [a["id"] for a in get(client, "/api/actors", q="REBEL")["items"]] == ["MLI:REB"]
    france = get(client, "/api/actors/FRA")
    counterparts = {c["id"]: c for c in france["counterparts"]}
    assert counterparts["DEU"]["as_recipient"] == 10 and counterparts["DEU"]["by_type"] == {"CONSULT": 10}
    assert sum(p["events"] for p in france["timeline"]) == 20
    mali = {c["id"]: c for c in get(client, "/api/actors/MLI")["counterparts"]}
    assert mali["MLI:REB"]["as_actor"] == 10
    assert client.get("/api/actors/XYZ").status_code == 404


def test_stories(client: TestClient) -> None:
    [story] = get(client, "/api/stories")["items"]
    assert (story["id"], story["n_docs"], sorted(story["languages"])) == (STORY_ID, 2, ["fr"])
    view = get(client, f"/api/stories/{STORY_ID[:8]}")
    assert view["label"] == "Strasbourg talks" and len(view["documents"]) == 2
    assert {"events", "sources", "comparison"} <= set(view)
    assert client.get("/api/stories/none").status_code == 404


def test_places(client: TestClient) -> None:
    places = get(client, "/api/places")["items"]
    assert places[0]["events"] == 10 and {p["name"] for p in places} >= {"Gao", "Damascus"}
    assert [p["name"] for p in get(client, "/api/places", country="SYR")["items"]] == ["Aleppo", "Damascus"]


# -- timeline and network: the summary tables and the filtered path agree -----------------


def test_timeline(client: TestClient) -> None:
    whole = get(client, "/api/timeline", interval="month", by="quad")
    assert sum(sum(v) for v in whole["series"].values()) == N_EVENTS and whole["undated"] == 0
    assert whole["periods"][0] == "2023-01" and "2023-11" in whole["periods"]  # gaps filled
    filtered = get(client, "/api/timeline", interval="month", by="quad", min_confidence=0)  # events table
    assert filtered == whole
    weeks = get(client, "/api/timeline", interval="week", type="ASSAULT")
    assert list(weeks["series"]) == ["ASSAULT"] and weeks["periods"][0] == "2023-W01"  # Sunday 8 January
    days = get(client, "/api/timeline", interval="day", since="2024")
    assert days["periods"][0] == "2024-03-01" and len(days["periods"]) == 14


def test_network(client: TestClient) -> None:
    whole = get(client, "/api/network")
    filtered = get(client, "/api/network", min_confidence=0)
    assert whole == filtered
    edges = {(e["source"], e["target"]): e for e in whole["edges"]}
    assert edges["FRA", "DEU"]["by_quad"] == {"verbal-cooperation": 10}
    assert {n["id"] for n in whole["nodes"]} == {k for pair in edges for k in pair}
    assert len(get(client, "/api/network", limit=2)["edges"]) == 2
    assert set(
        map(tuple, ((e["source"], e["target"]) for e in get(client, "/api/network", type="AID")["edges"]))
    ) == {("FRA", "FJI")}
    graph = ET.fromstring(client.get("/api/network", params={"format": "graphml"}).content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graph.findall(".//g:edge", ns)) == len(whole["edges"])


@pytest.mark.parametrize(
    "period",
    [
        {"since": "2023-03-15", "until": "2023-09-10"},  # partial months at both ends
        {"since": "2023-06"},
        {"until": "2023-05-20"},
        {"since": "2023-02", "until": "2023-04", "type": "AID,PROTEST"},
        {"since": "2023-03-02", "until": "2023-03-20"},  # no whole month
    ],
)
def test_time_filtered_aggregates_from_monthly_rows_equal_the_events_path(
    client: TestClient, period: dict[str, str]
) -> None:
    for path in ("/api/network", "/api/places", "/api/timeline"):
        monthly = get(client, path, **period)
        assert monthly == get(client, path, min_confidence=0, **period)  # read from events
    assert get(client, "/api/network", **period) != get(client, "/api/network")
    for limit in (1, 2):  # the heaviest pairs of the period, ties broken by the pair as on events
        top = get(client, "/api/network", limit=limit, **period)
        assert top == get(client, "/api/network", limit=limit, min_confidence=0, **period)


@pytest.mark.parametrize("country", ["FRA", "MLI", "FJI", "DEU", "fra", "NZL"])
def test_aggregates_of_one_country_from_its_summaries_equal_the_events_path(
    client: TestClient, country: str
) -> None:
    for path, params in (
        ("/api/places", {"limit": 1}),
        ("/api/places", {}),
        ("/api/network", {"limit": 1}),
        ("/api/network", {}),
        ("/api/network", {"type": "AID,ASSAULT"}),
        ("/api/timeline", {"interval": "week", "by": "quad"}),
        ("/api/timeline", {"type": "CONSULT"}),
    ):
        summary = get(client, path, country=country, **params)
        assert summary == get(client, path, country=country, min_confidence=0, **params)
    assert (get(client, "/api/places", country=country)["items"] != []) == (country != "NZL")
    assert (get(client, "/api/network", country=country)["edges"] != []) == (country != "NZL")


def test_type_and_country_pages_read_per_type_equal_the_filter(client: TestClient) -> None:
    """``type`` with ``actor_country`` walks one participant index per type; pages join up."""
    for params in (
        {"type": "AID", "actor_country": "FRA"},
        {"type": "AID,CONSULT,PROTEST", "actor_country": "FRA", "since": "2023-02"},
        {"quad": "material-conflict", "recipient_country": "MLI"},
        {"type": "ASSAULT", "actor_country": "NZL"},
    ):
        whole = ids(client, **params)
        kinds = {k: v for k, v in params.items() if k in ("type", "quad")}
        of_kind = set(ids(client, **kinds))
        untyped = ids(client, **{k: v for k, v in params.items() if k not in kinds})
        assert whole == [i for i in untyped if i in of_kind]  # the same events, in the same order
        pages, cursor = [], None
        while True:
            body = get(client, "/api/events", limit=2, **params, **({"cursor": cursor} if cursor else {}))
            pages += [e["id"] for e in body["items"]]
            if not (cursor := body.get("next_cursor")):
                break
        assert pages == whole


def test_since_keeps_events_that_started_before_it(tmp_path: Path) -> None:
    """An event spanning a year matches `since` in its last month: the day bound widens for it."""
    report = small_report(0)
    event = report.events[0]
    wide = event.model_copy(
        update={"time": event.time.model_copy(update={"start": "2022-01-01", "end": "2022-12-31"})}
    )
    url = f"sqlite:///{tmp_path / 'wide.db'}"
    with Store.open(url) as store:
        store.put([small_report(n) for n in range(1, 10)])
        store.put([report.model_copy(update={"events": [wide]})])
    client = TestClient(create_api(url))
    assert report.id + "-e1" in ids(client, since="2022-12")
    assert len(ids(client, since="2022-12", type=event.type, actor_country="FRA")) >= 1
    assert get(client, "/api/network", since="2022-12") == get(
        client, "/api/network", since="2022-12", min_confidence=0
    )


def _skewed_reports() -> list[Any]:
    """Reports of eight actor pairs with 40, 20, 12, 6, 3, 2, 1 and 1 events over 2023 (heavy pairs first)."""
    reports = []
    for rank, count in enumerate((40, 20, 12, 6, 3, 2, 1, 1)):
        source = ActorRef(name=f"Ministry {rank}", kb_id=f"ministry-{rank}")
        target = ActorRef(name=f"Union {rank}", kb_id=f"union-{rank}")
        for k in range(count):
            report = small_report(len(reports))
            day = (date(2023, 1, 1) + timedelta(days=(k * 47 + rank * 13) % 365)).isoformat()
            time = report.events[0].time.model_copy(update={"value": day, "start": day, "end": day})
            event = report.events[0].model_copy(
                update={"actors": [source], "recipients": [target], "time": time}
            )
            reports.append(report.model_copy(update={"events": [event]}))
    return reports


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def skewed_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    urls = (
        iter([f"sqlite:///{tmp_path_factory.mktemp('skewed') / 'skewed.db'}"])
        if request.param == "sqlite"
        else postgres_url()
    )
    for url in urls:
        with Store.open(url) as store:
            store.put(_skewed_reports())
        yield url


@pytest.mark.parametrize("limit", [1, 2])
def test_threshold_ranking_of_a_period_equals_aggregating_it(
    skewed_url: str, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates read by store count, a round at a time, give the same top as summing every pair."""
    monkeypatch.setattr(ranking, "FIRST_CANDIDATES", 1)
    tables = (t.summary_month_pairs, t.summary_year_pairs)
    periods = [
        EventFilter(since="2023-03-01"),
        EventFilter(until="2023-06-30"),  # the years before 2023 and six months
        EventFilter(since="2023-12-01"),
    ]
    ended = 0
    with Store.open(skewed_url) as store, store.engine.connect() as conn:
        for period in periods:
            split = month_split(period)
            assert split is not None
            by_pair = split.parts(*tables, by_period=False)
            threshold = ranking._threshold_top(conn, by_pair, ranking.PAIR, t.summary_pairs, limit)
            if threshold is not None:
                ended += 1
                assert threshold == ranking._aggregated(conn, split.parts(*tables), ranking.PAIR, limit)
    assert ended > 0  # some ended on the threshold, not by aggregating everything
    client = TestClient(create_api(skewed_url))
    for period in ({"since": "2023-03"}, {"until": "2023-06-20"}):
        for path in ("/api/network", "/api/places"):
            top = get(client, path, limit=limit, **period)
            assert top == get(client, path, limit=limit, min_confidence=0, **period)


def test_time_filtered_timeline_leaves_out_events_with_no_end(tmp_path: Path) -> None:
    """``since`` never keeps an event with a start but no end: the whole months' summaries drop it too."""
    reports = [small_report(n) for n in range(12)]
    for report in reports[:4]:
        event = report.events[0]
        open_ended = event.time.model_copy(update={"value": "PRESENT_REF", "end": None})
        report.events[0] = event.model_copy(update={"time": open_ended})
    url = f"sqlite:///{tmp_path / 'open.db'}"
    with Store.open(url) as store:
        store.put(reports)
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.sum(t.summary_open_days.c.n))).scalar() == 4
    client = TestClient(create_api(url))
    whole = get(client, "/api/timeline")
    for period in ({"since": whole["periods"][0]}, {"until": whole["periods"][-1]}):
        timeline = get(client, "/api/timeline", **period)
        assert timeline == get(client, "/api/timeline", min_confidence=0, **period)
    assert sum(map(sum, get(client, "/api/timeline", since=whole["periods"][0])["series"].values())) == 8


def test_summary_tables_equal_a_rebuild(store_url: str) -> None:
    with Store.open(store_url) as store, store.engine.begin() as conn:
        tables = (
            t.summary_days, t.summary_edges, t.summary_pairs, t.summary_actors, *MONTHLY, *RANKINGS, *YEARLY
        )  # fmt: skip
        kept = [sorted(map(tuple, conn.execute(sa.select(table)))) for table in tables]
        rebuild_summaries(conn)
        assert [sorted(map(tuple, conn.execute(sa.select(table)))) for table in tables] == kept


@pytest.mark.parametrize(
    ("path", "params", "shape"),
    [
        ("/api/events", {"limit": 3}, shapes.EventPage),
        ("/api/documents", {"limit": 3}, shapes.DocumentPage),
        ("/api/actors", {"limit": 3}, shapes.ActorPage),
        ("/api/stories", {}, shapes.StoryPage),
        ("/api/places", {}, shapes.Places),
        ("/api/places", {"since": "2023-02"}, shapes.Places),
        ("/api/timeline", {"by": "quad", "interval": "week"}, shapes.Timeline),
        ("/api/network", {}, shapes.Network),
        ("/api/network", {"until": "2023-05", "type": "AID,CONSULT"}, shapes.Network),
    ],
)
def test_responses_sent_as_built_have_their_documented_shapes(
    client: TestClient, path: str, params: dict[str, Any], shape: type[shapes.Shape]
) -> None:
    """The endpoints skip FastAPI's response validation (`JSONResponse`): the schema they declare must
    still describe what they send, field for field."""
    body = get(client, path, **params)
    assert shape.model_validate(body).model_dump() == body  # no field missing, extra or of another type
    assert any(body.values())  # not an empty answer
    declared = client.get("/openapi.json").json()["paths"][path]["get"]["responses"]["200"]["content"]
    assert declared["application/json"]["schema"] == {"$ref": f"#/components/schemas/{shape.__name__}"}


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"limit": 10**12}, "limit"),
        ("/api/events", {"limit": "ten"}, "limit"),
        ("/api/events", {"type": "NOT_A_TYPE"}, "type"),
        ("/api/events", {"quad": "verbal"}, "quad"),
        ("/api/events", {"quad": "verbal-conflict", "type": "AID"}, "quad"),
        ("/api/events", {"country": "FR"}, "country"),
        ("/api/events", {"since": "2024-13"}, "since"),
        ("/api/events", {"until": "2024-02-30"}, "until"),
        ("/api/events", {"since": "yesterday"}, "since"),
        ("/api/events", {"near": "91,0"}, "near"),
        ("/api/events", {"near": "Aleppo"}, "near"),
        ("/api/events", {"near": "1,1", "radius_km": "nan"}, "radius_km"),
        ("/api/events", {"bbox": "1,2,3"}, "bbox"),
        ("/api/events", {"bbox": "0,10,1,5"}, "bbox"),
        ("/api/events", {"min_confidence": "inf"}, "min_confidence"),
        ("/api/events", {"min_confidence": 2}, "min_confidence"),
        ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
        ("/api/events", {"cursor": "WyJ4Il0"}, "cursor"),  # a valid encoding of the wrong key
        ("/api/events", {"actor": "a\x00b"}, "actor"),
        ("/api/events", {"q": "x" * 501}, "q"),
        ("/api/events", {"format": "xlsx"}, "format"),
        ("/api/documents", {"status": "odd"}, "status"),
        ("/api/documents", {"cursor": "WyIyMDI0IiwgMV0"}, "cursor"),
        ("/api/actors", {"cursor": "eyJhIjoxfQ"}, "cursor"),
        ("/api/timeline", {"interval": "year"}, "interval"),
        ("/api/network", {"limit": 10**6}, "limit"),
    ],
)
def test_bad_parameters_are_422_naming_them(
    client: TestClient, path: str, params: dict[str, Any], parameter: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["parameter"] == parameter and parameter in body["error"]
    assert "Traceback" not in response.text


def test_hostile_ids_are_404_not_errors(client: TestClient) -> None:
    for path in ("/api/events/%00", "/api/documents/%25", "/api/actors/%27%3B--", "/api/stories/_"):
        response = client.get(path)
        assert response.status_code in (404, 422) and "error" in response.json()


def test_unknown_route_is_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json() == {"error": "Not Found"}


def test_internal_errors_say_nothing_of_the_code(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_api(store_url)

    def broken(*_: Any) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("dateline.api.events.event_json", broken)
    response = TestClient(app, raise_server_exceptions=False).get("/api/events")
    assert response.status_code == 500 and response.json() == {"error": "internal error"}


# -- writing --------------------------------------------------------------------------------


def test_read_only_without_a_token(client: TestClient) -> None:
    event = f"{english_report().id}-e1"
    assert client.post(f"/api/events/{event}/detach").status_code in (404, 405)
    assert client.post("/api/documents", content=b"text").status_code == 405
    assert get(client, "/api/health")["write"] is False


def test_write_endpoints_check_the_token(store_url: str, tmp_path: Path) -> None:
    writer = TestClient(create_api(store_url, write_token=TOKEN))
    event = f"{small_report(0).id}-e1"
    assert writer.post(f"/api/events/{event}/detach").status_code == 401
    wrong = writer.post(f"/api/events/{event}/detach", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json() == {"error": "wrong write token"}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/events/nope-e9/detach", headers=auth).status_code == 404
    assert writer.post(f"/api/events/{event}/detach", headers=auth).json() == {
        "event": event,
        "detached": True,
    }
    with Store.open(store_url) as store, store.engine.connect() as conn:
        assert conn.execute(sa.select(t.event_detachments.c.event_id)).scalars().all() == ["e1"]
    assert writer.post(f"/api/events/{event}/reattach", headers=auth).json()["detached"] is False
    with Store.open(store_url) as store, store.engine.connect() as conn:
        assert conn.execute(sa.select(t.event_detachments.c.event_id)).scalars().all() == []
    assert writer.post("/api/documents", headers=auth, content=b"  ").status_code == 400


def test_graphml_is_well_formed_for_any_name() -> None:
    from dateline.api.graphml import graphml

    node = {
        "id": "a\x01<b>",
        "name": 'A & "B"\x0b',
        "country": None,
        "sector": None,
        "kb_id": None,
        "events": 1,
    }
    edge = {"source": node["id"], "target": node["id"], "events": 1, "by_type": {"AID": 1}, "by_quad": {}}
    root = ET.fromstring(graphml([node], [edge]))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    [element] = root.findall(".//g:node", ns)
    assert element.attrib["id"] == "a\ufffd<b>" and element[0].text == 'A & "B"\ufffd'


@pytest.mark.parametrize(
    "params",
    [{"country": "FRA"}, {"actor": "MLI:REB"}, {"bbox": "-10,10,10,20"}, {"q": "food"}, {"since": "2023-06"}],
)
def test_aggregates_count_the_events_the_list_holds(client: TestClient, params: dict[str, Any]) -> None:
    events = get(client, "/api/events", limit=1000, **params)["items"]
    timeline = get(client, "/api/timeline", **params)
    assert sum(map(sum, timeline["series"].values())) + timeline["undated"] == len(events)
    located = [e for e in events if e["place"] and e["place"]["lat"] is not None]
    assert sum(p["events"] for p in get(client, "/api/places", **params)["items"]) == len(located)
    paired = [e for e in events if e["actors"] and e["recipients"]]
    assert sum(edge["events"] for edge in get(client, "/api/network", **params)["edges"]) == len(paired)
