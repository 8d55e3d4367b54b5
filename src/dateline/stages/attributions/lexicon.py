"""The words the stage's cues test tokens against (``data/attributions/words.yaml``), loaded once."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from dateline.data import merged_words, word_table

#: A word of a marker phrase; an elided one ("d'") ends at its apostrophe.
_WORD = re.compile(r"\S+?['’]|\S+")


@dataclass(frozen=True)
class Marker:
    """A source preposition, as the words spaCy splits it into around its cue word."""

    verb: str  # as recorded ("d'après")
    before: tuple[str, ...]  # words before the cue ("d'"), apostrophes straight
    cue: str  # "après"
    after: tuple[str, ...]  # words after the cue ("to" in "according to")

    @classmethod
    def of(cls, phrase: str) -> Marker:
        """``"d'après"`` → before ``("d'",)``, cue ``"après"``: the cue is the first word not elided."""
        words = [w.replace("’", "'") for w in _WORD.findall(phrase)]
        k = next(k for k, w in enumerate(words) if not w.endswith("'"))
        return cls(phrase, tuple(words[:k]), words[k], tuple(words[k + 1 :]))


@dataclass(frozen=True)
class WordLists:
    """The stage's word lists (see the data file for what each is for), every language merged."""

    #: cue word → the markers it starts
    markers: Mapping[str, tuple[Marker, ...]]
    reporting_verbs: frozenset[str]
    media_nouns: frozenset[str]
    role_nouns: frozenset[str]
    anaphoric: frozenset[str]
    citing: frozenset[str]
    agent_markers: frozenset[str]
    clause_words: frozenset[str]
    relay_openers: frozenset[str]
    generic_credits: frozenset[str]


@functools.cache
def word_lists() -> WordLists:
    """The packaged word lists."""
    data = word_table("attributions", "words.yaml")

    def merged(name: str) -> frozenset[str]:
        return merged_words(data[name], f"data/attributions/words.yaml: {name}")

    markers: dict[str, tuple[Marker, ...]] = {}
    for marker in map(Marker.of, sorted(merged("markers"))):
        markers[marker.cue] = (*markers.get(marker.cue, ()), marker)
    lists: dict[str, Any] = {f.name: merged(f.name) for f in fields(WordLists) if f.name != "markers"}
    return WordLists(markers=MappingProxyType(markers), **lists)
