"""Consistency of the project's own written data: labelled event sentences, sample corpus and its gold."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import gold_checks as checks
from gold_checks import CATEGORIES, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "examples" / "gold" / "corpus.jsonl"
MIN_PER_CATEGORY = 12


def load_examples() -> list[dict[str, Any]]:
    path = resources.files("dateline") / "data" / "event_examples.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_docs() -> list[dict[str, Any]]:
    return checks.gold_docs(GOLD)


# --- labelled sentences -------------------------------------------------------------------------


def test_examples_have_the_expected_fields_and_labels() -> None:
    for row in load_examples():
        assert set(row) == {"text", "lang", "label", "source", "target"}, row
        assert row["lang"] in LANGUAGES, row
        assert row["label"] in CATEGORIES | {"NONE"}, row


def test_examples_cover_every_category_in_both_languages() -> None:
    counts = Counter((row["label"], row["lang"]) for row in load_examples())
    for label in CATEGORIES:
        for lang in LANGUAGES:
            assert counts[label, lang] >= MIN_PER_CATEGORY, (label, lang, counts[label, lang])
    assert min(counts["NONE", lang] for lang in LANGUAGES) >= 30


def test_example_roles_are_written_in_the_sentence() -> None:
    for row in load_examples():
        for role in ("source", "target"):
            if row[role] is not None:
                assert row[role] in row["text"], (role, row)
        if row["label"] == "NONE":
            assert row["source"] is None and row["target"] is None, row


def test_examples_are_unique() -> None:
    texts = [row["text"] for row in load_examples()]
    assert len(texts) == len(set(texts))


# --- sample corpus and its gold -----------------------------------------------------------------


def test_the_gold_is_well_formed_and_quotes_its_documents() -> None:
    assert list(checks.problems(GOLD, CORPUS)) == []


def test_corpus_mixes_languages_and_forms() -> None:
    docs = gold_docs()
    languages = Counter(doc["language"] for doc in docs)
    assert min(languages[lang] for lang in LANGUAGES) >= 10, languages
    suffixes = Counter(Path(doc["doc"].split("#L")[0]).suffix for doc in docs)
    assert suffixes[".html"] >= 3 and suffixes[".jsonl"] >= 4 and suffixes[".txt"] >= 12, suffixes


def test_gold_covers_every_category() -> None:
    types = {event["type"] for doc in gold_docs() for event in doc["events"]}
    assert types == CATEGORIES


def test_gold_has_cross_lingual_stories_and_hard_negatives() -> None:
    docs = gold_docs()
    by_story: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        by_story.setdefault(doc["story"], []).append(doc)
    shared = {story: members for story, members in by_story.items() if len(members) > 1}
    assert len(shared) >= 6
    assert all({m["language"] for m in members} == LANGUAGES for members in shared.values())
    story_parties = {story: set().union(*map(parties, members)) for story, members in shared.items()}
    negatives = [
        doc
        for doc in docs
        if doc["story"] not in shared and any(len(parties(doc) & p) >= 2 for p in story_parties.values())
    ]
    assert len(negatives) >= 4


def parties(doc: dict[str, Any]) -> set[str]:
    """Countries acting or acted upon in a document's required events."""
    return {p["country"] for e in doc["events"] if e["required"] for p in e["actor"] + e["recipient"]}
