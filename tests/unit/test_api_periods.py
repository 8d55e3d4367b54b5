"""Aggregates of a period read from the yearly and monthly summaries equal the same counts over the
events, for random periods over a store of several years, on SQLite and (when a server answers)
PostgreSQL; the summaries stay exact through ingest, detach and reattach."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from api_samples import postgres_url
from fastapi.testclient import TestClient

from dateline.api import create_api, ranking
from dateline.flat import date_bound
from dateline.model import ActorRef, Document, Event, Language, PlaceRef, Published, Span, TimeRef
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.months import MonthSplit, month_split
from dateline.store.queries import EventFilter
from dateline.store.summary import YEARLY, rebuild_summaries

TOKEN = "periods-token"
FIRST, DAYS = date(2019, 3, 10), 5 * 365 + 200  # 2019-03 to 2024-09
ACTORS = [
    ActorRef(name="Ruritania", country="RUR", sector="GOV", kb_id="RUR"),
    ActorRef(name="Ruritanian army", country="RUR", sector="MIL"),
    ActorRef(name="Freedonia", country="FRE", sector="GOV", kb_id="FRE"),
    ActorRef(name="Freedonian dockers", country="FRE", sector="CVL"),
    ActorRef(name="Grand Fenwick", country="GFW", sector="GOV", kb_id="GFW"),
    ActorRef(name="Mayor Oona Vale", country="GFW", sector="GOV", kb_id="person-vale"),
]
TYPES = ["CONSULT", "ACCUSE", "AID", "ASSAULT", "PROTEST"]
PLACES = [
    PlaceRef(name="Strelsau", geonames_id=9000001, country="RUR", lat=50.1, lon=14.4),
    PlaceRef(name="Port Fredo", geonames_id=9000002, country="FRE", lat=43.3, lon=5.4),
    PlaceRef(name="Fenwick Town", geonames_id=9000003, country="GFW", lat=46.2, lon=6.1),
]


def _time(rng: random.Random, day: date) -> TimeRef:
    """Mostly one day; some events last weeks or a year, some have no end (they never match `since`)."""
    roll = rng.random()
    if roll < 0.1:
        return TimeRef(text="since then", value="PRESENT_REF", start=day.isoformat(), end=None)
    if roll < 0.2:
        start = day - timedelta(days=rng.choice((20, 45, 400)))
        return TimeRef(text="for months", value=day.isoformat(), start=start.isoformat(), end=day.isoformat())
    return TimeRef(
        text=day.isoformat(),
        value=day.isoformat(),
        precision="day",
        start=day.isoformat(),
        end=day.isoformat(),
    )


def _report(rng: random.Random, n: int) -> Document:
    """A short invented wire report with one to three events over the five and a half years."""
    day = FIRST + timedelta(days=int(DAYS * rng.random() ** 0.8))
    text, events = "", []
    for i in range(rng.choice((1, 1, 2, 3))):
        actor, recipient = rng.choices(ACTORS, weights=(8, 5, 4, 3, 2, 1), k=2)
        kind = rng.choice(TYPES)
        sentence = f"{actor.name} and {recipient.name} ({kind.lower()}), item {n}.{i}.\n"
        start = len(text)
        text += sentence
        events.append(
            Event(
                id=f"e{i + 1}",
                type=kind,
                actors=[actor],
                recipients=[recipient] if rng.random() < 0.85 else [],
                place=rng.choice([*PLACES, None]),
                time=_time(rng, day),
                confidence=0.5,
                evidence=[Span(start=start, end=start + len(sentence) - 1)],
            )
        )
    return Document(
        id=f"{n:06d}" + "b" * 14,
        title=f"Dispatch {n}",
        outlet="The Strelsau Herald",
        language=Language(code="en", confidence=1.0),
        published=Published(
            value=day.isoformat(),
            precision="day",
            start=day.isoformat(),
            end=day.isoformat(),
            source="declared",
        ),
        text=text,
        events=events,
    )


def _reports() -> list[Document]:
    rng = random.Random(9)
    return [_report(rng, n) for n in range(260)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    urls = (
        iter([f"sqlite:///{tmp_path_factory.mktemp('periods') / 'periods.db'}"])
        if request.param == "sqlite"
        else postgres_url()
    )
    for found in urls:
        reports = _reports()
        with Store.open(found) as store:
            for start in range(0, len(reports), 50):  # several batches: the summaries add up
                store.put(reports[start : start + 50])
        yield found


def _bound(rng: random.Random) -> str:
    day = FIRST + timedelta(days=rng.randrange(-60, DAYS + 60))
    return rng.choice((day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]))


def _periods(count: int) -> list[dict[str, str]]:
    rng = random.Random(16)
    periods: list[dict[str, str]] = []
    while len(periods) < count:
        since, until = _bound(rng), _bound(rng)
        kind = rng.random()
        if kind < 0.3:
            periods.append({"since": since})
        elif kind < 0.6:
            periods.append({"until": until})
        elif min(since, until) != max(since, until):
            periods.append({"since": min(since, until), "until": max(since, until)})
    return periods


def _get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("period", _periods(24), ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()))
def test_period_aggregates_from_summaries_equal_the_events(
    url: str, period: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``min_confidence=0`` keeps every event but is not a time-only filter, so it counts the events."""
    monkeypatch.setattr(ranking, "FIRST_CANDIDATES", 1)  # small threshold rounds: several of them
    client = TestClient(create_api(url))
    for path, params in (
        ("/api/network", {}),
        ("/api/network", {"limit": 1}),
        ("/api/network", {"limit": 3}),
        ("/api/network", {"type": "ACCUSE,ASSAULT"}),
        ("/api/network", {"type": "AID", "limit": 2}),
        ("/api/places", {}),
        ("/api/places", {"limit": 1}),
        ("/api/timeline", {}),
        ("/api/timeline", {"interval": "week", "by": "quad"}),
    ):
        summed = _get(client, path, **period, **params)
        assert summed == _get(client, path, min_confidence=0, **period, **params), (path, params)


