"""The cues of a sentence: source markers ("selon X", "according to X") and reporting verbs ("X said")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dateline.stages.attributions.lexicon import word_lists
from dateline.stages.attributions.phrases import BOUNDARY, until_boundary
from dateline.stages.attributions.reading import Reading, within

_WORDS = word_lists()
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
#: A reporting verb after one of these, with no subject, opens an incise ("…», a indiqué X").
_INCISE_BEFORE = frozenset({",", "»", "”", '"', "«", "“", "—", "–"})

#: (cue token, verb recorded, the tokens of the source phrase)
Cue = tuple[Any, str, list[Any]]


def marker_phrases(sent: Any, reading: Reading) -> Iterator[Cue]:
    """The cues "selon X", "d'après X", "according to X"."""
    for i in within(reading.markers, sent):
        tok = sent.doc[i]
        for marker in _WORDS.markers[tok.lower_]:
            start, end = tok.i - len(marker.before), tok.i + 1 + len(marker.after)
            if (
                start >= sent.start
                and end < sent.end
                and _folded(tok.doc[start : tok.i]) == marker.before
                and _folded(tok.doc[tok.i + 1 : end]) == marker.after
            ):
                yield tok, marker.verb, until_boundary(tok.doc[end : sent.end])
                break


def _folded(tokens: Any) -> tuple[str, ...]:
    """The lower-case words of `tokens`, apostrophes straight."""
    return tuple(t.lower_.replace("’", "'") for t in tokens)


def verb_phrases(sent: Any, reading: Reading) -> Iterator[Cue]:
    """The cues (verb, lemma, subject tokens) of "X a rapporté", "X said", incise "…», a indiqué X"."""
    for i in within(reading.reporting, sent):
        tok = sent.doc[i]
        if tok.tag_ == "VBG":
            continue
        if "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
            continue  # "affirmant que": repeats the main clause's speaker
        if any(c.dep_ in ("expl:pass", "auxpass", "aux:pass", "nsubjpass") for c in tok.children):
            continue  # "il a été rapporté", "it was reported": no source
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)
        previous = [t for t in tok.doc[max(sent.start, tok.i - 3) : tok.i] if t.pos_ != "AUX"]
        if subject is not None and subject.pos_ != "PRON":
            citing = [c for c in tok.children if c.lemma_.lower() in _WORDS.citing and c.i > tok.i]
            relayed = list(tok.doc[citing[0].i : citing[0].right_edge.i + 1]) if citing else []
            yield tok, tok.lemma_.lower(), _subject_tokens(tok, subject) + relayed
        elif subject is None and previous and previous[-1].text in _INCISE_BEFORE:
            yield tok, tok.lemma_.lower(), until_boundary(tok.doc[tok.i + 1 : sent.end])


def _subject_tokens(verb: Any, subject: Any) -> list[Any]:
    """The subject's words: its subtree up to a clause boundary, plus an appositive name."""
    tokens = list(verb.doc[subject.left_edge.i : subject.i + 1])
    tokens = tokens[max((k + 1 for k, t in enumerate(tokens) if t.text in BOUNDARY), default=0) :]
    rest = verb.doc[subject.i + 1 : verb.i]
    tail = until_boundary(rest)
    tokens += tail
    if len(tail) < len(rest) and rest[len(tail)].text == ",":
        tokens += until_boundary(rest[len(tail) + 1 :])
    cut = next(
        (k for k, t in enumerate(tokens) if t.i > subject.i and t.pos_ in ("AUX", "VERB")), len(tokens)
    )
    return tokens[:cut]
