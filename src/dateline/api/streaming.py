"""Stream an exporter's output: the exporter writes in a thread, the response reads chunks as they come.

Exporters (`dateline.export.EXPORTERS`) write to a text stream; `stream_export` hands that stream to
one in a worker thread and yields its output in chunks through a bounded queue, so a response of
every matching event never sits in memory. A client that goes away stops the exporter.
"""

from __future__ import annotations

import io
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, cast

from dateline.export import Exporter
from dateline.store.rows import EventRow

log = logging.getLogger(__name__)

CHUNK_CHARS = 64 * 1024
_DONE = object()


class _Stopped(Exception):
    """The reader went away."""


class _QueueWriter(io.TextIOBase):
    def __init__(self, chunks: queue.Queue[object], stop: threading.Event) -> None:
        self.chunks, self.stop = chunks, stop
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if not self.parts:
            return
        chunk = "".join(self.parts).encode()
        self.parts, self.size = [], 0
        while True:
            if self.stop.is_set():
                raise _Stopped
            try:
                self.chunks.put(chunk, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_export(exporter: Exporter, rows: Callable[[], Iterable[EventRow]]) -> Iterator[bytes]:
    """The bytes `exporter` writes for `rows()` (called in the writer thread), chunk by chunk."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=8)
    stop = threading.Event()
    writer = _QueueWriter(chunks, stop)

    def run() -> None:
        try:
            exporter(rows(), cast(TextIO, writer))
            writer.flush()
        except _Stopped:
            pass
        except Exception:
            log.exception("export stopped by an error")
        finally:
            chunks.put(_DONE)

    thread = threading.Thread(target=run, name="dateline-export", daemon=True)
    thread.start()
    try:
        while (chunk := chunks.get()) is not _DONE:
            assert isinstance(chunk, bytes)
            yield chunk
    finally:
        stop.set()
        while thread.is_alive():  # unblock a writer waiting on a full queue
            try:
                chunks.get(timeout=0.1)
            except queue.Empty:
                continue
