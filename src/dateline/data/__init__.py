"""Packaged data: lexicons, trained artifacts, calibrations."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

import yaml

#: libyaml's safe loader when available (5–10× faster than the pure-Python one), same results.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_file(*parts: str) -> Traversable:
    """A file shipped under ``dateline/data``."""
    return resources.files(__name__).joinpath(*parts)


def data_text(*parts: str) -> str:
    """The UTF-8 text of a file shipped under ``dateline/data``."""
    return data_file(*parts).read_text(encoding="utf-8")
