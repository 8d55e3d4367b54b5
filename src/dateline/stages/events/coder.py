"""The event coder: a list of passes over one document's candidates (`candidate.Candidate`)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from dateline.kb.actors import ActorKB
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document, Event
from dateline.stages.events.calibration import Calibration
from dateline.stages.events.candidate import Coding
from dateline.stages.events.categories import Policy
from dateline.stages.events.classifier import Embed, EventClassifier
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.passes import (
    actors,
    assemble,
    calibrate,
    category,
    classify,
    confidence,
    localise,
    modes,
    roles,
    selection,
    setting,
    trigger,
)

#: A pass over the codings of a batch of documents.
Pass = Callable[[Sequence[Coding]], None]


def each(step: Callable[..., None], **settings: Any) -> Pass:
    """The pass that runs `step(coding, **settings)` on every document of the batch."""

    def run(codings: Sequence[Coding]) -> None:
        for coding in codings:
            step(coding, **settings)

    return run


class EventCoder:
    """Codes PLOVER events in analysed documents (actors, places, times and attributions assigned)."""

    def __init__(
        self,
        classifier: EventClassifier | None = None,
        encoder: Embed | None = None,
        calibration: Calibration | None = None,
        kb: ActorKB | None = None,
        policy: Policy | None = None,
        gazetteer: Callable[[], Gazetteer] | None = None,
    ) -> None:
        self.classifier = classifier
        #: How far the classifier may go beyond the lexicon.
        self.policy = policy or Policy()
        self.encoder = encoder
        #: Reads a country named in a title prefix ("Maroc : …"), for the report's own country.
        self.kb = kb
        #: Checks a dateline city against the country of the report's actors (`homonyms`).
        self.gazetteer = gazetteer
        #: Turns the raw score into `Event.confidence` as the last pass (None: raw score).
        self.calibration = calibration
        #: When a dict, every built event's calibration features by event id (for calibrating).
        self.features: dict[str, dict[str, float]] | None = None

    def passes(self) -> list[Pass]:
        """The passes in the order they run; each writes the `Candidate` fields its module names."""
        return [
            # a candidate per lexicon trigger that is no background; a segment's root verb without any
            each(trigger.find, untriggered=self.policy.sentence_threshold <= 1.0),
            each(roles.read),  # its argument tokens, off the dependency tree
            each(actors.resolve),  # argument tokens → actors, recipients, patients
            functools.partial(
                classify.classify, classifier=self.classifier, encoder=self.encoder, policy=self.policy
            ),
            each(category.decide, policy=self.policy),  # the PLOVER category: lexicon, classifier, rules
            each(selection.select),  # events of their own, anaphors, contents of other acts
            # place, time, attribution; the report's own country
            each(setting.locate, kb=self.kb, gazetteer=self.gazetteer),
            each(modes.qualify),  # auxiliary, event type, mode, contexts
            each(localise.localise),  # arguments without a country take the event's
            each(confidence.score),  # raw score and calibration features
            each(assemble.assemble),  # events, duplicates merged, numbered
            each(calibrate.calibrate, calibration=self.calibration, features=self.features),
        ]

    def code(self, doc: Document, producer: str) -> list[Event]:
        return self.code_batch([doc], producer)[0]

    def code_batch(self, docs: Sequence[Document], producer: str) -> list[list[Event]]:
        """The events of each document (none without a parse or a lexicon for its language)."""
        codings: list[Coding | None] = []
        for doc in docs:
            lexicon = load_lexicon(doc.language.code) if doc.analysis is not None else None
            codings.append(None if lexicon is None else Coding(doc, lexicon, producer))
        live = [c for c in codings if c is not None]
        for step in self.passes():
            step(live)
        return [[] if c is None else c.events for c in codings]
