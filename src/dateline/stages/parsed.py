"""A parsed document's tokens as plain Python objects, read once: the subset of spaCy's ``Doc``,
``Token`` and ``Span`` API the event coder walks, with the same values.

spaCy builds a new Python ``Token`` at every ``doc[i]``, ``token.head`` or step of
``token.children``, and decodes every ``token.dep_`` or ``token.lemma_`` from its string store
again; the coder's rules walk the tree around each of hundreds of candidates a report, so those
reads were most of its time (2.7 M ``Doc.__getitem__`` calls for 240 reports). `ParsedDoc` reads
every column once (one ``Doc.to_array``), then each token is one `ParsedToken` whose ``head``,
``children`` and ``sent`` are plain attributes pointing at the others, and each string is shared.

What it gives is what spaCy gives (`tests/unit/test_parsed.py` compares every token of parsed
texts in both languages): ``children`` in index order (lefts, then rights), ``subtree`` in
spaCy's order, ``sent`` and ``sents`` from spaCy's sentences, a span's ``root`` and a token's
edges and morphology read from spaCy itself on first use. Sequences are tuples, not generators.
One object per token, so tokens compare and hash by identity (never mix them with spaCy's own
tokens of the same document). Any other attribute is read from the spaCy object, with tokens and
spans in what it returns turned into these objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_CURRENCY,
    IS_QUOTE,
    IS_SPACE,
    LANG,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    MORPH,
    POS,
    TAG,
)
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc, Span, Token

_COLUMNS = [IDX, LENGTH, HEAD, DEP, POS, TAG, LEMMA, LOWER, ENT_TYPE, LANG, MORPH]
#: Lexical flags read from the parse on first use, a column a document.
_FLAGS = {"is_space": IS_SPACE, "like_num": LIKE_NUM, "is_currency": IS_CURRENCY, "is_quote": IS_QUOTE}


class ParsedDoc:
    """The plain-object view of a parsed spaCy ``Doc`` (`real`)."""

    __slots__ = ("flags", "real", "sentences", "text", "tokens", "user_data")

    def __init__(self, real: Doc) -> None:
        self.real = real
        self.text: str = real.text
        self.user_data = real.user_data  # shared: `tokens.token_table` keeps its columns there
        self.tokens: list[ParsedToken] = []
        self.sentences: list[ParsedSpan] = []
        self.flags: dict[str, list[bool]] = {}
        if not len(real):
            return
        array = real.to_array(_COLUMNS)  # unsigned: string ids are 64-bit hashes
        starts, lengths, _, deps, pos, tags, lemmas, lowers, entities, langs, morphs = array.T.tolist()
        heads = array[:, 2].astype("int64").tolist()  # signed offsets to the head
        strings = real.vocab.strings
        read = {key: strings[key] for key in {*deps, *tags, *lemmas, *lowers, *entities, *langs}}
        text = self.text
        self.tokens = tokens = list(
            map(
                ParsedToken,
                repeat(self, len(starts)),
                range(len(starts)),
                starts,
                [text[start : start + length] for start, length in zip(starts, lengths, strict=True)],
                [read[key] for key in lemmas],
                [read[key] for key in lowers],
                [NAMES[key] for key in pos],
                [read[key] for key in tags],
                [read[key] for key in deps],
                [read[key] for key in entities],
                [read[key] for key in langs],
            )
        )
        for token, key in zip(tokens, morphs, strict=True):
            morph = _MORPHS.get(key)
            token._morph = morph if morph is not None else _morph(key, real, token.i)
        children: list[list[ParsedToken]] = [[] for _ in tokens]
        for token, offset in zip(tokens, heads, strict=True):
            head = tokens[token.i + offset]
            token.head = head
            if offset:
                children[head.i].append(token)
        for token, kids in zip(tokens, children, strict=True):
            token.children = tuple(kids)
        try:
            sentences = list(real.sents)
        except ValueError:  # no sentence boundaries: ``sents`` and ``sent`` ask spaCy (which raises)
            return
        for sentence in sentences:
            span = ParsedSpan(self, sentence.start, sentence.end)
            self.sentences.append(span)
            for token in tokens[sentence.start : sentence.end]:
                token.sent = span

    @property
    def sents(self) -> Iterator[ParsedSpan]:
        if not self.sentences and self.tokens:
            return self.wrap(self.real.sents)
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, end = _bounds(len(self.tokens), key)
            return ParsedSpan(self, start, end)
        return self.tokens[key]

    def flag(self, name: str) -> list[bool]:
        """The lexical flag `name` of every token (`_FLAGS`)."""
        column = self.flags.get(name)
        if column is None:
            column = self.flags[name] = [bool(v) for v in self.real.to_array([_FLAGS[name]]).tolist()]
        return column

    def to_array(self, attrs: Any) -> Any:
        return self.real.to_array(attrs)

    def __getattr__(self, name: str) -> Any:
        return self.wrap(getattr(self.real, name))

    def wrap(self, value: Any) -> Any:
        """spaCy's tokens and spans of `real` in `value` as this view's objects."""
        if value is None or isinstance(value, (str, int, float)):
            return value
        if isinstance(value, Token) and value.doc is self.real:
            return self.tokens[value.i]
        if isinstance(value, Span) and value.doc is self.real:
            return ParsedSpan(self, value.start, value.end)
        if isinstance(value, (tuple, list)):
            return type(value)(self.wrap(v) for v in value)
        if isinstance(value, Iterator):
            return (self.wrap(v) for v in value)
        if callable(value) and not isinstance(value, type):
            return lambda *args, **kwargs: self.wrap(value(*args, **kwargs))
        return value


class ParsedToken:
    """One token of a `ParsedDoc`."""

    __slots__ = (
        "_edges",
        "_morph",
        "_subtree",
        "children",
        "dep_",
        "doc",
        "ent_type_",
        "head",
        "i",
        "idx",
        "lang_",
        "lemma_",
        "lower_",
        "pos_",
        "sent",
        "tag_",
        "text",
    )  # fmt: skip

    def __init__(
        self,
        doc: ParsedDoc,
        i: int,
        idx: int,
        text: str,
        lemma: str,
        lower: str,
        pos: str,
        tag: str,
        dep: str,
        ent_type: str,
        lang: str,
    ) -> None:
        self.doc = doc
        self.i = i
        self.idx = idx
        self.text = text
        self.lemma_ = lemma
        self.lower_ = lower
        self.pos_ = pos
        self.tag_ = tag
        self.dep_ = dep
        self.ent_type_ = ent_type
        self.lang_ = lang
        self.head: ParsedToken = self
        self.children: tuple[ParsedToken, ...] = ()
        self.sent: ParsedSpan | None = None
        self._subtree: tuple[ParsedToken, ...] | None = None
        self._morph: Morph | None = None
        self._edges: tuple[int, int] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def __lt__(self, other: ParsedToken) -> bool:
        return self.i < other.i

    def __le__(self, other: ParsedToken) -> bool:
        return self.i <= other.i

    def __gt__(self, other: ParsedToken) -> bool:
        return self.i > other.i

    def __ge__(self, other: ParsedToken) -> bool:
        return self.i >= other.i

    @property
    def lefts(self) -> tuple[ParsedToken, ...]:
        return tuple(c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> tuple[ParsedToken, ...]:
        return tuple(c for c in self.children if c.i > self.i)

    @property
    def n_lefts(self) -> int:
        return len(self.lefts)

    @property
    def n_rights(self) -> int:
        return len(self.rights)

    @property
    def subtree(self) -> tuple[ParsedToken, ...]:
        """The token and its descendants in spaCy's order (each left child's subtree, the token,
        each right child's)."""
        if self._subtree is None:
            out: list[ParsedToken] = []
            for child in self.children:
                if child.i < self.i:
                    out += child.subtree
            out.append(self)
            for child in self.children:
                if child.i > self.i:
                    out += child.subtree
            self._subtree = tuple(out)
        return self._subtree

    @property
    def ancestors(self) -> Iterator[ParsedToken]:
        token = self
        while token.head is not token:
            token = token.head
            yield token

    def is_ancestor(self, descendant: ParsedToken) -> bool:
        return descendant.doc is self.doc and any(a is self for a in descendant.ancestors)

    @property
    def left_edge(self) -> ParsedToken:
        return self.doc.tokens[self.edges[0]]

    @property
    def right_edge(self) -> ParsedToken:
        return self.doc.tokens[self.edges[1]]

    @property
    def edges(self) -> tuple[int, int]:
        """spaCy's left and right edge indices (read from the parse on first use)."""
        if self._edges is None:
            real = self.doc.real[self.i]
            self._edges = (real.left_edge.i, real.right_edge.i)
        return self._edges

    @property
    def morph(self) -> Morph:
        return self._morph  # type: ignore[return-value]

    def __getattr__(self, name: str) -> Any:
        if name in _FLAGS:
            return self.doc.flag(name)[self.i]
        if name.startswith("_"):
            raise AttributeError(name)
        return self.doc.wrap(getattr(self.doc.real[self.i], name))


