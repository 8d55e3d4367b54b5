"""The project's own place sets (``examples/gold``): loading, end-to-end scoring and the event-place score.

Each report runs through the full pipeline (``dateline.pipeline``) on its raw text. Its places are scored like
the dev sets end to end (toponym P/R/F1, accuracies, error kinds); its events' place against the gold event
place: the first event in text order that has a place must lie within 25 km of it, and a report whose events
have no place at all counts as "no event place".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.eval.place_errors import error_km
from dateline.eval.places import GeoDoc, GeoScore, GoldToponym, match
from dateline.model import Document, PlaceRef, RawDocument
from dateline.pipeline import Pipeline

GOLD_DIR = Path(__file__).resolve().parents[3] / "examples" / "gold"
#: Own sets by name → file under ``examples/gold``; the ``blind-`` sets are scored only at the end of a piece
#: of work, never tuned on, and are not in the default selection; nor are the ``world-`` sets (issue 14's
#: fifth pass: written before its tuning, scored once at its end), nor ``setting-en`` (issue 14, event
#: places against parties and cities against same-named provinces elsewhere; likewise), nor ``towns-en``
#: (issue 14's eighth pass: small towns settled by their county or state, same-named towns; likewise), nor
#: ``depts-fr`` (issue 14's ninth pass: French départements and towns with look-alike names abroad;
#: likewise), nor ``abroad-en``/``abroad-fr`` (issue 14's tenth pass: Africa, Asia, Latin America, admin-1
#: names, same-named towns; likewise), nor ``provinces-fr`` (issue 14, French names of provinces, regions
#: and countries in Africa, the Middle East and Europe; likewise), nor ``county-en``
#: (issue 14's twelfth pass: local papers' towns with bigger namesakes, compass-prefixed names, places
#: heading organisations' names; likewise), nor ``hard-en``/``hard-fr`` (issue 14's given-span pass: state and
#: city abbreviations, towns named like states or countries, admin-1 names alone, points of interest named
#: with their town, French exonyms of provinces; likewise), nor ``sites-en`` (issue 14, session 14:
#: incident-log reports from Syrian, Iraqi and Lebanese villages, 16 English and 8 French; likewise), nor
#: ``sites2`` (issue 14, session 15: short conflict reports from Syria, Iraq, Lebanon, Yemen, Libya and the
#: Sahel, 14 English and 10 French: transliteration variants, camps, crossings, bases; likewise), nor
#: ``sites3`` (issue 14, session 16: short conflict, protest and incident reports from Syrian, Iraqi and
#: Lebanese towns no other set names, 12 English and 12 French, datelines and other clauses' places;
#: likewise), nor ``towns2`` (issue 14, session 17: towns sharing their name with towns abroad — Kingston,
#: Victoria, San Jose, Tripoli, Alexandria, Córdoba, Valencia, London, Perth… — and admin-1 units, 12 English
#: and 12 French; likewise), nor ``territories`` (issue 15, session 17: overseas territories and other
#: country-level territories, facilities named after persons, towns sharing their names, 10 English and 10
#: French; likewise), nor ``conflict-en``/``conflict-fr`` (issue 14, session 18: short conflict reports from
#: Syrian, Iraqi, Lebanese, Yemeni, Libyan and Sahel villages and frontlines, 12 English and 12 French;
#: likewise), nor ``towns3`` (issue 14, session 18: local news with city districts, airports and towns
#: named like bigger ones elsewhere, settled by the state or province named in the report, 12 English and 12
#: French; likewise), nor ``towns4`` (issue 14, session 19: towns sharing their name with a capital or a
#: bigger city elsewhere — London, Ont., Paris, Texas, Vienne, Isère, Wellington, Western Cape… — settled by
#: the province, state, county or neighbour towns the report names, and controls where the famous place is
#: meant, 15 English and 15 French; likewise), nor ``conflict2`` (issue 14, session 19: short conflict
#: reports from Syria, Iraq, Lebanon, Yemen, Libya, the Sahel and eastern Congo, 12 English and 12 French:
#: villages in a governorate's countryside, frontlines, roads between two towns, transliteration variants;
#: likewise), nor ``webnews`` (issue 14, session 20: English web news — local papers' sites, wire pickups,
#: blogs — with every kind of toponym GeoWebNews annotates: towns with their state or province, counties,
#: neighbourhoods, regions, countries, rivers, mountains, parks, airports, streets, and famous namesakes;
#: likewise), nor ``conflict3`` (issue 14, session 20: short conflict reports from Syria, Iraq, Lebanon,
#: Yemen, Libya, the Sahel and eastern Congo, 12 English and 12 French: transliteration variants, roads
#: between two towns, named parent territories, villages GeoNames lacks; likewise), nor ``webnews2``
#: (issue 14, session 21: English web news from the US, UK, Ireland, India, Nigeria, Kenya, South Africa,
#: Australia, New Zealand, Canada and the Philippines with GeoWebNews's literal and embedded kinds:
#: "Lagos-based", "Kenyan-born", countries as noun modifiers, "N.Y.", "U.K.", places heading or ending
#: organisations' names, natural features and roads; likewise), nor ``homonyms`` (issue
#: 14, session 21: 12 English and 12 French reports on places sharing their name with other places — Tripoli,
#: Perth, Paris, London, Valencia, Kingston, Hamilton, Mérida, Saint-Louis, Sainte-Marie… — where only the
#: report's other places, demonyms, institutions or currency tell which is meant; likewise).
OWN_SETS: dict[str, str] = {
    "own-fr": "places_fr.jsonl",
    "own-en": "incidents_en.jsonl",
    "local-en": "local_en.jsonl",
    "local-fr": "local_fr.jsonl",
    "blind-fr": "blind/places_fr.jsonl",
    "blind-en": "blind/incidents_en.jsonl",
    "world-en": "world_en.jsonl",
    "world-fr": "world_fr.jsonl",
    "setting-en": "setting_en.jsonl",
    "towns-en": "towns_en.jsonl",
    "depts-fr": "depts_fr.jsonl",
    "abroad-en": "abroad_en.jsonl",
    "abroad-fr": "abroad_fr.jsonl",
    "provinces-fr": "provinces_fr.jsonl",
    "county-en": "county_en.jsonl",
    "hard-en": "hard_en.jsonl",
    "hard-fr": "hard_fr.jsonl",
    "sites-en": "sites_en.jsonl",
    "sites2": "sites2.jsonl",
    "sites3": "sites3.jsonl",
    "towns2": "towns2.jsonl",
    "territories": "territories.jsonl",
    "conflict-en": "conflict_en.jsonl",
    "conflict-fr": "conflict_fr.jsonl",
    "towns3": "towns3.jsonl",
    "towns4": "towns4.jsonl",
    "conflict2": "conflict2.jsonl",
    "webnews": "webnews.jsonl",
    "conflict3": "conflict3.jsonl",
    "webnews2": "webnews2.jsonl",
    "homonyms": "homonyms.jsonl",
}
EVENT_KM = 25.0


@dataclass(frozen=True)
class OwnDoc:
    """One report of an own set: its text and toponyms, and (incident set) its event's type and date."""

    geo: GeoDoc
    event_type: str | None = None
    event_date: str | None = None

    @property
    def event_place(self) -> GoldToponym | None:
        return next((g for g in self.geo.toponyms if g.event), None)


