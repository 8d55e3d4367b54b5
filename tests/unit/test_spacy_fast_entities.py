"""BatchEntityRecognizer: spaCy's greedy entity decoding, batch-wide in numpy, with the same entities."""

from __future__ import annotations

import pickle

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from thinc.api import fix_random_seed

from dateline.spacy_fast.entities import (
    JOINS,
    SPACE,
    TOKEN_CLASSES,
    BatchEntityRecognizer,
    Moves,
    Tokens,
    batch_entity_recognizer,
)

WORDS = ["Ada", "met", "Bo", "in", "Lyon", "and", "Oslo", "while", "the", "Acme", "Corp", "board"]
WORDS += ["of", "Kent", "said", "no", "more", "to", "it"]
MOVE_NAMES = ["B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "U-", "O"]


def random_recogniser(seed: int) -> spacy.language.Language:
    """A blank English pipeline whose ``ner`` has random weights, so that it finds entities of every kind."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    upper = ner.model.get_ref("upper")
    rng = numpy.random.default_rng(seed)
    upper.set_param("W", rng.normal(0, 3, upper.get_param("W").shape).astype("f"))
    upper.set_param("b", rng.normal(0, 1, upper.get_param("b").shape).astype("f"))
    return nlp


def sample_docs(nlp: spacy.language.Language, seed: int) -> list[Doc]:
    """Documents of many lengths, with space tokens and sentence starts, one empty, one of one token."""
    rng = numpy.random.default_rng(seed)
    docs = [Doc(nlp.vocab, words=[]), Doc(nlp.vocab, words=["Kent"])]
    for _ in range(14):
        words = [str(w) for w in rng.choice(WORDS, size=int(rng.integers(2, 40)))]
        words[int(rng.integers(len(words)))] = "\n"
        starts = [True] + [bool(rng.random() < 0.15) for _ in words[1:]]
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    return docs


def entities(docs: list[Doc]) -> list[list[tuple[int, int, str, str]]]:
    return [[(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents] for doc in docs]


def iob(docs: list[Doc]) -> list[list[str]]:
    return [[t.ent_iob_ + t.ent_type_ for t in doc] for doc in docs]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batch_decoding_finds_spacy_s_entities(seed: int) -> None:
    nlp = random_recogniser(seed)
    original = nlp.get_pipe("ner")
    expected = list(original.pipe(sample_docs(nlp, seed), batch_size=8))
    ours = BatchEntityRecognizer(original)
    found = list(ours.pipe(sample_docs(nlp, seed), batch_size=8))
    assert sum(len(doc.ents) for doc in expected) >= 10, "random weights should find entities"
    assert {e.label_ for doc in expected for e in doc.ents} == {"PER", "ORG", "LOC"}
    assert entities(found) == entities(expected)
    assert iob(found) == iob(expected)
    assert [doc.text for doc in found] == [doc.text for doc in sample_docs(nlp, seed)], "order kept"


def test_entities_never_start_on_a_space_nor_cross_a_sentence_start() -> None:
    nlp = random_recogniser(3)
    ours = BatchEntityRecognizer(nlp.get_pipe("ner"))
    docs = list(ours.pipe(sample_docs(nlp, 3)))
    for doc in docs:
        for entity in doc.ents:
            assert not entity[0].is_space
            assert not any(token.is_sent_start for token in entity[1:])


def test_preset_entities_are_left_to_the_original_component() -> None:
    nlp = random_recogniser(0)
    original = nlp.get_pipe("ner")
    ours = BatchEntityRecognizer(original)
    doc = Doc(nlp.vocab, words=["Ada", "met", "Bo", "in", "Lyon"], ents=["B-PER", "", "", "", "B-LOC"])
    assert not ours.covers([doc])
    (annotated,) = ours.pipe([doc])
    assert annotated.ents[0].text == "Ada"
    assert annotated.ents[0].label_ == "PER"
    assert ("Lyon", "LOC") in [(e.text, e.label_) for e in annotated.ents]


def test_the_wrapper_answers_for_the_component_and_replaces_it_in_place() -> None:
    nlp = random_recogniser(0)
    original = nlp.get_pipe("ner")
    batch_entity_recognizer(nlp)
    wrapper = nlp.get_pipe("ner")
    assert isinstance(wrapper, BatchEntityRecognizer)
    assert wrapper.labels == original.labels
    assert nlp.pipe_names == ["ner"]
    doc = nlp("Ada met Bo in Lyon .")
    assert entities([doc]) == entities([original(nlp.make_doc("Ada met Bo in Lyon ."))])
    batch_entity_recognizer(nlp)  # twice: still one wrapper, not a wrapper of a wrapper
    assert nlp.get_pipe("ner").ner is original


def test_a_pickled_wrapper_is_a_wrapper_that_decodes_the_same() -> None:
    nlp = random_recogniser(1)
    ours = BatchEntityRecognizer(nlp.get_pipe("ner"))
    copy = pickle.loads(pickle.dumps(ours))
    assert isinstance(copy, BatchEntityRecognizer)
    assert entities(list(copy.pipe(sample_docs(nlp, 1)))) == entities(list(ours.pipe(sample_docs(nlp, 1))))


def test_valid_moves_follow_the_biluo_rules() -> None:
    nlp = spacy.blank("en")
    moves = Moves(MOVE_NAMES, nlp.vocab.strings)

    def names(state: int, token_class: int) -> set[str]:
        row = moves.valid[state * TOKEN_CLASSES + token_class]
        return {name for name, ok in zip(MOVE_NAMES, row, strict=True) if ok}

    assert names(0, JOINS) == {"B-PER", "U-PER", "B-LOC", "U-LOC", "O"}
    assert names(0, 0) == {"U-PER", "U-LOC", "O"}  # last token of a sentence: no B
    assert names(0, JOINS | SPACE) == {"O"}  # a space neither begins nor is an entity
    per = 1 + moves.names.index("PER")
    assert names(per, JOINS) == {"I-PER", "L-PER"}
    assert names(per, 0) == {"L-PER"}  # the entity must end before the next sentence
    assert list(moves.next_state[[0, 1, 2, 3, 9]]) == [per * TOKEN_CLASSES, per * TOKEN_CLASSES, 0, 0, 0]


def test_token_classes_mark_spaces_and_sentence_ends() -> None:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Rain", "\n", "fell", ".", "It", "stopped"], sent_starts=[1, 0, 0, 0, 1, 0])
    tokens = Tokens([Doc(nlp.vocab, words=[]), doc])
    assert list(tokens.first_rows) == [1, 1]
    assert list(tokens.classes) == [0, JOINS, JOINS | SPACE, JOINS, 0, JOINS, 0]
