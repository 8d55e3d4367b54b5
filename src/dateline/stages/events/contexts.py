"""PLOVER contexts from keywords in the event's sentence (``data/triggers/contexts.yaml``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from importlib import resources

import yaml

from dateline.data import YAML_LOADER


@functools.cache
def context_keywords() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single-word keywords and multiword phrases (as word tuples) per context."""
    path = resources.files("dateline.data") / "triggers" / "contexts.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for context, items in data.items():
        keys = [str(item).lower() for item in items]
        words[context] = frozenset(k for k in keys if " " not in k)
        phrases[context] = tuple(tuple(k.split()) for k in keys if " " in k)
    return words, phrases


def contexts_of(forms: AbstractSet[str], sequence: Sequence[str]) -> list[str]:
    """The contexts whose keywords occur among a sentence's word `forms` (lemmas and lower-cased
    forms); multiword phrases are looked up in its `sequence` of lower-cased forms."""
    present = set(sequence)
    words, phrases = context_keywords()
    found = []
    for context, keys in words.items():
        if forms & keys or any(
            phrase[0] in present and _contains(sequence, phrase) for phrase in phrases[context]
        ):
            found.append(context)
    return found


def _contains(sequence: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(sequence[i : i + n]) == phrase for i in range(len(sequence) - n + 1))
