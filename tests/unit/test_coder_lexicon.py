import pytest

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


def test_generated_entries_merge_under_the_hand_written_ones():
    hand = {"language": "en", "triggers": {"ASSAULT": {"verb": ["strike"]}}}
    generated = {"triggers": {"PROTEST": {"verb": ["strike|strike", "down tool|strike"]}}}
    lexicon = build(hand, generated)
    (entry,) = lexicon.lookup("verb", "strike")
    assert entry.types == {"ASSAULT": None}  # the hand-written entry wins
    assert lexicon.lookup("verb", "tool")[0].types == {"PROTEST": "strike"}


@pytest.mark.parametrize(
    ("language", "pos", "item", "category", "mode"),
    [
        ("fr", "verb", "écrouer", "COERCE", "arrest"),
        ("fr", "verb", "placer en garde", "COERCE", "arrest"),
        ("fr", "verb", "mettre en examen", "ACCUSE", "allege"),
        ("fr", "verb", "inculper", "ACCUSE", "allege"),
        ("fr", "verb", "relaxer", "RETREAT", "release"),
        ("fr", "verb", "invalider", "REJECT", None),
        ("fr", "verb", "dissoudre", "COERCE", "restrict"),
        ("fr", "verb", "destituer", "COERCE", "restrict"),
        ("fr", "verb", "caillasser", "PROTEST", "riot"),
        ("fr", "verb", "incendier", "PROTEST", "vandalize"),
        ("fr", "verb", "se dire prêt", "AGREE", None),
        ("fr", "verb", "larguer", "AID", None),
        ("fr", "noun", "engin explosif", "ASSAULT", "explosives"),
        ("fr", "noun", "accrochage", "ASSAULT", None),
        ("fr", "noun", "garde à vue", "COERCE", "arrest"),
        ("fr", "noun", "gel des avoirs", "SANCTION", None),
        ("en", "noun", "roadside bomb", "ASSAULT", "explosives"),
        ("en", "noun", "ied", "ASSAULT", "explosives"),
        ("en", "noun", "curfew", "COERCE", "curfew"),
        ("en", "noun", "indictment", "ACCUSE", None),
        ("en", "verb", "annul", "REJECT", None),
        ("en", "verb", "acquit", "RETREAT", "release"),
        ("en", "verb", "disqualify", "COERCE", "restrict"),
        # generated from the CAMEO dictionary (en_cameo.yaml)
        ("en", "verb", "bludgeon", "ASSAULT", None),
        ("en", "verb", "exonerate", "CONCEDE", None),
        ("en", "verb", "clamp curfew", "COERCE", "curfew"),
        ("en", "verb", "recall", "SANCTION", "withdraw"),  # hand-written, not CAMEO's
    ],
)
def test_packaged_lexicons_have_the_new_entries(language, pos, item, category, mode):
    lexicon = load_lexicon(language)
    assert lexicon is not None
    words, reflexive, _ = parse_item(item)
    entries = [e for e in lexicon.lookup(pos, words[0]) if e.words == words and e.reflexive == reflexive]
    assert entries, item
    assert entries[0].types.get(category, "absent") == mode
