"""Event filters as SQL, shared by `Store.events` (the CLI) and the REST API.

`EventFilter` holds every filter; `event_conditions` turns it into conditions on ``events``;
`select_events` selects events with their document's context, and `event_row` reads one result row
as an `EventRow`. `newest_first` orders a selection in the API's stable order, and `page` reads one
page of it through the index that suits the filters (an actor's, a country's, the day order).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa

from dateline.flat import grid_cell
from dateline.model import Event
from dateline.plover import QUAD_CLASS
from dateline.store import schema as t
from dateline.store.rows import EventRow

KM_PER_DEGREE = 111.32
EARTH_DIAMETER_KM = 12742.0
_WORD = re.compile(r"\w+")
Key = tuple[sa.ColumnElement[Any], ...]
#: SQLite's FTS5 table (made by migration 0006_api, not part of `schema.metadata`).
events_fts = sa.table(
    "events_fts", sa.column("rowid"), sa.column("text"), sa.column("doc_id"), sa.column("event_id")
)


@dataclass(frozen=True)
class EventFilter:
    """Which events: every field that is set must hold (see `event_conditions`)."""

    actor: str | None = None
    actor_id: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    #: A lower bound on ``events.day`` that `since` implies (`dateline.store.summary.since_floor`): it
    #: excludes no event `since` keeps, and lets page-order indexes stop early.
    from_day: str | None = None
    near: tuple[float, float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None
    story: str | None = None
    outlet: str | None = None
    language: str | None = None
    min_confidence: float | None = None
    q: str | None = None

    def only_types(self) -> bool:
        """True when nothing but (possibly) `types` is set: the summary tables can answer."""
        return self == EventFilter(types=self.types)

    def only_time(self) -> bool:
        """True when `since` or `until` is set and nothing else but `types`: monthly summaries can answer."""
        bare = EventFilter(types=self.types, since=self.since, until=self.until, from_day=self.from_day)
        return self == bare and bool(self.since or self.until)


def quad_types(quads: tuple[str, ...]) -> tuple[str, ...]:
    """The PLOVER categories of these quad classes."""
    return tuple(kind for kind, quad in QUAD_CLASS.items() if quad in quads)


def search_words(q: str) -> list[str]:
    """The words of a full-text query (punctuation and operators dropped): every word must occur."""
    return _WORD.findall(q)


def event_conditions(f: EventFilter, dialect: str, by_area: bool = True) -> list[sa.ColumnElement[bool]]:
    """SQL conditions on ``events`` for `f` on this dialect (``sqlite`` or ``postgresql``); with
    `by_area` False, box and circle conditions are written so that no index serves them.

    `actor` matches an actor or recipient by KB id or name (substring, any case), `actor_id` by
    actor id (`dateline.flat.actor_key`); `since`/`until` keep events whose date interval
    overlaps them.
    """
    e, p = t.events, t.event_participants

    def involving(*conditions: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
        return sa.exists().where(p.c.doc_id == e.c.doc_id, p.c.event_id == e.c.id, *conditions)

    where: list[sa.ColumnElement[bool]] = []
    if f.types:
        where.append(e.c.type.in_([kind.upper() for kind in f.types]))
    if f.actor:
        needle = "%" + f.actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            involving(sa.or_(p.c.kb_id == f.actor, sa.func.lower(p.c.name).like(needle, escape="\\")))
        )
    if f.actor_id:
        where.append(involving(p.c.actor_key == f.actor_id))
    if f.actor_country:
        where.append(involving(p.c.country == f.actor_country.upper(), p.c.role == "actor"))
    if f.recipient_country:
        where.append(involving(p.c.country == f.recipient_country.upper(), p.c.role == "recipient"))
    if f.country:
        code = f.country.upper()
        where.append(sa.or_(e.c.place_country == code, involving(p.c.country == code)))
    if f.since:
        where.append(e.c.date_end >= f.since)
    if f.from_day:
        where.append(e.c.day >= f.from_day)
    if f.until:
        where += [e.c.date_start <= f.until, e.c.day <= f.until]  # the second bounds the day index
    lat, lon = (e.c.place_lat, e.c.place_lon) if by_area else (e.c.place_lat + 0, e.c.place_lon + 0)
    if f.near:
        where += _circle(lat, lon, *f.near)
    if f.bbox:
        where += _box(lat, lon, *f.bbox)
    if f.story:
        where.append(
            e.c.doc_id.in_(sa.select(t.story_members.c.doc_id).where(t.story_members.c.story_id == f.story))
        )
    if f.outlet:
        where.append(e.c.outlet_key == f.outlet.lower())
    if f.language:
        where.append(e.c.language == f.language.lower())
    if f.min_confidence is not None:
        where.append(e.c.confidence >= f.min_confidence)
    if f.q is not None:
        where.append(_full_text(search_words(f.q), dialect))
    return where


def _full_text(words: list[str], dialect: str) -> sa.ColumnElement[bool]:
    e = t.events
    if not words:
        return sa.false()
    if dialect == "sqlite":
        matches = sa.select(events_fts.c.doc_id, events_fts.c.event_id).where(
            sa.literal_column("events_fts").op("MATCH")(_fts_phrase(words))
        )
        return sa.tuple_(e.c.doc_id, e.c.id).in_(matches)
    if dialect == "postgresql":
        config: sa.ColumnElement[Any] = sa.literal_column("'simple'::regconfig")
        vector = sa.func.to_tsvector(config, sa.func.dateline_fold(e.c.evidence_text))  # 0007_monthly
        return vector.op("@@")(sa.func.plainto_tsquery(config, sa.func.dateline_fold(" ".join(words))))
    return sa.and_(*(sa.func.lower(e.c.evidence_text).contains(word.lower()) for word in words))


def _fts_phrase(words: list[str]) -> str:
    """An FTS5 query requiring every word, each quoted (so no word is read as an operator)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _circle(
    place_lat: sa.ColumnElement[Any], place_lon: sa.ColumnElement[Any], lat: float, lon: float, km: float
) -> list[sa.ColumnElement[bool]]:
    """A bounding box on the coordinates, then the exact great-circle distance."""
    dlat = km / KM_PER_DEGREE
    where: list[sa.ColumnElement[bool]] = [place_lat.between(lat - dlat, lat + dlat)]
    cos_lat = math.cos(math.radians(lat))
    if cos_lat > 1e-6:
        dlon = km / (KM_PER_DEGREE * cos_lat)
        if lon - dlon >= -180 and lon + dlon <= 180:
            where.append(place_lon.between(lon - dlon, lon + dlon))
    rad = math.pi / 180
    half_dlat = sa.func.sin((place_lat - lat) * (rad / 2))
    half_dlon = sa.func.sin((place_lon - lon) * (rad / 2))
    h = half_dlat * half_dlat + math.cos(lat * rad) * sa.func.cos(place_lat * rad) * half_dlon * half_dlon
    # asin is increasing: distance <= km  ⟺  h <= sin(km / diameter)²  (a circle wider than half
    # the earth holds every point)
    if km < EARTH_DIAMETER_KM * math.pi / 2:
        where.append(h <= math.sin(km / EARTH_DIAMETER_KM) ** 2)
    return where


