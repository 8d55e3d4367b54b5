"""The ``attributions`` stage on hand-built Documents and hand-annotated parses (no models)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc as SpacyDoc

from dateline.model import Attribution, Caption, Document, Mention, Span
from dateline.stages.attributions import Attributions, attribution_for_event, cited_sources
from dateline.stages.attributions.lexicon import Marker, word_lists

#: (word, space after, POS, dependency, head index, lemma)
Row = tuple[str, bool, str, str, int, str]


def parsed(rows: list[Row], labels: dict[str, str] | None = None, lang: str = "fr") -> Document:
    """A Document whose analysis is a spaCy Doc annotated by hand (blank `lang` vocabulary, no model),
    with NER `labels` as mentions."""
    words, spaces, pos, deps, heads, lemmas = (list(col) for col in zip(*rows, strict=True))
    analysis = SpacyDoc(
        spacy.blank(lang).vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas
    )
    doc = Document(id="a", text=analysis.text)
    doc.analysis = analysis
    for name, label in (labels or {}).items():
        start = doc.text.index(name)
        doc.mentions.append(Mention(start=start, end=start + len(name), text=name, label=label, producer="t"))
    return doc


FRENCH: list[Row] = [
    ("Selon", True, "ADP", "case", 2, "selon"),
    ("l'", False, "DET", "det", 2, "le"),
    ("agence", True, "NOUN", "obl", 8, "agence"),
    ("Fides", False, "PROPN", "nmod", 2, "Fides"),
    (",", True, "PUNCT", "punct", 8, ","),
    ("le", True, "DET", "det", 6, "le"),
    ("convoi", True, "NOUN", "nsubj", 8, "convoi"),
    ("a", True, "AUX", "aux", 8, "avoir"),
    ("quitté", True, "VERB", "ROOT", 8, "quitter"),
    ("Goma", False, "PROPN", "obj", 8, "Goma"),
    (".", True, "PUNCT", "punct", 8, "."),
    ("Le", True, "DET", "det", 12, "le"),
    ("ministre", True, "NOUN", "nsubj", 16, "ministre"),
    ("Paul", True, "PROPN", "appos", 12, "Paul"),
    ("Ngando", True, "PROPN", "flat:name", 13, "Ngando"),
    ("a", True, "AUX", "aux", 16, "avoir"),
    ("déclaré", True, "VERB", "ROOT", 16, "déclarer"),
    ("qu'", False, "SCONJ", "mark", 19, "que"),
    ("il", True, "PRON", "nsubj", 19, "il"),
    ("partirait", False, "VERB", "ccomp", 16, "partir"),
    (".", True, "PUNCT", "punct", 16, "."),
    ("Selon", True, "ADP", "case", 23, "selon"),
    ("ce", True, "DET", "det", 23, "ce"),
    ("rapport", False, "NOUN", "obl", 27, "rapport"),
    (",", True, "PUNCT", "punct", 27, ","),
    ("la", True, "DET", "det", 26, "le"),
    ("route", True, "NOUN", "nsubj", 27, "route"),
    ("rouvrira", False, "VERB", "ROOT", 27, "rouvrir"),
    (".", False, "PUNCT", "punct", 27, "."),
]

ENGLISH: list[Row] = [
    ("The", True, "DET", "det", 1, "the"),
    ("army", True, "NOUN", "nsubj", 2, "army"),
    ("withdrew", False, "VERB", "ROOT", 2, "withdraw"),
    (",", True, "PUNCT", "punct", 2, ","),
    ("Radio", True, "PROPN", "compound", 5, "Radio"),
    ("Nord", True, "PROPN", "nsubj", 6, "Nord"),
    ("said", False, "VERB", "ccomp", 2, "say"),
    (",", True, "PUNCT", "punct", 6, ","),
    ("citing", True, "VERB", "advcl", 6, "cite"),
    ("Colonel", True, "PROPN", "compound", 11, "Colonel"),
    ("Ana", True, "PROPN", "compound", 11, "Ana"),
    ("Ruiz", False, "PROPN", "dobj", 8, "Ruiz"),
    (".", False, "PUNCT", "punct", 2, "."),
]


def test_french_prepositional_source_statement_and_back_reference() -> None:
    doc = Attributions()(parsed(FRENCH, {"Paul Ngando": "PER"}))
    lead, statement, back = doc.attributions
    assert lead.scope == "document" and lead.speaker is None
    assert lead.evidence[1].of(doc.text) == "Fides"
    assert (lead.source, lead.verb) == ("Fides", "selon")
    assert (statement.source, statement.speaker, statement.verb) == ("Paul Ngando", "Paul Ngando", "déclarer")
    assert statement.scope == "sentence"
    assert (back.source, back.scope, back.evidence[1].of(doc.text)) == ("Fides", "document", "rapport")
    assert cited_sources(doc) == ["Fides"]


def test_english_source_citing_a_speaker() -> None:
    doc = Attributions()(parsed(ENGLISH, {"Ana Ruiz": "PERSON"}, lang="en"))
    (attribution,) = doc.attributions
    assert (attribution.source, attribution.verb, attribution.relay) == ("Radio Nord", "say", True)
    assert attribution.speaker == "Colonel Ana Ruiz"


def test_markers_of_several_words() -> None:
    french = parsed(
        [("D’", False, "ADP", "case", 3, "de"), ("après", True, "ADP", "fixed", 0, "après"),
         ("l’", False, "DET", "det", 3, "le"), ("agence", True, "NOUN", "obl", 7, "agence"),
         ("Fars", False, "PROPN", "nmod", 3, "Fars"), (",", True, "PUNCT", "punct", 7, ","),
         ("Téhéran", True, "PROPN", "nsubj", 7, "Téhéran"),
         ("proteste", False, "VERB", "ROOT", 7, "protester"), (".", False, "PUNCT", "punct", 7, ".")]
    )  # fmt: skip
    english = parsed(
        [("According", True, "VERB", "prep", 4, "accord"), ("to", True, "ADP", "prep", 0, "to"),
         ("Reuters", False, "PROPN", "pobj", 1, "Reuters"), (",", True, "PUNCT", "punct", 4, ","),
         ("talks", True, "NOUN", "nsubj", 5, "talk"), ("resumed", False, "VERB", "ROOT", 5, "resume"),
         (".", False, "PUNCT", "punct", 5, ".")],
        lang="en",
    )  # fmt: skip
    cases = ((french, "d'après", "après", "Fars"), (english, "according to", "According", "Reuters"))
    for doc, verb, cue, source in cases:
        (attribution,) = Attributions()(doc).attributions
        assert (attribution.verb, attribution.source) == (verb, source)
        assert [span.of(doc.text) for span in attribution.evidence] == [cue, source]


def test_relay_lines_and_credits_without_analysis() -> None:
    text = "Les pluies ont coupé la route.\n\n(Via Wire Service)\n"
    credits = [
        Caption(text="Une route inondée.", credit="© Studio Delta"),
        Caption(text="Archives.", credit="Photo d'archives"),
    ]
    doc = Attributions()(Document(id="b", text=text, captions=credits))
    relay = next(a for a in doc.attributions if a.verb == "via")
    assert (relay.source, relay.relay, relay.scope) == ("Wire Service", True, "document")
    assert relay.evidence[0].of(text) == "Wire Service"
    assert [a.source for a in doc.attributions if a.verb == "credit"] == ["Studio Delta"]


def test_the_relays_clean_found_are_kept_and_reruns_are_idempotent() -> None:
    from_clean = Attribution(
        source="Wire Service", verb="via", relay=True, scope="document", producer="clean@2"
    )
    doc = Document(id="c", text="Rien à signaler.\n(Via Wire Service)", relays=[from_clean])
    stage = Attributions()
    stage(doc)
    once = list(doc.attributions)
    stage(doc)
    assert doc.attributions == once == [from_clean]


def test_attribution_for_event_prefers_the_sentence_then_the_document() -> None:
    doc = Attributions()(parsed(FRENCH, {"Paul Ngando": "PER"}))
    text = doc.text
    second = Span(start=text.index("Le ministre"), end=text.index("Selon ce"))
    assert [r.source for r in attribution_for_event(doc, second)] == ["Paul Ngando"]
    doc.attributions.append(Attribution(source="Studio Delta", verb="credit", scope="document"))
    outside = Span(start=len(text), end=len(text))
    assert sorted(r.source for r in attribution_for_event(doc, outside)) == ["Fides", "Fides"]


def test_markers_are_read_from_their_phrases() -> None:
    words = word_lists()
    assert words.markers["après"] == (Marker("d'après", ("d'",), "après", ()),)
    assert words.markers["according"] == (Marker("according to", (), "according", ("to",)),)
