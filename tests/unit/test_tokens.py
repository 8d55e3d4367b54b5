"""token_table: a parsed document's tokens as plain lists, read once per document."""

from __future__ import annotations

import spacy
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc

from dateline.stages.tokens import token_table


def test_columns_match_the_tokens_and_are_read_once() -> None:
    vocab = spacy.blank("fr").vocab
    doc = Doc(
        vocab,
        words=["Les", "forces", "de", "Damas", "\n", "Fin"],
        spaces=[True, True, True, False, False, False],
        pos=["DET", "NOUN", "ADP", "PROPN", "SPACE", "NOUN"],
        lemmas=["le", "force", "de", "Damas", "\n", "fin"],
    )
    table = token_table(doc)
    assert table.words == [t.text for t in doc]
    assert table.starts == [t.idx for t in doc]
    assert table.ends == [t.idx + len(t.text) for t in doc]
    assert table.gaps == [t.whitespace_ for t in doc] == [" ", " ", " ", "", "", ""]
    assert table.pos[1] == NOUN and table.pos[3] == PROPN
    assert [vocab.strings[x] for x in table.lower] == ["les", "forces", "de", "damas", "\n", "fin"]
    assert [vocab.strings[x] for x in table.lemma] == ["le", "force", "de", "Damas", "\n", "fin"]
    assert token_table(doc) is table


def test_an_empty_document_has_empty_columns() -> None:
    table = token_table(spacy.blank("en")(""))
    assert table.words == [] and table.starts == [] and table.gaps == []