def _box(
    lat: sa.ColumnElement[Any],
    lon: sa.ColumnElement[Any],
    min_lon: float,
    min_lat: float,
    max_lon: float,
    max_lat: float,
) -> list[sa.ColumnElement[bool]]:
    if min_lon <= max_lon:
        return [lat.between(min_lat, max_lat), lon.between(min_lon, max_lon)]
    return [lat.between(min_lat, max_lat), sa.or_(lon >= min_lon, lon <= max_lon)]  # across the antimeridian


def _columns() -> tuple[sa.ColumnElement[Any], ...]:
    e, d = t.events, t.documents
    return (
        e.c.doc_id, e.c.id, e.c.day, e.c.json, e.c.evidence_text, e.c.date_start, e.c.date_end,
        d.c.source_id, d.c.outlet, d.c.url, d.c.title, d.c.language, d.c.published_value,
    )  # fmt: skip


def select_events(f: EventFilter, dialect: str) -> sa.Select[Any]:
    """Events matching `f` with the columns `event_row` reads (no order, no limit)."""
    e, d = t.events, t.documents
    return sa.select(*_columns()).join(d, d.c.id == e.c.doc_id).where(*event_conditions(f, dialect))


def newest_first(query: sa.Select[Any], after: tuple[str, str, str] | None) -> sa.Select[Any]:
    """`query` in the API's stable order (day, document id, event id, all descending), after a page key."""
    return _ordered(query, (t.events.c.day, t.events.c.doc_id, t.events.c.id), after)


