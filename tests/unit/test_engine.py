"""The local engine on a hand-made pipeline (no models): resume, limits, time-outs, crashes, parallelism."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable

import numpy  # loaded when a spawned worker imports this module, before the worker's first line
import pytest

from dateline.engine import EngineError, IngestOptions, LocalEngine
from dateline.flat import FlatDocument
from dateline.model import Document, Mention, RawDocument
from dateline.pipeline import BaseStage, Pipeline

CALLS: list[str] = []


class Decode(BaseStage):
    """Bytes to text, with test hooks: SLEEP (a blocking call), SPIN (slow Python), HANG (alarm blocked),
    CRASH (process dies)."""

    name = "decode"
    requires = ("raw",)
    assigns = ("text", "mentions", "title")

    def __call__(self, doc: Document) -> Document:
        assert doc.raw is not None
        doc.text = doc.raw.content.decode("utf-8")
        CALLS.append(doc.text)
        if "SLEEP" in doc.text:
            time.sleep(30)
        if "SPIN" in doc.text:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                pass
        if "HANG" in doc.text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        if "CRASH" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "RAISE" in doc.text:
            raise ValueError("bad text")
        if "BADSPAN" in doc.text:
            doc.mentions = [
                Mention(start=0, end=len(doc.text) + 5, text="x", label="X", producer="decode@0.1")
            ]
        doc.title = f"words={len(doc.text.split())}"
        return doc


def make_pipeline() -> Pipeline:
    return Pipeline([Decode()])


class BlasThreads(BaseStage):
    """Writes how many threads numpy's BLAS may use in this process (as the outlet)."""

    name = "blas"
    requires = ("text",)
    assigns = ("outlet",)

    def __call__(self, doc: Document) -> Document:
        from threadpoolctl import threadpool_info

        threads = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
        doc.outlet = f"blas threads={threads}"
        return doc


def blas_pipeline() -> Pipeline:
    assert numpy.__name__  # the module-level import is the point: numpy is loaded before the limit
    return Pipeline([Decode(), BlasThreads()])


def broken_pipeline() -> Pipeline:
    raise RuntimeError("no model here")


class MemoryWriter:
    """The Writer seam in memory: documents by id and the size of each transaction."""

    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.transactions: list[int] = []

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.docs}

    def put(self, docs: Iterable[Document | FlatDocument]) -> None:
        batch = list(docs)
        self.transactions.append(len(batch))
        for doc in batch:  # worker processes send table rows, the inline engine Documents
            self.docs.setdefault(doc.id, doc if isinstance(doc, Document) else doc.to_document())


def raws(*texts: str) -> list[RawDocument]:
    return [RawDocument(content=t.encode(), uri=f"mem:{i}") for i, t in enumerate(texts)]


def engine(workers: int = 0, **kwargs: object) -> LocalEngine:
    options = {"workers": workers, "batch_size": 3, "write_batch": 3, "timeout": 1.0, "grace": 1.0}
    options["pipeline"] = make_pipeline
    options.update(kwargs)
    return LocalEngine(IngestOptions(**options))  # type: ignore[arg-type]


def by_uri(writer: MemoryWriter) -> dict[str | None, Document]:
    return {d.uri: d for d in writer.docs.values()}


def test_inline_run_stores_every_document_in_batched_transactions() -> None:
    writer = MemoryWriter()
    report = engine().run(raws(*(f"report number {i}" for i in range(7))), writer)
    assert (report.read, report.stored, report.skipped, report.failed) == (7, 7, 0, 0)
    assert writer.transactions == [3, 3, 1]
    assert all(d.title == f"words={len(d.text.split())}" for d in writer.docs.values())
    assert report.timer.docs["decode"] == 7


def test_the_sink_gathers_chunks_until_it_holds_a_write_batch() -> None:
    writer = MemoryWriter()
    report = engine(write_batch=5).run(raws(*(f"report number {i}" for i in range(7))), writer)
    assert report.stored == 7
    assert writer.transactions == [6, 1]  # two chunks of 3, then the rest at the end


def test_resume_skips_stored_ids_before_processing_and_drops_in_run_duplicates() -> None:
    writer = MemoryWriter()
    engine().run(raws("alpha", "beta"), writer)
    CALLS.clear()
    report = engine().run(raws("alpha", "beta", "gamma", "gamma"), writer)
    assert CALLS == ["gamma"]
    assert (report.read, report.stored, report.skipped) == (4, 1, 3)
    assert len(writer.docs) == 3


