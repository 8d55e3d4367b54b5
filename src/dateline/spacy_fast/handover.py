"""A spaCy Doc as bytes and back, for another process: what ``Doc.to_bytes`` / ``from_bytes`` keep.

`dateline.engine.overlap` hands each analysed Doc from the worker to the parent. spaCy's own
serialisation costs ≈ 1.5 ms a report each way: ``to_bytes`` collects the strings through eight
`Token` attributes per token, and both directions look srsly's msgpack extensions up in the
installed packages' entry points on every call. `dumps` writes the same content (the text, the
token array of ``Doc._get_array_attrs()`` and the strings its hashes name) with `pickle`, collecting
the strings from the array's distinct hashes; `loads` rebuilds the Doc as ``Doc.from_bytes`` does
(each word from the text and the lengths, then ``Doc.from_array``). A Doc holding anything else
spaCy would serialise (span groups, categories, a sentiment) goes through spaCy's own ``to_bytes``
instead, as does one with a hash the string store cannot name. Neither keeps the tensor or the user
data (`EXCLUDED`).
"""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, TAG
from spacy.tokens import Doc

#: The columns ``Doc.to_bytes`` writes: the token length, the trailing space, then DocBin's attributes.
ATTRS: tuple[int, ...] = Doc._get_array_attrs()
#: The columns whose values are string hashes (the strings ``Doc.to_bytes`` sends along).
STRING_COLUMNS = [ATTRS.index(attr) for attr in (TAG, LEMMA, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, NORM)]
#: What a handed-over Doc leaves out: tok2vec's output and the stages' memos (no stage reads the
#: former; the latter are rebuilt from the tokens).
EXCLUDED = ("tensor", "user_data")
_PICKLED, _SPACY = b"p", b"s"


def dumps(doc: Any) -> bytes:
    """`doc` as bytes for `loads` (see the module docstring)."""
    if doc.spans or doc.cats or doc.sentiment:
        return _SPACY + doc.to_bytes(exclude=EXCLUDED)
    array = doc.to_array(ATTRS)
    strings = doc.vocab.strings
    hashes = np.unique(array[:, STRING_COLUMNS]).tolist()
    try:
        texts = [strings[key] for key in hashes if key]
    except KeyError:
        return _SPACY + doc.to_bytes(exclude=EXCLUDED)
    return _PICKLED + pickle.dumps(
        (doc.text, array, texts, doc.has_unknown_spaces), protocol=pickle.HIGHEST_PROTOCOL
    )


def loads(vocab: Any, data: bytes) -> Doc:
    """The Doc `dumps` wrote, on `vocab` (the vocabulary of the package that made it)."""
    if data[:1] == _SPACY:
        return Doc(vocab).from_bytes(data[1:])
    text, array, texts, unknown_spaces = pickle.loads(data[1:])
    for string in texts:
        vocab.strings.add(string)
    words: list[str] = []
    spaces: list[bool] = []
    start = 0
    for length, space in array[:, :2].tolist():
        words.append(text[start : start + length])
        spaces.append(bool(space))
        start += length + space
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.has_unknown_spaces = unknown_spaces
    doc.from_array(list(ATTRS[2:]), array[:, 2:])
    return doc
