"""Packaged data: lexicons, trained artifacts, calibrations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

#: libyaml's safe loader when available (5–10× faster than the pure-Python one), same results.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_file(*parts: str) -> Traversable:
    """A file shipped under ``dateline/data``."""
    return resources.files(__name__).joinpath(*parts)


def data_text(*parts: str) -> str:
    """The UTF-8 text of a file shipped under ``dateline/data``."""
    return data_file(*parts).read_text(encoding="utf-8")


def word_table(*parts: str) -> dict[str, Any]:
    """A packaged YAML file of word lists (list name → language → words, or → a table of meanings)."""
    table: dict[str, Any] = yaml.load(data_text(*parts), Loader=YAML_LOADER)
    return table


def merged_words(lists: Mapping[str, Iterable[Any]] | Iterable[Any], where: str) -> frozenset[str]:
    """The words of one list, every language merged (`lists` is language → words, or just words).

    A value YAML did not read as a string (a bare no, off, on, yes is a boolean) is a ValueError
    naming `where`: quote such words in the file.
    """
    words = frozenset((w for part in lists.values() for w in part) if isinstance(lists, Mapping) else lists)
    if not all(isinstance(w, str) for w in words):
        raise ValueError(f"{where} holds a word that is not a string")
    return words


def alternation(words: Iterable[str], followed: bool = False) -> str:
    """A regex alternation of `words`, longest first, a space matching any run of white space; with
    `followed`, each word followed by white space (optional after an apostrophe: "d'Idleb")."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") + (r"\s*" if w[-1] in "'’" else r"\s+") * followed
        for w in sorted({w.strip() for w in words}, key=lambda w: (-len(w), w))
    )
