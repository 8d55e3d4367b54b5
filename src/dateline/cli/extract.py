"""``dateline extract``: run the full pipeline on reports and print the Documents (no database)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer
from rich.markup import escape

from dateline.cli.app import app
from dateline.cli.common import (
    ConfigOption,
    KBOption,
    OutletRegionsOption,
    SetOption,
    StagesOption,
    err_console,
    settings,
)
from dateline.model import Document
from dateline.pipeline import Pipeline, PipelineConfigError
from dateline.sources import read_paths


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Report files (.txt, .html, .jsonl), folders, or - for stdin.")
    ],
    format: Annotated[
        Literal["json", "jsonl"],
        typer.Option("--format", "-f", help="json: one object or a pretty array; jsonl: one per line."),
    ] = "json",
    kb: KBOption = None,
    stages: StagesOption = None,
    outlet_regions: OutletRegionsOption = None,
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Extract events, actors, places and dates from reports and print them as Document JSON."""
    chosen = settings(config, set_, kb=kb, outlet_regions=outlet_regions, stages=stages)
    try:
        pipeline = Pipeline.from_config(chosen)
    except PipelineConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--stages") from None
    out = sys.stdout
    pretty = format == "json"
    docs = pipeline.pipe(read_paths(paths))
    if pretty:
        collected = list(docs)
        _report_failures(collected)
        if len(collected) == 1:
            out.write(collected[0].to_json(indent=2) + "\n")
        else:
            out.write("[\n" + ",\n".join(d.to_json(indent=2) for d in collected) + "\n]\n")
        return
    for doc in docs:
        out.write(doc.to_json() + "\n")
        _report_failures([doc])


def _report_failures(docs: list[Document]) -> None:
    for doc in docs:
        for error in doc.errors:
            err_console.print(
                f"[yellow]{escape(doc.uri or doc.id)}[/yellow]: {escape(error.stage)}: {escape(error.kind)}: "
                f"{escape(error.message)}",
                highlight=False,
            )