def _toponym(row: dict[str, Any]) -> GoldToponym:
    parent = row.get("parent") or {}
    return GoldToponym(
        row["start"], row["end"], row["text"], row["lat"], row["lon"], row.get("precision"),
        bool(row.get("event")), parent.get("country"), parent.get("admin1"),
    )  # fmt: skip


def load_own(path: Path) -> list[OwnDoc]:
    """An own set (JSONL, one report a line: ``doc``, ``text``, ``toponyms``, optional ``event``)."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        event = row.get("event") or {}
        toponyms = tuple(_toponym(t) for t in row["toponyms"])
        docs.append(OwnDoc(GeoDoc(row["doc"], row["text"], toponyms), event.get("type"), event.get("date")))
    return docs


def own_path(name: str) -> Path:
    return GOLD_DIR / OWN_SETS[name]


@dataclass
class EventPlaceScore:
    """Reports whose first placed event lies within 25 km of the gold event place, and those with none."""

    name: str
    reports: int = 0
    within: int = 0
    no_place: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.within / self.reports if self.reports else 0.0

    @property
    def no_place_rate(self) -> float:
        return self.no_place / self.reports if self.reports else 0.0


def event_place(doc: Document) -> PlaceRef | None:
    """The place of the document's first event in text order that has one."""

    def position(span: Any) -> int:
        return span.start if span is not None else len(doc.text or "")

    placed = [e for e in doc.events if e.place is not None]
    first = min(placed, key=lambda e: position(e.trigger or e.sentence), default=None)
    return first.place if first else None


def score_event_place(
    score: EventPlaceScore, doc_id: str, gold: GoldToponym | None, ref: PlaceRef | None
) -> None:
    """Add one report: its gold event place against the pipeline's event place."""
    if gold is None:
        return
    score.reports += 1
    if ref is None:
        score.no_place += 1
        score.misses.append(f"{doc_id}: {gold.text}: no event place")
    elif error_km(gold, ref.lat, ref.lon) <= EVENT_KM:
        score.within += 1
    else:
        score.misses.append(f"{doc_id}: {gold.text}: {ref.name} ({ref.country}, {ref.rule})")


def run_pipeline(docs: Sequence[OwnDoc], pipeline: Pipeline) -> list[Document]:
    """The full pipeline on each report's raw text (the cleaned text must be the gold's: offsets are its)."""
    raws = [RawDocument(content=d.geo.text.encode("utf-8"), uri=None, kind="text") for d in docs]
    results = list(pipeline.pipe(raws))
    for gold, doc in zip(docs, results, strict=True):
        if doc.text != gold.geo.text:
            raise ValueError(f"{gold.geo.id}: the cleaned text differs from the gold text")
    return results


def score_own(
    name: str, docs: Sequence[OwnDoc], pipeline: Pipeline, countries: frozenset[int]
) -> tuple[GeoScore, EventPlaceScore]:
    """End-to-end place scores and the event-place score of an own set."""
    places, events = GeoScore(name, "end to end"), EventPlaceScore(name)
    for gold, doc in zip(docs, run_pipeline(docs, pipeline), strict=True):
        match(places, gold.geo.toponyms, [(s, p) for p in doc.places for s in p.mentions], countries)
        score_event_place(events, gold.geo.id, gold.event_place, event_place(doc))
    return places, events
