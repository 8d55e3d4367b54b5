"""handover: a Doc written by `dumps` reads back as ``Doc.from_bytes`` reads ``Doc.to_bytes``."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from dateline.spacy_fast import handover


def annotated(vocab: spacy.vocab.Vocab) -> Doc:
    words = ["Ministers", "of", "Valdoria", "met", "in", "Kestrel", ".", "Talks", "resume", "\n"]
    spaces = [True, True, True, True, True, False, True, True, False, False]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=["NNS", "IN", "NNP", "VBD", "IN", "NNP", ".", "NNS", "VBP", "_SP"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "SPACE"],
        morphs=["Number=Plur", "", "Number=Sing", "Tense=Past|VerbForm=Fin", "", "", "", "", "", ""],
        lemmas=["minister", "of", "Valdoria", "meet", "in", "Kestrel", ".", "talk", "resume", "\n"],
        heads=[3, 0, 1, 3, 3, 4, 3, 8, 8, 8],
        deps=["nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct", "nsubj", "ROOT", "dep"],
        sent_starts=[True, False, False, False, False, False, False, True, False, False],
        ents=["O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O"],
    )


def reading(doc: Doc) -> list[tuple[str, ...]]:
    tokens = [
        (t.text_with_ws, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.norm_, t.lower_)
        for t in doc
    ]
    spans = [(e.start, e.end, e.label_) for e in doc.ents] + [(s.start, s.end, "sent") for s in doc.sents]
    return [*tokens, *[tuple(map(str, s)) for s in spans], (str(doc.has_unknown_spaces), str(len(doc.spans)))]


def spacy_read(doc: Doc) -> Doc:
    return Doc(spacy.blank("en").vocab).from_bytes(doc.to_bytes(exclude=handover.EXCLUDED))


def test_a_parsed_doc_reads_back_on_a_fresh_vocabulary_as_spacy_reads_it_back() -> None:
    doc = annotated(spacy.blank("en").vocab)
    doc.user_data["memo"] = [1, 2]  # a stage's memo: left behind, as with spaCy's own exclusion
    data = handover.dumps(doc)
    assert data[:1] == b"p"
    fresh = spacy.blank("en").vocab
    assert "Valdoria" not in fresh.strings and "minister" not in fresh.strings
    back = handover.loads(fresh, data)
    assert reading(back) == reading(spacy_read(doc)) == reading(doc)
    assert back.text == doc.text and not back.user_data and back.tensor.size == 0


def test_unknown_spaces_are_kept() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Talks", "resume"])
    assert doc.has_unknown_spaces
    back = handover.loads(spacy.blank("en").vocab, handover.dumps(doc))
    assert back.has_unknown_spaces and [t.text for t in back] == ["Talks", "resume"]


def test_what_the_array_does_not_hold_goes_through_spacy() -> None:
    doc = annotated(spacy.blank("en").vocab)
    doc.spans["claims"] = [Span(doc, 0, 3, label="CLAIM")]
    doc.cats = {"politics": 1.0}
    data = handover.dumps(doc)
    assert data[:1] == b"s"
    back = handover.loads(spacy.blank("en").vocab, data)
    assert reading(back) == reading(spacy_read(doc))
    assert [(s.start, s.end, s.label_) for s in back.spans["claims"]] == [(0, 3, "CLAIM")]
    assert back.cats == {"politics": 1.0}
