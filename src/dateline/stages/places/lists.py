"""Lists of admin units named before one plural noun: "Barrow, Jackson and Madison counties" names
Barrow County, Jackson County and Madison County; "Idlib and Hama provinces" two provinces.

Each name of the list is looked up with the noun's singular ("Jackson County"), else alone, as an admin
unit; a first name that starts with other capitalised words ("In Barrow") keeps its longest ending the
gazetteer knows. The words are in ``data/places/words.yaml`` (`plural_admin`, `list_links`).
"""

from __future__ import annotations

import re

from dateline.data import alternation
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Span
from dateline.stages.places.lexicon import word_lists

_WORDS = word_lists()
_ITEM = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_LINK = rf"(?i:{alternation(_WORDS.list_links)})"
_LIST = re.compile(
    rf"(?<![\w-])({_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+{_LINK}[ \t]+{_ITEM})"
    rf"[ \t]+(?i:({alternation(_WORDS.plural_admin)}))\b"
)
_SEPARATOR = re.compile(rf",?[ \t]+{_LINK}[ \t]+|,[ \t]+")


def admin_lists(text: str, gaz: Gazetteer) -> list[tuple[Span, Toponym]]:
    """Every name of every list of admin units before a plural admin noun, as an admin-unit toponym."""
    found = []
    for match in _LIST.finditer(text):
        singular = _WORDS.plural_admin[match.group(2).lower()]
        start = match.start(1)
        for part in _SEPARATOR.split(match.group(1)):
            offset = text.index(part, start)
            start = offset + len(part)
            if (item := _item(part, offset, singular, gaz)) is not None:
                found.append(item)
    return found


def _item(part: str, offset: int, singular: str, gaz: Gazetteer) -> tuple[Span, Toponym] | None:
    """The longest ending of `part` (at `offset`) that names an admin unit with `singular`, or alone."""
    words = list(re.finditer(r"\S+", part))
    for word in words:
        name = part[word.start() :]
        if not name[:1].isupper():
            continue
        span = Span(start=offset + word.start(), end=offset + len(part))
        unit = f"{name} {singular.title()}"
        if unit in gaz:
            return span, Toponym(unit, "admin")
        if any(e.feature_class == "A" for e in gaz.candidates(name)):
            return span, Toponym(name, "admin")
    return None
