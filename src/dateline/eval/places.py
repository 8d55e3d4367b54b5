"""``dateline eval places``: geoparsing scores on the English dev sets, the own sets and the seeds.

Dev sets (``../shared/dev/geo``: LGL, TR-News, GeoVirus) are scored two ways:

- *given gold spans*: each gold toponym string is resolved in its document's context (the other
  gold toponyms); accuracy within 161 km / 25 km and the median error;
- *end to end*: our NER + resolution; toponym P/R/F1 by span overlap, and the same accuracies
  over every gold toponym, a missed one counting as an error of 20,038 km (half the equator).

End to end, the error kinds are counted too (`dateline.eval.place_errors`).

Own sets (``examples/gold``, no ``../shared`` needed; `dateline.eval.places_own`): given gold spans, and the
full pipeline end to end, with the event-place score.

Seeds (``../shared/gold/seeds.jsonl``, full pipeline): each gold place must match a place found in its
document within 25 km; a country also matches by identity (coordinates of a country are a convention); no
event may be placed in a country the report does not mention.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from dateline.config import PlacesSettings
from dateline.eval.common import PRF, load_gold, require_shared, shared_dir
from dateline.eval.place_errors import MISS_KM, ErrorKinds, count_errors, country_ids, error_km, overlaps
from dateline.kb.gazetteer import Entry, Gazetteer, haversine_km
from dateline.kb.geo_resolver import Resolver, Toponym, outlet_regions
from dateline.model import Document, Language, Place, RawDocument, Span
from dateline.resources import Resources
from dateline.stages.places import Places, clean_surface, toponym_for
from dateline.stages.places.doc_region import unit_kind
from dateline.stages.places.hierarchy import with_parents
from dateline.stages.places.hosts import orphan_toponym

if TYPE_CHECKING:
    from dateline.eval.places_own import EventPlaceScore

GEO_SETS: dict[str, str] = {"LGL": "LGL_lgl.xml", "TR-News": "TR-News.xml", "GeoVirus": "GeoVirus.xml"}
#: Sets whose gold annotates demonyms as toponyms ("Russian", "Turkish"); GeoVirus's annotates none, so it is
#: scored with demonyms off, as the pipeline runs.
DEMONYM_SETS: frozenset[str] = frozenset({"LGL", "TR-News"})
#: What ``dateline eval places`` scores by default: the dev sets and the own (non-blind) sets.
DEFAULT_SETS: tuple[str, ...] = (*GEO_SETS, "own-fr", "own-en", "local-en", "local-fr")


@dataclass(frozen=True)
class GoldToponym:
    """A gold toponym; the own sets also give its point's precision (``town``, ``admin1``, ``country``…),
    whether it is the event's place, and the parent the text names it in (ISO-3, admin-1 name)."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    precision: str | None = None
    event: bool = False
    parent_country: str | None = None
    parent_admin1: str | None = None


@dataclass(frozen=True)
class GeoDoc:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    outlet: str = ""


def _align(text: str, phrase: str, start: int) -> int:
    """Where `phrase` starts: the given offset, else its nearest occurrence (some sets are off by a few)."""
    if text[start : start + len(phrase)] == phrase:
        return start
    hits = [i for i in range(len(text)) if text.startswith(phrase, i)]
    return min(hits, key=lambda i: abs(i - start)) if hits else start


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def load_geo(path: Path) -> list[GeoDoc]:
    """A geoparsing set: LGL/TR-News ``<toponym>`` markup or GeoVirus ``<location>`` markup."""
    docs = []
    for n, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        gold = []
        for node in [*article.iter("toponym"), *article.iter("location")]:
            phrase = node.findtext("phrase") or node.findtext("name") or ""
            tag = node.find("gaztag")
            coords = tag if tag is not None else node
            start = _align(text, phrase, int(node.findtext("start") or 0))
            gold.append(
                GoldToponym(
                    start,
                    start + len(phrase),
                    phrase,
                    _float(coords.findtext("lat")),
                    _float(coords.findtext("lon")),
                )
            )
        outlet = (article.findtext("domain") or article.findtext("feedid") or "").strip()
        docs.append(GeoDoc(article.get("docid") or str(n), text, tuple(gold), outlet))
    return docs


