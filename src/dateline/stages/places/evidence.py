"""Evidence that a capitalised name is a place, and guards against names that are not.

- *locative frames*: a locative word just before the name ("in X", "près de X", "la province de X")
  or a place noun just after it ("X countryside", "the X area"), from ``data/places/words.yaml``;
- *common words*: words frequent in English or French text (``wordfreq``'s Zipf frequency ≥ a
  threshold: "Fin", "Les", "Un", "Man", "March"), which need more than a gazetteer hit;
- *strong records*: countries, admin-1 units, capitals, continents, regions, seas and the packaged
  sites, named by a main name or by a name longer than three letters ("Fin" is no name of Finland);
- *undated dates*: a mention tagged as a date that no digit, calendar word or holiday name makes one ("a
  clinic in Manbij" tagged DATE), a name the model mislabelled.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from dateline.data import word_trie
from dateline.kb.gazetteer import Entry
from dateline.stages.places.lexicon import word_lists

_WORDS = word_lists()
_OF_ANY = word_trie(frozenset().union(*_WORDS.of_words.values()), followed=True)
#: A locative word, or an admin noun and an "of" word ("la région du", "the governorate of"), with an
#: optional article, just before the name.
_LOCATIVE_BEFORE = re.compile(
    rf"(?:^|[^\w'’])(?:{word_trie(_WORDS.locatives, followed=True)}"
    rf"|(?:{word_trie(_WORDS.admin_nouns)})\s+(?:{_OF_ANY}))"
    rf"(?:{word_trie(_WORDS.articles, followed=True)})?$",
    re.I,
)
#: A road's first end: a road noun, at most one word, a road link ("the road between", « la route reliant »,
#: "the main highway linking") or "from"/"de" (the road's first end, "on the road from Daquq to Tuz"); or a
#: convoy's, a patrol's or an ambush's noun and a road link ("ambushed a convoy between Ansongo and Menaka").
_ROAD_FIRST = (
    rf"\b(?:(?:{word_trie(_WORDS.route_nouns)})\s+(?:[^\W\d_]+\s+)?"
    rf"(?:{word_trie(_WORDS.road_links | {'from', 'de', 'du', 'depuis'}, followed=True)})"
    rf"|(?:{word_trie(_WORDS.transit_nouns)})\s+(?:{word_trie(_WORDS.road_links, followed=True)}))"
    rf"(?:{word_trie(_WORDS.articles, followed=True)})?"
)
_ROAD_FIRST_BEFORE = re.compile(rf"{_ROAD_FIRST}$", re.I)
#: The road's second end: its first end's name (one to four words) and "and", "to", « à », « et ».
_ROAD_SECOND_BEFORE = re.compile(
    rf"{_ROAD_FIRST}(?:[\w'’-]+\s+){{0,3}}[\w'’-]+\s*,?\s+(?:and|to|et|à|au|jusqu['’]\s*à)\s+"
    rf"(?:{word_trie(_WORDS.articles, followed=True)})?$",
    re.I,
)
_PLACE_AFTER = re.compile(rf"^[ \t]+(?:{word_trie(_WORDS.place_nouns)})\b", re.I)
_RESIDENT_AFTER = re.compile(rf"^[ \t]+(?:{word_trie(_WORDS.resident_nouns)})\b")
#: Incident logs name a place's district and governorate in parentheses ("Kafr Nabl (Idlib)", "in Al-Sabkha
#: town (Al-Sabkha, Ar-Raqqa)"): a name in a parenthesis of one to three capitalised names, and a name
#: (with an optional place noun) just before such a parenthesis, stand in a locative frame.
_PAREN_NAME = r"(?:(?:al|el|ar|as|ash|ad|an|at|az)-)?[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}"
_PAREN_INSIDE_BEFORE = re.compile(rf"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[a-z]+)?\s*\((?:\s*{_PAREN_NAME}\s*,)*\s*$")
_PAREN_INSIDE_AFTER = re.compile(rf"^\s*(?:,\s*{_PAREN_NAME}\s*){{0,2}}\)")
_PAREN_AFTER = re.compile(
    rf"^(?:[ \t]+(?:{word_trie(_WORDS.place_nouns)}))?[ \t]*"
    rf"\(\s*{_PAREN_NAME}\s*(?:,\s*{_PAREN_NAME}\s*){{0,2}}\)"
)
_PLACE_SUFFIX = re.compile(rf"-(?:{word_trie(_WORDS.place_suffixes)})\b", re.I)
_PARTY_BEFORE = re.compile(rf"(?:^|[\s(,])(?:{word_trie(_WORDS.party_labels)})-$")
_STRONG_CODES = frozenset({"PCLI", "ADM1", "PPLC", "CONT"})
#: Names of at most this many letters match a strong record only as its main name or in capitals.
_SHORT = 3


def road_end(text: str, start: int) -> int:
    """1 when the name at `start` is a road's first end ("on the road between Palmyra and al-Sukhna",
    « sur la route reliant Oubari à Sebha »: Palmyra, Oubari), 2 when it is its second (al-Sukhna, Sebha),
    else 0."""
    before = text[max(0, start - 90) : start]
    if _ROAD_FIRST_BEFORE.search(before[-50:]):
        return 1
    return 2 if _ROAD_SECOND_BEFORE.search(before) else 0


def locative(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands in a locative frame ("near Afes", "Afes village", "à Dardara", "a
    Paris man", either end of "the road between X and Y")."""
    after = text[end : end + 20]
    before = text[max(0, start - 40) : start]
    return bool(_LOCATIVE_BEFORE.search(before) or road_end(text, start)) or bool(
        _PLACE_AFTER.match(after) or _RESIDENT_AFTER.match(after) or _parenthesised(text, start, end)
    )


