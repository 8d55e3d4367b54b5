"""The ``language`` stage and its registry factory."""

from __future__ import annotations

from typing import ClassVar

from dateline.config import NoSettings
from dateline.model import Document, Language
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.language.identify import Identifier, declared_code, identify


class LanguageStage(BaseStage):
    name = "language"
    version = "3"
    requires: ClassVar[tuple[str, ...]] = ("raw", "text")
    assigns: ClassVar[tuple[str, ...]] = ("language",)

    def __init__(self, identifier: Identifier, analysed: frozenset[str] = frozenset()) -> None:
        self.identifier = identifier
        self.analysed = analysed

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        code = declared_code(raw.language) if raw is not None else None
        doc.language = (
            Language(code=code, confidence=1.0)
            if code
            else identify(doc.text, self.identifier, self.analysed)
        )
        return doc


@registry.register("language")
def make_language(settings: NoSettings, resources: Resources) -> LanguageStage:
    return LanguageStage(resources.identifier, frozenset(resources.models.packages))
