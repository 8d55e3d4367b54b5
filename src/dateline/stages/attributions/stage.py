"""The ``attributions`` stage and its registry factory."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.config import NoSettings
from dateline.model import Attribution, Document
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.attributions.lines import line_attributions
from dateline.stages.attributions.sentences import sentence_attributions


class Attributions(BaseStage):
    name = "attributions"
    version = "2"
    requires = ("text", "captions", "relays", "analysis", "mentions", "actors")
    assigns = ("attributions",)

    def __call__(self, doc: Document) -> Document:
        kept = list(doc.relays)
        mine = sentence_attributions(doc, self.producer, kept) if doc.analysis is not None else []
        known = {a.source.lower() for a in kept}
        mine += [a for a in line_attributions(doc, self.producer) if a.source.lower() not in known]
        doc.attributions = kept + self._once(mine)
        return doc

    @staticmethod
    def _once(items: Iterable[Attribution]) -> list[Attribution]:
        """`items` without repeats (same source, verb and first evidence)."""
        seen: set[tuple[str, str | None, int]] = set()
        out = []
        for item in items:
            key = (item.source.lower(), item.verb, item.evidence[0].start if item.evidence else -1)
            if key not in seen:
                seen.add(key)
                out.append(item)
        return out


@registry.register("attributions")
def make_attributions(settings: NoSettings, resources: Resources) -> Attributions:
    return Attributions()
