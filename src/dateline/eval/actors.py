"""`dateline eval actors`: actor country codes per gold event evidence (seeds-format gold).

For every gold event, the gold set is the countries of its ``actor`` and ``recipient`` lists;
the predicted set is the countries of the actor mentions (`actors_at`) inside the located
``evidence`` extract. Precision and recall are micro-averaged over (event, country) pairs. The
gold ``publication_date_hint`` is declared as the publication date (it lets titles such as
"le président russe" link to the officeholder of the day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.eval.common import PRF, fold, load_gold
from dateline.eval.runner import raw_for
from dateline.model import Document, Span
from dateline.pipeline import Pipeline
from dateline.stages.actors import actors_at

STAGES = ("clean", "language", "analyse", "actors")


@dataclass(frozen=True)
class EvidenceCheck:
    """One gold event: the countries it involves and those found in its evidence."""

    doc: str
    event: str
    evidence: str
    gold: frozenset[str]
    predicted: frozenset[str]
    located: bool


@dataclass
class ActorsResult:
    checks: list[EvidenceCheck] = field(default_factory=list)

    @property
    def prf(self) -> PRF:
        located = [c for c in self.checks if c.located]
        return PRF(
            tp=sum(len(c.gold & c.predicted) for c in located),
            predicted=sum(len(c.predicted) for c in located),
            gold=sum(len(c.gold) for c in self.checks),
        )


def locate_evidence(text: str, evidence: str) -> Span | None:
    """Where the gold `evidence` extract occurs in `text` (white space folded, case ignored)."""
    pattern = r"\s+".join(map(re.escape, fold(evidence).split(" ")))
    match = re.search(pattern, text, re.IGNORECASE)
    return Span(start=match.start(), end=match.end()) if match else None


def countries_in(doc: Document, start: int, end: int) -> frozenset[str]:
    """The countries of the actor mentions overlapping ``[start, end)``."""
    return frozenset(m.actor.country for m in actors_at(doc, start, end) if m.actor.country)


def check_events(doc: Document, name: str, events: list[dict]) -> list[EvidenceCheck]:
    checks = []
    for event in events:
        gold = frozenset(
            a["country"] for a in [*event.get("actor", []), *event.get("recipient", [])] if a.get("country")
        )
        span = locate_evidence(doc.text, event["evidence"])
        predicted = countries_in(doc, span.start, span.end) if span else frozenset()
        checks.append(
            EvidenceCheck(
                name, str(event.get("id", "")), event["evidence"], gold, predicted, span is not None
            )
        )
    return checks


def evaluate_actors(gold_path: Path, corpus: Path, pipeline: Pipeline | None = None) -> ActorsResult:
    """Run clean → actors over the gold documents (date hint declared) and score actor countries."""
    gold = list(load_gold(gold_path))
    pipe = pipeline or Pipeline.from_config(list(STAGES))
    raws = []
    for g in gold:
        raw = raw_for(g.doc, corpus)
        hint = g.data.get("publication_date_hint")
        raws.append(raw.model_copy(update={"published": str(hint)}) if hint else raw)
    result = ActorsResult()
    for g, doc in zip(gold, pipe.pipe(raws), strict=True):
        result.checks += check_events(doc, g.doc, g.events)
    return result


def print_actors(result: ActorsResult, console: Console) -> None:
    table = Table(title="actors: countries per gold event evidence", header_style="bold")
    for column in ("doc", "event", "gold", "found", "missed", "extra"):
        table.add_column(column)
    for c in result.checks:
        table.add_row(
            c.doc[:12],
            c.event,
            " ".join(sorted(c.gold)),
            " ".join(sorted(c.predicted)) if c.located else "(evidence not found)",
            " ".join(sorted(c.gold - c.predicted)),
            " ".join(sorted(c.predicted - c.gold)),
        )
    console.print(table)
    prf = result.prf
    console.print(
        f"actor countries: precision {prf.precision:.3f}  recall {prf.recall:.3f}  F1 {prf.f1:.3f}  "
        f"({int(prf.tp)} found / {int(prf.predicted)} predicted / {int(prf.gold)} gold)"
    )