def test_source_errors_and_oversized_documents_become_error_rows_without_processing() -> None:
    CALLS.clear()
    broken = RawDocument(content=b"", uri="bad.txt", error="cannot read file: Permission denied")
    items = [broken, *raws("x" * 50, "short")]
    writer = MemoryWriter()
    report = engine(max_bytes=20).run(items, writer)
    assert CALLS == ["short"]
    assert report.failed == 2
    kinds = sorted((e.stage, e.kind) for d in writer.docs.values() for e in d.errors)
    assert kinds == [("engine", "TooLarge"), ("source", "SourceError")]
    assert {e.uri for e in report.errors} == {"bad.txt", "mem:0"}


def test_stage_exception_is_recorded_and_the_batch_goes_on() -> None:
    writer = MemoryWriter()
    report = engine().run(raws("fine", "RAISE now", "also fine"), writer)
    assert report.failed == 1
    assert by_uri(writer)["mem:1"].errors[0].kind == "ValueError"


def test_inline_timeout_pins_the_slow_document_only() -> None:
    writer = MemoryWriter()
    report = engine(timeout=0.5).run(raws("one", "SLEEP here", "three"), writer)
    assert report.stored == 3 and report.failed == 1
    docs = by_uri(writer)
    assert docs["mem:1"].errors[0].kind == "Timeout"
    assert not docs["mem:0"].errors and not docs["mem:2"].errors


def test_workers_give_the_same_documents_as_inline() -> None:
    texts = [f"dispatch {i} " * (i % 5 + 1) for i in range(11)]
    inline, parallel = MemoryWriter(), MemoryWriter()
    engine(0).run(raws(*texts), inline)
    report = engine(2).run(raws(*texts), parallel)
    assert report.stored == 11 and report.timer.docs["decode"] == 11
    assert {k: d.to_json() for k, d in inline.docs.items()} == {
        k: d.to_json() for k, d in parallel.docs.items()
    }


@pytest.mark.parametrize(
    ("trigger", "kind"), [("CRASH", "WorkerCrash"), ("HANG", "Timeout"), ("SLEEP", "Timeout")]
)
def test_a_dead_or_stuck_worker_is_replaced_and_only_its_culprit_fails(trigger: str, kind: str) -> None:
    writer = MemoryWriter()
    texts = ["before", "next", f"{trigger} in this one", "after", "later", "last"]
    # a replacement worker starts within the time-out even on a loaded machine (the culprit sleeps 30 s)
    report = engine(1, timeout=3.0, grace=0.5).run(raws(*texts), writer)
    assert report.stored == 6 and report.failed == 1
    docs = by_uri(writer)
    assert docs["mem:2"].errors[0].kind == kind
    assert all(not docs[f"mem:{i}"].errors for i in (0, 1, 3, 4, 5))


def test_a_worker_computes_with_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")  # what the worker inherits, and numpy reads on import
    writer = MemoryWriter()
    timeout = 10.0  # a loaded machine starts the worker slowly; the limit is not what is tested
    engine(1, pipeline=blas_pipeline, timeout=timeout).run(raws("one document"), writer)
    [doc] = writer.docs.values()
    assert doc.outlet == "blas threads=[1]"


def test_a_pipeline_that_cannot_build_is_an_engine_error() -> None:
    with pytest.raises(EngineError, match="no model here"):
        engine(1, pipeline=broken_pipeline).run(raws("a"), MemoryWriter())


def test_a_span_outside_the_text_is_recorded_as_an_error() -> None:
    writer = MemoryWriter()
    report = engine().run(raws("BADSPAN here", "clean one"), writer)
    assert report.failed == 1
    error = by_uri(writer)["mem:0"].errors[0]
    assert (error.stage, error.kind) == ("engine", "BadOffsets")
    assert "mentions[0]" in error.message


class Preload(BaseStage):
    """A stage with a lazily loaded resource and a ``warm_up`` hook that loads it."""

    name = "preload"
    requires = ("text",)

    def __init__(self) -> None:
        self.loaded = False
        self.seen: list[str] = []

    def warm_up(self) -> None:
        self.loaded = True

    def __call__(self, doc: Document) -> Document:
        self.seen.append(doc.text)
        return doc


def test_warm_up_runs_every_generator_template_then_the_stage_hooks() -> None:
    from dateline.engine.synth import LEXICONS
    from dateline.engine.worker import ChunkRunner

    preload = Preload()
    runner = ChunkRunner(lambda: Pipeline([Decode(), preload]), batch_size=4, timeout=0)
    runner.warm_up()
    assert preload.loaded
    assert len(preload.seen) == len(LEXICONS)
    for text, language in zip(preload.seen, sorted(LEXICONS), strict=True):
        assert text.count(".") >= len(LEXICONS[language]["templates"])
    assert runner.pipeline.timer.seconds == {}  # warm-up time is not counted


