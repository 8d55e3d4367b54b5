"""The ``analyse`` stage: the spaCy pipeline for the document's language.

Gives sentences, tokens, lemmas, dependencies and named entities (as `Mention`s). A
language with no analyser is kept, with a clear note, and not dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dateline.model import Document, Mention
from dateline.pipeline import BaseStage, Settings, mark, registry
from dateline.resources import SPACY_MODELS, note_words, spacy_model


class Analyse(BaseStage):
    name = "analyse"
    version = "0.1"
    requires = ("text", "language")
    assigns = ("analysis", "mentions")

    def __init__(self, batch_size: int = 16) -> None:
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        self.pipe([doc])
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        by_language: dict[str, list[Document]] = defaultdict(list)
        for doc in docs:
            code = doc.language.code
            if code in SPACY_MODELS:
                by_language[code].append(doc)
            else:
                note = f"no analyser for {code}"
                if note not in doc.notes:
                    doc.notes.append(note)
        for code, group in by_language.items():
            nlp = spacy_model(code)
            texts = [d.text for d in group]
            note_words(code, texts)
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
                mark(doc, self)
        return docs


@registry.register("analyse")
def make_analyse(settings: Settings) -> Analyse:
    return Analyse(batch_size=int(settings.options.get("spacy_batch_size", 16)))
