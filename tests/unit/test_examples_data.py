"""Consistency of the project's own written data: labelled event sentences, sample corpus and its gold."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.eval.common import fold, load_gold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "examples" / "gold" / "corpus.jsonl"
LANGUAGES = {"fr", "en"}
MIN_PER_CATEGORY = 12

# PLOVER 0.8 categories and the modes each allows (docs: ../shared/docs/plover.md).
MODES: dict[str, set[str]] = {
    category: set(modes.split())
    for category, modes in {
        "AGREE": "",
        "CONSULT": "visit third-party multilateral phone",
        "SUPPORT": "",
        "CONCEDE": "",
        "COOPERATE": "",
        "AID": "",
        "RETREAT": "withdraw release disarm ceasefire access resign",
        "REQUEST": "assist change yield meet",
        "ACCUSE": "disapprove investigate allege",
        "REJECT": "assist change yield meet",
        "THREATEN": "restrict arrest relations expel territory violence",
        "PROTEST": "demo riot strike hunger boycott obstruct vandalize",
        "SANCTION": "convict expel withdraw discontinue",
        "MOBILIZE": "troops weapons police militia",
        "COERCE": "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber",
        "ASSAULT": "abduct beat torture sexual targeted destroy primitive firearms explosives "
        "suicide-attack aerial drone heavy-weapons crowd-control unconventional",
    }.items()
}
CATEGORIES = set(MODES)
AUXILIARIES = {None, "historical", "future", "hypothetical", "negated"}
DOC_FIELDS = ["doc", "language", "outlet", "title", "publication_date", "publication_date_hint", "not_body"]
DOC_FIELDS += ["captions", "body_starts", "body_ends", "cited_sources", "story", "places", "events"]
EVENT_FIELDS = {"id", "required", "type", "mode", "actor", "recipient", "location", "time", "attribution"}
EVENT_FIELDS |= {"auxiliary", "evidence"}
_TAG = re.compile(r"<[^>]+>")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


def load_examples() -> list[dict[str, Any]]:
    path = resources.files("dateline") / "data" / "event_examples.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_docs() -> list[dict[str, Any]]:
    return [g.data for g in load_gold(GOLD)]


def source_text(name: str) -> str:
    """The folded text of a gold ``doc`` (a file, or ``file.jsonl#L<n>``), HTML tags removed."""
    if "#L" in name:
        file_name, line = name.rsplit("#L", 1)
        record = json.loads((CORPUS / file_name).read_text(encoding="utf-8").splitlines()[int(line) - 1])
        raw = record.get("html") or record["text"]
    else:
        raw = (CORPUS / name).read_text(encoding="utf-8")
    return fold(_TAG.sub("", raw))


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


def test_gold_documents_have_the_seeds_fields() -> None:
    for doc in gold_docs():
        assert list(doc) == DOC_FIELDS, doc["doc"]
        assert doc["language"] in LANGUAGES
        assert doc["publication_date_hint"], doc["doc"]


def test_every_gold_document_exists_and_every_corpus_file_has_gold() -> None:
    names = [doc["doc"] for doc in gold_docs()]
    assert len(names) == len(set(names))
    files = {name.split("#L")[0] for name in names}
    assert files == {p.name for p in CORPUS.iterdir() if p.is_file()}
    for name in names:
        assert source_text(name), name


def test_corpus_mixes_languages_and_forms() -> None:
    docs = gold_docs()
    languages = Counter(doc["language"] for doc in docs)
    assert min(languages[lang] for lang in LANGUAGES) >= 10, languages
    suffixes = Counter(Path(doc["doc"].split("#L")[0]).suffix for doc in docs)
    assert suffixes[".html"] >= 3 and suffixes[".jsonl"] >= 4 and suffixes[".txt"] >= 12, suffixes


def test_gold_strings_appear_in_their_documents() -> None:
    for doc in gold_docs():
        text = source_text(doc["doc"])
        quoted = [doc["title"], doc["body_starts"], doc["body_ends"], *doc["not_body"], *doc["captions"]]
        for event in doc["events"]:
            quoted.append(event["evidence"])
            if event["time"]:
                quoted.append(event["time"]["text"])
        for value in quoted:
            assert fold(value) in text, (doc["doc"], value)


def test_gold_events_are_valid_plover() -> None:
    seen: set[str] = set()
    for doc in gold_docs():
        for event in doc["events"]:
            assert set(event) >= EVENT_FIELDS, event["id"]
            assert event["id"] not in seen
            seen.add(event["id"])
            assert event["type"] in CATEGORIES, event["id"]
            assert event["mode"] is None or event["mode"] in MODES[event["type"]], event["id"]
            assert event["auxiliary"] in AUXILIARIES, event["id"]
            assert event["actor"], event["id"]
            for party in event["actor"] + event["recipient"]:
                assert party["name"] and _COUNTRY.match(party["country"]), (event["id"], party)
            time = event["time"]
            if time is not None:
                assert ("date" in time) != ("relative_days" in time), event["id"]


def test_gold_covers_every_category() -> None:
    types = {event["type"] for doc in gold_docs() for event in doc["events"]}
    assert types == CATEGORIES


def test_gold_coordinates_are_plausible() -> None:
    for doc in gold_docs():
        for place in doc["places"] + [e["location"] for e in doc["events"] if e["location"]]:
            assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180, place
            assert _COUNTRY.match(place["country"]), place


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
