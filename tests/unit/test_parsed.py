"""`dateline.stages.parsed`: the plain-object parse the event coder reads gives spaCy's own values."""

from __future__ import annotations

from typing import Any

import pytest
from coder_samples import parse

from dateline.resources import Resources
from dateline.stages.parsed import ParsedDoc, ParsedSpan, parsed

TEXTS = {
    "fr": (
        "KINSHASA, 3 mars (Agence) — Les forces de sécurité ont arrêté jeudi à Goma trois militants "
        "de la Lucha qui protestaient contre la vie chère, a annoncé leur avocat.\n\nLe gouvernement, "
        "qui accuse les manifestants de troubles, n'a pas commenté. Ils seront jugés « dès lundi »."
    ),
    "en": (
        "NAIROBI (Wire) - Police fired tear gas on Tuesday at hundreds of protesters who had "
        "gathered outside parliament, witnesses said.\nThe interior ministry, which banned the "
        "march, said 12 people were detained. It called the protest illegal and $5,000 in fines "
        "would be imposed."
    ),
}
FIELDS = ("Tense", "VerbForm", "Mood", "Number", "Aspect", "Person", "Voice", "Gender", "PronType")


def token_values(t: Any) -> tuple[Any, ...]:
    """Everything the coder reads off a token (tokens by index)."""
    fields = [*FIELDS, *(f.split("=")[0] for f in str(t.morph).split("|") if f)]
    return (
        t.i, t.idx, t.text, len(t), t.lemma_, t.lower_, t.pos_, t.tag_, t.dep_, t.ent_type_, t.lang_,
        t.head.i, [c.i for c in t.children], [c.i for c in t.lefts], [c.i for c in t.rights],
        [c.i for c in t.subtree], [c.i for c in t.ancestors], t.left_edge.i, t.right_edge.i,
        (t.sent.start, t.sent.end), [t.morph.get(f) for f in fields], t.morph.get("Nope", ["x"]),
        t.is_space, t.like_num, t.is_quote, t.is_currency, t.is_punct,
    )  # fmt: skip


def span_values(s: Any) -> tuple[Any, ...]:
    return (
        s.start, s.end, len(s), s.text, s.start_char, s.end_char, s.root.i, (s.sent.start, s.sent.end),
        [t.i for t in s], s[0].i, s[-1].i, [t.i for t in s[1:-1]], [t.i for t in s[-3:]],
    )  # fmt: skip


def assert_same(real: Any) -> None:
    view = ParsedDoc(real)
    assert view.text == real.text and len(view) == len(real)
    assert [(s.start, s.end) for s in view.sents] == [(s.start, s.end) for s in real.sents]
    for token, mine in zip(real, view, strict=True):
        assert token_values(mine) == token_values(token), token.text
        assert mine.doc is view and mine.head is view[mine.head.i]  # one object a token
        for start, end in ((token.i - 3, token.i + 4), (token.i, token.i + 1), (token.i - 8, token.i + 3)):
            start, end = max(start, 0), min(end, len(real))
            assert span_values(view[start:end]) == span_values(real[start:end])
    assert view[2:5] == view[2:5] and view[2:5] != view[2:6] and len({view[2:5], view[2:5]}) == 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_token_reads_as_in_spacy(language: str) -> None:
    assert_same(Resources.shared().models.get(language)(TEXTS[language]))


def test_a_hand_built_parse_reads_as_in_spacy() -> None:
    """The coder's unit tests build parses by hand (no entities, no model)."""
    doc = parse(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
            ("two", "two", "NUM", "nummod", 3),
            ("men", "man", "NOUN", "dobj", 1, "Number=Plur"),
        ],
        "en",
        [("They", "they", "PRON", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1, "Tense=Past")],
    )
    assert_same(doc)


def test_other_attributes_come_from_spacy_as_view_objects() -> None:
    real = Resources.shared().models.get("en")(TEXTS["en"])
    view = ParsedDoc(real)
    assert view[5].nbor(1) is view[6]  # a method returning a token
    assert view[5].is_title == real[5].is_title
    assert all(isinstance(s, ParsedSpan) for s in view[0:8].noun_chunks)
    assert parsed(None) is None and parsed(view) is view
