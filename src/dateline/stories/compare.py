"""Per-story comparison: what each outlet asserts, side by side, with agreements and contradictions.

Aspects: framing words, actors, event types, places, dates, numbers (casualties,
troops, …), claims ("first"/"official"/"reportedly") and cited sources. Each row holds
each document's values with evidence spans into that document's text, and a status:
``agree`` (every report says the same), ``differ`` (reports say different things: a
contradiction or a framing difference) or ``single`` (only one report speaks to it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from dateline.data import YAML_LOADER, data_text
from dateline.eval.common import fold
from dateline.model import Document, Span

NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)"


@dataclass
class Value:
    value: str
    evidence: list[Span]

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": [s.model_dump() for s in self.evidence]}


@dataclass
class Row:
    aspect: str
    key: str
    by_document: dict[str, list[Value]] = field(default_factory=dict)
    status: str = "single"

    def to_json(self) -> dict[str, Any]:
        return {
            "aspect": self.aspect,
            "key": self.key,
            "status": self.status,
            "by_document": {d: [v.to_json() for v in vs] for d, vs in self.by_document.items()},
        }


@functools.cache
def lexicon() -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(data_text("stories", "framing.yaml"), Loader=YAML_LOADER)
    return data


@functools.cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _words(table: dict[str, list[str]], language: str) -> tuple[str, ...]:
    return tuple(table.get(language, []) + table.get("en", []))


def find_terms(doc: Document, table: dict[str, dict[str, list[str]]]) -> dict[str, list[Value]]:
    """Category → matches in the body, with spans into `doc.text`."""
    found: dict[str, list[Value]] = {}
    for category, by_language in table.items():
        pattern = _pattern(_words(by_language, doc.language.code))
        for m in pattern.finditer(doc.text):
            found.setdefault(category, []).append(Value(m.group(0), [Span(start=m.start(), end=m.end())]))
    return found


def claims(doc: Document) -> dict[str, list[Value]]:
    """Claims with their qualifiers: "première rencontre officielle" → first: officielle."""
    lex = lexicon()
    qualifiers = _pattern(_words(lex["qualifiers"], doc.language.code))
    not_claims = _pattern(tuple(lex["not_claims"]))
    result: dict[str, list[Value]] = {}
    for category, matches in find_terms(doc, lex["claims"]).items():
        for match in matches:
            span = match.evidence[0]
            if not_claims.match(doc.text, span.start):
                continue
            window = doc.text[span.end : span.end + 40]
            quals = sorted({fold(q.group(0)).lower() for q in qualifiers.finditer(window)})
            label = fold(match.value).lower() + (f" ({', '.join(quals)})" if quals else "")
            result.setdefault(category, []).append(Value(label, match.evidence))
    return result


def numbers(doc: Document) -> dict[str, list[Value]]:
    """Quantities next to a counted noun: "1 000 tués", "100,000 rockets"."""
    lex = lexicon()["quantities"]
    result: dict[str, list[Value]] = {}
    for category, by_language in lex.items():
        nouns = "|".join(re.escape(w) for w in _words(by_language, doc.language.code))
        pattern = re.compile(NUMBER + r"\s+(?:[\w’'-]+\s+){0,2}?(?:" + nouns + r")(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(doc.text):
            value = re.sub(r"[ \u00a0\u202f.,]", "", m.group(1))
            result.setdefault(category, []).append(Value(value, [Span(start=m.start(), end=m.end())]))
    return result


def _doc_values(doc: Document) -> dict[tuple[str, str], list[Value]]:
    values: dict[tuple[str, str], list[Value]] = {}

    def put(aspect: str, key: str, value: Value) -> None:
        values.setdefault((aspect, key), []).append(value)

    for frame, matches in find_terms(doc, lexicon()["frames"]).items():
        for v in matches:
            put("framing", frame, v)
    for claim, matches in claims(doc).items():
        for v in matches:
            put("claim", claim, v)
    for quantity, matches in numbers(doc).items():
        for v in matches:
            put("number", quantity, v)
    for actor in doc.actors:
        if actor.sector == "MED":
            continue
        labels = sorted({fold(s.of(doc.text)) for s in actor.mentions})
        put("actor", actor.kb_id or actor.name, Value(" | ".join(labels), actor.mentions[:3]))
    for event in doc.events:
        put("event type", event.type, Value(event.type, event.evidence[:1]))
    for place in doc.places:
        put("place", place.name, Value(place.name, place.mentions[:1]))
    if doc.published.value or doc.published.start:
        put(
            "date",
            "published",
            Value(doc.published.value or doc.published.start or "", doc.published.evidence),
        )
    for attribution in doc.attributions:
        put("cited source", fold(attribution.source).lower(), Value(attribution.source, attribution.evidence))
    return values


#: Aspects where one report's silence is itself a difference (it does not frame, claim or cite alike).
ABSENCE_MATTERS = frozenset({"framing", "claim", "cited source"})
#: Aspects whose values must be equal to agree (a frame or place present in both already agrees).
VALUE_MATTERS = frozenset({"number", "claim", "actor", "date"})


def _status(row: Row, n_docs: int) -> str:
    if len(row.by_document) < n_docs and row.aspect in ABSENCE_MATTERS:
        return "differ"
    if len(row.by_document) < 2:
        return "single"
    value_sets = {frozenset(fold(v.value).lower() for v in vs) for vs in row.by_document.values()}
    return "differ" if row.aspect in VALUE_MATTERS and len(value_sets) > 1 else "agree"


def compare(docs: Sequence[Document]) -> list[Row]:
    """The comparison table of a story's reports."""
    rows: dict[tuple[str, str], Row] = {}
    for doc in docs:
        for (aspect, key), vals in _doc_values(doc).items():
            row = rows.setdefault((aspect, key), Row(aspect=aspect, key=key))
            row.by_document[doc.id] = vals
    for row in rows.values():
        row.status = _status(row, len(docs)) if len(docs) > 1 else "single"
    order = ["framing", "claim", "cited source", "number", "actor", "event type", "place", "date"]
    return sorted(rows.values(), key=lambda r: (order.index(r.aspect), r.key))
