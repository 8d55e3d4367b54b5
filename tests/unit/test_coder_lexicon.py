from dateline.stages.events.lexicon import build, load_lexicon, parse_item


def test_parse_item_reads_reflexive_multiword_and_mode():
    assert parse_item("s'entretenir téléphoniquement|phone") == (
        ("entretenir", "téléphoniquement"),
        True,
        "phone",
    )
    assert parse_item("call on") == (("call", "on"), False, None)
    assert parse_item("faire l'éloge") == (("faire", "éloge"), False, None)


def test_build_merges_categories_of_one_lemma():
    lexicon = build(
        {
            "language": "en",
            "triggers": {"PROTEST": {"noun": ["strike|strike"]}, "ASSAULT": {"noun": ["strike"]}},
        }
    )
    (entry,) = lexicon.lookup("noun", "strike")
    assert entry.types == {"PROTEST": "strike", "ASSAULT": None}
    assert lexicon.lookup("verb", "strike") == []


def test_packaged_lexicons_cover_every_category_in_both_languages():
    for language in ("fr", "en"):
        lexicon = load_lexicon(language)
        assert lexicon is not None
        assert len(lexicon.categories) == 16
        entries = {id(e) for items in lexicon.entries.values() for e in items}
        assert len(entries) > 400
        assert lexicon.light_verbs and lexicon.occurrence_verbs and lexicon.mode_words
    assert load_lexicon("xx") is None
