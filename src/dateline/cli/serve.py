"""``dateline serve``: the REST API and the web UI over a store, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, err_console, open_store


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for every one).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option(
            envvar="DATELINE_WRITE_TOKEN",
            help="Enable the write endpoints (detach/reattach, upload), for requests bearing this token.",
        ),
    ] = None,
) -> None:
    """Explore a store in the browser: network, map, timeline, events, documents, stories, actors."""
    import uvicorn

    from dateline.web import create_app

    with open_store(db) as store:  # a missing SQLite file is a usage error; migrations run here
        url = store.engine.url.render_as_string(hide_password=False)
    err_console.print(f"serving {db} at http://{host}:{port}/ (API at /api, schema at /openapi.json)")
    uvicorn.run(create_app(url, write_token=write_token), host=host, port=port, log_level="warning")
