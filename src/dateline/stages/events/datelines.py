"""A body line's dateline ("TRIPOLI, Lebanon (Cedar Wire) —", "BAMAKO, 18 février (Le Sahel Matin) –"):
where the report was filed and by whom, never an argument of the sentence the parser joins it to, but
the report's own country when it names one."""

from __future__ import annotations

from dateline.model import Document
from dateline.stages.datelines import dateline_spans

__all__ = ["dateline_country", "dateline_spans"]


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
