"""Time-only filters split for the monthly summary tables: the whole months a period covers are read
from the summaries, the events of the partial months at either end from ``events``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from dateline.store import schema as t
from dateline.store.queries import EventFilter


@dataclass(frozen=True)
class MonthSplit:
    """Whole months `first`..`last` (``YYYY-MM``) and conditions on ``events`` for the rest."""

    first: str
    last: str
    #: `since` is set: events with no end date never match it.
    ended_only: bool
    #: One list of conditions per partial end of the period (added to the filter's own conditions).
    ends: list[list[sa.ColumnElement[bool]]]

    def conditions(self, table: sa.Table, by_month: bool = True) -> list[sa.ColumnElement[bool]]:
        """The whole months' rows of a monthly summary table; with `by_month` False, written so that no
        index on the month serves them (when rows are read by another key, such as the actor pair)."""
        month = table.c.month if by_month else sa.func.substr(table.c.month, 1, 7)
        where: list[sa.ColumnElement[bool]] = [month.between(self.first, self.last)]
        return [*where, table.c.ended.is_(True)] if self.ended_only else where


def month_split(f: EventFilter) -> MonthSplit | None:
    """How to count `f`'s events from monthly rows, or None (not a time-only filter, or no whole month).

    An event whose first day falls in a month wholly inside [`since`, `until`] matches: it starts on or
    before `until` and, when it has an end date (which is never before its start), ends on or after
    `since`. The events of the partial months are those of the filter outside the whole months.
    """
    if not f.only_time():
        return None
    first = ""
    if f.since:
        since = date.fromisoformat(f.since)
        first = f.since[:7] if since.day == 1 else _month(since.replace(day=28) + timedelta(days=4))
    last = "9999-12"
    if f.until:
        until = date.fromisoformat(f.until)
        last = (
            f.until[:7]
            if (until + timedelta(days=1)).day == 1
            else _month(until.replace(day=1) - timedelta(1))
        )
    if first > last:
        return None
    e = t.events
    ends: list[list[sa.ColumnElement[bool]]] = []
    if f.since:
        ends.append([e.c.day < first + "-01"])
    if f.until:
        ends.append([e.c.day > last + "-31"])
    return MonthSplit(first, last, bool(f.since), ends)


def _month(day: date) -> str:
    return day.isoformat()[:7]
