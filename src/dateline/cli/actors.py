"""``dateline actors``: every actor in the store with its mention and document counts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, console, err_console, open_store


@app.command()
def actors(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
) -> None:
    """List actors, most widely reported first."""
    with open_store(db) as store:
        rows = store.actors()[:limit]
    if not rows:
        err_console.print("no actors stored")
        return
    table = Table(header_style="bold")
    for column in ("name", "kind", "country", "sector", "kb id", "mentions", "documents"):
        table.add_column(column, justify="right" if column in ("mentions", "documents") else "left")
    for row in rows:
        table.add_row(
            row.name,
            row.kind,
            row.country or "",
            row.sector or "",
            row.kb_id or "",
            str(row.mentions),
            str(row.documents),
        )
    console.print(table)
