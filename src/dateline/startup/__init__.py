"""Faster process start-up: work every worker repeats at start-up, done once and kept in a file cache.

The cache folder is ``$DATELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/dateline``, else
``~/.cache/dateline``; ``DATELINE_CACHE_DIR=""`` turns the caches off. Every cached item gives back
exactly what computing it gives (tested); a missing, stale or unreadable file only costs the time
it was meant to save.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """The folder of the start-up caches, or None when they are turned off."""
    chosen = os.environ.get("DATELINE_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


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
