"""`execute_many` stores what ``conn.execute(stmt, rows)`` stores: typed values, upserts, column order."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from dateline.store import Store
from dateline.store import schema as t
from dateline.store.many import execute_many
from dateline.store.summary import _upsert

DETACHED = t.event_detachments.insert()
PLACES = _upsert(t.summary_places, postgres=False)
MONTHS = _upsert(t.summary_month_places, postgres=False)

WHEN = [
    {"created_at": datetime(2024, 5, 1, 12, 30, tzinfo=UTC), "event_id": "e1"},
    {"created_at": datetime(2023, 1, 2, tzinfo=UTC), "event_id": "é2"},
]
# keys in another order than the table's columns; an int where the column is a float
PLACE = {"n": 2, "lat": 3, "lon": 4.5, "place_key": "k", "geonames_id": None, "name": "Ville"}
PLACE["country"] = None
MONTH = [{"month": "2024-05", "ended": True, "place_key": "k", "n": 2}]
MONTH += [{"month": "2024-05", "ended": False, "place_key": "k", "n": 1}]


def _stored(write: Any) -> list[list[Any]]:
    with Store.open(":memory:") as store, store.engine.begin() as conn:
        write(conn, DETACHED, WHEN)
        write(conn, PLACES, [PLACE])
        write(conn, PLACES, [PLACE])  # the same key again: its count grows
        write(conn, MONTHS, MONTH)
        queries = (
            "SELECT event_id, created_at FROM event_detachments ORDER BY event_id",
            "SELECT place_key, lat, typeof(lat), lon, n FROM summary_places",
            "SELECT month, ended, place_key, n FROM summary_month_places ORDER BY ended",
        )
        return [list(conn.exec_driver_sql(query)) for query in queries]


def test_execute_many_stores_exactly_what_sqlalchemy_stores() -> None:
    expected = _stored(lambda conn, stmt, rows: conn.execute(stmt, rows))
    assert _stored(execute_many) == expected
    _when, places, months = expected
    assert places == [("k", 3.0, "real", 4.5, 4)]  # the float column's processor ran on an int
    assert [row[1] for row in months] == [0, 1]


def test_execute_many_of_nothing_does_nothing() -> None:
    with Store.open(":memory:") as store, store.engine.begin() as conn:
        execute_many(conn, DETACHED, [])
        assert conn.execute(sa.select(sa.func.count()).select_from(t.event_detachments)).scalar() == 0
