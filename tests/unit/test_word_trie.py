"""`word_trie` matches what the flat `alternation` matches, in the same order of preference."""

from __future__ import annotations

import random
import re

import pytest

from dateline.data import alternation, word_trie
from dateline.stages.places.lexicon import word_lists
from dateline.stages.times.lexicon import calendar_words, cue_words

#: Letters that share beginnings often, a space, apostrophes, an accent, a letter in two cases.
_ALPHABET = "aab de'’éE"
#: Patterns around the words: bare, a group read by the caller, a frame anchored at the end, words
#: followed by more letters (so a shorter word must be tried when the longer one leaves nothing).
_FRAMES = (
    "{}",
    r"(?P<w>{})(?P<rest>\w*)",
    r"(?:^|\W){}(?:la\s+)?$",
    r"(?P<w>{})d\b",
    r"(?P<w>{})(?:\s+(?P<n>\w+))?",
)


def _same(words: list[str], followed: bool, texts: list[str], flags: int) -> None:
    for frame in _FRAMES:
        flat = re.compile(frame.format(f"(?:{alternation(words, followed)})"), flags)
        trie = re.compile(frame.format(word_trie(words, followed)), flags)
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in flat.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in trie.finditer(text)] == expected, (words, frame, text)
            assert bool(flat.search(text)) == bool(trie.search(text))


@pytest.mark.parametrize("seed", range(40))
def test_random_words_match_as_the_flat_alternation(seed: int) -> None:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 5))).strip() or "a"

    words = [word() for _ in range(rng.randint(1, 12))]
    texts = [" ".join(rng.choice([*words, word(), word()]) for _ in range(6)) for _ in range(15)]
    texts += ["".join(rng.choice(_ALPHABET + "\n\t") for _ in range(40)) for _ in range(5)]
    for followed in (False, True):
        for flags in (0, re.I):
            _same(words, followed, texts, flags)


def test_shipped_word_lists_match_as_the_flat_alternation() -> None:
    places, calendar, cues = word_lists(), calendar_words(), cue_words()
    lists = [places.locatives, places.articles, places.near_words, calendar.months, calendar.weekdays,
             calendar.units, calendar.calendar_units, cues.period_determiners, cues.date_leads]  # fmt: skip
    for words in lists:
        rng = random.Random(len(words))
        pool = sorted(words)
        texts = [" ".join(rng.choice(pool) for _ in range(8)) for _ in range(30)]
        texts += [" ".join(rng.choice(pool).upper() + "s" for _ in range(8)) for _ in range(5)]
        _same(pool, False, texts, re.I)
        _same(pool, True, texts, re.I)


def test_shares_beginnings_and_falls_back_when_branches_overlap() -> None:
    assert word_trie(["de", "de la", "du"], followed=True) == r"(?:d(?:e\s+(?:la\s+|)|u\s+))"
    assert word_trie(["la", "l'"], followed=True) == r"(?:l(?:'\s*|a\s+))"
    # "May" and "may" can both take "MAY" (in any case): the flat alternation, grouped.
    assert word_trie(["May", "may"]) == f"(?:{alternation(['May', 'may'])})"
