"""Found expressions → `TimeExpr`s, resolved against the publication interval when there is one."""

from __future__ import annotations

from datetime import date

from dateline.model import Document, Span, TimeExpr
from dateline.stages.times.detect import Found
from dateline.stages.times.rules import (
    DayOfMonth,
    Fixed,
    Interval,
    Rule,
    iso_value,
    latest_year,
    relative_days,
    resolve_between,
)


def time_exprs(
    doc: Document, found: list[Found], ref: Interval | None, upper: date, producer: str
) -> list[TimeExpr]:
    """One `TimeExpr` per found expression. Weekday-named days without a year are first pinned to a
    year on or before `upper` (the reference's end, else today)."""
    years = [f.rule.start.year for f in found if isinstance(f.rule, Fixed) and f.rule.start <= upper]
    lower_year = max(years, default=0)
    return [_to_expr(doc, f, _pin_year(f.rule, upper, lower_year), ref, producer) for f in found]


def _pin_year(rule: Rule, upper: date, lower_year: int) -> Rule:
    """A weekday-named day and month with no year ("jeudi 13 décembre"): the latest year on or
    before `upper` (preferring years ≥ `lower_year`) on which that date falls on that weekday."""
    if not isinstance(rule, DayOfMonth) or rule.weekday is None:
        return rule
    year = latest_year(rule.month, rule.day, rule.weekday, upper, lower_year)
    year = year or latest_year(rule.month, rule.day, rule.weekday, upper)
    if year is None:
        return rule
    day = date(year, rule.month, rule.day)
    return Fixed(day, day, "day")


def _to_expr(doc: Document, found: Found, rule: Rule, ref: Interval | None, producer: str) -> TimeExpr:
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
    if rule.needs_reference and ref is not None:
        expr.relative_days = (
            ((start - ref[0]).days, (end - ref[0]).days) if ref[0] == ref[1] else relative_days(rule)
        )
    return expr
