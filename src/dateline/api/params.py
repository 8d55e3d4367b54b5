"""Query parameters shared by several endpoints: the event filters, page size and cursors, ids."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Query

from dateline.api.deps import StoreDep
from dateline.api.errors import BadParameter
from dateline.flat import date_bound
from dateline.plover import CATEGORIES, QUAD_CODES
from dateline.store import Store
from dateline.store import schema as t
from dateline.store.queries import EventFilter, quad_types
from dateline.store.summary import since_floor

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"
TEXT = 200
_NUMBER = r"\s*(-?\d+(?:\.\d+)?)\s*"

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Cursor = Annotated[
    str | None, Query(max_length=2000, description="`next_cursor` of the previous page (same filters).")
]


def clean_text(name: str, value: str | None) -> str | None:
    """`value` unless it holds a NUL character (no database stores one in text)."""
    if value is not None and "\x00" in value:
        raise BadParameter(name, "must not contain NUL characters")
    return value


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def _fits(value: object, kind: type) -> bool:
    return type(value) is kind and not (isinstance(value, str) and "\x00" in value)


def decode_cursor(cursor: str | None, kinds: tuple[type, ...]) -> tuple[Any, ...] | None:
    """The page key in `cursor` (values of these types), or None for the first page."""
    if cursor is None:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise BadParameter("cursor", "not a cursor this API returned") from None
    if not isinstance(key, list) or len(key) != len(kinds) or not all(map(_fits, key, kinds)):
        raise BadParameter("cursor", "not a cursor this API returned")
    return tuple(key)


def _choices(name: str, value: str | None, allowed: tuple[str, ...], upper: bool) -> tuple[str, ...]:
    if not value:
        return ()
    items = tuple(item.strip().upper() if upper else item.strip().lower() for item in value.split(","))
    unknown = [item for item in items if item not in allowed]
    if unknown:
        raise BadParameter(name, f"unknown value {unknown[0]!r} (one of {', '.join(allowed)})")
    return items


def _date(name: str, value: str | None, upper: bool) -> str | None:
    if value is None:
        return None
    bound = date_bound(value, upper)
    if bound is None:
        raise BadParameter(name, f"{value!r} is not a valid YYYY, YYYY-MM or YYYY-MM-DD date")
    return bound


def _numbers(name: str, value: str, count: int, shape: str) -> list[float]:
    match = re.fullmatch(",".join([_NUMBER] * count), value)
    if not match:
        raise BadParameter(name, f"expected {shape}")
    return [float(group) for group in match.groups()]


def _near(near: str | None, radius_km: float) -> tuple[float, float, float] | None:
    if near is None:
        return None
    lat, lon = _numbers("near", near, 2, "LAT,LON")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadParameter("near", "latitude must be within ±90 and longitude within ±180")
    return lat, lon, radius_km


def _bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    if bbox is None:
        return None
    min_lon, min_lat, max_lon, max_lat = _numbers("bbox", bbox, 4, "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise BadParameter("bbox", "longitudes within ±180, latitudes within ±90 and min_lat ≤ max_lat")
    return min_lon, min_lat, max_lon, max_lat


def is_actor_id(store: Store, value: str) -> bool:
    a = t.summary_actors
    with store.engine.connect() as conn:
        return conn.execute(sa.select(a.c.actor_key).where(a.c.actor_key == value)).first() is not None


def event_filter(
    store: StoreDep,
    actor: Annotated[
        str | None,
        Query(max_length=TEXT, description="Actor id (`/api/actors`), KB id or name substring (any case)."),
    ] = None,
    actor_country: Annotated[
        str | None, Query(pattern=COUNTRY_PATTERN, description="ISO-3 country of an actor.")
    ] = None,
    recipient_country: Annotated[
        str | None, Query(pattern=COUNTRY_PATTERN, description="ISO-3 country of a recipient.")
    ] = None,
    country: Annotated[
        str | None,
        Query(pattern=COUNTRY_PATTERN, description="ISO-3 country of an actor, a recipient or the place."),
    ] = None,
    type: Annotated[
        str | None, Query(max_length=TEXT, description="PLOVER categories, comma-separated.")
    ] = None,
    quad: Annotated[str | None, Query(max_length=TEXT, description="Quad classes, comma-separated.")] = None,
    near: Annotated[str | None, Query(max_length=64, description="LAT,LON (with radius_km).")] = None,
    radius_km: Annotated[
        float, Query(ge=0, le=20040, allow_inf_nan=False, description="Radius around `near`.")
    ] = 50.0,
    bbox: Annotated[str | None, Query(max_length=128, description="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.")] = None,
    since: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="On or after (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="On or before (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    story: Annotated[str | None, Query(max_length=64, description="A story id.")] = None,
    outlet: Annotated[str | None, Query(max_length=TEXT, description="Outlet name (any case).")] = None,
    language: Annotated[str | None, Query(max_length=16, description="Document language code.")] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, allow_inf_nan=False, description="Lowest event confidence.")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="Words that must all occur in the evidence text.")
    ] = None,
) -> EventFilter:
    """The event filters of a request (a FastAPI dependency)."""
    for name, value in (
        ("actor", actor),
        ("story", story),
        ("outlet", outlet),
        ("language", language),
        ("q", q),
    ):
        clean_text(name, value)
    actor_id = actor if actor and is_actor_id(store, actor) else None
    types = _choices("type", type, CATEGORIES, upper=True)
    quads = _choices("quad", quad, tuple(QUAD_CODES), upper=False)
    if quads:
        in_quads = quad_types(quads)
        types = tuple(kind for kind in types if kind in in_quads) if types else in_quads
        if not types:
            raise BadParameter("quad", "no category of these quad classes is in `type`")
    since, from_day = _date("since", since, upper=False), None
    if since:
        with store.engine.connect() as conn:
            from_day = since_floor(conn, since)
    return EventFilter(
        actor=None if actor_id else actor,
        actor_id=actor_id,
        actor_country=actor_country,
        recipient_country=recipient_country,
        country=country,
        types=types,
        since=since,
        until=_date("until", until, upper=True),
        from_day=from_day,
        near=_near(near, radius_km),
        bbox=_bbox(bbox),
        story=story,
        outlet=outlet,
        language=language,
        min_confidence=min_confidence,
        q=q,
    )
