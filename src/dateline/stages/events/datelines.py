"""A body line's dateline ("TRIPOLI, Lebanon (Cedar Wire) —", "BAMAKO, 18 février (Le Sahel Matin) –"):
where the report was filed and by whom, never an argument of the sentence the parser joins it to, but
the report's own country when it names one."""

from __future__ import annotations

import re

from dateline.model import Document, Span

#: A name in capitals at the start of a line, maybe a comma part (a country, a state, a date), maybe
#: the outlet in parentheses, then a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,3}"
    r"(?:,[^\n(—–:]{1,50}?)?[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*(?:—|–|--?[ \t])"
)


def dateline_spans(text: str) -> list[Span]:
    """The dateline prefix of every line that opens with one, dash included."""
    return [Span(start=m.start(), end=m.end()) for m in _DATELINE.finditer(text)]


def dateline_country(doc: Document) -> str | None:
    """The one country the places named in the report's first dateline lie in, else None."""
    spans = dateline_spans(doc.text)
    if not spans:
        return None
    first = spans[0]
    countries = {
        place.country
        for place in doc.places
        if place.country and any(first.start <= m.start and m.end <= first.end for m in place.mentions)
    }
    return countries.pop() if len(countries) == 1 else None
