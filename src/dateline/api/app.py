"""`create_api`: the REST API over one store, as a FastAPI app (`docs/api.md`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI

import dateline
from dateline.api import actors, aggregates, documents, events, stories
from dateline.api.deps import StoreDep
from dateline.api.errors import install_error_handlers
from dateline.api.write import write_router
from dateline.store import Store
from dateline.store import schema as t


def create_api(store_url: str, *, write_token: str | None = None) -> FastAPI:
    """The API app over the store at `store_url` (a SQLite path or any SQLAlchemy URL); read-only unless
    `write_token` is given, in which case the write endpoints exist and check it."""
    store = Store.open(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Dateline",
        version=dateline.__version__,
        description="Events, actors, places, stories and their evidence, from a Dateline store.",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = store
    app.state.writable = write_token is not None
    install_error_handlers(app)
    for module in (events, documents, actors, stories, aggregates):
        app.include_router(module.router)
    if write_token is not None:
        app.include_router(write_router(write_token))

    @app.get("/api/health", tags=["meta"])
    def health(store: StoreDep) -> dict[str, Any]:
        """The store's size and whether writes are enabled."""
        with store.engine.connect() as conn:
            n_events = conn.execute(
                sa.select(sa.func.coalesce(sa.func.sum(t.summary_days.c.n), 0))
            ).scalar_one()
        return {
            "status": "ok",
            "events": int(n_events),
            "documents": store.count(),
            "write": app.state.writable,
        }

    return app
