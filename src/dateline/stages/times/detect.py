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

from dateline.stages.times.lexicon import (
    CALENDAR_UNITS,
    MONTHS,
    NUMBERS,
    UNITS,
    WEEKDAYS,
    alternation,
    key,
)
from dateline.stages.times.rules import (
    Calendar,
    DayOfMonth,
    Fixed,
    MonthOf,
    Offset,
    Part,
    Rule,
    Weekday,
    part_of,
    period,
)


@dataclass(frozen=True)
class Found:
    """One time expression: char offsets into the text and the rule resolving it."""

    start: int
    end: int
    rule: Rule


_B, _E = r"(?<![\w-])", r"(?![\w-])"
_MONTH_ANY = alternation(MONTHS)
#: The end of a year standing as a word (what patterns ending in a year need).
_YEAR_END = r"(?:1[89]|20)\d\d(?![\w-])"
_MONTH_FULL = alternation(
    [m for m in MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "june", "july", "may")]
)
_WEEKDAY = alternation(WEEKDAYS)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?|premier"
_NUM = rf"\d+|{alternation(NUMBERS)}"
_UNIT = alternation(UNITS)
_PART_WORDS = {
    "début": "early", "debut": "early", "early": "early", "beginning": "early", "start": "early",
    "première moitié": "early", "first half": "early",
    "mi": "mid", "milieu": "mid", "mid": "mid", "middle": "mid",
    "fin": "late", "late": "late", "end": "late", "seconde moitié": "late", "deuxième moitié": "late",
    "second half": "late",
}  # fmt: skip
_PART = (
    rf"(?:(?:au|en|à\s+la|at\s+the|in\s+the|the|la)\s+)?(?P<part>{alternation(_PART_WORDS)})"
    r"(?:\s*-\s*|\s+)(?:(?:de|du|of|d')\s*(?:l'|la\s+|mois\s+(?:de\s+|d')|the\s+month\s+of\s+)?)?"
)
_APPROX = {
    "environ": "about", "près de": "about", "presque": "about", "quelque": "about", "à peu près": "about",
    "about": "about", "around": "about", "nearly": "about", "almost": "about", "roughly": "about",
    "some": "about", "plus de": "more", "more than": "more", "over": "more", "moins de": "less",
    "less than": "less", "under": "less", "à peine": "less",
}  # fmt: skip

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


def _part(groups: dict[str, str]) -> Part:
    word = key(groups.get("part") or "")
    return _PART_WORDS.get(re.sub(r"\s+", " ", word), "whole")  # type: ignore[return-value]


def _number(word: str) -> int:
    word = re.sub(r"\s+", " ", key(word))
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


def _month(word: str) -> int | None:
    """The month number, refusing the lower-case English modal "may"."""
    return None if word == "may" else MONTHS.get(key(word))


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
    weekday = WEEKDAYS.get(key(groups["weekday"])) if groups.get("weekday") else None
    if groups.get("year"):
        day = _safe_date(int(groups["year"]), month, _day(groups["day"]))
        return Fixed(day, day, "day") if day else None
    return DayOfMonth(month, _day(groups["day"]), weekday)


@pattern(
    rf"(?:(?:ce|le|this|on)\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:le\s+|the\s+)?(?P<day>{_DAY})"
    rf"(?:\s+de|\s+of)?\s+(?P<month>{_MONTH_ANY})\.?(?:,?\s+(?P<year>{_YEAR}))?",
    needs=rf"(?:\d(?:er|st|nd|rd|th)?|premier)(?:\s+de|\s+of)?\s+(?:{_MONTH_ANY})(?![\w-])",
)
def _day_month_year(groups: dict[str, str]) -> Rule | None:
    return _day_rule(groups)


@pattern(
    rf"(?:(?:on|this)\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH_ANY})\.?\s+(?P<day>{_DAY})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?"
)
def _month_day_year(groups: dict[str, str]) -> Rule | None:
    return _day_rule(groups)


