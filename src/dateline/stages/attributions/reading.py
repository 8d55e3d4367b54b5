"""What the cues read of one document, gathered once, and the look-ups on it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import VERB

from dateline.model import Actor, Document, Span
from dateline.stages.attributions.lexicon import word_lists
from dateline.stages.tokens import token_table

_WORDS = word_lists()
#: Lower-case ids of the words that start a source marker ("selon", "après", "according").
_CUES = frozenset(get_string_id(cue) for cue in _WORDS.markers)
_PERSON_LABELS = frozenset({"PER", "PERSON"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "NORP"})

Ranges = list[tuple[int, int]]


@dataclass(frozen=True)
class Reading:
    """What the cues read of one document, gathered once (spaCy builds a Token object per access)."""

    text: str
    verbs: list[int]  # indexes of the verbs
    reporting: list[int]  # indexes of the verbs with a reporting lemma
    markers: list[int]  # indexes of the words that start a source marker
    non_persons: Ranges  # mentions of actors that are not persons
    countries: Ranges  # mentions of country actors
    persons: Ranges  # NER person mentions
    places: Ranges  # NER place and nationality mentions

    @classmethod
    def of(cls, doc: Document) -> Reading:
        analysis = doc.analysis
        table = token_table(analysis)
        pos, lower, lemma = table.pos, table.lower, table.lemma
        strings = analysis.vocab.strings
        verbs = [i for i, p in enumerate(pos) if p == VERB]
        reporting = [i for i in verbs if strings[lemma[i]].lower() in _WORDS.reporting_verbs]
        markers = [i for i, word in enumerate(lower) if word in _CUES]

        def actors(keep: Callable[[Actor], bool]) -> Ranges:
            return [(m.start, m.end) for a in doc.actors if keep(a) for m in a.mentions]

        def mentions(labels: frozenset[str]) -> Ranges:
            return [(m.start, m.end) for m in doc.mentions if m.label in labels]

        return cls(
            doc.text, verbs, reporting, markers,
            actors(lambda a: a.kind != "person"), actors(lambda a: a.kind == "country"),
            mentions(_PERSON_LABELS), mentions(_PLACE_LABELS),
        )  # fmt: skip

    def is_person(self, span: Span) -> bool:
        """NER calls the span a person, and no KB organisation claims it."""
        return not _overlaps(self.non_persons, span) and _overlaps(self.persons, span)

    def is_place_or_people(self, span: Span) -> bool:
        """A country, place or nationality speaking ("Moscou a affirmé", "les Russes ont dit")."""
        return _overlaps(self.countries, span) or _overlaps(self.places, span)


def within(indexes: list[int], sent: Any) -> list[int]:
    """The token indexes (sorted) that fall in the sentence `sent`."""
    return indexes[bisect_left(indexes, sent.start) : bisect_left(indexes, sent.end)]


def _overlaps(ranges: Ranges, span: Span) -> bool:
    return any(start < span.end and span.start < end for start, end in ranges)
