"""The API fuzzed from its own OpenAPI schema (schemathesis): no input gives a 5xx.

The store is built when the module is imported (schemathesis reads the schema at collection) in a
temporary directory removed at exit.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from api_samples import fill
from hypothesis import HealthCheck, settings

from dateline.api import create_api
from dateline.store import Store

TOKEN = "fuzz-token"


def _app() -> object:
    folder = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    url = f"sqlite:///{folder / 'fuzz.db'}"
    with Store.open(url) as store:
        fill(store)
    return create_api(url, write_token=TOKEN)


# uploads run the full pipeline (seconds per case): the integration tests cover them
schema = schemathesis.openapi.from_asgi("/openapi.json", _app()).exclude(method="POST", path="/api/documents")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_gives_a_server_error(case: schemathesis.Case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text}"
    if response.status_code >= 400:
        assert "error" in response.json()
