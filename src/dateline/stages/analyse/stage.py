"""The ``analyse`` stage and its registry factory."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dateline.config import AnalyseSettings
from dateline.model import Document, Mention
from dateline.pipeline import BaseStage, registry
from dateline.resources import LanguageModels, Resources


class Analyse(BaseStage):
    name = "analyse"
    version = "2"
    requires = ("text", "language")
    assigns = ("analysis", "mentions", "analyser")

    def __init__(self, models: LanguageModels, batch_size: int = 16) -> None:
        self.models = models
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        self.pipe([doc])
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        docs = list(docs)
        by_language: dict[str, list[Document]] = defaultdict(list)
        for doc in docs:
            doc.analyser = self.models.package(doc.language.code)
            if doc.analyser is not None:
                by_language[doc.language.code].append(doc)
        for code, group in by_language.items():
            nlp = self.models.get(code)
            texts = [d.text for d in group]
            self.models.note_words(code, texts)
            for doc, parsed in zip(group, nlp.pipe(texts, batch_size=self.batch_size), strict=True):
                doc.analysis = parsed
                doc.mentions = [
                    Mention(
                        start=e.start_char,
                        end=e.end_char,
                        text=e.text,
                        label=e.label_,
                        producer=self.producer,
                    )
                    for e in parsed.ents
                ]
        return docs


@registry.register("analyse", settings=AnalyseSettings)
def make_analyse(settings: AnalyseSettings, resources: Resources) -> Analyse:
    return Analyse(resources.models, batch_size=settings.batch_size)
