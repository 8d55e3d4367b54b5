"""Sources: turn paths, directories, JSONL and CSV files and stdin into `RawDocument`s.

Everything is streamed: a directory is walked lazily and a JSONL or CSV file is read record
by record, so memory does not grow with the corpus. A source never raises for one bad
input; it yields a `RawDocument` whose ``error`` says what was wrong, and the pipeline
stores that as the document's error.
"""

from __future__ import annotations

import codecs
import csv
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from dateline.model import RawDocument

log = logging.getLogger(__name__)

#: Files larger than this are not read; they become an error row.
MAX_FILE_BYTES = 20 * 1024 * 1024 + 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_DIALECTS: dict[str, type[csv.Dialect]] = {".csv": csv.excel, ".tsv": csv.excel_tab}
DECLARED_FIELDS = ("title", "url", "outlet", "published", "language")
BODY_FIELDS = ("text", "html")


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
    """RawDocuments for every supported file under `paths` (``-`` reads stdin); an unreadable input
    is a RawDocument with ``error`` (logged), never an exception."""
    for raw in _read_paths(paths, max_bytes):
        if raw.error:
            log.info("%s: %s", raw.uri, raw.error)
        yield raw


def _read_paths(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument]:
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
        if suffix in CSV_DIALECTS:
            yield from read_csv(path, CSV_DIALECTS[suffix])
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
    return _declared_to_raw(
        record, uri, missing="JSONL record has no 'text' or 'html' string field", content=line[:200]
    )


def read_csv(path: Path, dialect: type[csv.Dialect] = csv.excel) -> Iterator[RawDocument]:
    """One RawDocument per CSV (or TSV) row under a header naming ``text`` or ``html``.

    The file is read as UTF-8; a row that cannot be used becomes an error row and the rest go on.
    """
    uri = display_path(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    try:
        with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            reader = csv.reader(handle, dialect)
            header = [name.strip().lower() for name in next(reader, [])]
            if not set(BODY_FIELDS) & set(header):
                yield RawDocument(content=b"", uri=uri, error="CSV file has no 'text' or 'html' column")
                return
            while True:
                row_uri = f"{uri}#L{reader.line_num + 1}"
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield RawDocument(content=b"", uri=row_uri, error=f"malformed CSV row: {exc}")
                    continue
                if any(cell.strip() for cell in row):
                    yield _csv_row_to_raw(header, row, row_uri)
    except OSError as exc:
        yield RawDocument(content=b"", uri=uri, error=f"cannot read file: {exc.strerror or exc}")
    except csv.Error as exc:  # the header itself (row errors are caught above)
        yield RawDocument(content=b"", uri=uri, error=f"malformed CSV header: {exc}")


def _csv_row_to_raw(header: list[str], row: list[str], uri: str) -> RawDocument:
    """A CSV row as a record: empty cells are absent; the body keeps its bytes as they were read."""
    if sum(map(len, row)) > MAX_FILE_BYTES:
        return RawDocument(content=b"", uri=uri, error="CSV row too large")
    record: dict[str, str | bytes] = {}
    for name, cell in zip(header, row, strict=False):
        if cell:
            data = cell.encode("utf-8", "surrogateescape")  # undecodable bytes come back as read
            record[name] = data if name in BODY_FIELDS else data.decode("utf-8", "replace")
    return _declared_to_raw(record, uri, missing="CSV row has no 'text' or 'html' value")


def _declared_to_raw(record: Mapping[str, Any], uri: str, missing: str, content: bytes = b"") -> RawDocument:
    """A RawDocument from a record's ``html`` or ``text``, its ``id`` and its declared metadata.

    A record with neither body becomes an error row (`missing`, with `content` kept for reference).
    """
    declared = {k: _as_str(record.get(k)) for k in DECLARED_FIELDS}
    source_id = _source_id(record.get("id"))
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str | bytes) and html.strip():
        return RawDocument(content=_utf8(html), uri=uri, kind="html", source_id=source_id, **declared)
    if isinstance(text, str | bytes):
        return RawDocument(content=_utf8(text), uri=uri, kind="text", source_id=source_id, **declared)
    return RawDocument(content=content, uri=uri, source_id=source_id, error=missing)


def _utf8(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


def _as_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _source_id(value: Any) -> str | None:
    """A record's own id as given: a non-empty string, or an integer written out; anything else is ignored."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value else None


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
