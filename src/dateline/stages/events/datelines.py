"""A body line's dateline ("TRIPOLI, Lebanon (Cedar Wire) —", "BAMAKO, 18 février (Le Sahel Matin) –"):
where the report was filed and by whom, never an argument of the sentence the parser joins it to, but
the report's own country when it names one."""

from __future__ import annotations

from dateline.model import Document, Span
from dateline.stages.datelines import dateline_spans

__all__ = ["dateline_country", "dateline_spans", "filed_abroad"]

#: How often a report's body must name places of another country to be about it.
ABROAD_MIN_MENTIONS = 2


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


def filed_abroad(doc: Document, dated: str) -> str | None:
    """The country a report filed under a dateline abroad is about ("GENÈVE – La police a dispersé à
    Yaoundé…", "LONDON – Police in Harare…"): the one country more than half of the places its body names
    lie in, where the body names neither a place nor a party of the dateline's country (a report from
    Tokyo on Japan's aid to Sudan names Japan, and stays Japan's) and that names it at least twice (one
    place named once, "son ambassadeur à Pékin", is an errand of the home country's, not the report's
    subject); else None."""
    spans = dateline_spans(doc.text)

    def outside(m: Span) -> bool:
        return not any(s.start <= m.start and m.end <= s.end for s in spans)

    counts: dict[str, int] = {}
    for place in doc.places:
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + sum(map(outside, place.mentions))
    named_home = counts.get(dated, 0) or any(
        a.country == dated and any(map(outside, a.mentions)) for a in doc.actors
    )
    counts.pop(dated, None)
    total = sum(counts.values())
    best = max(counts, key=lambda c: counts[c], default=None)
    if named_home or best is None or counts[best] < ABROAD_MIN_MENTIONS or 2 * counts[best] <= total:
        return None
    return best