@pytest.mark.parametrize("params", [{}, {"type": "AID,PROTEST"}, {"by": "quad"}])
def test_monthly_timeline_from_summary_months_equals_the_events(url: str, params: dict[str, str]) -> None:
    client = TestClient(create_api(url))
    timeline = _get(client, "/api/timeline", **params)
    assert timeline == _get(client, "/api/timeline", min_confidence=0, **params)
    assert len(timeline["periods"]) >= 60 and sum(map(sum, timeline["series"].values())) > 100


def test_periods_read_years_and_the_months_at_their_edges(url: str) -> None:
    """The random periods above do cross whole years, and a year row sums its months."""
    bounds = [
        {k: date_bound(v, k == "until") for k, v in p.items()} for p in _periods(24)
    ]  # as the API reads them
    splits = [split for b in bounds if (split := month_split(EventFilter(**b))) is not None]
    assert sum(split.whole_years() is not None for split in splits) >= 10
    split = month_split(EventFilter(since="2020-03-15", until="2023-02-28"))
    assert split is not None and (split.first, split.last) == ("2020-04", "2023-02")
    assert split.whole_years() == (2021, 2022)
    assert len(split.parts(t.summary_month_pairs, t.summary_year_pairs)) == 3  # 2020-04…12, years, 2023-01…02
    for bounds, years in (
        ({"until": "2021-11-30"}, (0, 2020)),
        ({"since": "2021-02-01"}, (2022, 9999)),
        ({"since": "2021-01-01", "until": "2021-12-31"}, (2021, 2021)),
        ({"since": "2021-02-01", "until": "2021-12-31"}, None),
    ):
        assert _split(bounds).whole_years() == years
    m, y = t.summary_month_pairs, t.summary_year_pairs
    with Store.open(url) as store, store.engine.connect() as conn:
        # a period with a small share of the events is aggregated, a large one ranked by the threshold walk
        assert ranking._narrow(conn, _split({"until": "2019-12-31"}))
        assert not ranking._narrow(conn, _split({"since": "2020-01-01"}))
        events = conn.execute(sa.select(sa.func.count()).select_from(t.events).where(t.events.c.day != ""))
        assert conn.execute(sa.select(sa.func.sum(t.summary_months.c.n))).scalar() == events.scalar()
        by_year = dict(conn.execute(sa.select(y.c.year, sa.func.sum(y.c.n)).group_by(y.c.year)).all())
        year = sa.func.substr(m.c.month, 1, 4)
        assert by_year == dict(conn.execute(sa.select(year, sa.func.sum(m.c.n)).group_by(year)).all())
        assert set(by_year) >= {str(n) for n in range(2019, 2025)}


def test_yearly_summaries_stay_exact_through_ingest_detach_and_reattach(tmp_path: Any) -> None:
    """More reports, a detach and a reattach (which change no event) leave the yearly tables equal to a
    rebuild from the events."""
    url = f"sqlite:///{tmp_path / 'yearly.db'}"
    reports = _reports()
    with Store.open(url) as store:
        store.put(reports[:100])
    client = TestClient(create_api(url, write_token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    event_id = f"{reports[3].id}-e1"
    with Store.open(url) as store:
        store.put(reports[100:])
        assert client.post(f"/api/events/{event_id}/detach", headers=auth).status_code == 200
        kept = _yearly(store)
        assert client.post(f"/api/events/{event_id}/reattach", headers=auth).status_code == 200
        assert _yearly(store) == kept
        with store.engine.begin() as conn:
            rebuild_summaries(conn)
        assert _yearly(store) == kept
        assert sum(n for *_, n in kept[1]) == sum(n for *_, n in _monthly_pairs(store))


def _split(bounds: dict[str, str]) -> MonthSplit:
    split = month_split(EventFilter(**bounds))
    assert split is not None
    return split


def _yearly(store: Store) -> list[list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return [sorted(map(tuple, conn.execute(sa.select(table)))) for table in YEARLY]


def _monthly_pairs(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return list(map(tuple, conn.execute(sa.select(t.summary_month_pairs))))


def test_monthly_timeline_counts_undated_events(tmp_path: Any) -> None:
    """An event with no time in a report with no date has no month: the timeline counts it as undated."""
    dated = _reports()[:20]
    undated = dated[0].model_copy(
        update={
            "id": "9" * 20,
            "published": Published(),
            "events": [event.model_copy(update={"time": None}) for event in dated[0].events],
        }
    )
    url = f"sqlite:///{tmp_path / 'undated.db'}"
    with Store.open(url) as store:
        store.put([*dated, undated])
    client = TestClient(create_api(url))
    timeline = _get(client, "/api/timeline")
    assert timeline == _get(client, "/api/timeline", min_confidence=0)
    assert timeline["undated"] == len(undated.events) > 0
