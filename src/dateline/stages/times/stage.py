"""The ``times`` stage and its registry factory."""

from __future__ import annotations

from dateline.config import NoSettings
from dateline.kb.actors import ActorKB
from dateline.kb.roles import RoleLexicon
from dateline.model import Document
from dateline.pipeline import BaseStage, registry
from dateline.resources import Clock, Resources
from dateline.stages.times.dates import date_entities, date_parser
from dateline.stages.times.detect import find_expressions
from dateline.stages.times.published import infer_published, reference
from dateline.stages.times.resolve import time_exprs
from dateline.stages.times.rules import Fixed


class Times(BaseStage):
    """Time expressions and the publication date; officeholders' tenures (`kb`, `roles`) date a report
    that gives no date, and `clock` says what today is when nothing else does."""

    name = "times"
    version = "5"
    requires = ("text", "title", "captions", "language", "mentions", "actors", "published_given")
    assigns = ("times", "published")

    def __init__(self, kb: ActorKB, roles: RoleLexicon, clock: Clock) -> None:
        self.kb = kb
        self.roles = roles
        self.clock = clock

    def warm_up(self) -> None:
        """Load dateparser's language data now, not inside the first document's timed work."""
        for language in ("fr", "en"):
            date_parser(language).get_date_data("1 2020")

    def __call__(self, doc: Document) -> Document:
        found = find_expressions(doc.text)
        found = sorted(found + date_entities(doc, found), key=lambda f: f.start)
        doc.published = infer_published(doc, found, self.kb, self.roles)
        ref = reference(doc.published)
        upper = ref[1] if ref else self.clock.today()
        years = [f.rule.start.year for f in find_expressions(doc.title or "") if isinstance(f.rule, Fixed)]
        doc.times = time_exprs(doc, found, ref, upper, self.producer, years)
        return doc


@registry.register("times")
def make_times(settings: NoSettings, resources: Resources) -> Times:
    return Times(resources.kb, resources.roles, resources.clock)
