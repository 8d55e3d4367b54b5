"""spaCy's lemmatizer, asked once per distinct (word, part of speech, morphology).

A shipped lemmatizer calls Python code for every token of every document. Its answer depends
only on the token's text, part of speech and morphology (its own cache is keyed on them), so
`MemoLemmatizer` asks it once per distinct triple, remembers the lemma as a string, and writes
a document's lemmas in one array call. The lemmas are exactly the shipped ones (tested).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

#: Distinct tokens remembered before the memo starts afresh (bounds memory on endless input).
MEMO_SIZE = 200_000


class MemoLemmatizer(Lemmatizer):
    """Mixed in before a loaded lemmatizer's own class; see the module docstring."""

    _memo: dict[tuple[int, int, int], str]

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            self._set_lemmas(doc)
        except Exception as exc:
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def _set_lemmas(self, doc: Doc) -> None:
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
        if not len(doc):
            return
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if self.overwrite or lemma == 0:
                text = self._memo.get(key := (orth, pos, morph))
                if text is None:
                    text = self._memo[key] = self.lemmatize(doc[i])[0]
                lemma = strings.add(text)
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]


def memoise_lemmatizer(nlp: Any) -> None:
    """Make `nlp`'s ``lemmatizer`` (if any) remember its lemmas, in place."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    base = type(lemmatizer)
    lemmatizer.__class__ = type(f"Memo{base.__name__}", (MemoLemmatizer, base), {})
    lemmatizer._memo = {}
