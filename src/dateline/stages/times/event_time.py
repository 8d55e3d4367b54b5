"""The time of an event, for the events coder: `time_for_event`."""

from __future__ import annotations

from datetime import timedelta

from dateline.model import Document, Published, Span, TimeExpr, TimeRef
from dateline.stages.datelines import dateline_spans, in_dateline
from dateline.stages.times.published import reference

_COARSER = {"day": "week", "week": "month", "month": "month", "year": "year", "decade": "decade"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "relative": 5}
#: How many days before publication an event with no time of its own is assumed to lie.
REPORTING_LAG = 7
_SHARED_FIELDS = {"text", "value", "precision", "start", "end", "relative_days"}


def _ref_from(expr: TimeExpr, rule: str) -> TimeRef:
    return TimeRef(**expr.model_dump(include=_SHARED_FIELDS), rule=rule, evidence=[expr.span])


def _best_within(doc: Document, span: Span, datelines: list[Span]) -> TimeExpr | None:
    """The finest-precision expression inside `span` (the first one on ties), leaving out the date of a
    dateline ("ALEPPO, 14 March –"): the day the report was filed, not the day of what it reports."""
    inside = [
        t
        for t in doc.times
        if span.start <= t.span.start and t.span.end <= span.end and not in_dateline(t.span, datelines)
    ]
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
    datelines = dateline_spans(doc.text[: max(clause.end, sentence.end)])
    for span, rule in ((clause, "clause"), (sentence, "sentence")):
        expr = _best_within(doc, span, datelines)
        if expr is not None:
            return _ref_from(expr, rule)
    return _from_published(doc.published)
