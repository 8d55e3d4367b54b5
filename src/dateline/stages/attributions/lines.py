"""Attributions read off lines: "Via X" relay lines and "©X" credits still in the body, captions' credits."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.model import Attribution, Document, Span
from dateline.stages.attributions.lexicon import word_lists

#: The verb of a photo credit: kept on the document, never an event's source.
CREDIT_VERB = "credit"


def _any_of(words: Iterable[str]) -> str:
    """A regex alternation of literal `words`, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_WORDS = word_lists()
_VIA = re.compile(
    r"^[ \t(\[]*(?:" + _any_of(_WORDS.relay_openers) + r")\s+(?P<source>[^\n)\]]{2,60}?)[ \t)\]]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CREDIT = re.compile(r"©\s*(?P<source>[^\s©][^\n©]{1,40}?)\s*$", re.MULTILINE)
#: The words of a credit that name no one ("Photo d'archives", "file photo").
_GENERIC_CREDIT = re.compile(r"\b(?:" + _any_of(_WORDS.generic_credits) + r")\b", re.IGNORECASE)


def line_attributions(doc: Document, producer: str) -> list[Attribution]:
    """ "Via X" relay lines and "©X" credits still in the body, and related captions' credits."""
    out = [
        Attribution(
            source=m.group("source").strip(),
            verb="via",
            relay=True,
            scope="document",
            evidence=[Span(start=m.start("source"), end=m.start("source") + len(m.group("source").strip()))],
            producer=producer,
        )
        for m in _VIA.finditer(doc.text)
    ]
    credits = [
        (m.group("source").strip(), [Span(start=m.start("source"), end=m.end("source"))])
        for m in _CREDIT.finditer(doc.text)
    ]
    credits += [(c.credit.strip().lstrip("©").strip(), []) for c in doc.captions if c.related and c.credit]
    out += [
        Attribution(source=name, verb=CREDIT_VERB, scope="document", evidence=evidence, producer=producer)
        for name, evidence in credits
        if _GENERIC_CREDIT.sub("", name).strip(" .,:;-()[]'’")
    ]
    return out
