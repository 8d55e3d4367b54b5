"""`dateline eval clean`: title, language, outlet and body boundaries against seeds-format gold.

Runs only the ``clean`` and ``language`` stages. Per document and field (all strings
compared after `fold`):

- ``title``: equal; ``language``: equal codes;
- ``outlet``: equal ignoring case; a gold ``null`` means the text names no publisher, so
  the system must claim none;
- ``not_body``: no gold furniture line leaked: no body line equals or starts with it, and
  (when it is 20 characters or more) it occurs nowhere in the body;
- ``body_starts`` / ``body_ends``: the body starts / ends with the gold words;
- ``captions`` (only when the gold lists some): each gold caption is among the captions.

A field missing from a gold record is not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.eval.common import GoldDoc, fold, load_gold
from dateline.eval.runner import run_gold_corpus
from dateline.model import Document

FIELDS = ("title", "language", "outlet", "not_body", "body_starts", "body_ends", "captions")
_HEADERS = {"language": "lang", "not_body": "furniture", "body_starts": "starts", "body_ends": "ends"}
MAX_DOC_WIDTH = 28
STAGES = ("clean", "language")
#: A `not_body` string this long must not occur anywhere in the body, not just as a line.
MIN_INNER_LEAK = 20


@dataclass(frozen=True)
class Check:
    ok: bool
    detail: str = ""


@dataclass
class DocResult:
    doc: str
    checks: dict[str, Check] = field(default_factory=dict)
    error: str | None = None


@dataclass
class CleanResult:
    docs: list[DocResult]

    def field_counts(self, name: str) -> tuple[int, int]:
        """(correct, checked) for one field."""
        checks = [d.checks[name] for d in self.docs if name in d.checks]
        return sum(c.ok for c in checks), len(checks)

    @property
    def correct(self) -> int:
        return sum(c.ok for d in self.docs for c in d.checks.values())

    @property
    def checked(self) -> int:
        return sum(len(d.checks) for d in self.docs)

    @property
    def score(self) -> float:
        return self.correct / self.checked if self.checked else 0.0


def evaluate_clean(gold_path: Path, corpus: Path) -> CleanResult:
    """Run clean+language on every gold document in `corpus` and check it."""
    gold = list(load_gold(gold_path))
    processed = run_gold_corpus([g.doc for g in gold], corpus, stages=STAGES)
    return CleanResult([check_document(g, doc) for g, (_, doc) in zip(gold, processed, strict=True)])


def check_document(gold: GoldDoc, doc: Document) -> DocResult:
    """Every gold field present in `gold` checked against `doc` (all wrong when `doc` failed)."""
    data = gold.data
    result = DocResult(doc=gold.doc)
    if doc.failed:
        result.error = "; ".join(f"{e.stage}: {e.message}" for e in doc.errors)
    for name in FIELDS:
        if name not in data or (name == "captions" and not data[name]):
            continue
        result.checks[name] = Check(False, result.error) if result.error else _CHECKS[name](data[name], doc)
    return result


def _title(expected: str | None, doc: Document) -> Check:
    return Check(fold(expected) == fold(doc.title), f"got {doc.title!r}")


def _language(expected: str, doc: Document) -> Check:
    return Check(expected == doc.language.code, f"got {doc.language.code} ({doc.language.confidence:.2f})")


def _outlet(expected: str | None, doc: Document) -> Check:
    if expected is None:
        return Check(doc.outlet is None, f"claimed {doc.outlet!r}")
    return Check(fold(expected).casefold() == fold(doc.outlet).casefold(), f"got {doc.outlet!r}")


def _not_body(expected: list[str], doc: Document) -> Check:
    body = fold(doc.text)
    lines = [fold(line) for line in doc.text.split("\n")]
    leaked = [
        item
        for item in map(fold, expected)
        if any(line.startswith(item) for line in lines) or (len(item) >= MIN_INNER_LEAK and item in body)
    ]
    return Check(not leaked, f"leaked: {leaked}" if leaked else "")


def _body_starts(expected: str, doc: Document) -> Check:
    return Check(fold(doc.text).startswith(fold(expected)), f"starts {fold(doc.text)[:60]!r}")


def _body_ends(expected: str, doc: Document) -> Check:
    return Check(fold(doc.text).endswith(fold(expected)), f"ends {fold(doc.text)[-60:]!r}")


def _captions(expected: list[str], doc: Document) -> Check:
    found = {fold(c.text) for c in doc.captions}
    missing = [c for c in expected if fold(c) not in found]
    return Check(not missing, f"missing: {missing}" if missing else "")


_CHECKS: dict[str, Callable[[Any, Document], Check]] = {
    "title": _title,
    "language": _language,
    "outlet": _outlet,
    "not_body": _not_body,
    "body_starts": _body_starts,
    "body_ends": _body_ends,
    "captions": _captions,
}


def print_clean(result: CleanResult, console: Console, verbose: bool = False) -> None:
    """A doc × field table of ✓/✗ (failures explained when `verbose`) and the summary figure."""
    table = Table(title="clean: per document", show_lines=verbose)
    table.add_column("doc", no_wrap=True, max_width=MAX_DOC_WIDTH)
    for name in FIELDS:
        table.add_column(_HEADERS.get(name, name), justify="center")
    for doc in result.docs:
        cells = []
        for name in FIELDS:
            check = doc.checks.get(name)
            if check is None:
                cells.append("[dim]–[/dim]")
            elif check.ok:
                cells.append("[green]✓[/green]")
            else:
                cells.append("[red]✗[/red]" + (f"\n{check.detail}" if verbose and check.detail else ""))
        table.add_row(doc.doc, *cells)
    totals = [f"{c}/{n}" if n else "–" for c, n in map(result.field_counts, FIELDS)]
    table.add_row("[bold]total[/bold]", *totals, end_section=True)
    console.print(table)
    console.print(f"fields correct: {result.correct}/{result.checked} ({result.score:.1%})")
    for doc in result.docs:
        if doc.error:
            console.print(f"[red]{doc.doc}[/red]: {doc.error}")
