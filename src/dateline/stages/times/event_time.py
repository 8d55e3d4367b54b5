"""The time of an event, for the events coder: `time_for_event`."""

from __future__ import annotations

from datetime import date, timedelta

from dateline.model import Document, Published, Span, TimeExpr, TimeRef
from dateline.stages.datelines import dateline_spans, in_dateline
from dateline.stages.times.published import reference

_COARSER = {"day": "week", "week": "month", "month": "month", "year": "year", "decade": "decade"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "relative": 5}
#: How many days before publication an event with no time of its own is assumed to lie.
REPORTING_LAG = 7
#: How many days before publication the day an event inherits from its paragraph may lie: an older day
#: is background ("In March 2023 the group seized the town. Its fighters shelled…").
CONTEXT_DAYS = 31
_SHARED_FIELDS = {"text", "value", "precision", "start", "end", "relative_days"}


def _ref_from(expr: TimeExpr, rule: str) -> TimeRef:
    return TimeRef(**expr.model_dump(include=_SHARED_FIELDS), rule=rule, evidence=[expr.span])


def _best_within(doc: Document, span: Span, datelines: list[Span], at: Span | None) -> TimeExpr | None:
    """The finest-precision expression inside `span`, the nearest to `at` (the event's trigger) on ties, else
    the first, leaving out the date of a dateline ("ALEPPO, 14 March –"): the day the report was filed,
    not the day of what it reports. "enlevées le 8 septembre … ont été libérées lundi": the release's
    day is Monday's."""
    inside = [
        t
        for t in doc.times
        if span.start <= t.span.start and t.span.end <= span.end and not in_dateline(t.span, datelines)
    ]

    def rank(t: TimeExpr) -> tuple[int, int]:
        distance = 0 if at is None else max(t.span.start - at.end, at.start - t.span.end, 0)
        return _PRECISION_RANK.get(t.precision or "relative", 5), distance

    return min(inside, key=rank, default=None)


def _from_context(doc: Document, sentence: Span, datelines: list[Span]) -> TimeExpr | None:
    """The day the event's paragraph (its line: a log entry, a paragraph) gave last before its sentence
    ("Students blocked the road on Monday. Troops reopened it in the evening…"; "11 February – A drone
    struck a car… Later, fighters attacked…"): a day-precision expression naming one day, not a
    dateline's, and not more than `CONTEXT_DAYS` before publication when that is known."""
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    earlier = [
        t
        for t in doc.times
        if line_start <= t.span.start
        and t.span.end <= sentence.start
        and t.precision == "day"
        and not in_dateline(t.span, datelines)
        and _one_day(t)
    ]
    if not earlier:
        return None
    last = earlier[-1]
    published = reference(doc.published)
    lag = (published[0] - date.fromisoformat(last.start)).days if published and last.start else 0
    return None if lag > CONTEXT_DAYS else last


def _one_day(expr: TimeExpr) -> bool:
    if expr.start is not None:
        return expr.start == expr.end
    return expr.relative_days is not None and expr.relative_days[0] == expr.relative_days[1]


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


def time_for_event(doc: Document, clause: Span, sentence: Span, at: Span | None = None) -> TimeRef | None:
    """The time of an event: the expression in its clause (``rule="clause"``), else in its
    sentence (``"sentence"``), the nearest to `at` (its trigger) among the finest, else the day
    its paragraph gave last (``"context"``), else the publication date, coarser (``"published"``)."""
    datelines = dateline_spans(doc.text[: max(clause.end, sentence.end)])
    for span, rule in ((clause, "clause"), (sentence, "sentence")):
        expr = _best_within(doc, span, datelines, at)
        if expr is not None:
            return _ref_from(expr, rule)
    inherited = _from_context(doc, sentence, datelines)
    if inherited is not None:
        return _ref_from(inherited, "context")
    return _from_published(doc.published)
