"""Publication dates given as metadata (declared or from HTML), with their precision."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal

from dateline.model import Published

Source = Literal["declared", "html"]
_ISO = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T\s].*)?$")
_YEAR = re.compile(r"\b\d{4}\b")
_PERIODS = {"time": "day", "day": "day", "week": "day", "month": "month", "year": "year"}


def parse_published(value: str | None, source: Source) -> Published | None:
    """`value` as a `Published` with precision and interval, or None when it is not an absolute date."""
    if not value or not value.strip():
        return None
    match = _ISO.match(value)
    if match:
        parts = [int(p) for p in (match["y"], match["m"], match["d"]) if p]
        try:
            return _interval(parts, source)
        except ValueError:
            return None
    if not _YEAR.search(value):  # relative expressions ("yesterday") are not metadata
        return None
    from dateparser.date import DateDataParser  # imported lazily: slow to load

    data = DateDataParser(settings={"PREFER_DAY_OF_MONTH": "first"}).get_date_data(value)
    if data.date_obj is None:
        return None
    precision = _PERIODS.get(data.period or "day", "day")
    parts = [data.date_obj.year, data.date_obj.month, data.date_obj.day]
    return _interval(parts[: {"year": 1, "month": 2}.get(precision, 3)], source)


def published_given(declared: str | None, html: str | None) -> Published:
    """The declared publication date, else the page's, else none."""
    return parse_published(declared, "declared") or parse_published(html, "html") or Published()


def _interval(parts: list[int], source: Source) -> Published:
    year, month, day = [*parts, 0, 0][:3]
    if day:
        value = date(year, month, day).isoformat()
        return Published(value=value, precision="day", start=value, end=value, source=source)
    if month:
        last = calendar.monthrange(year, month)[1]
        return Published(
            value=f"{year:04d}-{month:02d}",
            precision="month",
            start=date(year, month, 1).isoformat(),
            end=date(year, month, last).isoformat(),
            source=source,
        )
    return Published(
        value=f"{year:04d}",
        precision="year",
        start=f"{year:04d}-01-01",
        end=f"{year:04d}-12-31",
        source=source,
    )
