"""Found expressions → `TimeExpr`s, resolved against the publication interval when there is one.

Two expressions resolve against another date than the publication date: one counted from the date the
text gave last ("le lendemain", "the same night", "two days later": `Anaphoric`) resolves against that
date, and a deictic one inside a log entry headed by a date ("13 May – … on the same day", "Monday 18
November: … yesterday") against the entry's date, and after a dated dateline ("BASRA, 26 January –")
against the dateline's day (the day the report was filed, which a declared publication date may
follow)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from dateline.model import Document, Span, TimeExpr
from dateline.stages.datelines import dateline_spans, in_dateline
from dateline.stages.times.detect import Found
from dateline.stages.times.rules import (
    Anaphoric,
    DayOfMonth,
    Fixed,
    Interval,
    Offset,
    Rule,
    iso_value,
    latest_year,
    relative_days,
    resolve_between,
)

#: How far into the text a dateline may stand (the first line of the body).
TOP_DATELINE = 400
#: What follows the date heading a log entry ("12 May –", "03/03/2025:", "Lundi 3 mars 2025 :").
_HEAD_END = re.compile(r"[ \t]*[:–—-]")


def time_exprs(
    doc: Document,
    found: list[Found],
    ref: Interval | None,
    upper: date,
    producer: str,
    title_years: Sequence[int] = (),
) -> list[TimeExpr]:
    """One `TimeExpr` per found expression (an anaphoric one with nothing before it to count from is
    left out). Days and months without a year are first pinned to a year on or before `upper` (the
    reference's end, else today): by their weekday when one is named, else, with no reference, to the
    latest year the text or its title (`title_years`) writes out ("10 February" in a log titled
    "10-12 February 2025") or a weekday pins ("DARAA, 4 March – … on Sunday 2 March")."""
    written = [f.rule.start.year for f in found if isinstance(f.rule, Fixed) and f.rule.start <= upper]
    years = sorted(set(written) | {y for y in title_years if y <= upper.year})
    lower_year = max(years, default=0)
    if ref is None:  # a weekday pins its day's year ("Sunday 2 March"), which undated days then share
        pinned = (_pin_year(f.rule, upper, lower_year, []) for f in found if isinstance(f.rule, DayOfMonth))
        years = sorted(set(years) | {rule.start.year for rule in pinned if isinstance(rule, Fixed)})
    text, out = doc.text, []
    datelines = dateline_spans(text[:TOP_DATELINE]) if found and found[0].start < TOP_DATELINE else []
    head: tuple[int, Interval] | None = None  # (line end, day) of the log entry being read
    last: TimeExpr | None = None  # the last expression that names one day
    for f in found:
        rule = _pin_year(f.rule, upper, lower_year, [] if ref else years)
        line_start = text.rfind("\n", 0, f.start) + 1
        if head is not None and f.start >= head[0]:
            head = None
        if isinstance(rule, Anaphoric):
            anchored = _count_from(last, rule)
            if anchored is None:
                continue
            rule = anchored
        local = head[1] if head is not None and rule.needs_reference else None
        expr = _to_expr(doc, f, rule, local or ref, producer, ref)
        out.append(expr)
        day = _single_day(expr)
        if day is not None and in_dateline(expr.span, datelines):  # "BASRA, 26 January –": the whole report's
            head = (len(text), (day, day))
        elif (
            day is not None
            and not text[line_start : f.start].strip(" \t•*-")
            and _HEAD_END.match(text, f.end)
        ):
            line_end = text.find("\n", f.end)
            head = (len(text) if line_end < 0 else line_end, (day, day))
        if _single_day(expr) is not None or _single_relative_day(expr) is not None:
            last = expr
    return out


def _single_day(expr: TimeExpr) -> date | None:
    if expr.start and expr.start == expr.end:
        return date.fromisoformat(expr.start)
    return None


def _single_relative_day(expr: TimeExpr) -> int | None:
    if expr.start is None and expr.relative_days and expr.relative_days[0] == expr.relative_days[1]:
        return expr.relative_days[0]
    return None


def _count_from(anchor: TimeExpr | None, rule: Anaphoric) -> Rule | None:
    """An anaphoric rule as an absolute day (or a day relative to publication) counted from `anchor`."""
    if anchor is None:
        return None
    day = _single_day(anchor)
    if day is not None:
        return Fixed(day + timedelta(days=rule.low), day + timedelta(days=rule.high), rule.precision)
    offset = _single_relative_day(anchor)
    return None if offset is None else Offset(offset + rule.low, offset + rule.high, rule.precision)


def _pin_year(rule: Rule, upper: date, lower_year: int, years: list[int]) -> Rule:
    """A day and month with no year: with its weekday ("jeudi 13 décembre"), the latest year on or before
    `upper` (preferring years ≥ `lower_year`) on which that date falls on that weekday; without one, the
    latest of `years` (the years the text writes out) in which that date is on or before `upper`."""
    if not isinstance(rule, DayOfMonth):
        return rule
    if rule.weekday is None:
        year = max((y for y in years if _on_or_before(y, rule.month, rule.day, upper)), default=None)
    else:
        year = latest_year(rule.month, rule.day, rule.weekday, upper, lower_year)
        year = year or latest_year(rule.month, rule.day, rule.weekday, upper)
    if year is None:
        return rule
    day = date(year, rule.month, rule.day)
    return Fixed(day - timedelta(days=rule.days_before), day, rule.precision)


def _on_or_before(year: int, month: int, day: int, upper: date) -> bool:
    try:
        return date(year, month, day) <= upper
    except ValueError:  # 29 February of a common year
        return False


def _to_expr(
    doc: Document, found: Found, rule: Rule, ref: Interval | None, producer: str, published: Interval | None
) -> TimeExpr:
    """The expression resolved against `ref` (the publication interval, or the date of the entry it
    stands in); `relative_days` stays relative to the publication interval `published`."""
    expr = TimeExpr(
        text=doc.text[found.start : found.end],
        precision=rule.precision,
        span=Span(start=found.start, end=found.end),
        producer=producer,
    )
    if ref is None and rule.needs_reference:
        expr.relative_days = relative_days(rule)
        return expr
    start, end = resolve_between(rule, *ref) if ref else rule.resolve(date.min)
    expr.start, expr.end = start.isoformat(), end.isoformat()
    expr.value = iso_value((start, end), rule.precision)
    if rule.needs_reference and published is not None:
        if published[0] == published[1]:
            expr.relative_days = ((start - published[0]).days, (end - published[0]).days)
        elif ref == published:
            expr.relative_days = relative_days(rule)
    return expr
