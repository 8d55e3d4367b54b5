"""Publication date: read the declared one, or infer it from the text.

Inference, in order of strength:
1. a full date (day, month, year) in the title, the first lines or a related photo caption
   (captions are dated the day of the pictured event, so the date opens a one-week window);
   a date right after a publication cue ("publié le", "updated"), alone on a line or in a dateline
   ("QAMISHLI, 3 April 2025 –") is the date itself;
2. officeholder tenure: a person of the actor KB named with a title they held only for a time
   ("le président russe X") bounds the date to their term (``source="tenure"``);
3. the latest absolute date the body mentions is a lower bound.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.data import alternation
from dateline.kb.actors import ActorKB
from dateline.kb.roles import RoleLexicon
from dateline.model import Document, Published, Span
from dateline.stages.datelines import dateline_spans, in_dateline
from dateline.stages.times.detect import Found, find_expressions
from dateline.stages.times.lexicon import cue_words
from dateline.stages.times.rules import Fixed, Interval, iso, iso_value, parse_iso, precision_of
from dateline.stages.times.tenure import Bounds, tenure_bounds

#: How far into the body a full date still counts as a dateline.
TOP_CHARS = 400
_CUES = cue_words()
#: A publication cue ("publié le", "updated:") right before a date.
_CUE = re.compile(
    rf"(?:{alternation(_CUES.publication_cues)})\s*(?:{alternation(_CUES.publication_cue_links)})?\s*$",
    re.IGNORECASE,
)


def reference(published: Published) -> Interval | None:
    """The interval the publication date is known to lie in, if bounded on both sides."""
    if published.start and published.end:
        start, end = parse_iso(published.start), parse_iso(published.end)
        if start and end:
            return start[0], end[1]
    return parse_iso(published.value) if published.value else None


def _dated(found: list[Found], text: str, limit: int | None) -> list[tuple[Found, bool]]:
    """Day-precision absolute dates (within `limit` chars), flagged when they stand as a dateline: alone
    on their line, after a publication cue, or in a "CITY, date –" dateline."""
    out, datelines = [], dateline_spans(text)
    for f in found:
        one_day = isinstance(f.rule, Fixed) and f.rule.precision == "day" and f.rule.start == f.rule.end
        if one_day and (limit is None or f.start < limit):
            line_start = text.rfind("\n", 0, f.start) + 1
            before = text[line_start : f.start]
            line_end = text.find("\n", f.end)
            after = text[f.end : len(text) if line_end < 0 else line_end]
            alone = not before.strip(" ,-—|•") and not after.strip(" ,-—|•.")
            filed = in_dateline(Span(start=f.start, end=f.end), datelines)
            out.append((f, alone or filed or bool(_CUE.search(before))))
    return out


def _from_dates(doc: Document, body: list[Found]) -> Published | None:
    """Step 1: a dateline, a date at the top of the body or in the title or a related caption."""
    candidates: list[tuple[date, bool, list[Span]]] = [
        (f.rule.start, exact, [Span(start=f.start, end=f.end)])  # type: ignore[union-attr]
        for f, exact in _dated(body, doc.text, TOP_CHARS)
    ]
    for extra in [doc.title or "", *(c.text for c in doc.captions if c.related)]:
        candidates += [(f.rule.start, exact, []) for f, exact in _dated(find_expressions(extra), extra, None)]  # type: ignore[union-attr]
    if not candidates:
        return None
    day, exact, evidence = max(candidates, key=lambda c: (c[1], c[0]))
    end = day if exact else day + timedelta(days=6)
    precision = "day" if exact else "week"
    return Published(
        value=iso(day, "day"),
        precision=precision,
        start=day.isoformat(),
        end=end.isoformat(),
        source="text",
        evidence=evidence,
    )


def _lower_bound(doc: Document, body: list[Found]) -> Bounds | None:
    """Step 3: the latest absolute date the body mentions (publication cannot be earlier)."""
    fixed = [f for f in body if isinstance(f.rule, Fixed)]
    if not fixed:
        return None
    latest = max(fixed, key=lambda f: f.rule.start)  # type: ignore[union-attr]
    return Bounds(latest.rule.start, None, "text", (Span(start=latest.start, end=latest.end),))  # type: ignore[union-attr]


def _combine(bounds: list[Bounds]) -> Published | None:
    start = max(b.start for b in bounds)
    ends = [b.end for b in bounds if b.end is not None]
    end = min(ends) if ends else None
    evidence = [span for b in bounds for span in b.evidence]
    source = "tenure" if any(b.source == "tenure" for b in bounds) else "text"
    if end is None or end < start:
        return (
            Published(start=start.isoformat(), source="text", evidence=evidence) if source == "text" else None
        )
    precision = precision_of((start, end))
    return Published(
        value=iso_value((start, end), precision),
        precision=precision,
        start=start.isoformat(),
        end=end.isoformat(),
        source=source,
        evidence=evidence,
    )


def infer_published(doc: Document, body: list[Found], kb: ActorKB, lexicon: RoleLexicon) -> Published:
    """The given publication date when there is one, else the best inference from the text and the
    tenures of the officeholders it names (`kb`, `lexicon`)."""
    given = doc.published_given
    if given.source in ("declared", "html") and (given.value or given.start):
        return given
    dated = _from_dates(doc, body)
    if dated is not None:
        return dated
    bounds = [b for b in (_lower_bound(doc, body), *tenure_bounds(doc, kb, lexicon)) if b is not None]
    return (_combine(bounds) if bounds else None) or Published()
