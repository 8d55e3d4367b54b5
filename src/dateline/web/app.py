"""`create_app`: the REST API plus the UI's static files, behind the security-headers middleware."""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from dateline.api import create_api
from dateline.plover import CATEGORIES, QUAD_CLASS
from dateline.web.security import SecurityHeaders

STATIC = files("dateline.web") / "static"


def create_app(store_url: str, *, write_token: str | None = None) -> FastAPI:
    """The API app for `store_url` (read-only unless `write_token`), serving the UI at ``/``."""
    app = create_api(store_url, write_token=write_token)
    app.mount("/static", StaticFiles(packages=[("dateline.web", "static")]), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), headers={"cache-control": "no-cache"})

    @app.get("/ui/ontology.json", include_in_schema=False)
    def ontology() -> JSONResponse:
        """The PLOVER categories in order and their quad classes: what the UI colours by."""
        return JSONResponse({"categories": list(CATEGORIES), "quad_class": QUAD_CLASS})

    app.add_middleware(SecurityHeaders)
    return app
