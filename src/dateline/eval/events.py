"""`dateline eval events` on seeds-format gold: event matching per ``../shared/gold/README.md``.

A system event matches a gold event when the types are equal and the actor and recipient country
sets are equal; where the gold has no recipient, the union of the system's actors and recipients is
compared with the gold actors; for CONSULT the unions are compared either way. Recall is over
``required`` gold events; precision counts system events matching no gold event as false. Negated
system events are left out (PLOVER excludes them by default). Matched pairs are also scored for
location (within 25 km) and time (interval overlap, relative days anchored on the date hint).

*Type right / date exact* (the incident-log measure) ignores actors: for each required gold event, the
system events whose sentence holds the gold evidence are its candidates; the type is right when one of
them has the gold type, and the date is exact (gold events with a time) when that event — else the first
candidate — has exactly the gold interval (a day, or the gold's relative days on the date hint).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.eval.common import PRF, GoldDoc, load_gold
from dateline.eval.runner import raw_for
from dateline.eval.times import locate
from dateline.model import Document, Event
from dateline.pipeline import Pipeline

LOCATION_KM = 25.0


@dataclass
class Pair:
    """One gold event and the system event matched to it (or None)."""

    doc: str
    gold: dict[str, Any]
    system: Event | None
    place_ok: bool | None = None
    time_ok: bool | None = None


@dataclass
class TypeDate:
    """One required gold event under the incident-log measure: type right, date exact (None: no gold time)."""

    doc: str
    gold: dict[str, Any]
    type_right: bool
    date_exact: bool | None
    #: per gold party of a type-right event: (country right, country and sector right)
    parties: list[tuple[bool, bool]] = field(default_factory=list)


@dataclass
class SeedsResult:
    pairs: list[Pair] = field(default_factory=list)
    unmatched: list[tuple[str, Event]] = field(default_factory=list)
    type_date: list[TypeDate] = field(default_factory=list)

    def type_date_rates(self) -> tuple[PRF, PRF]:
        """(type right over required events, date exact over required events with a gold time)."""
        typed = PRF(tp=sum(c.type_right for c in self.type_date), gold=len(self.type_date))
        timed = [c.date_exact for c in self.type_date if c.date_exact is not None]
        return typed, PRF(tp=sum(timed), gold=len(timed))

    def party_rates(self) -> tuple[PRF, PRF]:
        """Over the gold parties (actors and recipients) of required events whose type is right: (country
        right, country and sector right)."""
        marks = [m for c in self.type_date for m in c.parties]
        return PRF(tp=sum(m[0] for m in marks), gold=len(marks)), PRF(
            tp=sum(m[1] for m in marks), gold=len(marks)
        )

    @property
    def recall(self) -> PRF:
        """Required gold events matched."""
        required = [p for p in self.pairs if p.gold.get("required", True)]
        return PRF(tp=sum(p.system is not None for p in required), gold=len(required))

    @property
    def precision(self) -> PRF:
        """System events matching a gold event (required or not)."""
        matched = sum(p.system is not None for p in self.pairs)
        return PRF(tp=matched, predicted=matched + len(self.unmatched))

    @property
    def f1(self) -> float:
        p, r = self.precision.precision, self.recall.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, attribute: str) -> tuple[int, int]:
        """(correct, scored) for ``place_ok`` or ``time_ok`` over matched pairs."""
        values = [getattr(p, attribute) for p in self.pairs if getattr(p, attribute) is not None]
        return sum(values), len(values)

    def by_type(self) -> dict[str, Counter[str]]:
        table: dict[str, Counter[str]] = {}
        for p in self.pairs:
            row = table.setdefault(p.gold["type"], Counter())
            row["gold"] += 1
            row["matched"] += p.system is not None
        for _, event in self.unmatched:
            table.setdefault(event.type, Counter())["false"] += 1
        return table


def countries(refs: list[Any]) -> frozenset[str]:
    """Country codes of system `ActorRef`s or gold ``{name, country, sector}`` dicts. An international
    organisation counts as the pseudo-country ``IGO`` whether written so (the coder,
    ``examples/gold``) or as ``"country": null`` with sector IGO (``evalsets/``): one convention."""
    out = set()
    for ref in refs:
        code, sector = (
            (ref.get("country"), ref.get("sector")) if isinstance(ref, dict) else (ref.country, ref.sector)
        )
        if code or sector == "IGO":
            out.add(code or "IGO")
    return frozenset(out)


def matches(gold: dict[str, Any], event: Event) -> bool:
    """The gold README's matching rule."""
    if event.type != gold["type"]:
        return False
    g_actors, g_recipients = countries(gold.get("actor") or []), countries(gold.get("recipient") or [])
    s_actors, s_recipients = countries(event.actors), countries(event.recipients)
    if not g_recipients or gold["type"] == "CONSULT":
        return s_actors | s_recipients == g_actors | g_recipients
    return s_actors == g_actors and s_recipients == g_recipients


