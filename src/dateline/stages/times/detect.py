"""Find time expressions in French and English text with regular patterns over a small lexicon.

`find_expressions(text)` returns non-overlapping `Found` matches (longest first), each with the
`Rule` that resolves it. Numeric dates go through `dateparser` for the language's day/month order.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from dateline.data import alternation, word_trie
from dateline.stages.times.lexicon import calendar_words, cue_words, key
from dateline.stages.times.rules import (
    Anaphoric,
    Calendar,
    DayOfMonth,
    Fixed,
    MonthOf,
    Night,
    Offset,
    Part,
    Rule,
    Weekday,
    Weekend,
    part_of,
    period,
)


@dataclass(frozen=True)
class Found:
    """One time expression: char offsets into the text and the rule resolving it."""

    start: int
    end: int
    rule: Rule


_CAL, _CUES = calendar_words(), cue_words()
_B, _E = r"(?<![\w-])", r"(?![\w-])"
_MONTH_ANY = word_trie(_CAL.months)
#: The end of a year standing as a word (what patterns ending in a year need).
_YEAR_END = r"(?:1[89]|20)\d\d(?![\w-])"
_MONTH_ALONE = word_trie(_CAL.months_alone)
_WEEKDAY = word_trie(_CAL.weekdays)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SUFFIX, _FIRST = word_trie(_CAL.day_suffixes), word_trie(_CAL.first_day)
_DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:{_SUFFIX})?|{_FIRST}"
_NUM = rf"\d+|{word_trie(_CAL.numbers)}"
_UNIT = word_trie(_CAL.units)
_DAY_MONTH_LINK = rf"(?:\s+(?:{word_trie(_CUES.day_month_links)}))?"


def _optional(words: frozenset[str]) -> str:
    """A regex for one of `words` followed by white space, or nothing."""
    return rf"(?:(?:{word_trie(words)})\s+)?"


def _followed(words: frozenset[str]) -> str:
    """An alternation of `words`, each followed by white space unless it ends with an apostrophe."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(alternation([w]) + ("" if w.endswith("'") else r"\s+") for w in ordered)


_PART = (
    rf"{_optional(_CUES.part_leads)}(?P<part>{word_trie(_CAL.part_words)})"
    rf"(?:\s*-\s*|\s+)(?:(?:{word_trie(_CUES.part_links)})\s*(?:{_followed(_CUES.part_articles)})?)?"
)

Builder = Callable[[dict[str, str]], "Rule | None"]
_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str] | None, Builder]] = []


def pattern(regex: str, needs: str | None = None) -> Callable[[Builder], Builder]:
    """Register `regex` (case-insensitive, word-bounded) with the builder it decorates. `needs`, a
    cheap regex that every match of `regex` contains, spares a text without it the costly pattern."""

    def decorator(builder: Builder) -> Builder:
        cheap = re.compile(needs, re.IGNORECASE) if needs else None
        _PATTERNS.append((re.compile(_B + regex + _E, re.IGNORECASE), cheap, builder))
        return builder

    return decorator


def _phrase(word: str) -> str:
    """`word` as a lexicon key, its white space collapsed."""
    return re.sub(r"\s+", " ", key(word))


def _part(groups: dict[str, str]) -> Part:
    return _CAL.part_words.get(_phrase(groups.get("part") or ""), "whole")  # type: ignore[return-value]


def _number(word: str) -> int:
    word = _phrase(word)
    return int(word) if word.isdigit() else _CAL.numbers.get(word, 1)


def _month(word: str) -> int | None:
    """The month number, refusing a lower-case modal ("may")."""
    return None if word in _CAL.lowercase_not_months else _CAL.months.get(key(word))