def test_a_worker_collects_garbage_less_often_and_sends_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """`worker_runner` leaves the run thresholds in place; a result sent on is its documents' rows."""
    import gc

    from dateline.engine import worker

    monkeypatch.setattr(worker, "threadpool_limits", lambda limits: None)  # this process keeps its threads
    for name in worker.WORKER_ENV:  # restored after the test, as the thread limits above
        monkeypatch.setenv(name, os.environ.get(name, "1"))
    before = gc.get_threshold()
    try:
        runner = worker.worker_runner(make_pipeline, batch_size=3, timeout=0)
        assert gc.get_threshold() == worker.RUN_GC != before
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    result = runner.run(1, raws("one two three", "BADSPAN four"))
    sent = result.flattened()
    assert [type(doc) for doc in sent.docs] == [FlatDocument, FlatDocument]
    assert [doc.to_document() for doc in sent.docs] == result.docs
    assert [doc.failed for doc in sent.docs] == [False, True]
    assert sent.docs[1].errors[0]["kind"] == "BadOffsets"
    assert (sent.seq, sent.seconds, sent.counts) == (result.seq, result.seconds, result.counts)


def test_offset_check_names_the_field_of_a_span_outside_the_text() -> None:
    from dateline.engine.validate import check_offsets, offset_problems
    from dateline.model import Actor, Span

    doc = Document(id="t", text="Paris a parlé.")
    doc.actors = [
        Actor(name="France", kind="country", mentions=[Span(start=0, end=5)]),
        Actor(name="Ghost", kind="person", mentions=[Span(start=3, end=4), Span(start=9, end=40)]),
    ]
    assert offset_problems(doc) == ["actors[1].mentions[1] = [9, 40) outside text of 14 chars"]
    check_offsets(doc)
    assert [(e.stage, e.kind) for e in doc.errors] == [("engine", "BadOffsets")]
    assert "actors[1].mentions[1]" in doc.errors[0].message


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (None, True),
        ("trigger", False),
        ("place", False),
        ("recipient", False),
        ("time", False),
        ("mention", False),
    ],
)
def test_fast_offset_check_finds_a_span_out_of_range_at_any_depth(where: str | None, expected: bool) -> None:
    from dateline.engine.validate import all_within, offset_problems
    from dateline.model import ActorRef, Event, PlaceRef, Span, TimeRef

    def span(name: str) -> Span:
        return Span(start=2, end=99) if name == where else Span(start=0, end=5)

    doc = Document(id="t", text="Paris a parlé.")
    end = 99 if where == "mention" else 5
    doc.mentions = [Mention(start=0, end=end, text="Paris", label="LOC", producer="test")]
    doc.events = [
        Event(
            id="e",
            type="CONSULT",
            trigger=span("trigger"),
            recipients=[ActorRef(name="X"), ActorRef(name="Y", evidence=[span("recipient")])],
            place=PlaceRef(name="Paris", evidence=[span("place")]),
            time=TimeRef(text="mardi", evidence=[span("time")]),
        )
    ]
    assert all_within(doc, len(doc.text)) is expected
    assert (offset_problems(doc) == []) is expected


def test_the_pipeline_is_split_with_the_parent_for_one_worker_and_a_spare_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dateline.engine.base import PipelineSpec
    from dateline.engine.overlap import overlaps

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.9, 0.5, 0.5))
    assert overlaps(1, PipelineSpec(), None)
    assert not overlaps(2, PipelineSpec(), None)  # the parent would hold two workers back
    assert not overlaps(1, lambda: Pipeline([]), None)  # not a configured pipeline: nothing to split by
    assert overlaps(2, PipelineSpec(), True) and not overlaps(1, PipelineSpec(), False)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 0.5, 0.5))  # no core to spare
    assert not overlaps(1, PipelineSpec(), None)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not overlaps(1, PipelineSpec(), None)


def test_a_chunk_still_handed_over_is_not_a_finished_one() -> None:
    from dateline.engine.worker import ChunkResult

    doc = Document(id="d1", text="calm")
    assert ChunkResult(0, [doc], {}, {}).finished() == [doc]
    with pytest.raises(TypeError, match="half-processed"):
        ChunkResult(0, [doc, b"pickled"], {}, {}).finished()
