"""MemoLemmatizer: the shipped lemmatizer asked once per distinct token, with the same lemmas."""

from __future__ import annotations

import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc

from dateline.spacy_fast.lemmas import MemoLemmatizer, memoise_lemmatizer

WORDS = ["Dogs", "ran", "dogs", "ran", "walks", "Walks", "talks", "."]
POS = ["NOUN", "VERB", "NOUN", "VERB", "VERB", "NOUN", "NOUN", "PUNCT"]
MORPHS = ["Number=Plur", "Tense=Past", "Number=Plur", "Tense=Past", "", "Number=Plur", "", ""]


def rule_lemmatizer_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["s", ""], ["ed", ""]]})
    lookups.add_table("lemma_index", {"noun": ["dog", "walk", "talk"], "verb": ["walk"]})
    lookups.add_table("lemma_exc", {"verb": {"ran": ["run"]}})
    lookups.add_table("lemma_lookup", {})
    lemmatizer.initialize(lookups=lookups)
    return nlp


def sample(nlp: spacy.language.Language) -> Doc:
    doc = Doc(nlp.vocab, words=WORDS, pos=POS, morphs=MORPHS)
    doc[6].lemma_ = "preset"  # set by an earlier component: kept, as the shipped lemmatizer keeps it
    return doc


def test_memo_lemmatizer_gives_the_shipped_lemmas() -> None:
    plain, memo = rule_lemmatizer_pipeline(), rule_lemmatizer_pipeline()
    memoise_lemmatizer(memo)
    lemmatizer = memo.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, MemoLemmatizer)
    expected = [t.lemma_ for t in plain.get_pipe("lemmatizer")(sample(plain))]
    assert expected == ["dog", "run", "dog", "run", "walk", "walk", "preset", "."]
    for _ in range(2):  # the second pass answers from the memo
        assert [t.lemma_ for t in lemmatizer(sample(memo))] == expected
    # one entry per distinct (text, POS, morphology) asked: "ran" twice is one, "talks" is never asked
    assert len(lemmatizer._memo) == 6


def test_an_empty_document_is_fine() -> None:
    memo = rule_lemmatizer_pipeline()
    memoise_lemmatizer(memo)
    assert len(memo.get_pipe("lemmatizer")(Doc(memo.vocab, words=[]))) == 0


def test_a_pipeline_without_lemmatizer_is_left_alone() -> None:
    nlp = spacy.blank("fr")
    memoise_lemmatizer(nlp)
    assert nlp.pipe_names == []
