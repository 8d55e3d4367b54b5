"""Lists of places.

- Admin units named before one plural noun: "Barrow, Jackson and Madison counties" names Barrow County,
  Jackson County and Madison County; "Idlib and Hama provinces" two provinces. Each name of the list is
  looked up with the noun's singular ("Jackson County"), else alone, as an admin unit; a first name that
  starts with other capitalised words ("In Barrow") keeps its longest ending the gazetteer knows.
- Enumerations of three or more names of which others are places (`place_lists`): "Rogaland, Vestfold,
  Buskerud and Oslo" names places throughout, so a name the NER missed or took for a person is a place
  when the gazetteer knows it; in a list of one country's states or provinces ("Texas, Utah, Washington
  and Wyoming") every name that names one of its admin-1 units is one.

The words are in ``data/places/words.yaml`` (`plural_admin`, `list_links`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from dateline.data import alternation
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Span
from dateline.stages.places.evidence import common_word
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


#: A name in an enumeration: capitalised words, maybe joined by lowercase particles ("Rio Grande do Sul").
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-z]?\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)"  # "St.", "Vest-Agder"; no sentence's full stop
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:de|do|da|del|des|du|di|la|el|al)[ \t]+)?{_WORD}){{0,3}}"
#: Three or more names joined by commas, the last maybe by a link word ("A, B, C and D", "A, B, C").
_ENUMERATION = re.compile(
    rf"(?<![\w-])({_NAME}(?:,[ \t]+{_NAME})+,?[ \t]+(?:{_LINK}[ \t]+)?{_NAME})(?![\w-])"
)
_ITEM_SEPARATOR = re.compile(rf",[ \t]+(?:{_LINK}[ \t]+)?|[ \t]+{_LINK}[ \t]+")
#: Share of an enumeration's names that must already be places (and at least two of them).
PLACED_SHARE = 1 / 3


def place_lists(
    text: str, placed: list[tuple[Span, Toponym]], gaz: Gazetteer, common_zipf: float
) -> tuple[list[tuple[Span, Toponym]], dict[int, Toponym]]:
    """Names of enumerations whose other names are `placed` (span, toponym): the names not yet placed that
    the gazetteer knows by their main name (no common word), and, in a list of states or provinces, the
    placed names re-read as admin units (keyed by their index in `placed`)."""
    starts = {span.start: n for n, (span, _) in enumerate(placed)}
    added: list[tuple[Span, Toponym]] = []
    hinted: dict[int, Toponym] = {}
    for match in _ENUMERATION.finditer(text):
        items = _items(text, match)
        known = [(span, starts[span.start]) for span in items if span.start in starts]
        if len(known) < 2 or len(known) < PLACED_SHARE * len(items):
            continue
        admin = _admin_country(gaz, [placed[n][1].text for _, n in known])
        for span in items:
            if span.start in starts:
                n = starts[span.start]
                toponym = placed[n][1]
                if admin and toponym.hint is None and admin in _admin_countries(gaz, toponym.text):
                    hinted[n] = dataclasses.replace(toponym, hint="admin")
                continue
            name = span.of(text)
            if not any(main for _, main in gaz.lookup(name)):
                continue
            if " " not in name and common_word(name, common_zipf):
                continue
            added.append((span, Toponym(name, "admin" if admin in _admin_countries(gaz, name) else None)))
    return added, hinted


def _items(text: str, match: re.Match[str]) -> list[Span]:
    """The spans of an enumeration's names."""
    spans, start = [], match.start(1)
    for part in _ITEM_SEPARATOR.split(match.group(1)):
        offset = text.index(part, start)
        start = offset + len(part)
        spans.append(Span(start=offset, end=start))
    return spans


def _admin_countries(gaz: Gazetteer, name: str) -> set[str]:
    """The countries of the admin-1 units `name` is the main name of ("Texas": the United States)."""
    return {e.country for e, main in gaz.lookup(name) if main and e.feature_code == "ADM1"}


def _admin_country(gaz: Gazetteer, names: list[str]) -> str | None:
    """The country whose admin-1 units all of `names` but one (and at least two) name, if any: the list is
    one of states or provinces."""
    counts = Counter(country for name in names for country in _admin_countries(gaz, name))
    country, count = max(counts.items(), key=lambda pair: pair[1], default=(None, 0))
    return country if count >= max(2, len(names) - 1) else None
