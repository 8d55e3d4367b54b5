"""A body line's dateline ("TRIPOLI, Lebanon (Cedar Wire) —", "BAMAKO, 18 février (Le Sahel Matin) –",
"QAMISHLI, 3 April 2025 –"): where and when the report was filed, shared by the stages that must not read
it as part of the sentence the parser joins it to (the coder's arguments, an event's own time)."""

from __future__ import annotations

import re

from dateline.model import Span

#: A name in capitals at the start of a line, maybe a comma part (a country, a state, a date), maybe
#: the outlet in parentheses, then a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,3}"
    r"(?:,[^\n(—–:]{1,50}?)?[ \t]*(?:\((?P<outlet>[^)\n]{1,60})\))?[ \t]*(?:—|–|--?[ \t])"
)


def dateline_spans(text: str) -> list[Span]:
    """The dateline prefix of every line that opens with one, dash included."""
    return [Span(start=m.start(), end=m.end()) for m in _DATELINE.finditer(text)]


def dateline_outlets(text: str) -> list[Span]:
    """The outlet a dateline names in parentheses ("Cedar Wire" in "TRIPOLI (Cedar Wire) —"): never a place
    of the report, whatever town its words share a name with ("Horn Wire", "Gold Coast Observer")."""
    return [
        Span(start=m.start("outlet"), end=m.end("outlet"))
        for m in _DATELINE.finditer(text)
        if m.group("outlet")
    ]


def in_dateline(span: Span, datelines: list[Span]) -> bool:
    """Whether `span` lies inside one of `datelines`."""
    return any(d.start <= span.start and span.end <= d.end for d in datelines)