@dataclass(frozen=True)
class Miss:
    """A gold toponym resolved more than 161 km from its gold point (given spans), for error analysis.

    `category`: ``no candidate`` (the gazetteer has no record of that name), ``ranking`` (one of its
    candidates lies within 161 km: the ranking chose another) or ``no near candidate`` (none does: a
    reference-point convention, say for a country or an admin unit, or a place the gazetteer lacks)."""

    doc: str
    outlet: str
    text: str
    lat: float
    lon: float
    found: str
    km: float
    category: str


@dataclass
class GeoScore:
    """Toponym P/R/F1 and distance errors (km, one per gold toponym with coordinates)."""

    name: str
    mode: str
    prf: PRF = field(default_factory=PRF)
    errors: list[float] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    kinds: ErrorKinds = field(default_factory=ErrorKinds)

    def accuracy(self, km: float) -> float:
        return sum(e <= km for e in self.errors) / len(self.errors) if self.errors else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors) if self.errors else 0.0


def score_given_spans(name: str, docs: Sequence[GeoDoc], stage: Places, outlets: bool = True) -> GeoScore:
    """Resolve every gold toponym string in its document: the other gold toponyms give context, and so do
    the outlet's country (as in the pipeline) and, with `outlets`, the outlet's region in the corpus."""
    resolver = stage.resolver
    score = GeoScore(name, "gold spans" + (" + outlet region" if outlets else ""))
    golds = [sorted((g for g in doc.toponyms if g.lat is not None), key=lambda g: g.start) for doc in docs]
    toponyms = [
        with_parents(
            d.text,
            [(Span(start=g.start, end=g.end), _gold_toponym(d.text, g, resolver.gazetteer)) for g in gold],
            functools.partial(unit_kind, resolver.gazetteer),
        )
        for d, gold in zip(docs, golds, strict=True)
    ]
    regions = {}
    if outlets:
        regions = outlet_regions([d.outlet for d in docs], [resolver.anchors(t).values() for t in toponyms])
    for doc, gold, names in zip(docs, golds, toponyms, strict=True):
        context = stage.context_for(doc.outlet, regions.get(doc.outlet, []))
        context = stage.with_home(doc.outlet, names, context, doc.text)
        for g, toponym, resolution in zip(gold, names, resolver.resolve(names, context), strict=True):
            entry = resolution.entry if resolution else None
            score.errors.append(error_km(g, entry.lat if entry else None, entry.lon if entry else None))
            if score.errors[-1] > 161:
                score.misses.append(_miss(doc, g, toponym, entry, score.errors[-1], resolver))
    score.prf = PRF(tp=len(score.errors), predicted=len(score.errors), gold=len(score.errors))
    return score


def _miss(
    doc: GeoDoc, gold: GoldToponym, toponym: Toponym, entry: Entry | None, km: float, resolver: Resolver
) -> Miss:
    near = any(error_km(gold, e.lat, e.lon) <= 161 for e, _ in resolver.candidates(toponym))
    category = "no candidate" if entry is None else "ranking" if near else "no near candidate"
    found = f"{entry.name} ({entry.country} {entry.admin1 or ''} {entry.feature_code})" if entry else ""
    return Miss(
        doc.id, doc.outlet, toponym.text, gold.lat or 0.0, gold.lon or 0.0, found, round(km, 1), category
    )


def write_misses(report: PlacesReport, path: Path) -> None:
    """Every given-spans miss of the report as a tab-separated table (set, mode, then `Miss`'s fields)."""
    fields = [f.name for f in dataclasses.fields(Miss)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["set", "mode", *fields])
        for score in report.scores:
            for miss in score.misses:
                writer.writerow([score.name, score.mode, *(getattr(miss, f) for f in fields)])


def _gold_toponym(text: str, gold: GoldToponym, gaz: Gazetteer) -> Toponym:
    found = toponym_for(text, Span(start=gold.start, end=gold.end), gaz, demonyms=True)
    return found or orphan_toponym(clean_surface(gold.text))