def _ordered(query: sa.Select[Any], key: Key, after: tuple[str, ...] | None) -> sa.Select[Any]:
    if after is not None:
        query = query.where(sa.tuple_(*key) < sa.tuple_(*map(sa.literal, after)))
    return query.order_by(*(column.desc() for column in key))


def _keys(
    f: EventFilter, dialect: str, *where: sa.ColumnElement[bool], by_area: bool = True
) -> sa.Select[Any]:
    """The page keys of `f`'s events (no join: every filter is on ``events``); `by_area` False keeps
    the database from reading a box or circle through the coordinates index."""
    e = t.events
    return sa.select(e.c.day, e.c.doc_id, e.c.id).where(*event_conditions(f, dialect, by_area), *where)


def _through_participants(
    p: sa.FromClause, conditions: list[sa.ColumnElement[bool]], rest: EventFilter, dialect: str
) -> tuple[sa.Select[Any], Key]:
    """Page keys read in the order of an index of ``event_participants`` (alias `p`, `conditions` on it)."""
    e = t.events
    others = event_conditions(rest, dialect)
    if rest.from_day:
        conditions = [*conditions, p.c.day >= rest.from_day]
    keys = sa.select(p.c.day.label("day"), p.c.doc_id.label("doc_id"), p.c.event_id.label("id"))
    if others:
        keys = keys.select_from(p.join(e, sa.and_(e.c.doc_id == p.c.doc_id, e.c.id == p.c.event_id)))
    return keys.where(*conditions, *others), (p.c.day, p.c.doc_id, p.c.event_id)


def _branches(f: EventFilter, dialect: str) -> list[tuple[sa.Select[Any], Key]]:
    """Selections of page keys whose union is `f`'s events, each with the index key it can be read in
    page order by: an actor's or a country's participant rows, a place's country, grid cells, days."""
    e = t.events
    p = t.event_participants.alias("p")
    if f.actor_id:
        return [_through_participants(p, [p.c.actor_key == f.actor_id], replace(f, actor_id=None), dialect)]
    for value, role, rest in (
        (f.actor_country, "actor", replace(f, actor_country=None)),
        (f.recipient_country, "recipient", replace(f, recipient_country=None)),
    ):
        if value:
            where = [p.c.country == value.upper(), p.c.role == role]
            if not rest.types:
                return [_through_participants(p, where, rest, dialect)]
            # one walk of the (country, role, type, day) index per type: each stops at its page
            untyped = replace(rest, types=())
            return [
                _through_participants(p, [*where, p.c.type == kind.upper()], untyped, dialect)
                for kind in sorted({kind.upper() for kind in rest.types})
            ]
    day_order: Key = (e.c.day, e.c.doc_id, e.c.id)
    if f.country:
        code, rest = f.country.upper(), replace(f, country=None)
        return [
            (_keys(rest, dialect, e.c.place_country == code), day_order),
            _through_participants(p, [p.c.country == code], rest, dialect),
        ]
    if f.bbox or f.near:
        cells = _cells(f)
        if cells is None:  # a wide area: read the days in order rather than every event in it
            return [(_keys(f, dialect, by_area=False), day_order)]
        return [(_keys(f, dialect, e.c.place_cell == cell), day_order) for cell in cells]
    return [(_keys(f, dialect), day_order)]


