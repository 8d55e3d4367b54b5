"""``dateline events``: query stored events and export them (table, jsonl, csv, plover, geojson)."""

from __future__ import annotations

import re
import sys
from typing import Annotated

import typer

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, err_console, open_store
from dateline.export import EXPORTERS, ExportFormat
from dateline.flat import date_bound
from dateline.store.queries import EventFilter

_LAT_LON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


ActorOption = Annotated[
    str | None, typer.Option(help="Actor or recipient name (substring, any case) or KB id.")
]
TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER category, e.g. CONSULT.")]
CountryOption = Annotated[str | None, typer.Option(help="ISO-3 code of an actor, a recipient or the place.")]
NearOption = Annotated[str | None, typer.Option(help="A place name or LAT,LON; with --radius.")]
RadiusOption = Annotated[float, typer.Option(min=0.0, help="Radius around --near, in km.")]
SinceOption = Annotated[str | None, typer.Option(help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[
    str | None, typer.Option(help="On or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        min=0.0,
        max=1.0,
        help="Only events at least this confident (calibrated probability that the type is right).",
    ),
]
LimitOption = Annotated[int | None, typer.Option(min=1, help="At most this many events.")]


def event_filters(
    actor: str | None,
    type: str | None,
    country: str | None,
    near: str | None,
    radius: float,
    since: str | None,
    until: str | None,
    min_confidence: float | None,
) -> EventFilter:
    """The options of ``dateline events`` (and ``export``) as the store's (and the API's) filter."""
    return EventFilter(
        actor=actor,
        types=(type,) if type else (),
        country=country,
        since=_date_option(since, "--since", upper=False),
        until=_date_option(until, "--until", upper=True),
        near=(*resolve_near(near), radius) if near else None,
        min_confidence=min_confidence,
    )


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    actor: ActorOption = None,
    type: TypeOption = None,
    country: CountryOption = None,
    near: NearOption = None,
    radius: RadiusOption = 50.0,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: MinConfidenceOption = None,
    limit: LimitOption = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = "table",
) -> None:
    """List or export events, filtered by actor, type, country, place, date and confidence."""
    selected = event_filters(actor, type, country, near, radius, since, until, min_confidence)
    with open_store(db) as store:
        rows = list(store.iter_events(selected, limit))
    written = EXPORTERS[format](rows, sys.stdout)
    err_console.print(f"{written} event(s)")


def _date_option(value: str | None, name: str, upper: bool) -> str | None:
    if value is None:
        return None
    bound = date_bound(value, upper) if _ISO_DATE.match(value) else None
    if bound is None:
        raise typer.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint=name)
    return bound


def resolve_near(value: str) -> tuple[float, float]:
    """``LAT,LON`` as numbers, or the most populous gazetteer place with that name."""
    match = _LAT_LON.match(value)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise typer.BadParameter(f"{value!r} is not a valid LAT,LON", param_hint="--near")
        return lat, lon
    from dateline.resources import Resources  # loads the GeoNames index: only for a place name

    places = Resources.shared().gazetteer.candidates(value)
    if not places:
        raise typer.BadParameter(f"unknown place {value!r} (or give LAT,LON)", param_hint="--near")
    best = max(places, key=lambda place: place.population)
    err_console.print(f"near {best.name} ({best.country3 or best.country}) at {best.lat:.4f},{best.lon:.4f}")
    return best.lat, best.lon
