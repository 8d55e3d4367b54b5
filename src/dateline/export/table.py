"""A Rich table of events for the terminal: when (and which document), what, who, where, evidence, source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dateline.store.rows import EventRow, actor_label

EVIDENCE_CHARS = 160
#: Enough of a document id to pass to ``dateline show``.
SHORT_ID = 10


def _cell(*lines: tuple[str, str]) -> Text:
    """Lines of (text, style), skipping empty ones."""
    return Text("\n").join(Text(text, style=style) for text, style in lines if text)


def _source(row: EventRow) -> str:
    """``— outlet, published · title``, with the parts that are known."""
    known = [part for part in (", ".join(x for x in (row.outlet, row.published) if x), row.title) if part]
    return "— " + " · ".join(known) if known else ""


def event_table(rows: Iterable[EventRow]) -> Table:
    table = Table(header_style="bold")
    table.add_column("date · doc\nsource id", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("actors → recipients")
    table.add_column("place")
    table.add_column("evidence · source", ratio=1, overflow="fold")
    for row in rows:
        event = row.event
        evidence = row.evidence_text
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[: EVIDENCE_CHARS - 1] + "…"
        who = ", ".join(actor_label(a) for a in event.actors)
        if event.recipients:
            who += " → " + ", ".join(actor_label(r) for r in event.recipients)
        table.add_row(
            _cell(
                (row.date or "?", ""),
                (f"{row.doc_id[:SHORT_ID]}·{event.id}", "dim"),
                (row.source_id or "", "cyan"),
            ),
            _cell((event.type, "bold"), (event.mode or "", ""), (event.auxiliary or "", "yellow")),
            Text(who),
            Text(event.place.name if event.place else ""),
            _cell((evidence, ""), (_source(row), "dim"), (row.url or "", "dim")),
        )
    return table


def write_table(rows: Iterable[EventRow], stream: TextIO) -> int:
    table = event_table(rows)
    Console(file=stream).print(table)
    return table.row_count
