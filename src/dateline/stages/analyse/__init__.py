"""The ``analyse`` stage: the spaCy pipeline for the document's language.

Gives sentences, tokens, lemmas, dependencies and named entities (as `Mention`s), and names the
spaCy package that analysed the text (``analyser``). A language with no analyser is kept, with
``analyser`` null, and not dropped. The pipelines are `Resources.models`.

Module: `stage` (the stage and its registry factory).
"""

from dateline.stages.analyse.stage import Analyse, make_analyse

__all__ = ["Analyse", "make_analyse"]