def filtered_events(f: EventFilter, dialect: str) -> tuple[sa.FromClause, list[sa.ColumnElement[bool]]]:
    """``events`` restricted to `f`, for aggregates: the table and conditions on it, or, when a filter
    has an index of its own (participants, countries, full text, areas), ``events`` joined to the
    union of the keys those indexes give (read once, not tested row by row)."""
    e = t.events
    if not (
        f.actor_id
        or f.actor_country
        or f.recipient_country
        or f.country
        or f.q is not None
        or f.bbox
        or f.near
    ):
        return e, event_conditions(f, dialect)
    keys = sa.union(*(query for query, _ in _branches(f, dialect))).subquery()
    return e.join(keys, sa.and_(e.c.doc_id == keys.c.doc_id, e.c.id == keys.c.id)), []


@dataclass(frozen=True)
class Page:
    """One page of events: `select_events` rows, and the key to pass as ``after`` for the next page."""

    rows: list[Any]
    next_key: list[Any] | None


def page_key_kinds(f: EventFilter, dialect: str) -> tuple[type, ...]:
    """The types of a page key for `f`: a full-text row id on SQLite, else ``(day, doc_id, id)``."""
    return (int,) if f.q is not None and dialect == "sqlite" else (str, str, str)


#: Boxes covering at most this many one-degree cells are read cell by cell in page order.
MAX_CELLS = 64