def score_end_to_end(name: str, docs: Sequence[GeoDoc], stage: Places) -> list[GeoScore]:
    """Our NER and resolution on the raw texts, scored against every gold toponym (the outlet's country as
    context, as in the pipeline; then the outlet's region in the corpus too)."""
    from dateline.stages.analyse import Analyse

    documents = [Document(id=d.id, text=d.text, language=Language(code="en", confidence=1.0)) for d in docs]
    analysed = list(Analyse(stage.resources.models).pipe(documents))
    found = [stage.toponyms(doc) for doc in analysed]
    for doc in analysed:
        doc.analysis = None
    anchors = [stage.resolver.anchors([f.toponym for f in items]).values() for items in found]
    countries = country_ids(stage.resolver.gazetteer)
    scores = []
    for outlets, regions in ((False, {}), (True, outlet_regions([d.outlet for d in docs], anchors))):
        score = GeoScore(name, "end to end" + (" + outlet region" if outlets else ""))
        for gold_doc, doc, items in zip(docs, analysed, found, strict=True):
            context = stage.context_for(gold_doc.outlet, regions.get(gold_doc.outlet, []))
            stage.locate(doc, context, items, address=gold_doc.outlet)
            match(score, gold_doc.toponyms, [(s, p) for p in doc.places for s in p.mentions], countries)
        scores.append(score)
    return scores


def match(
    score: GeoScore,
    gold: Sequence[GoldToponym],
    predicted: list[tuple[Span, Place]],
    countries: frozenset[int],
) -> None:
    """Add one document's predicted place mentions to `score`: P/R/F1 by overlap, distances, error kinds."""
    for span, _ in predicted:
        hit = [g for g in gold if overlaps(g, span)]
        if not hit:
            score.prf.predicted += 1
        elif any(g.lat is not None for g in hit):
            score.prf.predicted += 1
            score.prf.tp += 1
    for g in gold:
        if g.lat is None:
            continue
        score.prf.gold += 1
        places = [p for s, p in predicted if overlaps(g, s)]
        score.errors.append(min((error_km(g, p.lat, p.lon) for p in places), default=MISS_KM))
    score.prf.tp = min(score.prf.tp, score.prf.gold)
    score.kinds.add(count_errors(gold, predicted, countries))


@dataclass
class SeedsScore:
    """Gold places of the seeds matched within 25 km (or, for a country, by identity); events placed in a
    country the report does not mention (`violations`)."""

    matched: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    events: int = 0
    violations: list[str] = field(default_factory=list)


def mentioned_countries(gold: dict[str, Any]) -> set[str]:
    """ISO-3 codes a seed report mentions: its gold places', event places' and actors' countries."""
    events = gold.get("events") or []
    rows = [*(gold.get("places") or []), *(e.get("location") or {} for e in events)]
    rows += [a for e in events for a in (e.get("actor") or []) + (e.get("recipient") or [])]
    return {str(row["country"]) for row in rows if row.get("country")}


def score_seeds(stage: Places) -> SeedsScore:
    """Run the full pipeline (`stage` as its places stage) on the seeds; match their gold places and check
    that no event is placed in a country the report does not mention."""
    from dateline.pipeline import Pipeline

    seeds = require_shared("corpus", "seeds")
    pipeline = Pipeline([stage if s.name == "places" else s for s in Pipeline.from_config().stages])
    score = SeedsScore()
    for gold in load_gold(require_shared("gold", "seeds.jsonl")):
        path = seeds / gold.doc
        doc = pipeline(RawDocument(content=path.read_bytes(), uri=str(path)))
        for place in gold.data.get("places") or []:
            score.gold += 1
            if _seed_match(place, doc.places, stage.resolver.gazetteer):
                score.matched += 1
            else:
                score.misses.append(f"{gold.doc}: {place['name']}")
        mentioned = mentioned_countries(gold.data)
        for event in doc.events:
            score.events += 1
            if event.place is not None and event.place.country not in mentioned:
                score.violations.append(
                    f"{gold.doc}: {event.type} placed at {event.place.name} ({event.place.country})"
                )
    return score


def _seed_match(gold: dict[str, object], places: list[Place], gaz: Gazetteer) -> bool:
    lat, lon = float(gold["lat"]), float(gold["lon"])  # type: ignore[arg-type]
    if any(
        p.lat is not None and p.lon is not None and haversine_km(lat, lon, p.lat, p.lon) <= 25 for p in places
    ):
        return True
    country_ids = {e.geonames_id for e in gaz.candidates(str(gold["name"])) if e.feature_code == "PCLI"}
    return any(p.geonames_id in country_ids and p.country == gold.get("country") for p in places)


