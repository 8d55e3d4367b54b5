"""The spaCy models Dateline loads (`dateline.spacy_fast`) annotate exactly as shipped."""

from __future__ import annotations

import pytest
import spacy

from dateline.resources import SPACY_MODELS, Resources
from dateline.spacy_fast.entities import BatchEntityRecognizer
from dateline.spacy_fast.lemmas import MemoLemmatizer
from dateline.spacy_fast.matmul import MatmulOps
from dateline.spacy_fast.ruler import IndexedAttributeRuler

pytestmark = pytest.mark.integration

TEXTS = {
    "en": [
        "The foreign minister of Norway met his Kenyan counterpart in Nairobi on Tuesday, the ministry said. "
        "Both sides agreed to reopen talks on fishing rights, which stalled in March over quotas.",
        "\"We ain't gonna sign that,\" a delegate told reporters. Let's be clear: there is no deal yet, "
        "and there are doubts. Y'all know it, said another, who'd have done it if he could.",
        "Nothin' was decided.  Whether the talks resume depends on whom you ask; it isn't over,\n\nthey say.",
    ],
    "fr": [
        "Le ministre norvégien des Affaires étrangères a rencontré mardi son homologue kényan à Nairobi. "
        "Les deux parties ont convenu de reprendre les discussions sur la pêche, a indiqué le ministère.",
        "« Nous ne signerons pas cela », a déclaré un délégué.  Il n'y a pas encore d'accord.",
    ],
}


def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, str(t.head.i), t.lemma_, t.ent_iob_ + t.ent_type_)
        for t in doc
    ]


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_loaded_model_annotates_as_shipped(language: str) -> None:
    ours = Resources.shared().models.get(language)
    assert isinstance(ours.get_pipe("tok2vec").model.ops, MatmulOps)
    assert isinstance(ours.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), MemoLemmatizer)
    assert isinstance(ours.get_pipe("ner"), BatchEntityRecognizer)
    shipped = spacy.load(SPACY_MODELS[language])
    assert not isinstance(shipped.get_pipe("tok2vec").model.ops, MatmulOps)
    assert not isinstance(shipped.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    for text in TEXTS[language]:
        assert annotations(ours(text)) == annotations(shipped(text))
    batch = [ours_doc.ents for ours_doc in ours.pipe(TEXTS[language] * 3, batch_size=4)]
    expected = [doc.ents for doc in shipped.pipe(TEXTS[language] * 3, batch_size=4)]
    assert [[(e.start, e.end, e.label_) for e in ents] for ents in batch] == [
        [(e.start, e.end, e.label_) for e in ents] for ents in expected
    ]
    assert any(expected), "the texts name people, places and organisations"


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_indexed_ruler_finds_the_shipped_matches(language: str) -> None:
    ours = Resources.shared().models.get(language).get_pipe("attribute_ruler")
    shipped_nlp = spacy.load(SPACY_MODELS[language])
    shipped = shipped_nlp.get_pipe("attribute_ruler")
    for text in TEXTS[language]:
        doc = shipped_nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
        expected = shipped.match(doc)
        assert expected, "the ruler should match something in every text"
        assert ours.match(doc) == expected


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_handed_over_analysis_reads_back_as_spacy_reads_its_own_bytes(language: str) -> None:
    from spacy.tokens import Doc

    from dateline.resources import LanguageModels
    from dateline.spacy_fast import handover

    models = Resources.shared().models
    package = SPACY_MODELS[language]
    for doc in models.get(language).pipe(TEXTS[language]):
        data = models.write_analysis(doc)
        assert data[:1] == b"p"
        ours = LanguageModels().read_analysis(data, package)  # a reader's vocabulary, no components
        theirs = Doc(spacy.blank(language).vocab).from_bytes(doc.to_bytes(exclude=handover.EXCLUDED))
        assert annotations(ours) == annotations(theirs) == annotations(doc)
        spans = [(e.start, e.end, e.label_) for e in ours.ents]
        assert spans == [(e.start, e.end, e.label_) for e in doc.ents]
        assert [s.start for s in ours.sents] == [s.start for s in doc.sents]
