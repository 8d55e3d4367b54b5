"""``dateline docs``: the stored documents as a table."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, console, err_console, open_store

TITLE_CHARS = 60


@app.command()
def docs(
    db: DbOption = DEFAULT_DB,
    language: Annotated[str | None, typer.Option(help="Only this language (ISO 639-1, e.g. fr).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (any case).")] = None,
    failed: Annotated[
        bool, typer.Option("--failed", help="Only documents that failed, with their errors.")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
) -> None:
    """List stored documents: id, source id, status, language, outlet, date, events, title."""
    with open_store(db) as store:
        rows = store.documents(
            language=language, outlet=outlet, status="failed" if failed else None, limit=limit
        )
        where = store.url
    if not rows:
        err_console.print("no documents match")
        return
    table = Table(header_style="bold")
    for column in ("id", "source id", "status", "lang", "outlet", "published", "events", "title"):
        table.add_column(
            column,
            overflow="fold",
            no_wrap=column in ("id", "published"),
            justify="right" if column == "events" else "left",
        )
    for row in rows:
        title = row.title or row.uri or ""
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1] + "…"
        status = "[red]failed[/red]" if row.status == "failed" else "ok"
        published = " ".join(
            x
            for x in (
                row.published_value,
                f"({row.published_precision})" if row.published_precision else None,
            )
            if x
        )
        table.add_row(
            row.id,
            row.source_id or "",
            status,
            row.language,
            row.outlet or "",
            published,
            str(row.n_events),
            title,
        )
    console.print(table)
    err_console.print(f"{len(rows)} document(s) in {where}", highlight=False)