def counted(events: list[Event]) -> list[Event]:
    """The events a default export counts (negated ones are kept with evidence but not counted)."""
    return [e for e in events if e.auxiliary != "negated"]


def match_document(
    name: str, gold: list[dict[str, Any]], events: list[Event], hint: str | None
) -> SeedsResult:
    """Greedy one-to-one matching, required gold events first."""
    result = SeedsResult()
    free = counted(events)
    for event in sorted(gold, key=lambda e: not e.get("required", True)):
        hit = next((e for e in free if matches(event, e)), None)
        pair = Pair(name, event, hit)
        if hit is not None:
            free.remove(hit)
            pair.place_ok = place_ok(event.get("location"), hit)
            pair.time_ok = time_ok(event.get("time"), hit, hint)
        result.pairs.append(pair)
    result.unmatched = [(name, e) for e in free]
    return result


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def place_ok(gold: dict[str, Any] | None, event: Event) -> bool | None:
    if not gold or gold.get("lat") is None:
        return None
    place = event.place
    if place is None or place.lat is None or place.lon is None:
        return False
    return km(gold["lat"], gold["lon"], place.lat, place.lon) <= LOCATION_KM


def _month_bounds(hint: str) -> tuple[date, date] | None:
    parts = [int(p) for p in hint.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return None


def _interval(value: Any) -> tuple[date, date] | None:
    try:
        start, end = value
        return date.fromisoformat(str(start)[:10]), date.fromisoformat(str(end)[:10])
    except (TypeError, ValueError):
        return None


def _gold_target(gold: dict[str, Any], reference: tuple[date, date] | None) -> tuple[date, date] | None:
    if gold.get("date"):
        return _interval((gold["date"], gold["date"]))
    if gold.get("relative_days") and reference:
        d0, d1 = gold["relative_days"]
        return reference[0] + timedelta(days=d0), reference[1] + timedelta(days=d1)
    return None


def _system_interval(event: Event, reference: tuple[date, date] | None) -> tuple[date, date] | None:
    time = event.time
    if time is None:
        return None
    got = _interval((time.start, time.end)) if time.start and time.end else None
    if got is None and time.relative_days and reference:
        got = (
            reference[0] + timedelta(days=time.relative_days[0]),
            reference[1] + timedelta(days=time.relative_days[1]),
        )
    return got


def time_ok(gold: dict[str, Any] | None, event: Event, hint: str | None) -> bool | None:
    """Whether the system time interval overlaps the gold one (None when the gold gives no time)."""
    if not gold:
        return None
    reference = _month_bounds(hint) if hint else None
    target = _gold_target(gold, reference)
    if target is None:
        return None
    got = _system_interval(event, reference)
    return got is not None and got[0] <= target[1] and target[0] <= got[1]


def type_and_date(name: str, gold: list[dict[str, Any]], doc: Document, hint: str | None) -> list[TypeDate]:
    """The incident-log measure for every required gold event of one document (module docstring)."""
    reference = _month_bounds(hint) if hint else None
    events, out = counted(doc.events), []
    for event in (e for e in gold if e.get("required", True)):
        where = locate(doc.text, event.get("evidence") or "")
        here = [
            e
            for e in events
            if where and e.sentence and e.sentence.start < where.end and where.start < e.sentence.end
        ]
        typed = next((e for e in here if e.type == event["type"]), None)
        target = _gold_target(event["time"], reference) if event.get("time") else None
        chosen = typed or (here[0] if here else None)
        exact = (
            None if target is None else chosen is not None and _system_interval(chosen, reference) == target
        )
        marks = max(
            (party_marks(event, e) for e in here if e.type == event["type"]),
            key=lambda m: sum(a + b for a, b in m),
            default=[],
        )
        out.append(TypeDate(name, event, typed is not None, exact, marks))
    return out


def _code(ref: Any) -> tuple[str | None, str | None]:
    """(country code, sector) of a system `ActorRef` or a gold party, an IGO's country read as ``IGO``."""
    code, sector = (
        (ref.get("country"), ref.get("sector")) if isinstance(ref, dict) else (ref.country, ref.sector)
    )
    return (code or ("IGO" if sector == "IGO" else None)), sector


def party_marks(gold: dict[str, Any], event: Event) -> list[tuple[bool, bool]]:
    """For each gold party, whether a system party in the same role has its country, and its country and
    sector; roles are pooled where the matching rule pools them (no gold recipient, CONSULT)."""
    pooled = not gold.get("recipient") or gold["type"] == "CONSULT"
    marks = []
    for role, refs in (("actor", event.actors), ("recipient", event.recipients)):
        system = [_code(r) for r in (event.actors + event.recipients if pooled else refs)]
        for party in gold.get(role) or []:
            code, sector = _code(party)
            marks.append(
                (any(c == code for c, _ in system), any((c, s) == (code, sector) for c, s in system))
            )
    return marks


def evaluate_seeds(
    gold_path: Path, corpus: Path, pipeline: Pipeline | None = None, hinted: bool = False
) -> SeedsResult:
    """Run the full pipeline over the gold's documents and match their events."""
    gold = list(load_gold(gold_path))
    pipe = pipeline or Pipeline.from_config()
    raws = []
    for g in gold:
        raw = raw_for(g.doc, corpus)
        hint = g.data.get("publication_date_hint")
        raws.append(raw.model_copy(update={"published": str(hint)}) if hinted and hint else raw)
    return score_documents(gold, list(pipe.pipe(raws)))


def score_documents(gold: list[GoldDoc], docs: list[Document]) -> SeedsResult:
    result = SeedsResult()
    for g, doc in zip(gold, docs, strict=True):
        hint = g.data.get("publication_date_hint")
        part = match_document(g.doc, g.events, doc.events, hint)
        result.pairs += part.pairs
        result.unmatched += part.unmatched
        result.type_date += type_and_date(g.doc, g.events, doc, hint)
    return result


def print_seeds(result: SeedsResult, console: Console, title: str = "events") -> None:
    """Per-event matches, false events, a per-category table and the headline figures."""
    table = Table(title=f"{title}: gold events", header_style="bold")
    for column in ("doc", "gold", "type", "req", "matched", "place", "time"):
        table.add_column(column)
    for p in result.pairs:
        required = "yes" if p.gold.get("required", True) else ""
        matched = "✓" if p.system else "✗"
        table.add_row(p.doc[:12], str(p.gold.get("id", "")), p.gold["type"], required, matched,
                      _mark(p.place_ok), _mark(p.time_ok))  # fmt: skip
    console.print(table)
    false = Table(title=f"{title}: system events matching no gold event", header_style="bold")
    for column in ("doc", "type", "actors", "recipients", "trigger"):
        false.add_column(column)
    for name, e in result.unmatched:
        false.add_row(name[:12], e.type, _codes(e.actors), _codes(e.recipients), e.trigger_text or "")
    console.print(false)
    per_type = Table(title=f"{title}: per category", header_style="bold")
    for column in ("category", "gold", "matched", "false"):
        per_type.add_column(column)
    for name, row in sorted(result.by_type().items()):
        per_type.add_row(name, str(row["gold"]), str(row["matched"]), str(row["false"]))
    console.print(per_type)
    recall, precision = result.recall, result.precision
    place, place_n = result.rate("place_ok")
    time, time_n = result.rate("time_ok")
    console.print(
        f"required-event recall {recall.recall:.3f} ({int(recall.tp)}/{int(recall.gold)})  "
        f"precision {precision.precision:.3f} ({int(precision.tp)}/{int(precision.predicted)})  "
        f"F1 {result.f1:.3f}  | location ≤{LOCATION_KM:.0f} km {place}/{place_n}  | time {time}/{time_n}"
    )
    typed, dated = result.type_date_rates()
    console.print(
        f"type right {typed.recall:.3f} ({int(typed.tp)}/{int(typed.gold)})  "
        f"date exact {dated.recall:.3f} ({int(dated.tp)}/{int(dated.gold)})  (required, actors ignored)"
    )
    country, sector = result.party_rates()
    console.print(
        f"type-right parties: country {country.recall:.3f} ({int(country.tp)}/{int(country.gold)})  "
        f"country+sector {sector.recall:.3f} ({int(sector.tp)}/{int(sector.gold)})"
    )


def _mark(value: bool | None) -> str:
    return "" if value is None else ("✓" if value else "✗")


def _codes(refs: list[Any]) -> str:
    return " ".join(sorted(r.country or r.name for r in refs))
