"""Compiled regular expressions kept across processes.

Importing spaCy's French language compiles one regular expression of a few hundred word patterns
with large Unicode classes: ≈ 4 s of CPU in every process (``docs/performance.md``), plus the
stages' own lexicon patterns. Python's ``re`` turns a pattern into a list of opcodes
(``re._compiler._code``) and hands it to ``_sre.compile``; while `compiled_regex_cache` is open,
the opcodes of patterns that were slow to compile are stored in a file and, in the next process,
handed to ``_sre.compile`` directly. The object is the same: ``Pattern.__eq__`` compares the
pattern, flags and opcodes, and the tests check it. The file is keyed by the Python build and the
``_sre`` version; on an interpreter without the expected internals nothing is cached.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import json
import logging
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.startup import cache_dir, write_atomically

log = logging.getLogger(__name__)

#: Patterns whose compilation takes less CPU than this are not worth a line in the file.
MIN_SECONDS = 0.002

_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)
#: (flags, opcodes, groups, group index, index group): the arguments of ``_sre.compile`` after the pattern.
Entry = tuple[int, list[int], int, dict[str, int], list[str | None]]


def supported() -> bool:
    """Whether this interpreter has the ``re`` internals the cache relies on."""
    return all(hasattr(m, a) for m, a in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse")))


def cache_file() -> Path:
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return cache_dir() / f"regex-{hashlib.sha1(build.encode()).hexdigest()[:16]}.json"


def _valid(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], list)
        and all(isinstance(op, int) for op in entry[1])
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], list)
    )


def read(path: Path) -> dict[str, Entry]:
    """The entries of a cache file, keyed by flags and pattern; empty when missing or malformed."""
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or not all(_valid(v) for v in stored.values()):
        log.debug("ignoring the malformed regex cache %s", path)
        return {}
    return {key: tuple(value) for key, value in stored.items()}


def _key(pattern: str, flags: int) -> str:
    return f"{flags}\x00{pattern}"


def compile_entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before ``_sre.compile`` (same steps, Python 3.11–3.12)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, indexgroup


def build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    return compiled


@contextlib.contextmanager
def compiled_regex_cache(path: Path | None = None) -> Iterator[None]:
    """While open, ``re.compile`` of a text pattern takes its opcodes from the cache file when they are
    there, and the file learns the slow ones compiled meanwhile (written when the block ends)."""
    if not supported():
        yield
        return
    path = path or cache_file()
    known = read(path)
    learned: dict[str, Entry] = {}
    original = _compiler.compile

    def cached_compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        key = _key(pattern, flags)
        entry = known.get(key)
        if entry is None:
            started = time.process_time()
            entry = compile_entry(pattern, flags)
            if time.process_time() - started >= MIN_SECONDS:
                learned[key] = entry
        return build(pattern, entry)

    _compiler.compile = cached_compile
    try:
        yield
    finally:
        _compiler.compile = original
        if learned:
            write_atomically(path, json.dumps({**read(path), **learned}).encode())
