"""``dateline extract``: run the full pipeline on reports and print the Documents (no database)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.markup import escape

from dateline.cli.app import app
from dateline.cli.common import OutletRegionsOption, err_console, place_settings
from dateline.model import Document
from dateline.pipeline import Pipeline, PipelineConfigError, Settings
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
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra actor KB file (repeatable).")] = None,
    stages: Annotated[
        str | None, typer.Option(help="Comma-separated stages to run, e.g. clean,language (default: all).")
    ] = None,
    outlet_regions: OutletRegionsOption = None,
) -> None:
    """Extract events, actors, places and dates from reports and print them as Document JSON."""
    for path in kb or []:
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {path}", param_hint="--kb")
    names = [name.strip() for name in stages.split(",") if name.strip()] if stages else None
    settings = Settings(kb_files=tuple(str(p) for p in kb or []), options=place_settings(outlet_regions))
    try:
        pipeline = Pipeline.from_config(names, settings=settings)
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