class Morph:
    """A token's morphology as spaCy's ``MorphAnalysis.get`` reads it: values by field, in order."""

    __slots__ = ("fields", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fields: dict[str, list[str]] = {}
        for feature in text.split("|") if text else ():
            field, _, values = feature.partition("=")
            self.fields.setdefault(field, []).extend(values.split(","))

    def get(self, field: str, default: Any = None) -> Any:
        values = self.fields.get(field)
        if values:
            return list(values)
        return [] if default is None else default

    def __str__(self) -> str:
        return self.text


#: Morphologies by their key in spaCy's string store (a few thousand distinct ones).
_MORPHS: dict[int, Morph] = {}


def _morph(key: int, real: Doc, i: int) -> Morph:
    """The `Morph` of the morphology `key` (of token `i` of `real`), kept for the next token."""
    morph = Morph(str(real[i].morph))
    if len(_MORPHS) < 100_000:
        _MORPHS[key] = morph
    return morph


class ParsedSpan:
    """Tokens ``start``–``end`` of a `ParsedDoc`."""

    __slots__ = ("_root", "doc", "end", "start")

    def __init__(self, doc: ParsedDoc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self._root: ParsedToken | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, end = _bounds(self.end - self.start, key)
            return ParsedSpan(self.doc, self.start + start, self.start + end)
        n = self.end - self.start
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(key)
        return self.doc.tokens[self.start + key]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParsedSpan):
            return False
        return other.doc is self.doc and other.start == self.start and other.end == self.end

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end))

    def __repr__(self) -> str:
        return self.text

    @property
    def start_char(self) -> int:
        if self.end > self.start:
            return self.doc.tokens[self.start].idx
        return int(self.doc.real[self.start : self.end].start_char)

    @property
    def end_char(self) -> int:
        if self.end > self.start:
            last = self.doc.tokens[self.end - 1]
            return last.idx + len(last.text)
        return int(self.doc.real[self.start : self.end].end_char)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char] if self.end > self.start else ""

    @property
    def root(self) -> ParsedToken:
        if self._root is None:
            self._root = self.doc.tokens[self.doc.real[self.start : self.end].root.i]
        return self._root

    @property
    def sent(self) -> ParsedSpan:
        """The sentence of the span's first token (spaCy's ``Span.sent``)."""
        sentence = self.doc.tokens[self.start].sent if self.start < len(self.doc.tokens) else None
        if sentence is None:
            return self.doc.wrap(self.doc.real[self.start : self.end].sent)
        return sentence

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.doc.wrap(getattr(self.doc.real[self.start : self.end], name))


def _bounds(length: int, key: slice) -> tuple[int, int]:
    """spaCy's ``normalize_slice``: clamped start and end, no step."""
    if key.step not in (None, 1):
        raise ValueError("stepped slices are not supported")
    start = 0 if key.start is None else key.start + length if key.start < 0 else key.start
    start = min(length, max(0, start))
    stop = length if key.stop is None else key.stop + length if key.stop < 0 else key.stop
    return start, min(length, max(start, stop))


def parsed(analysis: Any) -> Any:
    """The `ParsedDoc` of a spaCy ``Doc`` (a `ParsedDoc` or None as it is)."""
    return ParsedDoc(analysis) if isinstance(analysis, Doc) else analysis
