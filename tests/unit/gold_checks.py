"""Checks every hand-written gold file of the project passes (sample corpus, evaluation sets).

Gold follows the seeds format (``../shared/gold/README.md``); `problems` lists what is wrong with one
gold file and its corpus folder, so that each test module states only what is particular to its set.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.eval.common import fold, load_gold

LANGUAGES = {"fr", "en"}
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
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO", "MED", "CVL", "BUS", "REL"}
SECTORS |= {"LAB", "REF", "EDU", "HLH", "ELI", "UAF", "CRM", "LEG", "ELC"}
AUXILIARIES = {None, "historical", "future", "hypothetical", "negated"}
DOC_FIELDS = ["doc", "language", "outlet", "title", "publication_date", "publication_date_hint", "not_body"]
DOC_FIELDS += ["captions", "body_starts", "body_ends", "cited_sources", "story", "places", "events"]
EVENT_FIELDS = {"id", "required", "type", "mode", "actor", "recipient", "location", "time", "attribution"}
EVENT_FIELDS |= {"auxiliary", "evidence"}
_TAG = re.compile(r"<[^>]+>")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


def gold_docs(gold: Path) -> list[dict[str, Any]]:
    return [g.data for g in load_gold(gold)]


def source_text(corpus: Path, name: str) -> str:
    """The folded text of a gold ``doc`` (a file, or ``file.jsonl#L<n>``), HTML tags removed."""
    if "#L" in name:
        file_name, line = name.rsplit("#L", 1)
        record = json.loads((corpus / file_name).read_text(encoding="utf-8").splitlines()[int(line) - 1])
        raw = record.get("html") or record["text"]
    else:
        raw = (corpus / name).read_text(encoding="utf-8")
    return fold(_TAG.sub("", raw))


def problems(gold: Path, corpus: Path, countryless: bool = False) -> Iterator[str]:
    """Everything wrong with `gold` and its `corpus`; `countryless` lets a generic agent have no country
    when neither its words, the event's place nor the document name one (it then needs a sector)."""
    docs = gold_docs(gold)
    names = [doc["doc"] for doc in docs]
    if len(names) != len(set(names)):
        yield "a document is coded twice"
    if {n.split("#L")[0] for n in names} != {p.name for p in corpus.iterdir() if p.is_file()}:
        yield "the gold's documents and the corpus files differ"
    seen: set[str] = set()
    for doc in docs:
        yield from _document_problems(doc, corpus, seen, countryless)


def _document_problems(doc: dict[str, Any], corpus: Path, seen: set[str], countryless: bool) -> Iterator[str]:
    name = doc["doc"]
    if list(doc) != DOC_FIELDS:
        yield f"{name}: fields {list(doc)}"
    if doc["language"] not in LANGUAGES or not doc["publication_date_hint"]:
        yield f"{name}: language or publication_date_hint"
    text = source_text(corpus, name)
    quoted = [doc["title"], doc["body_starts"], doc["body_ends"], *doc["not_body"], *doc["captions"]]
    quoted += [e["evidence"] for e in doc["events"]] + [e["time"]["text"] for e in doc["events"] if e["time"]]
    yield from (f"{name}: not in the text: {value!r}" for value in quoted if fold(value) not in text)
    for place in doc["places"] + [e["location"] for e in doc["events"] if e["location"]]:
        if not (
            -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and _COUNTRY.match(place["country"])
        ):
            yield f"{name}: place {place}"
    for event in doc["events"]:
        yield from _event_problems(event, seen, countryless)


def _event_problems(event: dict[str, Any], seen: set[str], countryless: bool) -> Iterator[str]:
    key = event.get("id", "?")
    if not set(event) >= EVENT_FIELDS or key in seen:
        yield f"{key}: fields, or the id is used twice"
    seen.add(key)
    if event["type"] not in CATEGORIES or not (
        event["mode"] is None or event["mode"] in MODES[event["type"]]
    ):
        yield f"{key}: type {event['type']} / mode {event['mode']}"
    if event["auxiliary"] not in AUXILIARIES or not event["actor"]:
        yield f"{key}: auxiliary or no actor"
    for party in event["actor"] + event["recipient"]:
        country, sector = party.get("country"), party.get("sector")
        if not party.get("name") or (sector is not None and sector not in SECTORS):
            yield f"{key}: party {party}"
        if not (country and _COUNTRY.match(country)) and not (countryless and country is None and sector):
            yield f"{key}: party country {party}"
    time = event["time"]
    if time is not None and ("date" in time) == ("relative_days" in time):
        yield f"{key}: time needs a date or relative_days"
