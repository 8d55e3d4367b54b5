"""Dateline: multilingual, evidence-first event data from news reports.

Curated public API::

    import dateline
    doc = dateline.read("report.txt")          # a path, or the text itself
    pipe = dateline.Pipeline.from_config(["clean", "language", "analyse"])
    pipe = dateline.Pipeline.from_config(dateline.load_config(Path("dateline.toml")))
"""

from __future__ import annotations

from pathlib import Path

from dateline.config import Config, ConfigError, load_config
from dateline.model import (
    Actor,
    Attribution,
    Document,
    Event,
    Place,
    RawDocument,
    Span,
    TimeExpr,
)
from dateline.pipeline import Pipeline, PipelineConfigError, registry
from dateline.resources import Resources

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Attribution",
    "Config",
    "ConfigError",
    "Document",
    "Event",
    "Pipeline",
    "PipelineConfigError",
    "Place",
    "RawDocument",
    "Resources",
    "Span",
    "TimeExpr",
    "__version__",
    "load_config",
    "read",
    "registry",
]

_default_pipeline: Pipeline | None = None


def read(text_or_path: str | Path, pipeline: Pipeline | None = None) -> Document:
    """Run the full pipeline on one report: a file path (txt/html) or the report's text."""
    from dateline.sources import raw_from_path_or_text

    global _default_pipeline
    if pipeline is None:
        if _default_pipeline is None:
            _default_pipeline = Pipeline.from_config()
        pipeline = _default_pipeline
    return pipeline(raw_from_path_or_text(text_or_path))