def _day(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_rule(groups: dict[str, str]) -> Rule | None:
    month = _month(groups["month"])
    if month is None or _day(groups["day"]) > calendar.monthrange(2024, month)[1]:
        return None
    weekday = _CAL.weekdays.get(key(groups["weekday"])) if groups.get("weekday") else None
    if groups.get("year"):
        day = _safe_date(int(groups["year"]), month, _day(groups["day"]))
        return Fixed(day, day, "day") if day else None
    return DayOfMonth(month, _day(groups["day"]), weekday)


@pattern(
    rf"{_optional(_CUES.date_leads)}(?:(?P<weekday>{_WEEKDAY}),?\s+)?{_optional(_CUES.day_articles)}"
    rf"(?P<day>{_DAY}){_DAY_MONTH_LINK}\s+(?P<month>{_MONTH_ANY})\.?(?:,?\s+(?P<year>{_YEAR}))?",
    needs=rf"(?:\d(?:{_SUFFIX})?|{_FIRST}){_DAY_MONTH_LINK}\s+(?:{_MONTH_ANY})(?![\w-])",
)
def _day_month_year(groups: dict[str, str]) -> Rule | None:
    return _day_rule(groups)


@pattern(
    rf"(?:(?:{word_trie(_CUES.night_leads)})\s+)?(?P<first>{_DAY})\s*(?:[-–]|\s(?:{word_trie(_CUES.night_links)})\s)"
    rf"\s*(?P<day>{_DAY})\s+(?P<month>{_MONTH_ANY})\.?(?:,?\s+(?P<year>{_YEAR}))?",
    needs=rf"\d\s*(?:[-–]|\s(?:{word_trie(_CUES.night_links)})\s)\s*\d",
)
def _day_range(groups: dict[str, str]) -> Rule | None:
    """A range of days in one month ("10-12 February 2025", a log's title; "dans la nuit du 3 au 4 mars")."""
    month = _month(groups["month"])
    first, last = _day(groups["first"]), _day(groups["day"])
    if month is None or not first < last <= calendar.monthrange(2024, month)[1]:
        return None
    precision = "day" if last - first == 1 else "week" if last - first < 7 else "month"
    if not groups.get("year"):
        return DayOfMonth(month, last, None, precision, last - first)
    start, end = _safe_date(int(groups["year"]), month, first), _safe_date(int(groups["year"]), month, last)
    return Fixed(start, end, precision) if start and end else None


@pattern(
    rf"{_optional(_CUES.month_first_leads)}(?:(?P<weekday>{_WEEKDAY}),?\s+)?"
    rf"(?P<month>{_MONTH_ANY})\.?\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
)
def _month_day_year(groups: dict[str, str]) -> Rule | None:
    return _day_rule(groups)


@pattern(
    rf"(?:{_PART})?(?P<month>{_MONTH_ANY})\.?\s+{_optional(_CUES.month_year_links)}(?P<year>{_YEAR})",
    needs=_YEAR_END,
)
def _month_year(groups: dict[str, str]) -> Rule | None:
    month = _month(groups["month"])
    if month is None:
        return None
    start, end = part_of(period("month", date(int(groups["year"]), month, 1)), _part(groups))
    return Fixed(start, end, "month")


@pattern(rf"(?:{_PART}|(?:{word_trie(_CUES.month_leads)})\s+)(?P<month>{_MONTH_ALONE})(?!\s*\d)")
def _month_only(groups: dict[str, str]) -> Rule | None:
    month = _month(groups["month"])
    return MonthOf(month, _part(groups)) if month else None


@pattern(
    rf"(?:{_PART}|(?:{word_trie(_CUES.year_leads)})\s+)(?P<year>{_YEAR})(?![\d.,]\d)",
    needs=_YEAR_END,
)
def _year(groups: dict[str, str]) -> Rule | None:
    start, end = part_of(period("year", date(int(groups["year"]), 1, 1)), _part(groups))
    return Fixed(start, end, "year")


@pattern(
    rf"(?P<numeric>\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|{_YEAR}-\d\d-\d\d)",
    needs=r"\d[/.]\d{1,2}[/.]\d|\d\d-\d\d-\d",
)
def _numeric(groups: dict[str, str]) -> Rule | None:
    """Numeric dates, read with dateparser (ISO first; otherwise day-first, as in French)."""
    import dateparser

    text = groups["numeric"]
    order = "YMD" if re.match(_YEAR + "-", text) else "DMY"
    parsed = dateparser.parse(text, settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]})
    return Fixed(parsed.date(), parsed.date(), "day") if isinstance(parsed, datetime) else None


@pattern(rf"(?P<word>{word_trie(_CAL.day_words)})")
def _day_word(groups: dict[str, str]) -> Rule | None:
    low, high = _CAL.day_words[_phrase(groups["word"])]
    return Offset(low, high, "day")


@pattern(
    rf"(?:{word_trie(_CUES.night_leads)})\s+(?P<first>{_WEEKDAY})(?:\s+(?:{word_trie(_CUES.night_words)}))?"
    rf"\s+(?:{word_trie(_CUES.night_links)})\s+(?P<second>{_WEEKDAY})",
    needs=rf"(?:{word_trie(_CUES.night_links)})\s+(?:{_WEEKDAY})(?![\w-])",
)
def _night(groups: dict[str, str]) -> Rule | None:
    """A night across two days: "dans la nuit de samedi à dimanche", "overnight Monday to Tuesday"."""
    first, second = _CAL.weekdays[key(groups["first"])], _CAL.weekdays[key(groups["second"])]
    return Night(first, second) if (second - first) % 7 == 1 else None


