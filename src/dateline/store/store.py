"""The Store: Documents in SQLite (default) or PostgreSQL, through SQLAlchemy 2 Core.

`Store.open` accepts a file path (→ SQLite) or any SQLAlchemy URL and upgrades the schema
with the packaged Alembic revisions. `Store.put` writes a batch in one transaction (PostgreSQL by
``COPY``, `dateline.store.bulk`) and is idempotent: a document whose content-hash id is already
stored is skipped. Failed documents are stored too, with their errors. Open one Store per
process (engines do not survive a fork).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from dateline.flat import FlatDocument, flatten
from dateline.model import Document
from dateline.store import schema as t
from dateline.store.bulk import copy_new_documents, copy_rows
from dateline.store.engine import create_engine, database_url, write_transaction
from dateline.store.many import execute_many
from dateline.store.migrate import upgrade
from dateline.store.queries import EventFilter, event_row, select_events
from dateline.store.rows import ActorCount, DocumentRow, EventRow, PutResult
from dateline.store.summary import add_summaries

log = logging.getLogger(__name__)

#: Ids per ``IN (...)`` query, well under every backend's bound-parameter limit.
CHUNK = 500


class AmbiguousIdError(LookupError):
    """A document id prefix that matches more than one document."""


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Store:
    """Put and query Documents; see the module docstring."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str | Path = "dateline.db") -> Store:
        """Open (creating or upgrading as needed) the store at a file path or SQLAlchemy URL."""
        engine = create_engine(database_url(target))
        upgrade(engine)
        return cls(engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def put(self, docs: Iterable[Document | FlatDocument]) -> PutResult:
        """Store `docs` (Documents, or their rows as `dateline.flat.flatten` makes them) in one
        transaction; documents already stored (same id) are skipped."""
        batch: dict[str, Document | FlatDocument] = {}
        seen = 0
        for doc in docs:
            seen += 1
            batch.setdefault(doc.id, doc)
        now = datetime.now(UTC)
        with write_transaction(self.engine) as conn:
            known = self._known(conn, list(batch))
            flats = [_stamped(doc, now) for doc_id, doc in batch.items() if doc_id not in known]
            inserted = self._insert_documents(conn, [f.document for f in flats])
            flats = [f for f in flats if f.document["id"] in inserted]
            for table, rows in (
                (t.doc_errors, [r for f in flats for r in f.errors]),
                (t.events, [r for f in flats for r in f.events]),
                (t.event_participants, [r for f in flats for r in f.participants]),
                (t.doc_actors, [r for f in flats for r in f.actors]),
                (t.doc_places, [r for f in flats for r in f.places]),
            ):
                if rows:
                    self._insert_rows(conn, table, rows)
            add_summaries(
                conn, [r for f in flats for r in f.events], [r for f in flats for r in f.participants]
            )
        failed = sum(1 for f in flats if f.document["status"] == "failed")
        log.debug("stored %d document(s), skipped %d already stored", len(flats), seen - len(flats))
        return PutResult(stored=len(flats), skipped=seen - len(flats), failed=failed)

    def _insert_documents(self, conn: sa.Connection, rows: list[dict[str, Any]]) -> set[str]:
        """Insert document rows, ignoring ids a concurrent writer stored meanwhile; the ids inserted.
        PostgreSQL gets them by ``COPY`` (`dateline.store.bulk`), SQLite by one batched insert."""
        if not rows:
            return set()
        dialect = conn.dialect.name
        if dialect == "postgresql":
            return copy_new_documents(conn, rows)
        if dialect == "sqlite":
            stmt = (
                sqlite.insert(t.documents)
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(t.documents.c.id)
            )
            return set(conn.execute(stmt, rows).scalars())
        conn.execute(t.documents.insert(), rows)
        return {row["id"] for row in rows}

    @staticmethod
    def _insert_rows(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        """Append child rows: ``COPY`` on PostgreSQL, a batched insert elsewhere."""
        if conn.dialect.name == "postgresql":
            copy_rows(conn, table, rows)
        else:
            execute_many(conn, _insert(table), rows)

    # -- reading -------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of `ids` already stored."""
        with self.engine.connect() as conn:
            return self._known(conn, list(dict.fromkeys(ids)))

    @staticmethod
    def _known(conn: sa.Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(
                conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_(chunk))).scalars()
            )
        return found

    def get(self, doc_id: str) -> Document | None:
        """The stored Document with this id, or with this unique id prefix."""
        with self.engine.connect() as conn:
            data = conn.execute(sa.select(t.documents.c.json).where(t.documents.c.id == doc_id)).scalar()
            if data is None and doc_id:
                like = doc_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                query = sa.select(t.documents.c.id, t.documents.c.json).where(
                    t.documents.c.id.like(like, escape="\\")
                )
                matches = conn.execute(query.limit(6)).all()
                if len(matches) > 1:
                    shown = ", ".join(m.id for m in matches[:5])
                    raise AmbiguousIdError(f"{doc_id!r} matches several documents: {shown}…")
                data = matches[0].json if matches else None
        return Document.from_json(data) if data is not None else None

    def iter_documents(self, chunk: int = 200) -> Iterator[Document]:
        """Every stored Document, oldest first, read `chunk` rows at a time (never all in memory)."""
        d = t.documents
        query = sa.select(d.c.json).order_by(d.c.created_at, d.c.id).execution_options(yield_per=chunk)
        with self.engine.connect() as conn:
            for data in conn.execute(query).scalars():
                yield Document.from_json(data)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one())

    def documents(
        self,
        language: str | None = None,
        outlet: str | None = None,
        status: str | None = None,
        limit: int | None = None,
    ) -> list[DocumentRow]:
        """Stored documents' metadata, oldest first; `outlet` matches case-insensitively."""
        d = t.documents
        query = sa.select(*(d.c[name] for name in DocumentRow.__dataclass_fields__)).order_by(
            d.c.created_at, d.c.id
        )
        if language:
            query = query.where(d.c.language == language.lower())
        if outlet:
            query = query.where(sa.func.lower(d.c.outlet) == outlet.lower())
        if status:
            query = query.where(d.c.status == status)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = [row._asdict() for row in conn.execute(query)]
        return [DocumentRow(**{**row, "created_at": _aware(row["created_at"])}) for row in rows]

    def events(
        self,
        actor: str | None = None,
        type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        near: tuple[float, float, float] | None = None,
        limit: int | None = None,
        min_confidence: float | None = None,
    ) -> list[EventRow]:
        """Stored events, filtered.

        `actor` matches an actor or recipient by name (substring, any case) or KB id;
        `country` matches an actor's, a recipient's or the place's ISO-3 code; `since` /
        `until` (ISO dates) keep events whose date interval overlaps them; `near` is
        ``(lat, lon, km)``; `min_confidence` keeps events whose stored confidence is at least it.
        """
        f = EventFilter(
            actor=actor,
            types=(type,) if type else (),
            country=country,
            since=since,
            until=until,
            near=near,
            min_confidence=min_confidence,
        )
        return list(self.iter_events(f, limit))

    def iter_events(self, f: EventFilter, limit: int | None = None, chunk: int = 1000) -> Iterator[EventRow]:
        """The events `f` selects, dated ones first by date, read `chunk` rows at a time (never all in
        memory): what exports stream."""
        e = t.events
        query = select_events(f, self.engine.dialect.name).order_by(
            e.c.date_start.is_(None), e.c.date_start, e.c.doc_id, e.c.id
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query.execution_options(yield_per=chunk)):
                yield event_row(row)

    def actors(self) -> list[ActorCount]:
        """Every actor resolved in the corpus, most widely reported first."""
        a = t.doc_actors
        keys = (a.c.name, a.c.kind, a.c.country, a.c.sector, a.c.kb_id)
        mentions = sa.func.sum(a.c.n_mentions).label("mentions")
        documents = sa.func.count(sa.distinct(a.c.doc_id)).label("documents")
        query = (
            sa.select(*keys, mentions, documents)
            .group_by(*keys)
            .order_by(documents.desc(), mentions.desc(), a.c.name)
        )
        with self.engine.connect() as conn:
            return [
                ActorCount(**{**row._asdict(), "mentions": int(row.mentions or 0)})
                for row in conn.execute(query)
            ]


@functools.cache
def _insert(table: sa.Table) -> sa.Insert:
    """The table's insert statement, built once (`execute_many` caches its compiled form)."""
    return table.insert()


def _stamped(doc: Document | FlatDocument, now: datetime) -> FlatDocument:
    """The rows of `doc`, stored at `now`."""
    if isinstance(doc, Document):
        return flatten(doc, now)
    doc.document["created_at"] = now
    return doc


def _aware(moment: datetime) -> datetime:
    """UTC-aware (SQLite hands back naive datetimes)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
