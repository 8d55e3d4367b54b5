"""Toponyms built by hand for the places unit tests."""

from __future__ import annotations

from dateline.kb.geo_resolver import Toponym
from dateline.model import Span


def named(text: str, names: list[str]) -> list[tuple[Span, Toponym]]:
    """Each of `names` as a bare toponym at its next occurrence in `text`, in order."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        out.append((Span(start=start, end=at), Toponym(name)))
    return out
