"""The ``events`` stage: PLOVER 0.8 events from the analysed document (see ``docs/events.md``).

Triggers from the per-language lexicon, arguments from the dependency tree mapped to resolved
actors, the category arbitrated by a sentence classifier where the lexicon is ambiguous, then mode,
contexts, auxiliary, place, time and attribution. Option ``event_encoder`` picks the classifier's
encoder (``use``, default, or ``e5``); ``none`` codes from the lexicon alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import numpy as np

from dateline.model import Document
from dateline.pipeline import BaseStage, Settings, mark, registry
from dateline.stages.coder import classifier
from dateline.stages.coder.coder import EventCoder
from dateline.stages.coder.encoders import encode


class Events(BaseStage):
    name = "events"
    version = "0.1"
    requires = ("analysis", "actors", "places", "times", "attributions")
    assigns = ("events",)

    def __init__(self, coder: EventCoder) -> None:
        self.coder = coder

    def warm_up(self) -> None:
        """Load the sentence encoder now, not inside the first document's timed work."""
        if self.coder.encoder is not None:
            self.coder.encoder(["warm-up"])

    def __call__(self, doc: Document) -> Document:
        self.pipe([doc])
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        """Code a batch of documents (one sentence-encoder batch for all of them)."""
        docs = list(docs)
        for doc, events in zip(docs, self.coder.code_batch(docs, self.producer), strict=True):
            doc.events = events
            mark(doc, self)
        return docs


def make_coder(encoder: str = "use") -> EventCoder:
    """An `EventCoder` with the packaged classifier for `encoder` (lexicon only for ``none``)."""
    model = None if encoder == "none" else classifier.load(encoder)
    if model is None:
        return EventCoder()

    def embed(texts: Sequence[str]) -> np.ndarray:
        return encode(texts, model.encoder)

    return EventCoder(model, embed)


@registry.register("events")
def make_events(settings: Settings) -> Events:
    return Events(_coder(str(settings.options.get("event_encoder", "use"))))


@functools.cache
def _coder(encoder: str) -> EventCoder:
    return make_coder(encoder)