@pattern(
    rf"(?:{word_trie(_CUES.night_single_leads)})\s+(?P<first>{_WEEKDAY})(?!\s*,?\s*(?:le\s+)?\d)",
    needs=r"nuit|night",
)
def _night_of(groups: dict[str, str]) -> Rule | None:
    """The night of one named day, running into the next: "dans la nuit de samedi", "the night of Friday"."""
    first = _CAL.weekdays[key(groups["first"])]
    return Night(first, (first + 1) % 7)


@pattern(rf"(?:{word_trie(_CAL.weekend_words)})", needs=r"week-?end")
def _weekend(groups: dict[str, str]) -> Rule | None:
    return Weekend()


@pattern(
    rf"(?:{word_trie(_CUES.deadline_leads)})\s+(?:{_followed(_CUES.deadline_ends)})(?P<unit>{word_trie(_CAL.calendar_units)})",
    needs=r"\b(?:fin|end)\b",
)
def _deadline(groups: dict[str, str]) -> Rule | None:
    """From the reference to the end of the period: "d'ici la fin du mois", "by the end of the week"."""
    return Calendar(_CAL.calendar_units[key(groups["unit"])], 0, "after")  # type: ignore[arg-type]


@pattern(rf"(?P<word>{word_trie(_CAL.anaphoric_days)})")
def _anaphoric(groups: dict[str, str]) -> Rule | None:
    low, high = _CAL.anaphoric_days[_phrase(groups["word"])]
    return Anaphoric(low, high)


@pattern(
    rf"(?:(?P<pre>{word_trie(_CUES.weekday_leads)})\s+)?(?P<weekday>{_WEEKDAY})"
    rf"(?:\s+(?P<post>{word_trie(_CUES.weekday_follows)}))?(?!\s*,?\s*(?:le\s+)?\d)"
)
def _weekday(groups: dict[str, str]) -> Rule | None:
    words = {key(w) for w in re.split(r"\s+", f"{groups.get('pre') or ''} {groups.get('post') or ''}") if w}
    direction = "last" if words & _CUES.last else "next" if words & _CUES.next else "past"
    return Weekday(_CAL.weekdays[key(groups["weekday"])], direction)  # type: ignore[arg-type]


_SHIFT_WORDS = word_trie(_CUES.last | _CUES.next | _CUES.elapsed | _CUES.this_suffixes)


@pattern(
    rf"(?:{_PART})?(?:(?P<when>{word_trie(_CAL.when_words)})\s+{_optional(_CUES.when_links)})?"
    rf"(?P<det>{word_trie(_CUES.period_determiners)})\s*"
    rf"(?P<unit>{word_trie(_CAL.calendar_units)})(?:\s*(?P<shift>{_SHIFT_WORDS}))?"
)
def _calendar(groups: dict[str, str]) -> Rule | None:
    det, shift_word = key(groups["det"]), key(groups.get("shift") or "").lstrip("-")
    unit = _CAL.calendar_units[key(groups["unit"])]
    words = set(re.split(r"\s+", det)) | {shift_word}
    if det in _CUES.bare_determiners and not shift_word:
        return None  # "la semaine de…", "l'année" alone: not a deictic period
    if det in _CUES.rolling_past or shift_word in _CUES.elapsed:
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Offset(-days, 0, unit)
    if det in _CUES.rolling_next:
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Offset(0, days, unit)
    shift = -1 if words & _CUES.last else 1 if words & _CUES.next else 0
    part: Part = _part(groups)
    when = key(groups.get("when") or "")
    if when:
        part = _CAL.when_words.get(when, "after")  # type: ignore[assignment]
    return Calendar(unit, shift, part)  # type: ignore[arg-type]


def _ago_window(groups: dict[str, str], sign: int) -> Offset:
    """The window a counted duration ("trois jours", "about two weeks") denotes, before (`sign` < 0)
    or after the reference."""
    days, precision = _CAL.units[key(groups["unit"])]
    amount = _number(groups["n"]) * days
    approx = _CAL.approximations.get(key(groups.get("approx") or ""), "")
    if approx == "about":
        low, high = round(0.7 * amount), round(1.4 * amount)
    elif approx == "more":
        low, high = amount, 2 * amount
    elif approx == "less":
        low, high = 0, amount
    else:
        slack = {1: 0, 7: 1, 30: 3, 365: 15}[days]
        low, high = amount - slack, amount + slack
    if sign < 0:
        return Offset(-high, -low, precision)
    return Offset(low, high, precision)


