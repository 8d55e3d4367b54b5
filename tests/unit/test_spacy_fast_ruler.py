"""IndexedAttributeRuler: one-token patterns decided per distinct token, same matches as spaCy's ruler."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.spacy_fast.ruler import IndexedAttributeRuler, index_attribute_ruler, token_test, value_test

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "that"}, {"LOWER": "dog"}]], "attrs": {"LEMMA": "hound"}, "index": -1},
]


def sample_doc(vocab: spacy.vocab.Vocab) -> Doc:
    words = ["Nothin'", "is", "gon", "na", "stop", "that", "dog", "\n", "that", "is", "all"]
    tags = ["NN", "VBZ", "VBG", "TO", "VB", "DT", "NN", "_SP", "DT", "VBZ", "DT"]
    heads = [1, 1, 1, 4, 2, 6, 4, 6, 9, 9, 9]
    deps = ["nsubj", "ROOT", "xcomp", "aux", "xcomp", "det", "dobj", "dep", "nsubj", "ROOT", "attr"]
    return Doc(vocab, words=words, tags=tags, heads=heads, deps=deps)


def rulers() -> tuple[spacy.language.Language, spacy.language.Language]:
    plain, indexed = spacy.blank("en"), spacy.blank("en")
    for nlp in (plain, indexed):
        nlp.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    index_attribute_ruler(indexed)
    return plain, indexed


def test_value_tests_follow_the_matcher_operators() -> None:
    assert value_test("TAG", "NN")({"TAG": "NN"})
    assert not value_test("TAG", "NN")({"TAG": "NNS"})
    assert value_test("LOWER", {"IN": ["is", "'s"]})({"LOWER": "'s"})
    assert value_test("DEP", {"NOT_IN": ["det"]})({"DEP": "nsubj"})
    assert not value_test("DEP", {"NOT_IN": ["det"]})({"DEP": "det"})
    assert value_test("LOWER", {"REGEX": "^y'?$"})({"LOWER": "y'"})
    assert value_test("IS_SPACE", True)({"IS_SPACE": True})
    assert value_test("LENGTH", {">=": 3}) is None


def test_only_one_token_patterns_on_known_attributes_become_tests() -> None:
    assert token_test([{"TAG": "NN", "LOWER": "dog"}]) is not None
    assert token_test([{"LOWER": "gon"}, {"LOWER": "na"}]) is None
    assert token_test([{"LEMMA": "be"}]) is None
    assert token_test([{"TAG": "NN", "OP": "+"}]) is None
    assert token_test([{}]) is None


def test_indexed_ruler_matches_and_annotates_like_the_plain_ruler() -> None:
    plain, indexed = rulers()
    ruler = indexed.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    expected = plain.get_pipe("attribute_ruler").match(sample_doc(plain.vocab))
    assert len(expected) >= 8
    for _ in range(2):  # the second pass answers from the memo
        assert ruler.match(sample_doc(indexed.vocab)) == expected
    ours, theirs = indexed(sample_doc(indexed.vocab)), plain(sample_doc(plain.vocab))
    assert [(t.pos_, t.lemma_) for t in ours] == [(t.pos_, t.lemma_) for t in theirs]
    assert ours[2].lemma_ == "" and ours[3].lemma_ == "to" and ours[5].pos_ == "" and ours[10].pos_ == "PRON"
    assert ours[6].lemma_ == "hound" and ours[5].lemma_ == ""  # a negative index counts from the end


def test_a_pipeline_without_ruler_is_left_alone() -> None:
    nlp = spacy.blank("fr")
    index_attribute_ruler(nlp)
    assert nlp.pipe_names == []
