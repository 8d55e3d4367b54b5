"""The ``times`` stage: time expressions → intervals relative to the publication date.

Detection is pattern-based over a French/English calendar lexicon (`detect`), with
spaCy ``DATE`` entities read by ``dateparser`` as a fallback for absolute dates the patterns
miss. The publication date is the declared one, else inferred (`published`). Each
expression is resolved against the publication interval; without one it keeps
``relative_days``. `time_for_event` picks the time of an event for the events stage.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from dateline.config import NoSettings
from dateline.kb.actors import ActorKB
from dateline.kb.roles import RoleLexicon
from dateline.model import Document, Mention, Published, Span, TimeExpr, TimeRef
from dateline.pipeline import BaseStage, registry
from dateline.resources import Clock, Resources
from dateline.stages.times.detect import Found, find_expressions
from dateline.stages.times.published import infer_published, reference
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

_COARSER = {"day": "week", "week": "month", "month": "month", "year": "year", "decade": "decade"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "relative": 5}
#: How many days before publication an event with no time of its own is assumed to lie.
REPORTING_LAG = 7


def _date_entities(doc: Document, found: list[Found]) -> list[Found]:
    """spaCy DATE mentions with a year that no pattern covered, read by dateparser."""
    extra = []
    for mention in _uncovered_dates(doc.mentions, found):
        read = _read_date(doc.language.code, mention.text)
        if read is not None:
            start, end = _period_interval(*read)
            extra.append(Found(mention.start, mention.end, Fixed(start, end, read[1])))
    return extra


@functools.lru_cache(maxsize=4096)
def _read_date(language: str, text: str) -> tuple[date, str] | None:
    """The day and period dateparser reads in `text` (a day, month or year), if any. Texts reaching
    here carry a year, so the reading does not depend on today's date and can be cached."""
    data = _date_parser(language).get_date_data(text)
    if isinstance(data.date_obj, datetime) and data.period in ("day", "month", "year"):
        return data.date_obj.date(), data.period
    return None


@functools.cache
def _date_parser(language: str) -> Any:
    """One dateparser reader per language (building it is the slow part)."""
    import dateparser.date

    return dateparser.date.DateDataParser(languages=[language], settings={"PREFER_DATES_FROM": "past"})


def _uncovered_dates(mentions: list[Mention], found: list[Found]) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.label == "DATE"
        and re.search(r"\b(1[89]|20)\d\d\b", m.text)
        and all(m.end <= f.start or f.end <= m.start for f in found)
    ]


def _period_interval(day: date, period: str) -> Interval:
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "month":
        first = day.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return day, day


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


def _to_expr(doc: Document, found: Found, ref: Interval | None, producer: str) -> TimeExpr:
    rule = found.rule
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


class Times(BaseStage):
    """Time expressions and the publication date; officeholders' tenures (`kb`, `roles`) date a report
    that gives no date, and `clock` says what today is when nothing else does."""

    name = "times"
    version = "2"
    requires = ("text", "title", "captions", "language", "mentions", "actors", "published_given")
    assigns = ("times", "published")

    def __init__(self, kb: ActorKB, roles: RoleLexicon, clock: Clock) -> None:
        self.kb = kb
        self.roles = roles
        self.clock = clock

    def warm_up(self) -> None:
        """Load dateparser's language data now, not inside the first document's timed work."""
        for language in ("fr", "en"):
            _date_parser(language).get_date_data("1 2020")

    def __call__(self, doc: Document) -> Document:
        found = find_expressions(doc.text)
        found = sorted(found + _date_entities(doc, found), key=lambda f: f.start)
        doc.published = infer_published(doc, found, self.kb, self.roles)
        ref = reference(doc.published)
        upper = ref[1] if ref else self.clock.today()
        years = [f.rule.start.year for f in found if isinstance(f.rule, Fixed) and f.rule.start <= upper]
        lower_year = max(years, default=0)
        found = [Found(f.start, f.end, _pin_year(f.rule, upper, lower_year)) for f in found]
        doc.times = [_to_expr(doc, f, ref, self.producer) for f in found]
        return doc


@registry.register("times")
def make_times(settings: NoSettings, resources: Resources) -> Times:
    return Times(resources.kb, resources.roles, resources.clock)


_SHARED_FIELDS = {"text", "value", "precision", "start", "end", "relative_days"}


def _ref_from(expr: TimeExpr, rule: str) -> TimeRef:
    return TimeRef(**expr.model_dump(include=_SHARED_FIELDS), rule=rule, evidence=[expr.span])


def _best_within(doc: Document, span: Span) -> TimeExpr | None:
    """The finest-precision expression inside `span` (the first one on ties)."""
    inside = [t for t in doc.times if span.start <= t.span.start and t.span.end <= span.end]
    return min(inside, key=lambda t: _PRECISION_RANK.get(t.precision or "relative", 5), default=None)


def _from_published(published: Published) -> TimeRef:
    """The publication date widened by the reporting lag, one precision coarser."""
    ref = reference(published)
    out = TimeRef(
        text=published.value or "",
        precision=_COARSER.get(published.precision or "", "week"),
        relative_days=(-REPORTING_LAG, 0),
        rule="published",
        evidence=list(published.evidence),
    )
    if ref is not None:
        out.start = (ref[0] - timedelta(days=REPORTING_LAG)).isoformat()
        out.end = ref[1].isoformat()
    return out


def time_for_event(doc: Document, clause: Span, sentence: Span) -> TimeRef | None:
    """The time of an event: the expression in its clause (``rule="clause"``), else in its
    sentence (``"sentence"``), else the publication date, coarser (``"published"``)."""
    for span, rule in ((clause, "clause"), (sentence, "sentence")):
        expr = _best_within(doc, span)
        if expr is not None:
            return _ref_from(expr, rule)
    return _from_published(doc.published)
