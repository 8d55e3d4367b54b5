"""Property tests: for any input, the clean and times stages and the JSONL source never let an exception
escape, record errors instead, and keep every span inside ``Document.text``."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.config import ClockSettings, Config
from dateline.engine.validate import offset_problems
from dateline.model import Document, Language, Mention, RawDocument
from dateline.pipeline import BaseStage, Pipeline, PipelineConfigError, Stage, registry
from dateline.sources import read_paths

PROFILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "lundi",
    "mardi dernier",
    "le 12 mars 2024",
    "la semaine dernière",
    "il y a deux jours",
    "hier",
    "en 1999",
    "décembre",
    "févr.",
    "on Monday",
    "last week",
    "March 3",
    "2024-05-06",
    "two days ago",
    "yesterday",
    "31/12/2023",
    "ministre",
    "Paris",
    "a déclaré",
    "said",
    "\n",
    "\n\n",
    " ",
    ".",
    ",",
    "«",
    "»",
    "\u00a0",
    "\t",
    "30",
]
newsish = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
any_text = newsish | st.text(max_size=400)
encoded = st.tuples(any_text, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "latin-1", "cp1252"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace")
)
html = st.lists(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>x()</script>", "<title>", "</title>", "<br>"])
    | any_text,
    max_size=40,
).map(lambda parts: ("<html><body>" + "".join(parts)).encode("utf-8", errors="replace"))


class Given(BaseStage):
    """Declares, for the build-time check, the fields a hand-built document already holds."""

    name = "given"

    def __init__(self, fields: Iterable[str]) -> None:
        self.assigns = tuple(fields)  # type: ignore[misc]

    def __call__(self, doc: Document) -> Document:
        return doc


def stage_or_skip(name: str) -> Stage:
    try:
        return registry.create(name, Config(clock=ClockSettings(today=date(2024, 6, 1))))
    except PipelineConfigError:
        pytest.skip(f"stage {name!r} is not written yet")


def run(stage: Stage, doc: Document) -> Document:
    return next(Pipeline([Given(stage.requires), stage]).pipe([doc]))


@PROFILE
@given(content=st.binary(max_size=600) | encoded | html, as_html=st.booleans())
def test_clean_records_errors_and_keeps_offsets_in_text(content: bytes, as_html: bool) -> None:
    stage = stage_or_skip("clean")
    doc = run(stage, Document.from_raw(RawDocument(content=content, kind="html" if as_html else "text")))
    assert {error.kind for error in doc.errors} <= {"InputError"}, doc.errors
    assert offset_problems(doc) == []


@PROFILE
@given(text=any_text, language=st.sampled_from(["fr", "en", "und"]), declared=st.booleans(), data=st.data())
def test_times_never_fails_and_keeps_offsets_in_text(
    text: str, language: str, declared: bool, data: st.DataObject
) -> None:
    stage = stage_or_skip("times")
    doc = Document(id="prop", text=text, language=Language(code=language, confidence=1.0))
    if declared:
        doc.published.value, doc.published.source = "2024-05-20", "declared"
    if text:
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        doc.mentions = [Mention(start=start, end=end, text=text[start:end], label="DATE", producer="given@0")]
    doc = run(stage, doc)
    assert doc.errors == []
    assert offset_problems(doc) == []
    assert all(expr.text == text[expr.span.start : expr.span.end] for expr in doc.times)


record = st.fixed_dictionaries(
    {},
    optional={
        "text": any_text | st.integers() | st.none() | st.lists(st.integers(), max_size=3),
        "html": any_text | st.none(),
        "title": any_text | st.integers(),
        "published": any_text | st.floats(allow_nan=False),
        "url": any_text,
    },
)
line = (
    record.map(lambda r: json.dumps(r).encode()) | st.binary(max_size=80) | st.sampled_from([b"[1]", b"42"])
)


@PROFILE
@given(lines=st.lists(line, max_size=12))
def test_jsonl_source_yields_one_document_or_error_per_line(lines: list[bytes]) -> None:
    lines = [item.replace(b"\n", b" ").replace(b"\r", b" ") for item in lines]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(b"\n".join(lines))
        raws = list(read_paths([path]))
    expected = [item for item in lines if item.strip()]
    assert len(raws) == len(expected)
    for item, raw in zip(expected, raws, strict=True):
        try:
            parsed = json.loads(item)
        except ValueError:
            parsed = None
        good = isinstance(parsed, dict) and isinstance(parsed.get("text"), str) and not parsed.get("html")
        if good:
            assert raw.error is None and raw.content.decode("utf-8", "surrogatepass") == parsed["text"]
        elif raw.error is None:
            assert isinstance(parsed, dict) and isinstance(parsed.get("html"), str)
