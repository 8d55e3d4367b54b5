"""The REST API: ``create_api(store_url, write_token=None)`` → a FastAPI app (`docs/api.md`).

`params` parses the shared filters and cursors, `errors` makes every error JSON, `views` shapes
records, `streaming` streams the exporters; one router per resource (`events`, `documents`,
`actors`, `stories`, `aggregates` for places, timeline and network, `write` behind the token).
"""

from dateline.api.app import create_api

__all__ = ["create_api"]
