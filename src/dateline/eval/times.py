"""`dateline eval times`: event times and cited sources against seeds-format gold.

Rules (documented in ``docs/times.md``):

- **Reference date**: the gold ``publication_date_hint`` is declared as the publication
  date. A month hint ("2016-11") means the whole month: the reference is the interval
  ``[first, last day]`` and every relative time is resolved for any day in it.
- **Gold interval**: ``time.date`` is the day, month or year it names; ``time.relative_days``
  ``[a, b]`` is ``[ref_start + a, ref_end + b]``.
- **Found**: a `TimeExpr` overlaps the gold ``time.text`` (a parenthetical note in the gold
  text is dropped), located in the text near the gold evidence.
- **Resolved**: the expression's interval meets the gold interval and is at most twice as wide
  (plus one day): a vague answer does not pass for a precise one.
- **Expression level** counts REQUIRED gold events with a time; **event level** (when the
  pipeline produced events) checks the time of the system event of the same type in the gold
  evidence sentence. **From text alone**: every gold time with an absolute ``date`` must
  resolve inside it with no hint at all (the publication date is then inferred).
- **Cited sources**: gold ``cited_sources`` vs `cited_sources` (case-insensitive; one name
  containing the other counts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.eval.common import PRF, GoldDoc, fold, load_gold
from dateline.eval.runner import raw_for
from dateline.model import Document, Span
from dateline.pipeline import DEFAULT_STAGES, INITIAL_FIELDS, Pipeline, registry
from dateline.stages.attributions import cited_sources
from dateline.stages.times.published import reference
from dateline.stages.times.rules import parse_iso

Interval = tuple[date, date]


@dataclass(frozen=True)
class TimeCheck:
    """One gold time: where it is, what we made of it and whether that lands in the gold interval."""

    doc: str
    text: str
    required: bool
    gold: Interval | None
    found: str | None = None
    resolved: Interval | None = None

    @property
    def ok(self) -> bool:
        return self.gold is not None and self.resolved is not None and inside(self.resolved, self.gold)


@dataclass(frozen=True)
class PublishedCheck:
    """The publication date inferred with no hint against the hint (None: nothing inferred)."""

    doc: str
    hint: Interval
    inferred: Interval | None
    source: str

    @property
    def ok(self) -> bool:
        return (
            self.inferred is not None
            and self.inferred[0] <= self.hint[0]
            and self.hint[1] <= self.inferred[1]
        )


@dataclass
class SourceCheck:
    doc: str
    gold: list[str]
    predicted: list[str]
    prf: PRF


@dataclass
class TimesResult:
    expressions: list[TimeCheck] = field(default_factory=list)
    events: list[TimeCheck] = field(default_factory=list)
    unhinted: list[TimeCheck] = field(default_factory=list)
    sources: list[SourceCheck] = field(default_factory=list)
    published: list[PublishedCheck] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def rate(checks: Sequence[TimeCheck]) -> float:
        return sum(c.ok for c in checks) / len(checks) if checks else 0.0

    @property
    def required(self) -> list[TimeCheck]:
        return [c for c in self.expressions if c.required]

    @property
    def source_prf(self) -> PRF:
        return PRF(
            tp=sum(s.prf.tp for s in self.sources),
            predicted=sum(s.prf.predicted for s in self.sources),
            gold=sum(s.prf.gold for s in self.sources),
        )


def inside(ours: Interval, gold: Interval) -> bool:
    """Does `ours` meet `gold` without being more than twice as wide (plus a day)?"""
    meets = ours[0] <= gold[1] and gold[0] <= ours[1]
    return meets and (ours[1] - ours[0]).days <= 2 * (gold[1] - gold[0]).days + 1


def gold_interval(time: dict[str, Any], hint: Interval | None) -> Interval | None:
    """The interval a gold ``time`` stands for (relative days need the reference `hint`)."""
    if time.get("date"):
        return parse_iso(str(time["date"]))
    days = time.get("relative_days")
    if days and hint:
        return hint[0] + timedelta(days=days[0]), hint[1] + timedelta(days=days[1])
    return None


def _pattern(text: str) -> re.Pattern[str]:
    words = fold(re.sub(r"\([^)]*\)", " ", text)).split(" ")
    return re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)


def locate(text: str, needle: str, near: str | None = None) -> Span | None:
    """Where `needle` occurs in `text`, preferring the occurrence inside the `near` extract."""
    if near:
        around = _pattern(near).search(text)
        if around:
            inner = _pattern(needle).search(text, around.start(), around.end())
            if inner:
                return Span(start=inner.start(), end=inner.end())
    match = _pattern(needle).search(text)
    return Span(start=match.start(), end=match.end()) if match else None


def _interval(start: str | None, end: str | None) -> Interval | None:
    return (date.fromisoformat(start), date.fromisoformat(end)) if start and end else None


def check_expression(doc: Document, name: str, event: dict[str, Any], hint: Interval | None) -> TimeCheck:
    time = event["time"]
    base = TimeCheck(name, time["text"], bool(event.get("required", True)), gold_interval(time, hint))
    where = locate(doc.text, time["text"], event.get("evidence"))
    hit = next(
        (t for t in doc.times if where and t.span.start < where.end and where.start < t.span.end), None
    )
    if hit is None:
        return base
    return TimeCheck(base.doc, base.text, base.required, base.gold, hit.text, _interval(hit.start, hit.end))


def check_event(doc: Document, name: str, event: dict[str, Any], hint: Interval | None) -> TimeCheck:
    time = event["time"]
    base = TimeCheck(name, time["text"], True, gold_interval(time, hint))
    where = locate(doc.text, event.get("evidence") or time["text"])
    match = next(
        (
            e
            for e in doc.events
            if e.type == event["type"]
            and e.time
            and e.sentence
            and where
            and e.sentence.start < where.end
            and where.start < e.sentence.end
        ),
        None,
    )
    if match is None or match.time is None:
        return base
    return TimeCheck(
        name, base.text, True, base.gold, match.time.text, _interval(match.time.start, match.time.end)
    )


def _same_source(a: str, b: str) -> bool:
    a, b = fold(a).casefold(), fold(b).casefold()
    return a == b or (len(a) > 2 and len(b) > 2 and (a in b or b in a))


def check_sources(doc: Document, name: str, gold: list[str]) -> SourceCheck:
    predicted = cited_sources(doc)
    tp = sum(any(_same_source(g, p) for p in predicted) for g in gold)
    return SourceCheck(name, gold, predicted, PRF(tp=tp, predicted=len(predicted), gold=len(gold)))


def runnable_stages() -> list[str]:
    """The default stages that are registered and whose requirements an earlier one meets."""
    available, names = set(INITIAL_FIELDS), []
    for name in DEFAULT_STAGES:
        if name not in registry.names():
            continue
        stage = registry.create(name)
        if all(req in available for req in stage.requires):
            names.append(name)
            available.update(stage.assigns)
    return names


def _run(gold: list[GoldDoc], corpus: Path, pipeline: Pipeline, hinted: bool) -> list[Document]:
    raws = []
    for g in gold:
        raw = raw_for(g.doc, corpus)
        hint = g.data.get("publication_date_hint") if hinted else None
        raws.append(raw.model_copy(update={"published": hint}) if hint else raw)
    return list(pipeline.pipe(raws))


def evaluate_times(gold_path: Path, corpus: Path) -> TimesResult:
    """Run the pipeline with and without the date hints over the gold documents and score them."""
    gold = list(load_gold(gold_path))
    pipeline = Pipeline.from_config(runnable_stages())
    result = TimesResult()
    hinted = _run(gold, corpus, pipeline, hinted=True)
    unhinted = _run(gold, corpus, pipeline, hinted=False)
    for g, doc, bare in zip(gold, hinted, unhinted, strict=True):
        result.errors += [f"{g.doc}: {e.stage}: {e.message}" for e in doc.errors]
        hint_value = g.data.get("publication_date_hint")
        hint = parse_iso(str(hint_value)) if hint_value else None
        timed = [e for e in g.events if e.get("time")]
        result.expressions += [check_expression(doc, g.doc, e, hint) for e in timed]
        if doc.events:
            result.events += [check_event(doc, g.doc, e, hint) for e in timed if e.get("required", True)]
        result.unhinted += [check_expression(bare, g.doc, e, None) for e in timed if e["time"].get("date")]
        if hint:
            inferred = reference(bare.published)
            result.published.append(PublishedCheck(g.doc, hint, inferred, bare.published.source))
        result.sources.append(check_sources(doc, g.doc, list(g.data.get("cited_sources") or [])))
    return result


def _fmt(interval: Interval | None) -> str:
    return f"{interval[0]}…{interval[1]}" if interval else "–"


def _table(title: str, checks: Sequence[TimeCheck]) -> Table:
    table = Table(title=title)
    for column in ("doc", "gold text", "req", "gold interval", "found", "resolved", "ok"):
        table.add_column(column)
    for c in checks:
        mark = "[green]✓[/green]" if c.ok else "[red]✗[/red]"
        table.add_row(
            c.doc[:3],
            c.text,
            "y" if c.required else "n",
            _fmt(c.gold),
            c.found or "–",
            _fmt(c.resolved),
            mark,
        )
    return table


def print_times(result: TimesResult, console: Console) -> None:
    """Tables of every checked time and cited source, then the summary figures."""
    console.print(_table("times: gold event times (hint as reference)", result.expressions))
    if result.events:
        console.print(_table("times: system events of the gold type in the gold sentence", result.events))
    console.print(_table("times: absolute gold dates from the text alone (no hint)", result.unhinted))
    sources = Table(title="attributions: cited sources")
    for column in ("doc", "gold", "predicted", "P", "R"):
        sources.add_column(column)
    for s in result.sources:
        sources.add_row(
            s.doc[:3],
            ", ".join(s.gold),
            ", ".join(s.predicted),
            f"{s.prf.precision:.2f}",
            f"{s.prf.recall:.2f}",
        )
    console.print(sources)
    required = result.required
    console.print(
        f"required event times in the gold interval: {sum(c.ok for c in required)}/{len(required)} "
        f"({result.rate(required):.1%}); all gold times: {result.rate(result.expressions):.1%}"
    )
    if result.events:
        coded = [c for c in result.events if c.found is not None]
        console.print(
            f"event level: {sum(c.ok for c in result.events)}/{len(result.events)} required timed gold "
            f"events have a system event whose time is in the gold interval; of the {len(coded)} coded, "
            f"{result.rate(coded):.1%} have the right time"
        )
    else:
        console.print("event level: no system events with times (events stage absent or silent)")
    console.print(
        f"absolute dates from the text alone: {sum(c.ok for c in result.unhinted)}/{len(result.unhinted)}"
    )
    table = Table(title="publication date inferred with no hint")
    for column in ("doc", "hint", "inferred", "source", "contains hint"):
        table.add_column(column)
    for p in result.published:
        mark = "[green]✓[/green]" if p.ok else "[red]✗[/red]"
        table.add_row(p.doc[:3], _fmt(p.hint), _fmt(p.inferred), p.source, mark)
    console.print(table)
    contained = sum(p.ok for p in result.published)
    console.print(f"inferred publication intervals containing the hint: {contained}/{len(result.published)}")
    prf = result.source_prf
    console.print(f"cited sources: P {prf.precision:.2f} R {prf.recall:.2f} F1 {prf.f1:.2f}")
    for error in result.errors:
        console.print(f"[red]{error}[/red]")
