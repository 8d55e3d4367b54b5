"""The words the stage's parse rules test tokens against (``data/actors/words.yaml``), loaded once."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dateline.data import merged_words, word_table

#: A subject pronoun's grammatical number and gender (None: either gender).
Agreement = tuple[str, str | None]


@dataclass(frozen=True)
class WordLists:
    """The stage's word lists (see the data file for what each is for).

    A rule applies a list whatever the document's language, so each set holds every language's
    words; `pronouns` alone is read per language.
    """

    locatives: frozenset[str]
    ambiguous_locatives: frozenset[str]
    definite: frozenset[str]
    of_words: frozenset[str]
    group_nouns: frozenset[str]
    nonspecific_dets: frozenset[str]
    other_holder: frozenset[str]
    office_nouns: frozenset[str]
    #: language → pronoun → agreement
    pronouns: Mapping[str, Mapping[str, Agreement]]


@functools.cache
def word_lists() -> WordLists:
    """The packaged word lists."""
    data = word_table("actors", "words.yaml")

    def merged(name: str) -> frozenset[str]:
        return merged_words(data[name], f"data/actors/words.yaml: {name}")

    pronouns = {
        lang: MappingProxyType({pronoun: (number, gender) for pronoun, (number, gender) in table.items()})
        for lang, table in data["pronouns"].items()
    }
    return WordLists(
        locatives=merged("locatives"),
        ambiguous_locatives=merged("ambiguous_locatives"),
        definite=merged("definite"),
        of_words=merged("of_words"),
        group_nouns=merged("group_nouns"),
        nonspecific_dets=merged("nonspecific_dets"),
        other_holder=merged("other_holder"),
        office_nouns=merged("office_nouns"),
        pronouns=MappingProxyType(pronouns),
    )
