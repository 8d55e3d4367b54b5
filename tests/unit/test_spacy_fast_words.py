"""WordCache: the chunks met often inside a memory zone are cached by the tokenizer after it."""

from __future__ import annotations

import spacy

from dateline.spacy_fast.words import WordCache


def test_frequent_chunks_outlive_the_zone_and_rare_ones_do_not() -> None:
    nlp = spacy.blank("en")
    cache = WordCache(budget=100, min_count=2)
    texts = ["Drevallo met Ostrakin.", "Drevallo left Ostrakin.\n\nDrevallo returned.", "Yemmerva stayed."]
    with nlp.memory_zone():
        for text in texts:
            nlp(text)
        cache.observe("en", texts)
    assert "Yemmerva" not in nlp.vocab.strings
    added = cache.settle({"en": nlp})
    assert added == 2  # "Drevallo" (three times) and "Ostrakin." (twice, as one chunk)
    assert "Drevallo" in nlp.vocab.strings
    assert "Ostrakin" in nlp.vocab.strings and "." in nlp.vocab.strings  # the chunk's tokens
    assert "Yemmerva" not in nlp.vocab.strings  # met once
    assert cache.counts == {}, "counts start afresh with the next zone"


def test_the_budget_bounds_what_is_cached_and_a_chunk_counts_once() -> None:
    nlp = spacy.blank("en")
    cache = WordCache(budget=2, min_count=1)
    cache.observe("en", ["alpha beta alpha"])
    assert cache.settle({"en": nlp}) == 2
    cache.observe("en", ["alpha gamma delta"])
    assert cache.settle({"en": nlp}) == 0  # the budget is spent; "alpha" was cached already
    assert "gamma" not in nlp.vocab.strings
    assert cache.cached == {"en": {"alpha", "beta"}}


def test_languages_without_a_loaded_model_are_skipped() -> None:
    cache = WordCache(min_count=1)
    cache.observe("de", ["Guten Tag"])
    assert cache.settle({}) == 0
