"""``dateline eval places``: geoparsing scores on ../shared/dev/geo, the own sets and the seeds' places."""

from __future__ import annotations

from pathlib import Path

import typer

from dateline.cli.app import eval_app
from dateline.eval.places import DEFAULT_SETS, GEO_SETS, evaluate, print_report, write_misses
from dateline.eval.places_own import OWN_SETS


@eval_app.command("places")
def eval_places(
    sets: str = typer.Option(
        ",".join(DEFAULT_SETS),
        help="Comma-separated sets: LGL, TR-News, GeoVirus (../shared), own-fr, own-en, local-en, local-fr, "
        "blind-fr, blind-en, world-en, world-fr, setting-en, towns-en, depts-fr, abroad-en, abroad-fr, "
        "provinces-fr, county-en, hard-en, hard-fr, sites-en, sites2, sites3, towns2, territories, "
        "conflict-en, conflict-fr, towns3, towns4, conflict2, webnews (examples/gold; score the blind, "
        "world, setting, towns, depts, abroad, provinces, county, hard, sites, towns2, territories, "
        "conflict, towns3, towns4, conflict2, webnews ones only at the end of a piece of work).",
    ),
    limit: int | None = typer.Option(None, help="Score only the first N documents of each set."),
    end_to_end: bool = typer.Option(True, help="Also run our NER end to end (slower)."),
    seeds: bool = typer.Option(True, help="Also match the seeds' gold places."),
    misses: Path | None = typer.Option(
        None, help="Write every given-spans toponym resolved > 161 km off, with its error category, as TSV."
    ),
) -> None:
    """Toponym P/R/F1, accuracy within 161/25 km, median error and error kinds; event places of the own sets;
    seeds' places within 25 km and events placed in unmentioned countries."""
    names = [name.strip() for name in sets.split(",") if name.strip()]
    known = [*GEO_SETS, *OWN_SETS]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise typer.BadParameter(f"unknown set(s) {unknown}; known: {', '.join(known)}")
    try:
        report = evaluate(names, limit=limit, end_to_end=end_to_end, seeds=seeds)
    except FileNotFoundError as exc:
        typer.echo(f"skipped: {exc}")
        raise typer.Exit(0) from exc
    print_report(report)
    if misses is not None:
        write_misses(report, misses)
        typer.echo(f"misses written to {misses}")
