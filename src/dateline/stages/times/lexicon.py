"""French and English calendar words: months, weekdays, number words, units, part-of-period words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
    "déc": 12, "dec": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    "quelques": 3, "plusieurs": 3,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "few": 3, "a few": 3, "several": 3, "couple": 2, "a couple of": 2,
}  # fmt: skip

#: Duration units: word → (days, precision of an expression counted in that unit).
UNITS: dict[str, tuple[int, str]] = {
    "jour": (1, "day"), "jours": (1, "day"), "day": (1, "day"), "days": (1, "day"),
    "semaine": (7, "week"), "semaines": (7, "week"), "week": (7, "week"), "weeks": (7, "week"),
    "mois": (30, "month"), "month": (30, "month"), "months": (30, "month"),
    "an": (365, "year"), "ans": (365, "year"), "année": (365, "year"), "années": (365, "year"),
    "year": (365, "year"), "years": (365, "year"),
}  # fmt: skip

#: Calendar-unit nouns for "last week", "le mois dernier", "cette année"…
CALENDAR_UNITS: dict[str, str] = {
    "semaine": "week", "week": "week", "mois": "month", "month": "month",
    "année": "year", "an": "year", "year": "year",
}  # fmt: skip


def key(word: str) -> str:
    """Lower-case, strip a trailing dot and normalise apostrophes, for lexicon look-ups."""
    word = unicodedata.normalize("NFC", word).lower().strip().rstrip(".")
    return word.replace("’", "'")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any white space."""
    ordered = sorted({w.strip() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