def _parenthesised(text: str, start: int, end: int) -> bool:
    """The name is one of a parenthesis of names, or stands just before one ("Kafr Nabl (Idlib)")."""
    if text[start:end][:2].isupper():
        return False  # "Islamic State (IS)", "TIFs (Tax Increment Financing)": an acronym and its expansion
    if _PAREN_AFTER.match(text[end : end + 80]):
        return text[end - 1 : end].islower()  # not "District A (East End)"
    before = text[max(0, start - 80) : start]
    return bool(_PAREN_INSIDE_BEFORE.search(before) and _PAREN_INSIDE_AFTER.match(text[end : end + 80]))


def strong(name: str, found: list[tuple[Entry, bool]]) -> bool:
    """Some record of `found` (the lookup of `name`) is a country, an admin-1 unit, a capital, a continent,
    a region, a sea or a packaged site, named by its main name or by more than a short word in mixed case
    ("Fin" is no name of Finland)."""
    short = sum(c.isalpha() for c in name) <= _SHORT and not name.isupper()
    return any(
        (e.feature_code in _STRONG_CODES or e.feature_class in "LHS") and (main or not short)
        for e, main in found
    )


def sub_word(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is part of a hyphenated word ("Sino" in "Sino-American", "Ar" in
    "Ar-Raqqa"), but not of one that says where ("Houston-based", "Paris-born": `place_suffixes`; a
    legislator's "D-Charleston": `party_labels`)."""
    after = text[end : end + 20]
    if re.match(r"-\w", after[:2]) and not _PLACE_SUFFIX.match(after):
        return True
    before = text[max(0, start - 5) : start]
    return bool(re.search(r"\w-$", before)) and not _PARTY_BEFORE.search(before)


@functools.cache
def common_word(word: str, threshold: float) -> bool:
    """`word` (one word) is at least as frequent as `threshold` on the Zipf scale in English or French text
    (4.5: "union", "king", "fin"; the frequency is of the word in any case, so a famous place's name is
    frequent too: callers accept it on stronger evidence)."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    return max(zipf_frequency(lower, "en"), zipf_frequency(lower, "fr")) >= threshold


@functools.cache
def _date_words() -> frozenset[str]:
    """Lower-case one-word calendar words (months, weekdays, deictic days, units, parts of periods) and
    holiday names."""
    from dateline.stages.times.lexicon import calendar_words

    calendar = calendar_words()
    tables: list[Iterable[str]] = [
        calendar.months, calendar.weekdays, calendar.day_words, calendar.units, calendar.calendar_units,
        calendar.part_words, calendar.weekend_words, calendar.hour_units, _WORDS.date_names,
    ]  # fmt: skip
    return frozenset(word.lower() for table in tables for word in table if " " not in word)


_WORD = re.compile(r"[^\W\d_]+")


def undated(text: str) -> bool:
    """A mention tagged as a date holds no digit, calendar word or holiday name: a name the model mislabelled
    ("a clinic in Manbij"), not "Tuesday", "mid-March", "Ramadan" or "2024"."""
    if any(c.isdigit() for c in text):
        return False
    return not any(word.lower() in _date_words() for word in _WORD.findall(text))
