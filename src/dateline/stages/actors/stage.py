"""The ``actors`` stage and its registry factory."""

from __future__ import annotations

from dateline.kb import ActorKB, RoleLexicon, load_kb, role_lexicon
from dateline.model import Document
from dateline.pipeline import BaseStage, Settings, mark, registry
from dateline.stages.actors.grouping import group_actors
from dateline.stages.actors.resolver import Resolver


class Actors(BaseStage):
    name = "actors"
    version = "0.1"
    requires = ("analysis", "mentions")
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
        mark(doc, self)
        return doc


@registry.register("actors")
def make_actors(settings: Settings) -> Actors:
    return Actors(load_kb(settings.kb_files), role_lexicon())
