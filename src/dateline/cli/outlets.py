"""``dateline outlets``: each stored outlet's region, learned from its documents' places."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, console, err_console, open_store
from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry
from dateline.kb.geo_resolver import outlet_regions
from dateline.resources import Resources
from dateline.stages.places import Places, outlet_of, write_outlet_regions


def _label(entry: Entry) -> str:
    return f"{entry.name} ({entry.country})" if entry.country else entry.name


@app.command()
def outlets(
    db: DbOption = DEFAULT_DB,
    write: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="Save the regions as JSON (for `--outlet-regions`)."),
    ] = None,
) -> None:
    """Learn each outlet's region: up to 3 places unambiguous in ≥ 10 % (and ≥ 2) of its documents."""
    stage = Places(PlacesSettings(), Resources.shared())
    names: list[str | None] = []
    votes: list[list[Entry]] = []
    with open_store(db) as store:
        for doc in store.iter_documents():
            if any(p.split("@")[0] == stage.name for p in doc.producers):
                names.append(outlet_of(doc))
                votes.append(stage.unambiguous(doc))
    counts = Counter(name for name in names if name)
    if not counts:
        err_console.print("no placed documents with an outlet stored")
        return
    regions = outlet_regions(names, votes)
    table = Table(header_style="bold")
    table.add_column("outlet", overflow="fold")
    table.add_column("documents", justify="right")
    table.add_column("region places")
    for outlet, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(outlet, str(n), ", ".join(map(_label, regions[outlet])))
    console.print(table)
    if write is not None:
        write_outlet_regions(regions, write)
        err_console.print(f"wrote {sum(1 for r in regions.values() if r)} outlet region(s) to {write}")
