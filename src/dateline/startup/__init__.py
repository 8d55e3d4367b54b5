"""Faster process start-up: work every worker repeats at start-up, done once and kept in a file cache.

The cache folder is the gazetteer's (`dateline.kb.gazetteer.cache`): ``$DATELINE_CACHE``, default
``~/.cache/dateline``. Every cached item gives back exactly what computing it gives (tested); a
missing, stale or unreadable file, or a folder that cannot be written, only costs the time the
cache was meant to save.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """The folder of the start-up caches."""
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so a concurrent reader never sees half of it;
    a folder that cannot be written is left alone (the cache stays cold)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except OSError:
            os.unlink(temporary)
            raise
