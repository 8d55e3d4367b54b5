"""The stages' packaged word lists: one entry per list of the loader, French and English in each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest

from dateline.data import merged_words, word_table
from dateline.stages.actors import lexicon as actors
from dateline.stages.attributions import lexicon as attributions
from dateline.stages.events import words as events
from dateline.stages.places import lexicon as places

WORD_FILES: dict[str, tuple[type, Callable[[], Any]]] = {
    "actors": (actors.WordLists, actors.word_lists),
    "attributions": (attributions.WordLists, attributions.word_lists),
    "events": (events.WordLists, events.word_lists),
    "places": (places.WordLists, places.word_lists),
}


@pytest.mark.parametrize("stage", sorted(WORD_FILES))
def test_every_list_is_loaded_once_with_french_and_english_words(stage: str) -> None:
    model, load = WORD_FILES[stage]
    data = word_table(stage, "words.yaml")
    assert set(data) == {f.name for f in fields(model)}
    for name, by_language in data.items():  # both languages, one of them possibly empty
        assert {"fr", "en"} <= set(by_language) and any(by_language.values()), name
    for lang in ("fr", "en"):
        assert sum(bool(by_language[lang]) for by_language in data.values()) >= 0.8 * len(data), lang
    words = load()
    assert words is load()
    assert all(getattr(words, f.name) for f in fields(model))


def test_a_word_yaml_reads_as_a_boolean_is_refused() -> None:
    assert merged_words({"fr": ["en"], "en": ["in", "off"]}, "x") == {"en", "in", "off"}
    with pytest.raises(ValueError, match="x: a list holds a word that is not a string"):
        merged_words({"en": ["in", False]}, "x: a list")
