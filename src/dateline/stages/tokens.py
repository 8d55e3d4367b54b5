"""A parsed document's tokens as plain lists, read once and shared by the stages.

spaCy builds a Python object at every ``doc[i]``; stages that look at every token read these
columns instead. `token_table` reads them on first use and keeps them in the ``Doc``'s
``user_data``, so every stage shares one read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, POS, SPACY

_KEY = "dateline.token_table"


@dataclass(frozen=True)
class TokenTable:
    """Per token ``i``: where it starts and ends in the text, its text, the ids of its coarse POS,
    lower-case form and lemma (spaCy string / symbol ids), and the whitespace after it."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    pos: list[int]
    lower: list[int]
    lemma: list[int]
    gaps: list[str]


def token_table(analysis: Any) -> TokenTable:
    """The `TokenTable` of a spaCy ``Doc``, read once per document."""
    table = analysis.user_data.get(_KEY)
    if table is None:
        columns = analysis.to_array([IDX, LENGTH, POS, LOWER, LEMMA, SPACY]).T.tolist()
        starts, lengths, pos, lower, lemma, spaces = columns
        ends = [start + length for start, length in zip(starts, lengths, strict=True)]
        text = analysis.text
        words = [text[start:end] for start, end in zip(starts, ends, strict=True)]
        gaps = [" " if space else "" for space in spaces]
        table = analysis.user_data[_KEY] = TokenTable(starts, ends, words, pos, lower, lemma, gaps)
    return table
