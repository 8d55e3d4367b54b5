"""The ``actors`` stage and its registry factory."""

from __future__ import annotations

from dateline.config import NoSettings
from dateline.kb import ActorKB, RoleLexicon
from dateline.model import Document
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.actors.grouping import group_actors
from dateline.stages.actors.resolver import Resolver


class Actors(BaseStage):
    name = "actors"
    version = "27"
    requires = ("text", "title", "language", "published_given", "analysis")
    assigns = ("actors",)

    def __init__(self, kb: ActorKB, lexicon: RoleLexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon

    def __call__(self, doc: Document) -> Document:
        if doc.analysis is None:
            doc.actors = []
        else:
            found = Resolver(self.kb, self.lexicon, doc).run()
            doc.actors = group_actors(found, doc.text, self.producer)
        return doc


@registry.register("actors")
def make_actors(settings: NoSettings, resources: Resources) -> Actors:
    return Actors(resources.kb, resources.roles)