_COUNTED = rf"(?:(?P<approx>{word_trie(_CAL.approximations)})\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"


@pattern(rf"(?:{word_trie(_CUES.ago_before)})\s+{_COUNTED}")
def _ago_before(groups: dict[str, str]) -> Rule | None:
    return _ago_window(groups, -1)


_AGO_AFTER = word_trie(_CUES.ago_after)


@pattern(rf"{_COUNTED}\s+(?:{_AGO_AFTER})", needs=rf"\s(?:{_AGO_AFTER})(?![\w-])")
def _ago_after(groups: dict[str, str]) -> Rule | None:
    return _ago_window(groups, -1)


_COUNTED_FROM = word_trie(_CUES.counted_later | _CUES.counted_earlier)


@pattern(rf"{_COUNTED}\s+(?P<side>{_COUNTED_FROM})", needs=rf"\s(?:{_COUNTED_FROM})(?![\w-])")
def _counted_from(groups: dict[str, str]) -> Rule | None:
    """A duration counted from the date the text gave last: "two days later", "une semaine plus tôt"."""
    later = _phrase(groups["side"]) in _CUES.counted_later
    window = _ago_window(groups, 1 if later else -1)
    return Anaphoric(window.low, window.high, window.precision)


@pattern(rf"(?:{word_trie(_CUES.future_leads)})\s+{_COUNTED}")
def _in_future(groups: dict[str, str]) -> Rule | None:
    return _ago_window(groups, 1)


@pattern(
    rf"(?P<lead>{word_trie(_CUES.window_leads | _CUES.window_recent_leads)})\s+(?:(?P<n>{_NUM})\s+)?"
    rf"(?:(?P<dir>{word_trie(_CUES.window_directions)})\s+)?{_optional(_CUES.window_fillers)}"
    rf"(?:(?P<n2>{_NUM})\s+)?(?P<unit>{word_trie(_CAL.window_units)})"
    rf"(?:\s+(?P<dir2>{word_trie(_CUES.window_directions_after)}))?"
)
def _recent(groups: dict[str, str]) -> Rule | None:
    """Vague windows: "ces derniers jours", "in recent weeks", "dans les prochains jours"…"""
    lead = _phrase(groups["lead"])
    direction = _phrase(groups.get("dir") or groups.get("dir2") or "")
    if not direction and lead not in _CUES.window_recent_leads:
        return None
    unit = key(groups["unit"])
    number = groups.get("n") or groups.get("n2")
    if number and unit in _CAL.hour_units:  # "over the past 48 hours": two days
        days = max(1, -(-_number(number) // 24))
    else:
        days = _number(number) * _CAL.units.get(unit, (1, "day"))[0] if number else _CAL.window_units[unit]
    precision = "week" if days <= 31 else "month" if days <= 366 else "year"
    if direction in _CUES.window_next:
        return Offset(1, days, precision)
    return Offset(-days, 0, precision)


def _iter_matches(text: str) -> Iterator[Found]:
    for regex, needs, builder in _PATTERNS:
        if needs is not None and not needs.search(text):
            continue
        for match in regex.finditer(text):
            rule = builder({k: v for k, v in match.groupdict().items() if v})
            if rule is not None:
                yield Found(match.start(), match.end(), rule)


#: An article right before a deictic day word: the word is an adjective ("an overnight curfew").
_ATTRIBUTIVE = re.compile(rf"(?:^|\s)(?:{word_trie(_CUES.attributive_articles)})\s+$", re.IGNORECASE)


def _attributive(text: str, found: Found) -> bool:
    """A deictic day word standing as an adjective after an article ("imposed an overnight curfew on
    Tuesday"): it says how long the act lasts, not the day it happened."""
    return isinstance(found.rule, Offset) and bool(
        _ATTRIBUTIVE.search(text[max(0, found.start - 8) : found.start])
    )


def find_expressions(text: str) -> list[Found]:
    """Non-overlapping time expressions in `text`, longest match first, in text order."""
    kept: list[Found] = []
    for found in sorted(_iter_matches(text), key=lambda f: (f.start - f.end, f.start)):
        if all(found.end <= k.start or k.end <= found.start for k in kept) and not _attributive(text, found):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)
