"""The request's Store (one per app, opened by `create_api`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from dateline.store import Store


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
