"""The words the stage's parse rules test tokens against (``data/actors/words.yaml``), loaded once."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

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
    aimed_at: frozenset[str]
    aiming_verbs: frozenset[str]
    definite: frozenset[str]
    of_words: frozenset[str]
    missions: frozenset[str]
    mission_words: frozenset[str]
    seat_participles: frozenset[str]
    owned_participles: frozenset[str]
    group_nouns: frozenset[str]
    body_nouns: frozenset[str]
    nonspecific_dets: frozenset[str]
    other_holder: frozenset[str]
    office_nouns: frozenset[str]
    equipment: frozenset[str]
    unit_nouns: frozenset[str]
    head_nouns: frozenset[str]
    opposition_words: frozenset[str]
    opposition_not: frozenset[str]
    ruling_words: frozenset[str]
    party_heads: frozenset[str]
    attacker_nouns: frozenset[str]
    supporter_nouns: frozenset[str]
    regional_prefixes: frozenset[str]
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
    lists: dict[str, Any] = {f.name: merged(f.name) for f in fields(WordLists) if f.name != "pronouns"}
    return WordLists(pronouns=MappingProxyType(pronouns), **lists)
