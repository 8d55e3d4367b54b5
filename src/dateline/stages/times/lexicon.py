"""The stage's French and English words (``data/times/calendar.yaml`` and ``cues.yaml``), loaded once,
and the two helpers the patterns match them with (`key`, `alternation`)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypeVar

from dateline.data import merged_words, word_table

_Words = TypeVar("_Words")


@dataclass(frozen=True)
class CalendarWords:
    """What calendar words mean (see ``calendar.yaml`` for each table), every language merged."""

    months: Mapping[str, int]
    months_alone: frozenset[str]
    lowercase_not_months: frozenset[str]
    weekdays: Mapping[str, int]
    first_day: frozenset[str]
    day_suffixes: frozenset[str]
    numbers: Mapping[str, int]
    #: word → (days, precision)
    units: Mapping[str, tuple[int, str]]
    calendar_units: Mapping[str, str]
    #: word → (first, last) day relative to the reference
    day_words: Mapping[str, tuple[int, int]]
    part_words: Mapping[str, str]
    when_words: Mapping[str, str]
    approximations: Mapping[str, str]
    window_units: Mapping[str, int]
    #: word → (first, last) day relative to the date the text gave last
    anaphoric_days: Mapping[str, tuple[int, int]]
    hour_units: frozenset[str]
    weekend_words: frozenset[str]


@dataclass(frozen=True)
class CueWords:
    """The words around time expressions and publication dates (see ``cues.yaml``), every language merged."""

    date_leads: frozenset[str]
    day_articles: frozenset[str]
    day_month_links: frozenset[str]
    month_first_leads: frozenset[str]
    month_year_links: frozenset[str]
    month_leads: frozenset[str]
    year_leads: frozenset[str]
    part_leads: frozenset[str]
    part_links: frozenset[str]
    part_articles: frozenset[str]
    weekday_leads: frozenset[str]
    weekday_follows: frozenset[str]
    night_leads: frozenset[str]
    night_single_leads: frozenset[str]
    deadline_leads: frozenset[str]
    deadline_ends: frozenset[str]
    night_links: frozenset[str]
    night_words: frozenset[str]
    attributive_articles: frozenset[str]
    last: frozenset[str]
    next: frozenset[str]
    elapsed: frozenset[str]
    this_suffixes: frozenset[str]
    period_determiners: frozenset[str]
    bare_determiners: frozenset[str]
    rolling_past: frozenset[str]
    rolling_next: frozenset[str]
    when_links: frozenset[str]
    ago_before: frozenset[str]
    ago_after: frozenset[str]
    counted_later: frozenset[str]
    counted_earlier: frozenset[str]
    future_leads: frozenset[str]
    window_leads: frozenset[str]
    window_recent_leads: frozenset[str]
    window_fillers: frozenset[str]
    window_directions: frozenset[str]
    window_directions_after: frozenset[str]
    window_next: frozenset[str]
    publication_cues: frozenset[str]
    publication_cue_links: frozenset[str]
    past_titles: frozenset[str]
    counterparts: frozenset[str]


@functools.cache
def calendar_words() -> CalendarWords:
    """The packaged calendar tables."""
    return _load("calendar.yaml", CalendarWords)


@functools.cache
def cue_words() -> CueWords:
    """The packaged cue word lists."""
    return _load("cues.yaml", CueWords)


def _load(file: str, words: type[_Words]) -> _Words:
    """`words` from ``data/times/<file>``: each list merged into a frozenset, each table (lists as tuples)
    into a read-only mapping."""
    data = word_table("times", file)
    merged: dict[str, Any] = {}
    for name, by_language in data.items():
        if all(isinstance(part, list) for part in by_language.values()):
            merged[name] = merged_words(by_language, f"data/times/{file}: {name}")
            continue
        table: dict[str, Any] = {}
        for part in by_language.values():
            for word, value in part.items():
                value = tuple(value) if isinstance(value, list) else value
                if table.setdefault(word, value) != value:
                    raise ValueError(f"data/times/{file}: {name} gives {word!r} two values")
        merged[name] = MappingProxyType(table)
    for name, words_or_table in merged.items():
        if not all(isinstance(w, str) for w in words_or_table):  # a bare no/off/on/yes reads as a boolean
            raise ValueError(f"data/times/{file}: {name} holds a word that is not a string")
    return words(**merged)


def key(word: str) -> str:
    """Lower-case, strip a trailing dot and normalise apostrophes, for lexicon look-ups."""
    word = unicodedata.normalize("NFC", word).lower().strip().rstrip(".")
    return word.replace("’", "'")
