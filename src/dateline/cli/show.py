"""``dateline show``: one stored Document, readable (text) or exact (json)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal

import typer
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, console, fail, open_store
from dateline.export.table import event_table
from dateline.model import Document
from dateline.store import AmbiguousIdError
from dateline.store.rows import event_rows


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, or a unique prefix of it.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        Literal["text", "json"], typer.Option("--format", "-f", help="text (readable) or json (exact).")
    ] = "text",
    body: Annotated[bool, typer.Option("--body/--no-body", help="Print the cleaned body text.")] = True,
) -> None:
    """Show one document: metadata, body, removed lines, captions, errors, actors, places, times, events."""
    with open_store(db) as store:
        try:
            doc = store.get(doc_id)
        except AmbiguousIdError as exc:
            raise fail(str(exc)) from None
    if doc is None:
        raise fail(f"no document {doc_id!r}")
    if format == "json":
        print(doc.to_json(indent=2))
        return
    for part in document_view(doc, body=body):
        console.print(part)


def document_view(doc: Document, body: bool = True) -> list[RenderableType]:
    """The Rich renderables for `doc`, section by section (empty sections left out)."""
    parts: list[RenderableType] = [Panel(_metadata(doc), title=doc.id, title_align="left")]
    if body and doc.text:
        parts.append(Panel(Text(doc.text), title="body", title_align="left"))
    sections: list[tuple[str, Sequence[str], list[Sequence[object]]]] = [
        ("removed lines", ("line", "reason", "text"), [(r.line, r.reason, r.text) for r in doc.removed]),
        ("captions", ("caption", "credit", "related"), [(c.text, c.credit, c.related) for c in doc.captions]),
        ("errors", ("stage", "kind", "message"), [(e.stage, e.kind, e.message) for e in doc.errors]),
        ("actors", ("name", "kind", "country", "sector", "kb id", "mentions"),
         [(a.name, a.kind, a.country, a.sector, a.kb_id, len(a.mentions)) for a in doc.actors]),
        ("places", ("name", "country", "lat", "lon", "geonames id", "mentions"),
         [(p.name, p.country, p.lat, p.lon, p.geonames_id, len(p.mentions)) for p in doc.places]),
        ("times", ("text", "value", "precision", "start", "end"),
         [(x.text, x.value or x.relative_days, x.precision, x.start, x.end) for x in doc.times]),
        ("attributions", ("source", "verb", "speaker", "scope"),
         [(a.source, a.verb, a.speaker, a.scope) for a in doc.attributions]),
    ]  # fmt: skip
    for title, columns, rows in sections:
        if rows:
            parts.append(_table(title, columns, rows, style="red" if title == "errors" else None))
    if doc.events:
        table = event_table(event_rows(doc))
        table.title = "events"
        parts.append(table)
    return parts


def _notes(doc: Document) -> list[str]:
    """What a reader should know about how the text was read (encoding, cut, analyser, directions)."""
    notes = [f"decoded as {doc.encoding}"] if doc.encoding else []
    if doc.truncated_from is not None:
        notes.append(f"body truncated from {doc.truncated_from} characters")
    if doc.analyser is None and doc.text:
        notes.append(f"no analyser for {doc.language.code}")
    notes += [
        f"{d.direction} of {place.name} [{d.span.start}:{d.span.end}]"
        for place in doc.places
        for d in place.directions
    ]
    return notes


def _metadata(doc: Document) -> Table:
    published = doc.published
    fields = {
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "source": doc.uri,
        "source id": doc.source_id,
        "language": f"{doc.language.code} ({doc.language.confidence:.2f})",
        "published": " ".join(
            x for x in (published.value, published.precision, f"from {published.source}") if x
        )
        if published.value
        else None,
        "status": "failed" if doc.failed else "ok",
        "counts": f"{len(doc.actors)} actors, {len(doc.places)} places, {len(doc.times)} times, "
        f"{len(doc.events)} events",
        "producers": ", ".join(doc.producers),
        "notes": "; ".join(_notes(doc)),
    }
    grid = Table.grid(padding=(0, 2))
    for key, value in fields.items():
        if value:
            grid.add_row(Text(key, style="bold"), Text(value))
    return grid


def _table(title: str, columns: Sequence[str], rows: list[Sequence[object]], style: str | None) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold", style=style or "")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if value is None else str(value)) for value in row))
    return table
