from dataclasses import fields

import yaml

from dateline.data import YAML_LOADER, data_text
from dateline.stages.events.words import WordLists, word_lists


def test_word_lists_load_non_empty_with_french_and_english_keys() -> None:
    data = yaml.load(data_text("events", "words.yaml"), Loader=YAML_LOADER)
    assert set(data) == {f.name for f in fields(WordLists)}
    assert all(set(by_language) == {"fr", "en"} for by_language in data.values())
    words = word_lists()
    assert words is word_lists()
    assert all(getattr(words, f.name) for f in fields(WordLists))
    assert {"on", "no"} <= words.towards | words.negators  # quoted, not YAML booleans
    assert {"n’", "'ll", "jusqu'"} <= words.negators | words.future_auxiliaries | words.content_marks