@dataclass
class PlacesReport:
    scores: list[GeoScore] = field(default_factory=list)
    seeds: SeedsScore | None = None
    events: list[EventPlaceScore] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def evaluate(
    sets: Sequence[str] = DEFAULT_SETS,
    limit: int | None = None,
    end_to_end: bool = True,
    seeds: bool = True,
) -> PlacesReport:
    """Score the places stage on the geo dev sets (both modes), the own sets (given spans, and the full
    pipeline end to end with its events' places) and the seeds; sets under ``../shared`` are skipped with a
    note when it is absent."""
    from dateline.eval.places_own import OWN_SETS, load_own, own_path, score_own
    from dateline.pipeline import Pipeline

    stage = Places(PlacesSettings(demonyms=True), Resources.shared())
    no_demonyms = Places(PlacesSettings(), stage.resources)
    report = PlacesReport()
    pipeline = None
    for name in sets:
        if name in OWN_SETS:
            own = load_own(own_path(name))[:limit]
            report.scores.append(score_given_spans(name, [d.geo for d in own], stage, outlets=False))
            if end_to_end:
                pipeline = pipeline or Pipeline.from_config()
                places, events = score_own(name, own, pipeline, country_ids(stage.resolver.gazetteer))
                report.scores.append(places)
                report.events.append(events)
            continue
        if shared_dir() is None:
            report.notes.append(f"{name}: skipped, ../shared is not present")
            continue
        docs = load_geo(require_shared("dev", "geo", GEO_SETS[name]))[:limit]
        geo_stage = stage if name in DEMONYM_SETS else no_demonyms
        for outlets in (False, True):
            report.scores.append(score_given_spans(name, docs, geo_stage, outlets))
        if end_to_end:
            report.scores += score_end_to_end(name, docs, geo_stage)
    if seeds and shared_dir() is not None:
        report.seeds = score_seeds(no_demonyms)
    elif seeds:
        report.notes.append("seeds: skipped, ../shared is not present")
    return report


def print_report(report: PlacesReport, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title="places: geoparsing (acc@km over gold toponyms with coordinates)")
    for column in ("set", "mode", "gold", "P", "R", "F1", "acc@161", "acc@25", "median km"):
        table.add_column(column, justify="left" if column in ("set", "mode") else "right")
    for s in report.scores:
        prf = s.prf
        table.add_row(
            s.name, s.mode, str(int(prf.gold)), f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
            f"{s.accuracy(161):.3f}", f"{s.accuracy(25):.3f}", f"{s.median_km:.1f}",
        )  # fmt: skip
    console.print(table)
    _print_kinds(report, console)
    for events in report.events:
        console.print(
            f"{events.name}: event place within 25 km {events.within}/{events.reports} "
            f"({events.accuracy:.3f}); "
            f"no event place {events.no_place}/{events.reports} ({events.no_place_rate:.3f})"
        )
    if report.seeds is not None:
        seeds = report.seeds
        console.print(
            f"seeds: {seeds.matched}/{seeds.gold} gold places matched within 25 km (countries by identity)"
        )
        for miss in seeds.misses:
            console.print(f"  missed: {miss}")
        console.print(
            f"seeds: {len(seeds.violations)} of {seeds.events} events placed in a country the report "
            "does not mention"
        )
        for violation in seeds.violations:
            console.print(f"  {violation}")
    for note in report.notes:
        console.print(note)


def _print_kinds(report: PlacesReport, console: Console) -> None:
    table = Table(title="places: error kinds, end to end (no outlet region)")
    for column in (
        "set",
        "gold",
        "false toponym",
        "country as town",
        "outside parent",
        "missed",
        "wrong > 161 km",
    ):
        table.add_column(column, justify="left" if column == "set" else "right")
    for s in report.scores:
        if s.mode.startswith("end to end") and "region" not in s.mode:
            k = s.kinds
            # the dev sets give neither the gold's precision nor its parent
            country, outside = ("–", "–") if s.name in GEO_SETS else (k.country_as_town, k.outside_parent)
            table.add_row(
                s.name, str(int(s.prf.gold)), str(k.false_toponym), str(country), str(outside),
                str(k.missed), str(k.wrong_place),
            )  # fmt: skip
    console.print(table)
