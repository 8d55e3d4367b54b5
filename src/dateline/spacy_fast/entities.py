"""spaCy's entity recogniser, its greedy decoding done by numpy for a whole batch at once.

A shipped ``ner`` component scores a document token by token: at each step it sums three
precomputed feature vectors (the next token, the open entity's first token and the token before
the next), takes the maxout, scores the ``B``/``I``/``L``/``U``/``O`` moves of every label, keeps the
best *valid* move and takes it. spaCy runs that loop in Cython, but its validity checks cost most
of the component's time (they ask the state for the next token many times per move, and
``en_core_web_sm`` has 74 moves), see ``docs/performance.md``.

`BatchEntityRecognizer` keeps spaCy's own networks (the same ``tok2vec``, the same precomputed
features, computed on the same sub-batches) and runs the same steps for all the documents of a
batch at once, with the valid moves looked up in a table. It gives the shipped entities (tested);
for what it does not cover (entities set before it runs, beam search, other models) it hands
the batch to the original component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.tokens import Doc, Span
from spacy.util import minibatch

#: spaCy's BILUO move codes (``spacy/pipeline/_parser_internals/ner.pyx``), by the letter of a move's name.
BEGIN, IN, LAST, UNIT, OUT = range(1, 6)
MOVE_CODES = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
#: Token classes: bit 1 set when the token is a space, bit 0 when the next token continues its
#: sentence in the same document (what the move rules ask of a token, without preset entities).
JOINS, SPACE = 1, 2
TOKEN_CLASSES = 4


class Moves:
    """A ``ner`` component's moves as arrays: their labels, effects and when each is valid.

    A decoding state has class 0 (no open entity) or ``k + 1`` (an open entity of label ``k``).
    """

    def __init__(self, names: list[str], strings: Any) -> None:
        code = numpy.array([MOVE_CODES[name[0]] for name in names])
        labels = [name[2:] for name in names]
        self.names = sorted({label for label in labels if label})
        label = numpy.array([self.names.index(x) if x else -1 for x in labels])
        #: The label of each move, as a string id (0: none).
        self.label_ids = numpy.array([strings.add(x) if x else 0 for x in labels], dtype="uint64")
        #: State class after each move, times TOKEN_CLASSES (a row offset into `valid`).
        self.next_state = numpy.where((code == BEGIN) | (code == IN), label + 1, 0) * TOKEN_CLASSES
        self.begins = code == BEGIN
        self.keeps = (code == IN).astype(numpy.int64)
        self.opens = (self.next_state > 0).astype(numpy.int64)
        self.ends = (code == LAST) | (code == UNIT)
        labelled = label >= 0
        valid = numpy.zeros(((len(self.names) + 1) * TOKEN_CLASSES, len(names)), dtype=bool)
        for token_class in range(TOKEN_CLASSES):
            joins, space = bool(token_class & JOINS), bool(token_class & SPACE)
            row = valid[token_class]  # no open entity
            row |= code == OUT
            if not space:
                row |= (code == UNIT) & labelled
                if joins:
                    row |= (code == BEGIN) & labelled
            for k in range(len(self.names)):
                row = valid[(k + 1) * TOKEN_CLASSES + token_class]
                row |= (code == LAST) & (label == k)
                if joins:
                    row |= (code == IN) & (label == k)
        self.valid = valid


class Tokens:
    """The tokens of a batch's documents, end to end, each with its class.

    Token ``t`` of the batch is row ``t + 1`` of the feature table (row 0 is the padding), and
    `classes` is indexed by that row.
    """

    def __init__(self, docs: list[Doc]) -> None:
        self.lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
        self.first_rows = 1 + numpy.cumsum([0, *self.lengths[:-1]], dtype=numpy.int64)
        classes = [numpy.zeros(1, dtype=numpy.int64)]
        for doc in docs:
            if len(doc):
                values = doc.to_array(["IS_SPACE", "SENT_START"]).astype(numpy.int64)
                joins = numpy.zeros(len(doc), dtype=numpy.int64)
                joins[:-1] = values[1:, 1] != 1
                classes.append(joins * JOINS + (values[:, 0] != 0) * SPACE)
        self.classes = numpy.concatenate(classes)


class BatchEntityRecognizer:
    """A drop-in for a spaCy ``ner`` component (`ner`), decoding its batches in numpy."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.moves = Moves(names, ner.vocab.strings)
        tok2vec, lower, upper = ner.model.layers
        self.tok2vec, self.lower = tok2vec, lower
        self.weights = upper.get_param("W")
        self.bias = upper.get_param("b")

    def __getattr__(self, name: str) -> Any:
        """Everything else is the original component's (not its special methods: a copy or a pickle of
        this wrapper stays a wrapper)."""
        if name == "ner" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.ner, name)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """Annotate `docs` in batches of `batch_size`, as the original component would."""
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            if not self.covers(batch):
                yield from self.ner.pipe(batch, batch_size=batch_size)
                continue
            try:
                self.annotate(batch, max(batch_size // 4, 2))
            except Exception as error:  # the component's own handler decides, as spaCy's does
                self.ner.get_error_handler()(self.ner.name, self.ner, batch, error)
            yield from batch

    def covers(self, docs: list[Doc]) -> bool:
        """Whether this decoder gives exactly what the original component would for `docs`."""
        model = self.ner.model
        return (
            self.ner.cfg.get("beam_width", 1) == 1
            and not self.ner.postprocesses
            and not model.attrs.get("unseen_classes")
            and model.attrs.get("has_upper", False)
            and self.lower.get_dim("nF") == 3
            and not any(doc.has_annotation("ENT_IOB") for doc in docs)
        )

    def annotate(self, docs: list[Doc], sub_batch: int) -> None:
        """Set the entities of `docs`; features come per sub-batch of similar lengths, as in spaCy."""
        docs = sorted(docs, key=len)
        groups = [list(group) for group in minibatch(docs, size=sub_batch)]
        features = [
            self.lower.predict(self.tok2vec.predict(group))[1:]  # without the padding row
            for group in groups
            if any(len(doc) for doc in group)
        ]
        if not features:
            return
        pad = self.lower.get_param("pad")[0]
        table = numpy.concatenate([pad[numpy.newaxis], *features])  # row 0: padding
        found = self.decode(table, Tokens(docs))
        for index, doc in enumerate(docs):
            spans = [Span(doc, start, end, label=int(label)) for start, end, label in found[index]]
            doc.set_ents(spans, default="outside")

    def decode(self, table: Any, tokens: Tokens) -> list[list[tuple[int, int, int]]]:
        """Greedy BILUO decoding of every document at once; the (start, end, label id) of each one's entities.

        The documents come sorted by length, so those that are done at a step come first.
        """
        moves = self.moves
        n_rows, n_features, hidden, pieces = table.shape
        slot = [
            numpy.ascontiguousarray(table[:, f].reshape(n_rows, hidden * pieces)) for f in range(n_features)
        ]
        feature_bias = self.lower.get_param("b").reshape(hidden * pieces)
        weights_t = numpy.ascontiguousarray(self.weights.T)
        found: list[list[tuple[int, int, int]]] = [[] for _ in tokens.lengths]
        doc = numpy.flatnonzero(tokens.lengths > 0)
        lengths = tokens.lengths[doc]
        first = tokens.first_rows[doc]
        entity_row = numpy.zeros(len(doc), dtype=numpy.int64)  # the open entity's first token (0: none)
        before_row = numpy.zeros(len(doc), dtype=numpy.int64)  # open entity: the token before the next
        state = numpy.zeros(len(doc), dtype=numpy.int64)
        step = 0
        while len(doc):
            row = first + step  # the next token
            summed = slot[0][row]
            summed += slot[1][entity_row]
            summed += slot[2][before_row]
            summed += feature_bias
            hiddens = summed.reshape(len(doc), hidden, pieces).max(axis=2)
            scores = hiddens @ weights_t
            scores += self.bias
            valid = moves.valid[state + tokens.classes[row]]
            best = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
            ending = moves.ends[best]
            if ending.any():
                for i in numpy.flatnonzero(ending):
                    start, end = (entity_row[i] or row[i]) - first[i], row[i] - first[i] + 1
                    found[doc[i]].append((int(start), int(end), int(moves.label_ids[best[i]])))
            entity_row = numpy.where(moves.begins[best], row, entity_row * moves.keeps[best])
            before_row = row * moves.opens[best]
            state = moves.next_state[best]
            step += 1
            done = int(numpy.searchsorted(lengths, step, side="right"))
            if done:
                doc, lengths, first = doc[done:], lengths[done:], first[done:]
                entity_row, before_row, state = entity_row[done:], before_row[done:], state[done:]
        return found


def batch_entity_recognizer(nlp: Any) -> None:
    """Put a `BatchEntityRecognizer` in place of `nlp`'s ``ner`` component (if any), in place."""
    for position, (name, component) in enumerate(nlp._components):
        if name == "ner" and type(component).__name__ == "EntityRecognizer":
            nlp._components[position] = (name, BatchEntityRecognizer(component))
