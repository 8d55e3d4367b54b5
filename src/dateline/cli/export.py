"""``dateline export``: stream stored events to a file in one format (never the whole store in memory)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from dateline.api.aggregates import actor_network
from dateline.api.graphml import graphml
from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, err_console, fail, open_store
from dateline.cli.events import (
    ActorOption,
    CountryOption,
    LimitOption,
    MinConfidenceOption,
    NearOption,
    RadiusOption,
    SinceOption,
    TypeOption,
    UntilOption,
    event_filters,
)
from dateline.export import EXPORTERS

FileFormat = Literal["parquet", "graphml", "jsonl", "csv", "plover", "geojson", "gdelt", "acled"]


@app.command()
def export(
    format: Annotated[FileFormat, typer.Option("--format", "-f", help="Output format (docs/formats.md).")],
    db: DbOption = DEFAULT_DB,
    out: Annotated[
        Path | None, typer.Option(help="Output file (default: stdout); for parquet, a folder (required).")
    ] = None,
    actor: ActorOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    near: NearOption = None,
    radius: RadiusOption = 50.0,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: MinConfidenceOption = None,
    limit: LimitOption = None,
) -> None:
    """Export events (parquet: events, documents, actors and places tables; graphml: the actor network of the
    selected events, every edge), with the filters of `events`."""
    selected = event_filters(actor, type, country, near, radius, since, until, min_confidence)
    if format == "parquet" and out is None:
        raise typer.BadParameter("parquet writes a folder of tables: give --out FOLDER", param_hint="--out")
    with open_store(db) as store:
        if format == "graphml":
            nodes, edges = actor_network(store, selected)
            document = graphml(nodes, edges)
            if out is None:
                sys.stdout.buffer.write(document)
            else:
                out.write_bytes(document)
            err_console.print(f"{len(nodes)} actor(s), {len(edges)} edge(s)")
            return
        rows = store.iter_events(selected, limit)
        if format == "parquet":
            assert out is not None
            try:
                from dateline.export.parquet import write_parquet
            except ImportError:
                raise fail("parquet needs pyarrow: pip install 'dateline[parquet]'") from None
            counts = write_parquet(store, rows, out)
            err_console.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" → {out}")
            return
        if out is None:
            written = EXPORTERS[format](rows, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as stream:
                written = EXPORTERS[format](rows, stream)
    err_console.print(f"{written} event(s)")
