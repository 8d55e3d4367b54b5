"""Engines map the per-document pipeline over a corpus and hand results to one writer.

`LocalEngine` (worker processes on this machine) is the default; `dateline.engine.ray`
offers the same over a Ray cluster when Ray is installed. See ``docs/engine.md``.
"""

from dateline.engine.base import (
    ENGINE_STAGE,
    Engine,
    EngineError,
    ErrorLine,
    IngestOptions,
    IngestReport,
    PipelineSpec,
    Planner,
    Writer,
)
from dateline.engine.local import LocalEngine

__all__ = [
    "ENGINE_STAGE",
    "Engine",
    "EngineError",
    "ErrorLine",
    "IngestOptions",
    "IngestReport",
    "LocalEngine",
    "PipelineSpec",
    "Planner",
    "Writer",
]
