from dateline.stages.events.words import word_lists


def test_quoted_and_apostrophe_words_stay_words() -> None:
    words = word_lists()
    assert {"on", "no"} <= words.towards | words.negators  # quoted, not YAML booleans
    assert {"n’", "'ll", "jusqu'"} <= words.negators | words.future_auxiliaries | words.content_marks
