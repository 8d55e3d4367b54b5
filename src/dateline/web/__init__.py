"""The web UI: `create_app` serves the REST API (`dateline.api`) and the static front end from one process.

- `app.py`: builds the application (API + static files + the PLOVER ontology the UI colours by).
- `security.py`: the middleware adding a strict Content-Security-Policy and the other security headers.
- `static/`: the UI (plain ES modules, no build step) and `vendor/`, the pinned libraries
  `scripts/vendor_frontend.py` copies from the npm registry.
"""

from dateline.web.app import create_app

__all__ = ["create_app"]
