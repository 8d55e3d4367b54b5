"""The ``events`` stage, its registry factory and the `EventCoder` it is built with."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from dateline.config import EventsSettings
from dateline.model import Document
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.events import calibration, classifier
from dateline.stages.events.categories import Policy
from dateline.stages.events.coder import EventCoder


class Events(BaseStage):
    name = "events"
    version = "57"
    requires = (
        "text", "title", "language", "published", "analysis", "actors", "places", "times", "attributions",
    )  # fmt: skip
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
        return docs


def make_coder(settings: EventsSettings, resources: Resources) -> EventCoder:
    """An `EventCoder` with the packaged classifier for the settings' encoder (lexicon only for
    ``none``), their category policy and the packaged confidence calibration (raw confidence when
    none is shipped); the encoder itself loads from `resources` on first use."""
    model = None if settings.encoder == "none" else classifier.load(settings.encoder)
    calibrated = calibration.packaged()
    policy = Policy(
        frozenset(settings.classifier_languages), settings.lexicon_weight, settings.sentence_threshold
    )
    if model is None:
        return EventCoder(
            calibration=calibrated, kb=resources.kb, policy=policy, gazetteer=lambda: resources.gazetteer
        )
    name = model.encoder

    def embed(texts: Sequence[str]) -> np.ndarray:
        return resources.encoder(name)(texts)

    return EventCoder(model, embed, calibrated, resources.kb, policy, lambda: resources.gazetteer)


@registry.register("events", settings=EventsSettings)
def make_events(settings: EventsSettings, resources: Resources) -> Events:
    return Events(make_coder(settings, resources))
