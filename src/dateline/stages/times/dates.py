"""The fallback for absolute dates the patterns miss: spaCy ``DATE`` entities with a year, read by
``dateparser``."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from dateline.model import Document, Mention
from dateline.stages.times.detect import Found
from dateline.stages.times.rules import Fixed, Interval


def date_entities(doc: Document, found: list[Found]) -> list[Found]:
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
    data = date_parser(language).get_date_data(text)
    if isinstance(data.date_obj, datetime) and data.period in ("day", "month", "year"):
        return data.date_obj.date(), data.period
    return None


@functools.cache
def date_parser(language: str) -> Any:
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
