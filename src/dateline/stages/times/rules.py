"""Resolution rules: each turns a reference date into the interval a time expression denotes.

Every rule is monotone in the reference date (a later reference never gives an earlier
interval), so resolving against a reference *interval* ``[ref_start, ref_end]`` is simply
``[resolve(ref_start).start, resolve(ref_end).end]`` (`resolve_between`). Without any
reference, `relative_days` gives the interval in days relative to publication: exact for
fixed offsets, else the hull over every reference day of a leap and a common year.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Unit = Literal["week", "month", "year"]
Part = Literal["whole", "early", "mid", "late", "before", "after"]
Interval = tuple[date, date]

_SAMPLE_FIRST = date(2023, 1, 1)
_SAMPLE_DAYS = 731  # 2023 and 2024: every weekday, month length and the leap day


def period(unit: Unit, day: date) -> Interval:
    """The calendar week (Monday–Sunday), month or year containing `day`."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shift_period(unit: Unit, day: date, shift: int) -> Interval:
    """The period `shift` units after (negative: before) the one containing `day`."""
    if unit == "week":
        return period(unit, day + timedelta(days=7 * shift))
    if unit == "month":
        index = day.year * 12 + day.month - 1 + shift
        return period(unit, date(index // 12, index % 12 + 1, 1))
    return period(unit, date(day.year + shift, 1, 1))


def part_of(interval: Interval, part: Part, ref: date | None = None) -> Interval:
    """Narrow an interval to its first/middle/last third, or to before/after `ref`."""
    start, end = interval
    if part == "whole":
        return interval
    if part in ("before", "after"):  # "earlier this week": before the reference day, not on it
        pivot = min(max(ref or end, start), end)
        if part == "before":
            return start, max(start, pivot - timedelta(days=1))
        return pivot, end
    third = ((end - start).days + 1) / 3
    first_end = start + timedelta(days=round(third) - 1)
    last_start = start + timedelta(days=round(2 * third))
    if part == "early":
        return start, first_end
    if part == "mid":
        return first_end + timedelta(days=1), last_start - timedelta(days=1)
    return last_start, end


@dataclass(frozen=True)
class Fixed:
    """An absolute interval ("le 13 décembre 2018", "fin septembre 2015", "en 2015")."""

    start: date
    end: date
    precision: str
    needs_reference = False

    def resolve(self, ref: date) -> Interval:
        return self.start, self.end


@dataclass(frozen=True)
class Offset:
    """A window of days around the reference ("hier", "il y a trois jours", "ces derniers jours")."""

    low: int
    high: int
    precision: str
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        return ref + timedelta(days=self.low), ref + timedelta(days=self.high)


@dataclass(frozen=True)
class Weekday:
    """A named weekday: the latest one on or before the reference (``past``), strictly before
    (``last``: "jeudi dernier") or strictly after (``next``: "next Friday")."""

    weekday: int
    direction: Literal["past", "last", "next"] = "past"
    precision: str = "day"
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        if self.direction == "next":
            day = ref + timedelta(days=(self.weekday - ref.weekday() - 1) % 7 + 1)
        elif self.direction == "last":
            day = ref - timedelta(days=(ref.weekday() - self.weekday - 1) % 7 + 1)
        else:
            day = ref - timedelta(days=(ref.weekday() - self.weekday) % 7)
        return day, day


@dataclass(frozen=True)
class Calendar:
    """A calendar period relative to the reference's ("la semaine dernière", "earlier this month")."""

    unit: Unit
    shift: int = 0
    part: Part = "whole"
    needs_reference = True

    @property
    def precision(self) -> str:
        return self.unit

    def resolve(self, ref: date) -> Interval:
        return part_of(shift_period(self.unit, ref, self.shift), self.part, ref)


@dataclass(frozen=True)
class MonthOf:
    """A month named without a year ("en avril", "mi-juin"): its latest start on or before the reference."""

    month: int
    part: Part = "whole"
    precision: str = "month"
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        year = ref.year if self.month <= ref.month else ref.year - 1
        return part_of(period("month", date(year, self.month, 1)), self.part)


@dataclass(frozen=True)
class DayOfMonth:
    """A day and month without a year ("le 13 décembre", "jeudi 13 décembre"): the latest
    matching date on or before the reference (that falls on `weekday` when one is named); with
    `days_before`, the range of days ending there ("10-12 February", "la nuit du 3 au 4 mars")."""

    month: int
    day: int
    weekday: int | None = None
    precision: str = "day"
    days_before: int = 0
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        year = latest_year(self.month, self.day, self.weekday, ref)
        if year is None:  # no such date within 40 years: fall back to the weekday-free reading
            year = latest_year(self.month, self.day, None, ref) or ref.year
        day = date(year, self.month, self.day)
        return day - timedelta(days=self.days_before), day


@dataclass(frozen=True)
class Night:
    """A night across two named days ("dans la nuit de samedi à dimanche", "overnight Monday to Tuesday"):
    the latest `second` weekday on or before the reference and the `first` one just before it, both days
    (the night belongs to either)."""

    first: int
    second: int
    precision: str = "day"
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        end = Weekday(self.second).resolve(ref)[0]
        return end - timedelta(days=(self.second - self.first - 1) % 7 + 1), end


@dataclass(frozen=True)
class Weekend:
    """The latest weekend up to the reference ("over the weekend", "ce week-end"): its Saturday and
    Sunday, no later than the reference."""

    precision: str = "week"
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        saturday = Weekday(5).resolve(ref)[0]
        return saturday, min(saturday + timedelta(days=1), ref)


@dataclass(frozen=True)
class Anaphoric:
    """Days counted from the date the text gave last ("le lendemain", "the same night", "la veille"): the
    reference it resolves against is that date (`resolve.time_exprs`), never the publication date."""

    low: int
    high: int
    precision: str = "day"
    needs_reference = True

    def resolve(self, ref: date) -> Interval:
        return ref + timedelta(days=self.low), ref + timedelta(days=self.high)


Rule = Fixed | Offset | Weekday | Calendar | MonthOf | DayOfMonth | Night | Weekend | Anaphoric


def latest_year(month: int, day: int, weekday: int | None, upper: date, lower_year: int = 0) -> int | None:
    """The latest year whose `month`/`day` is on or before `upper` (on `weekday` if given), ≥ `lower_year`."""
    for year in range(upper.year, max(upper.year - 40, lower_year - 1), -1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if candidate <= upper and (weekday is None or candidate.weekday() == weekday):
            return year
    return None


def resolve_between(rule: Rule, ref_start: date, ref_end: date) -> Interval:
    """The interval `rule` denotes for a reference anywhere in ``[ref_start, ref_end]``. A day and month
    without a year is the latest such day on or before the reference's end: a report known only to the
    week or month writing "13 May" means this year's, not the hull back to last year's."""
    if isinstance(rule, DayOfMonth):
        return rule.resolve(ref_end)
    return rule.resolve(ref_start)[0], rule.resolve(ref_end)[1]


@functools.cache
def relative_days(rule: Rule) -> tuple[int, int] | None:
    """``[earliest, latest]`` days relative to an unknown reference (None for absolute rules)."""
    if not rule.needs_reference:
        return None
    if isinstance(rule, Offset):
        return rule.low, rule.high
    refs = [_SAMPLE_FIRST + timedelta(days=i) for i in range(_SAMPLE_DAYS)]
    spans = [(rule.resolve(ref), ref) for ref in refs]
    return min((start - ref).days for (start, _), ref in spans), max(
        (end - ref).days for (_, end), ref in spans
    )


def iso(day: date, precision: str) -> str:
    """ISO 8601 text for `day` at `precision` (``2018-12-13``, ``2018-W50``, ``2018-12``, ``2018``)."""
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    if precision in ("year", "decade"):
        return str(day.year)
    return day.isoformat()


def iso_value(interval: Interval, precision: str) -> str | None:
    """The ISO value of an interval lying within one unit of `precision` (else None)."""
    first, last = iso(interval[0], precision), iso(interval[1], precision)
    return first if first == last else None


def precision_of(interval: Interval) -> str:
    """The finest precision whose unit spans the interval's width."""
    width = (interval[1] - interval[0]).days + 1
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (366, "year")):
        if width <= limit:
            return name
    return "decade"


def parse_iso(value: str) -> Interval | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-Www``, ``YYYY-MM-DD`` or an ISO timestamp → the interval it denotes."""
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            first = date(year, month, 1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if week:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday, monday + timedelta(days=6)
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day, day
