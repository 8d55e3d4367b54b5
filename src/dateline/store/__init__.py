"""Persistence: `Store` keeps Documents in SQLite or PostgreSQL (schema by Alembic migrations)."""

from dateline.store.engine import database_url
from dateline.store.rows import ActorCount, DocumentRow, EventRow, PutResult
from dateline.store.store import AmbiguousIdError, Store

__all__ = [
    "ActorCount",
    "AmbiguousIdError",
    "DocumentRow",
    "EventRow",
    "PutResult",
    "Store",
    "database_url",
]
