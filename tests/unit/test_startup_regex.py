"""The compiled-regex cache gives back the very patterns ``re`` compiles, from a file, in a new process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.startup import cache_dir
from dateline.startup import regex as regex_cache

pytestmark = pytest.mark.skipif(not regex_cache.supported(), reason="no re internals to cache")

#: Patterns of our own, with the features whose opcodes differ: classes, groups, flags, lookarounds.
PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>janvier|février|mars)\b", 0),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", re.IGNORECASE),
    (r"(?<=\bM\.)\s*(\w+)(?!\.)", re.MULTILINE | re.DOTALL),
    (r"(?i)[a-zàâçéèêëîïôûùüÿñæœ]+['’][a-zà-ÿ]+|\d+(?:[.,]\d+)?", 0),
]


def fresh(pattern: str, flags: int) -> re.Pattern[str]:
    """Compiled by ``re`` itself, bypassing its per-process cache."""
    compiled: re.Pattern[str] = regex_cache._compiler.compile(pattern, flags)
    return compiled


def test_entries_rebuild_equal_patterns() -> None:
    for pattern, flags in PATTERNS:
        rebuilt = regex_cache.build(pattern, regex_cache.compile_entry(pattern, flags))
        # Pattern equality compares the pattern, the flags and the compiled opcodes.
        assert rebuilt == fresh(pattern, flags)
        assert rebuilt.groupindex == fresh(pattern, flags).groupindex
        assert rebuilt.groups == fresh(pattern, flags).groups


def test_cache_learns_slow_patterns_then_serves_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "regex.json"
    monkeypatch.setattr(regex_cache, "MIN_SECONDS", 0.0)
    with regex_cache.compiled_regex_cache(path):
        first = [regex_cache._compiler.compile(p, f) for p, f in PATTERNS]
    stored = json.loads(path.read_text())
    assert len(stored) == len(PATTERNS)
    # Served from the file: the entry is used as stored (poison one to prove it is read).
    calls: list[str] = []
    monkeypatch.setattr(regex_cache, "compile_entry", lambda p, f: calls.append(p))
    with regex_cache.compiled_regex_cache(path):
        second = [regex_cache._compiler.compile(p, f) for p, f in PATTERNS]
    assert calls == []
    assert second == first == [fresh(p, f) for p, f in PATTERNS]
    assert "cached" not in regex_cache._compiler.compile.__name__  # put back when the block ends


def test_bytes_patterns_and_malformed_files_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "regex.json"
    path.write_text('{"0\\u0000a+": [1, "not opcodes"]}')
    assert regex_cache.read(path) == {}
    with regex_cache.compiled_regex_cache(path):
        assert re.compile(rb"\d+b", re.DEBUG & 0).match(b"12b")
        assert regex_cache._compiler.compile(r"(\w+)-(\w+)", 0) == fresh(r"(\w+)-(\w+)", 0)


def test_the_cache_folder_is_the_gazetteers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dateline.kb.gazetteer.cache import cache_path

    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path == regex_cache.cache_file().parent == cache_path().parent


def test_french_tokenizer_pattern_is_identical_from_the_cache(tmp_path: Path) -> None:
    """The pattern the cache exists for, compiled in two fresh processes (cold, then from the file)."""
    program = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from dateline.startup.regex import compiled_regex_cache\n"
        "with compiled_regex_cache(Path(sys.argv[1])):\n"
        "    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH\n"
        "pattern = TOKEN_MATCH.__self__\n"
        "print(pattern == re._compiler.compile(pattern.pattern, pattern.flags & ~re.UNICODE))\n"
    )
    path = tmp_path / "regex.json"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", program, str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "True"
    assert json.loads(path.read_text())  # it learned the slow pattern
