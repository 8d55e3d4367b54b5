"""Hostile inputs, generated at test time: each becomes a stored document or an error row, the batch goes on,
nothing stored is lost, and ingesting again is idempotent."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from dateline.engine import IngestOptions, IngestReport, LocalEngine
from dateline.engine.validate import offset_problems
from dateline.model import Document
from dateline.sources import read_paths
from dateline.store import Store

pytestmark = pytest.mark.integration

FR = "Le ministre de l'Intérieur a annoncé lundi à Lyon de nouvelles mesures contre les incendies de forêt."
EN = "The interior minister announced new measures against forest fires in Leeds on Monday."
BIG = 50 * 1024 * 1024
JSONL_LINES = 10_000


def _write(folder: Path, name: str | bytes, content: bytes) -> None:
    path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())
    with open(path, "wb") as handle:
        handle.write(content)


def hostile_corpus(folder: Path) -> None:
    """Write every hostile kind under `folder`."""
    folder.mkdir()
    rng = random.Random(3)
    files: dict[str, bytes] = {
        "binary.bin": bytes(rng.randrange(256) for _ in range(4096)),
        "utf16_bom.txt": FR.encode("utf-16"),
        "utf16_nobom.txt": EN.encode("utf-16-le"),
        "latin1.txt": FR.encode("latin-1"),
        "mixed.txt": FR.encode("utf-8")
        + b"\n"
        + FR.encode("latin-1")
        + b"\n"
        + "€ “cp1252”".encode("cp1252"),
        "nested.html": b"<html><body>"
        + b"<div>" * 10_000
        + EN.encode()
        + b"</div>" * 10_000
        + b"</body></html>",
        "script.html": (
            b"<html><head><script>alert('x')</script></head><body><p onclick=\"evil()\">"
            + EN.encode()
            + b"</p><img src=x onerror=alert(1)><a href='javascript:alert(2)'>link</a>"
            + b"<script>document.write('<p>injected</p>')</script></body></html>"
        ),
        "nul.txt": EN.encode().replace(b" ", b"\x00 "),
        "empty.txt": b"",
        "whitespace.txt": " \n\t\r\n   \n\u00a0".encode(),
        "widgets.txt": b"Partager sur Facebook\nTweeter\nImprimer\nLire aussi\nAccepter les cookies\n",
        "huge_line.txt": (" ".join(["lorem"] * 250_000)).encode(),
        "no_body.html": b"<html><head><title>Only a title</title></head></html>",
        "control.txt": ("\x1b[31m" + FR + "\x07\x0c\u202e\ufeff" + EN + "\x1b[0m").encode(),
        "crlf.txt": (FR + "\r\n\r\n" + EN + "\r" + FR).encode(),
        "russian.txt": "Министр заявил в понедельник о новых мерах против лесных пожаров.".encode(),
        "malformed.html": b"<html><body><p>" + EN.encode() + b"<b><i><table><tr><td>cell</p></html",
        "numbers.jsonl": b'{"text": 42}\n{"html": ["a"]}\n{"text": null, "title": 7}\n',
        "non_object.jsonl": b'[1, 2]\n"just a string"\n42\nnull\ntrue\n',
        "surrogates.jsonl": b'{"text": "lone \\ud800 surrogate in ' + EN.encode() + b'"}\n',
        "deep.jsonl": b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
    }
    for name, content in files.items():
        _write(folder, name, content)
    _write(folder, b"caf\xe9_latin1_name.txt", FR.encode())
    with open(folder / "big.txt", "wb") as handle:  # sparse: size limit must trip before reading
        handle.truncate(BIG)
    lines = []
    for number in range(JSONL_LINES):
        if number % 10 == 3:
            lines.append(b'{"text": "broken line ' + str(number).encode() + b'", ')
        else:
            lines.append(json.dumps({"text": [FR, EN][number % 2] + f" ({number % 5})"}).encode())
    _write(folder, "broken.jsonl", b"\n".join(lines) + b"\n")
    os.symlink("loop_b", folder / "loop_a")
    os.symlink("loop_a", folder / "loop_b")
    _write(folder, "unreadable.txt", EN.encode())
    os.chmod(folder / "unreadable.txt", 0)
    os.mkfifo(folder / "fifo.txt")


def ingest(folder: Path, db: Path) -> IngestReport:
    # the parent runs the stages after the analysis (the split has more moving parts than one worker
    # doing everything, whose time-outs and crashes `tests/unit/test_engine.py` covers)
    options = IngestOptions(workers=1, batch_size=32, timeout=30, max_bytes=10 * 1024 * 1024, overlap=True)
    with Store.open(db) as store:
        return LocalEngine(options).run(read_paths([folder]), store)


def stored(db: Path) -> list[Document]:
    with Store.open(db) as store:
        docs = [store.get(row.id) for row in store.documents()]
    return [doc for doc in docs if doc is not None]


def test_hostile_corpus_is_stored_or_recorded_and_reingest_is_idempotent(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    hostile_corpus(folder)
    db = tmp_path / "hostile.db"
    first = ingest(folder, db)
    assert first.read == first.stored + first.skipped
    docs = stored(db)
    assert len(docs) == first.stored
    by_uri = {doc.uri: doc for doc in docs}

    def doc_for(name: str) -> Document:
        matches = [doc for uri, doc in by_uri.items() if uri and os.path.basename(uri.split("#")[0]) == name]
        assert matches, f"nothing stored for {name}"
        return matches[0]

    for name in ("binary.bin", "utf16_bom.txt", "nested.html", "script.html", "nul.txt", "empty.txt"):
        doc_for(name)
    assert doc_for("big.txt").errors[0].kind in ("SourceError", "TooLarge")
    assert "cannot read" in doc_for("loop_a").errors[0].message
    assert any(doc.uri and doc.uri.endswith("_latin1_name.txt") for doc in docs)
    assert not doc_for("utf16_nobom.txt").errors and "interior minister" in doc_for("utf16_nobom.txt").text
    assert not doc_for("latin1.txt").errors and "Intérieur" in doc_for("latin1.txt").text
    assert "alert" not in doc_for("script.html").text and "injected" not in doc_for("script.html").text
    unreadable = doc_for("unreadable.txt")  # root reads it anyway; anyone else gets an error row
    assert bool(unreadable.errors) == (os.geteuid() != 0)
    assert "cannot read" in doc_for("fifo.txt").errors[0].message
    broken = [doc for uri, doc in by_uri.items() if uri and "broken.jsonl#" in uri]
    assert sum(1 for doc in broken if doc.errors) == JSONL_LINES // 10
    assert sum(1 for doc in broken if not doc.errors) == 9  # 9,000 good lines, nine distinct texts
    assert all(doc.errors for uri, doc in by_uri.items() if uri and "non_object.jsonl#" in uri)
    assert all(not offset_problems(doc) for doc in docs)

    second = ingest(folder, db)
    assert second.stored == 0 and second.skipped == second.read == first.read
    assert len(stored(db)) == len(docs)
