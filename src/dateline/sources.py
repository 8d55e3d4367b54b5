"""Sources: turn paths, directories, JSONL files and stdin into `RawDocument`s.

Everything is streamed: a directory is walked lazily and a JSONL file is read line by
line, so memory does not grow with the corpus. A source never raises for one bad
input; it yields a `RawDocument` whose ``error`` says what was wrong, and the pipeline
stores that as the document's error.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.model import RawDocument

#: Files larger than this are not read; they become an error row.
MAX_FILE_BYTES = 20 * 1024 * 1024 + 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DECLARED_FIELDS = ("title", "url", "outlet", "published", "language")


def display_path(path: Path) -> str:
    """A printable path, even when the name is not valid UTF-8."""
    return os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under `paths`, recursively and in a stable order, one at a time."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def read_paths(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> Iterator[RawDocument]:
    """RawDocuments for every supported file under `paths` (``-`` reads stdin)."""
    for path in iter_paths(paths):
        if str(path) == "-":
            yield from read_stream(sys.stdin.buffer, uri="<stdin>")
            continue
        suffix = path.suffix.lower()
        uri = display_path(path)
        if path.exists() and not path.is_file():  # FIFOs, sockets, devices: reading could block forever
            yield RawDocument(content=b"", uri=uri, error="cannot read file: not a regular file")
            continue
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path)
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                yield RawDocument(
                    content=b"", uri=uri, error=f"file too large: {size} bytes (limit {max_bytes})"
                )
                continue
            content = path.read_bytes()
        except OSError as exc:
            yield RawDocument(content=b"", uri=uri, error=f"cannot read file: {exc.strerror or exc}")
            continue
        yield RawDocument(
            content=content, uri=uri, kind="html" if suffix in HTML_SUFFIXES else sniff_kind(content)
        )


def sniff_kind(content: bytes) -> str:
    """``html`` when the bytes open like an HTML page, else ``text``."""
    return "html" if _head(content).lower().startswith((b"<!doctype html", b"<html")) else "text"


def _head(content: bytes) -> bytes:
    """The opening bytes, past a UTF-8 byte-order mark and white space."""
    return content[:1024].removeprefix(codecs.BOM_UTF8).lstrip()


def read_stream(stream: IO[bytes], uri: str) -> Iterator[RawDocument]:
    """One document from a byte stream, or JSONL records when it looks like JSONL."""
    content = stream.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        yield RawDocument(content=b"", uri=uri, error=f"input too large (limit {MAX_FILE_BYTES} bytes)")
        return
    if _head(content).startswith(b"{"):
        yield from _jsonl_records(content.splitlines(), uri)
    else:
        yield RawDocument(content=content, uri=uri, kind=sniff_kind(content))


def read_jsonl(path: Path) -> Iterator[RawDocument]:
    """One RawDocument per JSONL line; a broken line becomes an error row, the rest go on."""
    uri = display_path(path)
    try:
        with path.open("rb") as handle:
            yield from _jsonl_records(handle, uri)
    except OSError as exc:
        yield RawDocument(content=b"", uri=uri, error=f"cannot read file: {exc.strerror or exc}")


def _jsonl_records(lines: Iterable[bytes], uri: str) -> Iterator[RawDocument]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield record_to_raw(line, f"{uri}#L{number}")


def record_to_raw(line: bytes, uri: str) -> RawDocument:
    """Parse one JSONL record (``text`` or ``html`` plus declared metadata)."""
    if len(line) > MAX_FILE_BYTES:
        return RawDocument(content=b"", uri=uri, error="JSONL record too large")
    try:
        record: Any = json.loads(line)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        return RawDocument(content=line[:200], uri=uri, error=f"malformed JSON: {exc}")
    if not isinstance(record, dict):
        return RawDocument(content=line[:200], uri=uri, error="JSONL record is not an object")
    declared = {k: _as_str(record.get(k)) for k in DECLARED_FIELDS}
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        return RawDocument(content=_utf8(html), uri=uri, kind="html", **declared)
    if isinstance(text, str):
        return RawDocument(content=_utf8(text), uri=uri, kind="text", **declared)
    return RawDocument(content=line[:200], uri=uri, error="JSONL record has no 'text' or 'html' string field")


def _utf8(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")


def _as_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def raw_from_path_or_text(text_or_path: str | Path) -> RawDocument:
    """A RawDocument from a file path when it names one, else from the text itself."""
    if isinstance(text_or_path, Path) or (
        isinstance(text_or_path, str) and len(text_or_path) < 4096 and "\n" not in text_or_path
    ):
        path = Path(text_or_path)
        if _is_file(path):  # a JSONL file gives its first record
            first = next(read_paths([path]), None)
            if first is None:
                return RawDocument(content=b"", uri=display_path(path), error="no document in the file")
            return first
        if isinstance(text_or_path, Path):
            raise FileNotFoundError(text_or_path)
    text = str(text_or_path)
    content = _utf8(text)
    return RawDocument(content=content, uri=None, kind=sniff_kind(content))


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. a one-line report longer than a file name may be
        return False