@pattern(
    rf"(?:{_PART})?(?P<month>{_MONTH_ANY})\.?\s+(?:de\s+l'année\s+|of\s+)?(?P<year>{_YEAR})", needs=_YEAR_END
)
def _month_year(groups: dict[str, str]) -> Rule | None:
    month = _month(groups["month"])
    if month is None:
        return None
    start, end = part_of(period("month", date(int(groups["year"]), month, 1)), _part(groups))
    return Fixed(start, end, "month")


@pattern(
    rf"(?:{_PART}|(?:en|in|au\s+mois\s+de|au\s+mois\s+d'|during|depuis|since)\s+)(?P<month>{_MONTH_FULL})"
    r"(?!\s*\d)"
)
def _month_only(groups: dict[str, str]) -> Rule | None:
    month = _month(groups["month"])
    return MonthOf(month, _part(groups)) if month else None


@pattern(
    rf"(?:{_PART}|(?:en|in|since|depuis|jusqu'en|until|from|de|of|année|year|l'an|courant)\s+)"
    rf"(?P<year>{_YEAR})(?![\d.,]\d)",
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


_DAY_WORDS: dict[str, tuple[int, int]] = {
    "avant-hier": (-2, -2), "hier": (-1, -1), "aujourd'hui": (0, 0), "ce matin": (0, 0),
    "cet après-midi": (0, 0), "ce soir": (0, 0), "cette nuit": (-1, 0), "demain": (1, 1),
    "après-demain": (2, 2), "the day before yesterday": (-2, -2), "yesterday": (-1, -1), "today": (0, 0),
    "this morning": (0, 0), "this afternoon": (0, 0), "this evening": (0, 0), "tonight": (0, 0),
    "last night": (-1, 0), "tomorrow": (1, 1), "the day after tomorrow": (2, 2),
}  # fmt: skip


@pattern(rf"(?P<word>{alternation(_DAY_WORDS)})")
def _day_word(groups: dict[str, str]) -> Rule | None:
    low, high = _DAY_WORDS[re.sub(r"\s+", " ", key(groups["word"]))]
    return Offset(low, high, "day")


_LAST = {"dernier", "dernière", "passé", "passée", "précédent", "précédente", "last", "past", "previous"}
_NEXT = {"prochain", "prochaine", "suivant", "suivante", "next", "coming"}


@pattern(
    rf"(?:(?P<pre>ce|cette|le|dès|depuis|on|last|next|this\s+past|this\s+coming|this)\s+)?"
    rf"(?P<weekday>{_WEEKDAY})(?:\s+(?P<post>dernier|passé|prochain))?(?!\s*,?\s*(?:le\s+)?\d)"
)
def _weekday(groups: dict[str, str]) -> Rule | None:
    words = {key(w) for w in re.split(r"\s+", f"{groups.get('pre') or ''} {groups.get('post') or ''}") if w}
    direction = "last" if words & _LAST else "next" if words & _NEXT else "past"
    return Weekday(WEEKDAYS[key(groups["weekday"])], direction)  # type: ignore[arg-type]


_CAL_UNIT = alternation(["semaine", "mois", "année", "an", "week", "month", "year"])
_SHIFT_WORDS = alternation([*_LAST, *_NEXT, "écoulée", "écoulé", "-ci", "ci"])


@pattern(
    rf"(?:{_PART})?(?:(?P<when>plus\s+tôt|plus\s+tard|earlier|later)\s+(?:dans\s+|in\s+)?)?"
    rf"(?P<det>la|le|l'|cette|cet|ce|this|last|next|the\s+past|the\s+previous|the\s+coming|the\s+next)\s*"
    rf"(?P<unit>{_CAL_UNIT})(?:\s*(?P<shift>{_SHIFT_WORDS}))?"
)
def _calendar(groups: dict[str, str]) -> Rule | None:
    det, shift_word = key(groups["det"]), key(groups.get("shift") or "").lstrip("-")
    unit = CALENDAR_UNITS[key(groups["unit"])]
    words = set(re.split(r"\s+", det)) | {shift_word}
    if det in ("la", "le", "l'") and not shift_word:
        return None  # "la semaine de…", "l'année" alone: not a deictic period
    if det in ("the past", "the previous") or shift_word in ("écoulée", "écoulé"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Offset(-days, 0, unit)
    if det in ("the coming", "the next"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return Offset(0, days, unit)
    shift = -1 if words & _LAST else 1 if words & _NEXT else 0
    part: Part = _part(groups)
    when = key(groups.get("when") or "")
    if when:
        part = "before" if when in ("plus tôt", "earlier") else "after"
    return Calendar(unit, shift, part)  # type: ignore[arg-type]


def _ago_window(number: int, unit_word: str, approx: str, sign: int) -> Offset:
    days, precision = UNITS[key(unit_word)]
    amount = number * days
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


_APPROX_RE = alternation(_APPROX)


@pattern(rf"il\s+y\s+a\s+(?:(?P<approx>{_APPROX_RE})\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})")
def _ago_fr(groups: dict[str, str]) -> Rule | None:
    return _ago_window(
        _number(groups["n"]), groups["unit"], _APPROX.get(key(groups.get("approx") or ""), ""), -1
    )


@pattern(rf"(?:(?P<approx>{_APPROX_RE})\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago", needs=r"\sago(?![\w-])")
def _ago_en(groups: dict[str, str]) -> Rule | None:
    return _ago_window(
        _number(groups["n"]), groups["unit"], _APPROX.get(key(groups.get("approx") or ""), ""), -1
    )


@pattern(
    rf"(?:dans|in|within)\s+(?:(?P<approx>{_APPROX_RE})\s+)?(?P<n>\d+|{alternation(NUMBERS)})\s+(?P<unit>{_UNIT})"
)
def _in_future(groups: dict[str, str]) -> Rule | None:
    return _ago_window(
        _number(groups["n"]), groups["unit"], _APPROX.get(key(groups.get("approx") or ""), ""), 1
    )


#: Vague recent/coming windows in days, per unit word.
_RECENT = {"heures": 2, "hours": 2, "jours": 7, "days": 7, "semaines": 30, "weeks": 30, "mois": 180,
           "months": 180, "années": 1825, "ans": 1825, "years": 1825, "temps": 90}  # fmt: skip
_RECENT_UNIT = alternation(_RECENT)


_LEADS = alternation(
    [
        "au cours des",
        "durant les",
        "pendant les",
        "dans les",
        "les",
        "ces",
        "over the",
        "in the",
        "during the",
        "in recent",
        "within the",
    ]
)
_DIRECTIONS = alternation(
    ["derniers", "dernières", "past", "last", "prochains", "prochaines", "coming", "next"]
)
_NUMBER_OR_WORD = rf"\d+|{alternation(NUMBERS)}"


@pattern(
    rf"(?P<lead>{_LEADS})\s+(?:(?P<n>{_NUMBER_OR_WORD})\s+)?(?:(?P<dir>{_DIRECTIONS})\s+)?"
    rf"(?:(?:few|couple\s+of)\s+)?(?:(?P<n2>{_NUMBER_OR_WORD})\s+)?(?P<unit>{_RECENT_UNIT})"
    rf"(?:\s+(?P<dir2>derniers|dernières|prochains|prochaines|à\s+venir))?"
)
def _recent(groups: dict[str, str]) -> Rule | None:
    """Vague windows: "ces derniers jours", "in recent weeks", "dans les prochains jours"…"""
    lead = re.sub(r"\s+", " ", key(groups["lead"]))
    direction = re.sub(r"\s+", " ", key(groups.get("dir") or groups.get("dir2") or ""))
    if not direction and lead != "in recent":
        return None
    unit = key(groups["unit"])
    number = groups.get("n") or groups.get("n2")
    days = _number(number) * UNITS.get(unit, (1, "day"))[0] if number else _RECENT[unit]
    precision = "week" if days <= 31 else "month" if days <= 366 else "year"
    if direction in ("prochains", "prochaines", "coming", "next", "à venir"):
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


def find_expressions(text: str) -> list[Found]:
    """Non-overlapping time expressions in `text`, longest match first, in text order."""
    kept: list[Found] = []
    for found in sorted(_iter_matches(text), key=lambda f: (f.start - f.end, f.start)):
        if all(found.end <= k.start or k.end <= found.start for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)