def _cells(f: EventFilter) -> list[int] | None:
    """The grid cells a box or radius filter covers, when they are few enough to read one by one."""
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
    elif f.near:
        lat, lon, km = f.near
        dlat = km / KM_PER_DEGREE
        cos_lat = math.cos(math.radians(lat))
        if cos_lat < 1e-6 or km / (KM_PER_DEGREE * cos_lat) >= 180:
            return None
        dlon = km / (KM_PER_DEGREE * cos_lat)
        min_lat, max_lat = max(lat - dlat, -90.0), min(lat + dlat, 90.0)
        min_lon, max_lon = (lon - dlon + 540) % 360 - 180, (lon + dlon + 540) % 360 - 180
    else:
        return None
    rows = range(grid_cell(min_lat, 0) // 360, grid_cell(max_lat, 0) // 360 + 1)
    first, last = grid_cell(0, min_lon) % 360, grid_cell(0, max_lon) % 360
    columns = list(range(first, last + 1)) if first <= last else [*range(first, 360), *range(0, last + 1)]
    if len(rows) * len(columns) > MAX_CELLS:
        return None
    return [row * 360 + column for row in rows for column in columns]


def page(conn: sa.Connection, f: EventFilter, after: tuple[Any, ...] | None, limit: int) -> Page:
    """Up to `limit` of `f`'s events after the page key `after`, newest first, each event once, read
    through the index that suits the filters (on SQLite, full text reads the FTS5 table in rowid order)."""
    if f.q is not None and conn.dialect.name == "sqlite":
        return _text_page(conn, f, after, limit)
    fetch = limit + 1
    streams = [_Stream(conn, query, key, after, fetch) for query, key in _branches(f, conn.dialect.name)]
    keys: list[tuple[str, str, str]] = []
    while len(keys) < fetch:  # merge the branches, newest first
        live = [stream for stream in streams if stream.head()]
        if not live:
            break
        key = max(live, key=lambda stream: stream.buffer[-1]).pop()
        if not keys or key != keys[-1]:  # an event two branches (or participants) lead to, once
            keys.append(key)
    shown = keys[:limit]
    return Page(
        _rows(conn, [(doc_id, id) for _, doc_id, id in shown]), list(shown[-1]) if len(keys) > limit else None
    )


class _Stream:
    """One branch's page keys, newest first, read `fetch` at a time as the merge needs them."""

    def __init__(
        self, conn: sa.Connection, query: sa.Select[Any], key: Key, after: tuple[Any, ...] | None, fetch: int
    ) -> None:
        self.conn, self.query, self.key, self.after, self.fetch = conn, query, key, after, fetch
        self.buffer: list[tuple[str, str, str]] = []  # oldest last read first: pop() gives the newest
        self.done = False

    def head(self) -> bool:
        """Whether a key is waiting (reading the next batch when the buffer is empty)."""
        if not self.buffer and not self.done:
            batch = [
                tuple(row)
                for row in self.conn.execute(_ordered(self.query, self.key, self.after).limit(self.fetch))
            ]
            self.done = len(batch) < self.fetch
            self.after = batch[-1] if batch else self.after
            self.buffer = batch[::-1]
        return bool(self.buffer)

    def pop(self) -> tuple[str, str, str]:
        return self.buffer.pop()


def _rows(conn: sa.Connection, keys: list[tuple[str, str]]) -> list[Any]:
    """`select_events` rows for these ``(doc_id, id)`` keys, in their order (read by primary key)."""
    if not keys:
        return []
    e = t.events
    query = select_events(EventFilter(), conn.dialect.name).where(
        e.c.doc_id.in_({doc_id for doc_id, _ in keys}), sa.tuple_(e.c.doc_id, e.c.id).in_(keys)
    )
    found = {(row.doc_id, row.id): row for row in conn.execute(query)}
    return [found[key] for key in keys if key in found]


#: Most full-text matches read per step when the other filters reject many of them.
TEXT_BATCH = 4000


def _text_page(conn: sa.Connection, f: EventFilter, after: tuple[Any, ...] | None, limit: int) -> Page:
    """Matches read from FTS5 in rowid order (newest day first: migration 0006_api), a growing batch at a
    time, each batch kept where the other filters hold."""
    words = search_words(f.q or "")
    if not words:
        return Page([], None)
    e, fts = t.events, events_fts
    match = sa.literal_column("events_fts").op("MATCH")(_fts_phrase(words))
    rest = replace(f, q=None)
    found: list[tuple[int, tuple[str, str]]] = []
    before, size = (after[0] if after else None), limit + 1
    while len(found) <= limit:
        candidates = sa.select(fts.c.rowid, fts.c.doc_id, fts.c.event_id).where(match)
        if before is not None:
            candidates = candidates.where(fts.c.rowid < before)
        batch = conn.execute(candidates.order_by(fts.c.rowid.desc()).limit(size)).all()
        if batch:
            keys = [(r.doc_id, r.event_id) for r in batch]
            among = _keys(
                rest,
                "sqlite",
                e.c.doc_id.in_({doc for doc, _ in keys}),
                sa.tuple_(e.c.doc_id, e.c.id).in_(keys),
            )
            kept = {(doc_id, id) for _, doc_id, id in conn.execute(among)}  # doc_id IN: read by primary key
            found += [(r.rowid, (r.doc_id, r.event_id)) for r in batch if (r.doc_id, r.event_id) in kept]
        if len(batch) < size:
            break
        before, size = batch[-1].rowid, min(size * 4, TEXT_BATCH)
    shown = found[:limit]
    return Page(_rows(conn, [key for _, key in shown]), [shown[-1][0]] if len(found) > limit else None)


def event_row(row: Any) -> EventRow:
    """An `EventRow` from a `select_events` result row."""
    return EventRow(
        doc_id=row.doc_id,
        event=Event.model_validate_json(row.json),
        evidence_text=row.evidence_text,
        source_id=row.source_id,
        outlet=row.outlet,
        url=row.url,
        title=row.title,
        language=row.language,
        published=row.published_value,
        date_start=row.date_start,
        date_end=row.date_end,
    )
