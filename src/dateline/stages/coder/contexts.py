"""PLOVER contexts from keywords in the event's sentence (``data/triggers/contexts.yaml``)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

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


def contexts_of(tokens: Iterable[Any]) -> list[str]:
    """The contexts whose keywords occur among `tokens` (lemmas or lower-cased forms)."""
    tokens = list(tokens)
    forms = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    sequence = [t.lower_ for t in tokens]
    present = set(sequence)
    words, phrases = context_keywords()
    found = []
    for context, keys in words.items():
        if forms & keys or any(
            phrase[0] in present and _contains(sequence, phrase) for phrase in phrases[context]
        ):
            found.append(context)
    return found


def _contains(sequence: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(sequence[i : i + n]) == phrase for i in range(len(sequence) - n + 1))
