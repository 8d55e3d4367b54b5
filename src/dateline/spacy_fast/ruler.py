"""spaCy's attribute ruler with its one-token patterns decided once per distinct token.

A shipped model's ``attribute_ruler`` runs every pattern through spaCy's ``Matcher``;
``en_core_web_sm`` has 179 of them (its tag map, lemma and morphology exceptions), which made
it the third most expensive English component. Almost all are one token testing its ``TAG``,
``POS``, ``LOWER``, ``DEP`` or ``IS_SPACE``, so whether they match depends only on those four
values (``IS_SPACE`` follows from ``LOWER``). `IndexedAttributeRuler` evaluates these patterns
once per distinct (tag, pos, lower, dep) and remembers the answer; the patterns of several tokens still
go through a ``Matcher``. The matches, and so the annotations, are exactly the original ones
(tested against the shipped ruler); they are applied in the same order, without building a
``Span`` for each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, LOWER, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

#: A match as ``AttributeRuler.match`` returns it: (pattern number, match id, start, end).
Match = tuple[int, int, int, int]
#: A test on one token's values: {"TAG": str, "POS": str, "LOWER": str, "DEP": str, "IS_SPACE": bool}.
TokenTest = Callable[[dict[str, Any]], bool]

#: Token attributes a one-token pattern may test here.
TESTED = ("TAG", "POS", "LOWER", "DEP", "IS_SPACE")
#: Distinct tokens remembered before the memo starts afresh (bounds memory on endless input).
MEMO_SIZE = 200_000


def value_test(name: str, value: Any) -> TokenTest | None:
    """The test one pattern key makes, as the ``Matcher`` does it; None when not supported here."""
    if isinstance(value, str | bool):
        return lambda values: values[name] == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, operand),) = value.items()
    if (
        operator in ("IN", "NOT_IN")
        and isinstance(operand, list)
        and all(isinstance(v, str) for v in operand)
    ):
        members = frozenset(operand)
        if operator == "IN":
            return lambda values: values[name] in members
        return lambda values: values[name] not in members
    if operator == "REGEX" and isinstance(operand, str):
        regex = re.compile(operand)
        return lambda values: regex.search(values[name]) is not None
    return None


def token_test(pattern: list[dict[str, Any]]) -> TokenTest | None:
    """The test of a one-token pattern on `TESTED` attributes; None for any other pattern."""
    if len(pattern) != 1 or not pattern[0] or any(name not in TESTED for name in pattern[0]):
        return None
    tests = [value_test(name, value) for name, value in pattern[0].items()]
    if any(test is None for test in tests):
        return None
    checks = [test for test in tests if test is not None]
    return lambda values: all(check(values) for check in checks)


def token_values(token: Token) -> dict[str, Any]:
    return {
        "TAG": token.tag_,
        "POS": token.pos_,
        "LOWER": token.lower_,
        "DEP": token.dep_,
        "IS_SPACE": token.is_space,
    }


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose `match` remembers one-token decisions; see the module docstring."""

    _tests: list[tuple[int, TokenTest]]
    _rest: Matcher
    _memo: dict[tuple[int, ...], tuple[int, ...]]

    def index(self) -> None:
        """Sort the ruler's patterns into one-token tests and a ``Matcher`` for the rest."""
        self._tests, self._memo = [], {}
        self._rest = Matcher(self.vocab)
        for number, entry in enumerate(self.patterns):
            others: list[Any] = []
            patterns: list[Any] = entry["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                test = token_test(pattern)
                if test is None:
                    others.append(pattern)
                else:
                    self._tests.append((number, test))
            if others:
                self._rest.add(str(number), others)

    def _numbers(self, token: Token) -> tuple[int, ...]:
        values = token_values(token)
        return tuple(sorted({number for number, test in self._tests if test(values)}))

    def match(self, doc: Doc) -> list[Match]:
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
        found: set[tuple[int, int, int]] = set()
        for i, key in enumerate(doc.to_array([TAG, POS, LOWER, DEP]).tolist()):
            numbers = self._memo.get(key := tuple(key))
            if numbers is None:
                numbers = self._memo[key] = self._numbers(doc[i])
            found.update((number, i, i + 1) for number in numbers)
        if len(self._rest):
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self.vocab.strings[match_id]), start, end))
        return sorted((number, get_string_id(str(number)), start, end) for number, start, end in found)

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """As ``AttributeRuler.set_annotations`` (same order, same attributes), without a ``Span`` a match."""
        for number, _match_id, start, end in matches:
            index = self.indices[number]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                raise ValueError(f"attribute ruler pattern {number}: index {index} is outside its match")
            set_token_attrs(doc[position], self.attrs[number])


def index_attribute_ruler(nlp: Any) -> None:
    """Make `nlp`'s ``attribute_ruler`` (if any) an `IndexedAttributeRuler`, in place."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.__class__ = IndexedAttributeRuler
    ruler.index()
