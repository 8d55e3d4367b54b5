"""The Ray engine on the hand-made pipeline of `test_engine` (no models), on a local Ray cluster."""

from __future__ import annotations

import builtins
from typing import Any

import pytest
from test_engine import MemoryWriter, by_uri, make_pipeline, raws

from dateline.engine import EngineError, IngestOptions
from dateline.engine.base import Chunk
from dateline.model import RawDocument


def ray_engine(scheduler: str = "data", **kwargs: object) -> Any:
    from dateline.engine.ray import RayEngine

    options = {"workers": 2, "batch_size": 3, "write_batch": 3, "timeout": 1.0, "pipeline": make_pipeline}
    options.update(kwargs)
    return RayEngine(IngestOptions(**options), scheduler=scheduler)  # type: ignore[arg-type]


def test_chunk_records_round_trip_every_field_even_lone_surrogates() -> None:
    pytest.importorskip("pyarrow")
    from dateline.engine.records import chunk_table, table_chunks

    raw = RawDocument(
        content=b"\xff\xfe bytes",
        uri="dir/caf\udce9.txt",
        source_id="42",
        kind="html",
        title="Titre \ud800",
        url="https://example.org/a",
        outlet="Wire",
        published="2024-05-01",
        language="fr",
    )
    (back,) = table_chunks(chunk_table(Chunk(7, [raw, RawDocument(content=b"", error="unreadable")])))
    assert back.seq == 7
    assert back.raws[0] == raw and back.raws[0].content_id() == raw.content_id()
    assert back.raws[1].error == "unreadable" and back.raws[1].title is None


def test_without_ray_the_engine_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.engine import ray as ray_module

    real_import = builtins.__import__

    def no_ray(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "ray" or name.startswith("ray."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(EngineError, match=r"pip install 'dateline\[ray\]'"):
        ray_module.require_ray()


@pytest.mark.usefixtures("ray_cluster")
@pytest.mark.parametrize("scheduler", ["data", "actors"])
def test_ray_run_stores_every_document_with_errors_time_outs_crashes_resume_and_duplicates(
    scheduler: str,
) -> None:
    writer = MemoryWriter()
    texts = [f"report number {i}" for i in range(7)] + ["SPIN now", "RAISE it", "CRASH here", "last"]
    report = ray_engine(scheduler).run(raws(*texts, "report number 1"), writer)
    assert (report.read, report.stored, report.skipped, report.failed) == (12, 11, 1, 3)
    docs = by_uri(writer)
    assert docs["mem:0"].title == "words=3" and not docs["mem:0"].errors
    assert [(e.stage, e.kind) for e in docs["mem:7"].errors] == [("engine", "Timeout")]
    assert [(e.stage, e.kind) for e in docs["mem:8"].errors] == [("decode", "ValueError")]
    # the crash takes its actor down: only the culprit gets the error, its chunk-mates are processed
    assert [(e.stage, e.kind) for e in docs["mem:9"].errors] == [("engine", "WorkerCrash")]
    assert docs["mem:10"].title == "words=1" and not docs["mem:10"].errors
    assert max(writer.transactions) <= 3 + 2  # batches of about batch_size, one transaction each

    again = ray_engine(scheduler).run(raws(*texts, "one more"), writer)
    assert (again.read, again.stored, again.skipped) == (12, 1, 11)
    assert again.timer.docs["decode"] == 1  # the stored ones were not processed again
    assert len(writer.docs) == 12


@pytest.mark.usefixtures("ray_cluster")
@pytest.mark.parametrize("scheduler", ["data", "actors"])
def test_a_pipeline_that_does_not_build_is_an_engine_error(scheduler: str) -> None:
    from test_engine import broken_pipeline

    with pytest.raises(EngineError, match="Ray pipeline failed"):
        ray_engine(scheduler, pipeline=broken_pipeline).run(raws("a", "b", "c", "d"), MemoryWriter())


def test_an_unknown_scheduler_is_an_engine_error() -> None:
    pytest.importorskip("ray")
    with pytest.raises(EngineError, match="unknown Ray scheduler 'tasks'"):
        ray_engine("tasks")


def test_result_records_carry_the_table_rows_exactly() -> None:
    """A worker's results come back as their table rows, every value unchanged (floats, None, accents)."""
    pytest.importorskip("pyarrow")
    from store_samples import sample_documents

    from dateline.engine.records import result_table, table_results
    from dateline.engine.worker import ChunkResult
    from dateline.flat import flatten

    docs = sample_documents()
    docs[0].title = "Titre « accentué » — 0.1 + 0.2"
    docs[0].language.confidence = 0.1 + 0.2
    (back,) = table_results(result_table(ChunkResult(3, list(docs), {"analyse": 1.25}, {"analyse": 2})))
    assert (back.seq, back.seconds, back.counts) == (3, {"analyse": 1.25}, {"analyse": 2})
    assert back.docs == [flatten(doc) for doc in docs]
    assert any(flat.events and flat.places for flat in back.docs)
