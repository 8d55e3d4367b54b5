"""Time-only filters split for the monthly and yearly summary tables: the whole years a period covers
are read from the yearly summaries, its other whole months from the monthly ones, and the events of the
partial months at either end from ``events``."""

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
        return self._rows(table, "month", self.first, self.last, by_month)

    def parts(self, monthly: sa.Table, yearly: sa.Table, by_period: bool = True) -> list[Part]:
        """The whole months as rows of a yearly table (the whole years among them) and of its monthly table
        (the months before the first whole year and after the last): at most three ranges, so a period of
        any length reads a row per year and key and at most 22 month rows. `by_period` as `conditions`'s
        `by_month`."""
        years = self.whole_years()
        if years is None:
            return [Part(monthly, self.conditions(monthly, by_period))]
        first, last = years
        parts = [
            Part(
                yearly, self._rows(yearly, "year", f"{first:04d}" if first else "", f"{last:04d}", by_period)
            )
        ]
        if first and self.first <= f"{first - 1:04d}-12":
            parts.append(
                Part(monthly, self._rows(monthly, "month", self.first, f"{first - 1:04d}-12", by_period))
            )
        if last < 9999 and f"{last + 1:04d}-01" <= self.last:
            parts.append(
                Part(monthly, self._rows(monthly, "month", f"{last + 1:04d}-01", self.last, by_period))
            )
        return parts

    def whole_years(self) -> tuple[int, int] | None:
        """The first and last years wholly inside the whole months (the first is 0 when the period has no
        start), or None when there is none."""
        first = 0 if not self.first else int(self.first[:4]) + (self.first[5:] != "01")
        last = int(self.last[:4]) - (self.last[5:] != "12")
        return (first, last) if first <= last else None

    def _rows(
        self, table: sa.Table, column: str, first: str, last: str, by_period: bool
    ) -> list[sa.ColumnElement[bool]]:
        period = table.c[column] if by_period else sa.func.substr(table.c[column], 1, len(last))
        where: list[sa.ColumnElement[bool]] = [period.between(first, last)]
        return [*where, table.c.ended.is_(True)] if self.ended_only else where


@dataclass(frozen=True)
class Part:
    """Rows of a summary table that count part of a period."""

    table: sa.Table
    where: list[sa.ColumnElement[bool]]


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
