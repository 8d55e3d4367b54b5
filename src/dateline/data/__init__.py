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
    return "|".join("".join(_pieces(w, followed)) for w in _longest_first(words))


def word_trie(words: Iterable[str], followed: bool = False) -> str:
    r"""The alternation of `words` (`alternation`) as one group, its words sharing their common beginnings
    ("au nord de", "au nord-est de" → ``au\s+nord(?:-est|)…``): the regex engine then tries each letter
    once where the flat list tries it once a word, and a text with no word rejects fast.

    It matches what ``(?:{alternation(words, followed)})`` matches, and in the same order: at one place
    of a text, the words that can match are each a beginning of the next when no two branches of a fork
    can take the same character, and the trie tries the longer before the shorter, as the flat list does.
    When two branches could (the same letter in two cases, a white space of a word next to the optional
    one after an apostrophe), it gives the flat alternation instead."""
    root: dict[str, Any] = {}
    for word in _longest_first(words):
        node = root
        for piece in _pieces(word, followed):
            node = node.setdefault(piece, {})
        node[""] = {}  # the word ends here
    if not _exclusive(root):
        return f"(?:{alternation(words, followed)})"
    return f"(?:{_branches(root)})"


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted({w.strip() for w in words}, key=lambda w: (-len(w), w))


def _pieces(word: str, followed: bool) -> list[str]:
    """A word's regex, one character at a time (a space is any run of white space), then what `followed`
    asks after it."""
    pieces = [r"\s+" if c == " " else re.escape(c) for c in word]
    return [*pieces, r"\s*" if word[-1] in "'’" else r"\s+"] if followed else pieces


def _exclusive(node: dict[str, Any]) -> bool:
    """No two branches of any fork can start on the same character (a word's end and the optional white
    space after an apostrophe, tried last, aside)."""
    pieces = [p for p in node if p not in ("", r"\s*")]
    for n, piece in enumerate(pieces):
        for other in pieces[n + 1 :]:
            if _overlap(piece, other):
                return False
    if r"\s*" in node and r"\s+" in node:
        return False
    return all(_exclusive(child) for child in node.values())


def _overlap(piece: str, other: str) -> bool:
    r"""Whether two pieces (a character, escaped or not, or ``\s+``) can match the same character, in any
    case."""

    def sample(p: str) -> str:
        return " " if p == r"\s+" else p[-1]

    return bool(re.fullmatch(piece, sample(other), re.I) or re.fullmatch(other, sample(piece), re.I))


def _branches(node: dict[str, Any]) -> str:
    """The regex of a trie node: each continuation in the order the words came (longest first), the end
    of a word last."""
    if not node:
        return ""
    last = ("", r"\s*")  # a word's end, or the optional white space after its apostrophe, come last
    branches = [piece + _branches(child) for piece, child in node.items() if piece not in last]
    branches += [piece + _branches(node[piece]) for piece in last if piece in node]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
