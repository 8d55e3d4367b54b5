"""The stage's words (``data/clean/*.yaml``), loaded once, and the regex alternations built from them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from dateline.data import merged_words, word_table

#: The data files; together they hold one list per `WordLists` field.
FILES = ("furniture.yaml", "captions.yaml", "outlets.yaml")


@dataclass(frozen=True)
class WordLists:
    """The stage's word lists (see the data files for what each is for), every language merged."""

    #: reason → phrases, in the data's order (the reason given is the first that lists a phrase)
    widgets: Mapping[str, frozenset[str]]
    filler: frozenset[str]
    related_prefixes: frozenset[str]
    consent: frozenset[str]
    consent_stems: frozenset[str]
    rights_reserved: frozenset[str]
    byline_openers: frozenset[str]
    date_words: frozenset[str]
    photo_words: frozenset[str]
    caption_markers: frozenset[str]
    photo_agencies: frozenset[str]
    source_labels: frozenset[str]
    relay_openers: frozenset[str]
    relay_bracketed: frozenset[str]
    partner_links: frozenset[str]
    generic_partners: frozenset[str]
    media_words: frozenset[str]
    edition_words: frozenset[str]
    newsroom_words: frozenset[str]
    short_words: frozenset[str]
    section_words: frozenset[str]


@functools.cache
def word_lists() -> WordLists:
    """The packaged word lists."""
    data: dict[str, Any] = {}
    for name in FILES:
        data |= word_table("clean", name)

    def merged(name: str, lists: list[str] | dict[str, list[str]]) -> frozenset[str]:
        return merged_words(lists, f"data/clean: {name}")

    widgets = {reason: merged(reason, lists) for reason, lists in data.pop("widgets").items()}
    lists: dict[str, Any] = {name: merged(name, lists) for name, lists in data.items()}
    return WordLists(widgets=MappingProxyType(widgets), **lists)


def alternatives(terms: Iterable[str]) -> str:
    """A regex alternation of literal `terms`, longest first; an apostrophe matches a curly one too."""
    ordered = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace("'", "['’]") for t in ordered)


def alternation(terms: Iterable[str]) -> str:
    """`alternatives` of `terms`, bounded by non-word characters."""
    return r"(?<![\w'’-])(?:" + alternatives(terms) + r")(?![\w'’-])"
