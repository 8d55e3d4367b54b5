"""The stage registry and the Pipeline, with toy stages defined here (no models)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable

import pytest

import dateline.pipeline as pipeline_module
from dateline.config import CleanSettings, Config, NoSettings, Section
from dateline.model import Document, RawDocument
from dateline.pipeline import (
    DEFAULT_STAGES,
    BaseStage,
    Pipeline,
    PipelineConfigError,
    Registry,
    Stage,
)
from dateline.testing import fake_resources

pipeline_module.registry.names()  # the built-ins registered before any test swaps the registry


class Seed(BaseStage):
    """Decodes the raw bytes into `text`."""

    name = "seed"
    requires = ("raw",)
    assigns = ("text",)

    def __call__(self, doc: Document) -> Document:
        assert doc.raw is not None
        doc.text = doc.raw.content.decode()
        return doc


class Shout(BaseStage):
    """Title = upper-cased text; fails on any text containing "boom"."""

    name = "shout"
    version = "2.1"
    requires = ("text",)
    assigns = ("title",)

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, doc: Document) -> Document:
        self.calls.append(doc.text)
        if "boom" in doc.text:
            raise ValueError(f"cannot shout {doc.text!r}")
        doc.title = doc.text.upper()
        return doc


class BatchShout(Shout):
    """Shout with a batch method that fails as a whole when one document would."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        docs = list(docs)
        self.batches.append(len(docs))
        if any("boom" in d.text for d in docs):
            raise RuntimeError("the batch failed")
        for doc in docs:
            doc.title = doc.text.upper()
        return docs


class Count(BaseStage):
    """Writes the title's length as the outlet; must never see a failed document."""

    name = "count"
    requires = ("title",)
    assigns = ("outlet",)

    def __call__(self, doc: Document) -> Document:
        assert not doc.failed
        doc.outlet = f"{len(doc.title or '')} chars"
        doc.analysis = object()
        return doc


def raws(*texts: str) -> list[RawDocument]:
    return [RawDocument(content=t.encode(), uri=f"{i}.txt") for i, t in enumerate(texts)]


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Registry:
    """A registry holding only the toy stages, swapped in for `Pipeline.from_config`."""
    reg = Registry()
    reg.register("seed")(lambda settings, resources: Seed())
    reg.register("shout")(lambda settings, resources: Shout())
    reg.register("count")(lambda settings, resources: Count())
    monkeypatch.setattr(pipeline_module, "registry", reg)
    return reg


class Loud(Section):
    """A toy stage's settings."""

    volume: int = 1


def test_registry_creates_a_stage_with_its_settings_and_the_resources() -> None:
    reg = Registry()
    seen: list[tuple[Section, object]] = []

    def make(settings: Loud, resources: object) -> Stage:
        seen.append((settings, resources))
        return Shout()

    assert reg.register("shout", settings=Loud)(make) is make
    resources = fake_resources()
    stage = reg.create("shout", Config(), resources)
    assert isinstance(stage, Shout) and seen == [(Loud(), resources)]
    assert reg.names() == ["shout"] and reg.settings_model("shout") is Loud


def test_a_builtin_stage_gets_its_section_of_the_config() -> None:
    stage = pipeline_module.registry.create("clean", Config(clean=CleanSettings(max_chars=123)))
    assert stage.max_chars == 123  # type: ignore[attr-defined]
    pipe = Pipeline.from_config({"stages": ["clean"], "clean": {"max_chars": 77}})
    assert pipe.stages[0].max_chars == 77  # type: ignore[attr-defined]


def test_registry_rejects_an_unknown_name_and_lists_the_known_ones() -> None:
    reg = Registry()
    reg.register("seed")(lambda settings, resources: Seed())
    with pytest.raises(PipelineConfigError, match=r"unknown stage 'sede'; known: seed"):
        reg.create("sede")


def test_registry_rejects_a_second_factory_under_one_name() -> None:
    reg = Registry()

    def make(settings: NoSettings, resources: object) -> Stage:
        return Seed()

    reg.register("seed")(make)
    reg.register("seed")(make)  # the same factory again (a re-import) is harmless
    with pytest.raises(PipelineConfigError, match="registered twice"):
        reg.register("seed")(lambda settings, resources: Seed())


def test_builtin_stages_are_registered() -> None:
    assert set(DEFAULT_STAGES) <= set(pipeline_module.registry.names())


def test_a_stage_whose_input_comes_later_fails_at_build_time_naming_the_stage_and_field() -> None:
    with pytest.raises(
        PipelineConfigError, match=r"stage 'shout' requires 'text', which 'seed' assigns only later"
    ):
        Pipeline([Shout(), Seed()])
    with pytest.raises(PipelineConfigError, match=r"stage 'count' requires 'title', which no stage assigns"):
        Pipeline([Seed(), Count()])
    assert Pipeline([Seed(), Shout(), Count()]).names == ["seed", "shout", "count"]


class Echo(BaseStage):
    """Needs the outlet `Count` writes and writes the text `Seed` writes: a cycle with both."""

    name = "echo"
    requires = ("outlet",)
    assigns = ("url",)


class Title(BaseStage):
    """A second writer of the title."""

    name = "title"
    requires = ("text",)
    assigns = ("title",)


def test_a_cycle_and_a_second_writer_are_build_errors() -> None:
    class Needy(BaseStage):
        name = "needy"
        requires = ("url",)
        assigns = ("text",)

    with pytest.raises(PipelineConfigError, match=r"a cycle \(needy → echo → .* → needy\)"):
        Pipeline([Needy(), Shout(), Count(), Echo()])
    with pytest.raises(PipelineConfigError, match=r"field 'title' is assigned by both 'shout' and 'title'"):
        Pipeline([Seed(), Shout(), Title()])


def test_the_builtin_pipeline_with_times_before_actors_names_times_and_actors() -> None:
    config = ["clean", "language", "analyse", "times", "actors", "places", "attributions", "events"]
    with pytest.raises(
        PipelineConfigError, match=r"stage 'times' requires 'actors'.*put 'actors' before 'times'"
    ):
        Pipeline.from_config(config, fake_resources())


def test_a_misordered_builtin_config_names_the_stage() -> None:
    with pytest.raises(
        PipelineConfigError, match=r"stage 'language' requires 'raw'|stage 'language' requires 'text'"
    ):
        Pipeline.from_config(["language", "clean"], fake_resources())


def test_from_config_builds_the_named_stages_in_order(fresh_registry: Registry) -> None:
    pipe = Pipeline.from_config(["seed", "shout", "count"], fake_resources())
    assert pipe.names == ["seed", "shout", "count"]
    with pytest.raises(PipelineConfigError, match="unknown stage 'clean'"):
        Pipeline.from_config({}, fake_resources())  # no "stages": the default list, unknown here


class Liar(BaseStage):
    """Returns a new Document instead of the one it was given."""

    name = "liar"
    requires = ("text",)
    assigns = ("title",)

    def __call__(self, doc: Document) -> Document:
        return Document(id=doc.id, text=doc.text, title="other")


def test_a_stage_that_returns_another_object_breaks_its_contract() -> None:
    (doc,) = Pipeline([Seed(), Liar()]).pipe(raws("text"))
    assert [(e.stage, e.kind) for e in doc.errors] == [("liar", "StageContractError")]
    assert doc.title is None


def test_a_failing_document_gets_an_error_and_skips_later_stages() -> None:
    shout = Shout()
    pipe = Pipeline([Seed(), shout, Count()])
    docs = list(pipe.pipe(raws("calm", "boom here", "quiet")))
    assert [d.text for d in docs] == ["calm", "boom here", "quiet"]
    good, bad, other = docs
    assert (good.title, good.outlet, other.title) == ("CALM", "4 chars", "QUIET")
    assert good.producers == ["seed@1", "shout@2.1", "count@1"] and not good.errors
    assert [e.model_dump() for e in bad.errors] == [
        {"stage": "shout", "kind": "ValueError", "message": "cannot shout 'boom here'"}
    ]
    assert bad.failed and bad.outlet is None and bad.producers == ["seed@1"]
    assert shout.calls == ["calm", "boom here", "quiet"]


def test_a_failed_batch_is_retried_one_document_at_a_time() -> None:
    shout = BatchShout()
    pipe = Pipeline([Seed(), shout, Count()])
    docs = list(pipe.pipe(raws("one", "boom", "three")))
    assert shout.batches == [3]
    assert shout.calls == ["one", "boom", "three"]
    assert [d.title for d in docs] == ["ONE", None, "THREE"]
    assert [len(d.errors) for d in docs] == [0, 1, 0]
    assert docs[1].errors[0].stage == "shout" and docs[1].outlet is None


def test_a_working_batch_method_is_used_instead_of_per_document_calls() -> None:
    shout = BatchShout()
    docs = list(Pipeline([Seed(), shout]).pipe(raws("a", "b", "c", "d", "e"), batch_size=2))
    assert shout.batches == [2, 2, 1] and shout.calls == []
    assert [d.title for d in docs] == ["A", "B", "C", "D", "E"]


def test_order_is_kept_across_batches_and_failures() -> None:
    texts = [f"report {n}" for n in range(7)]
    texts[4] = "boom 4"
    docs = list(Pipeline([Seed(), Shout()]).pipe(raws(*texts), batch_size=3))
    assert [d.text for d in docs] == texts
    assert [d.id for d in docs] == [r.content_id() for r in raws(*texts)]
    assert [d.failed for d in docs] == [n == 4 for n in range(7)]


def test_documents_and_raw_documents_can_be_mixed() -> None:
    ready = Document.from_raw(RawDocument(content=b"made earlier"))
    ready.outlet = "kept"
    raw = RawDocument(content=b"fresh", uri="r.txt")
    docs = list(Pipeline([Seed(), Shout()]).pipe([ready, raw], batch_size=1))
    assert docs[0] is ready and (ready.title, ready.outlet) == ("MADE EARLIER", "kept")
    assert (docs[1].id, docs[1].raw, docs[1].title) == (raw.content_id(), raw, "FRESH")


def test_the_timer_counts_documents_each_stage_saw() -> None:
    pipe = Pipeline([Seed(), Shout(), Count()])
    list(pipe.pipe(raws("a", "boom", "c", "boom again", "e"), batch_size=2))
    assert pipe.timer.docs == {"seed": 5, "shout": 5, "count": 3}
    assert set(pipe.timer.seconds) == {"seed", "shout", "count"}
    assert all(s >= 0 for s in pipe.timer.seconds.values())


def test_a_batch_where_every_document_failed_stops_early() -> None:
    pipe = Pipeline([Seed(), Shout(), Count()])
    docs = list(pipe.pipe(raws("boom", "boom too")))
    assert all(d.failed for d in docs)
    assert "count" not in pipe.timer.docs


def test_calling_the_pipeline_on_one_raw_document() -> None:
    raw = RawDocument(content=b"single", uri="s.txt")
    doc = Pipeline([Seed(), Shout(), Count()])(raw)
    assert (doc.id, doc.uri, doc.title) == (raw.content_id(), "s.txt", "SINGLE")
    assert doc.analysis is None  # runtime analysis is dropped once the pipeline is done


def test_the_pipeline_records_a_producer_once() -> None:
    pipe = Pipeline([Seed(), Shout()])
    doc = pipe(RawDocument(content=b"again"))
    pipe.pipe([doc])
    assert doc.producers == ["seed@1", "shout@2.1"] and Shout().producer == "shout@2.1"


def test_a_stage_of_ones_own_gets_its_plugins_table_checked_by_its_settings_model() -> None:
    reg = pipeline_module.registry
    seen: list[Loud] = []

    def make(settings: Loud, resources: object) -> Stage:
        seen.append(settings)
        return Seed()

    reg.register("loud_seed", settings=Loud)(make)
    config = {"stages": ["loud_seed"], "plugins": {"loud_seed": {"volume": 11}}}
    assert Pipeline.from_config(config, fake_resources()).names == ["seed"]
    assert seen == [Loud(volume=11)]
    misspelt = {"stages": ["loud_seed"], "plugins": {"loud_seed": {"volum": 11}}}
    with pytest.raises(PipelineConfigError, match=r"'plugins\.loud_seed\.volum'"):
        Pipeline.from_config(misspelt, fake_resources())
    with pytest.raises(PipelineConfigError, match=r"settings for 'loud', which the pipeline does not run"):
        Pipeline.from_config({"stages": ["loud_seed"], "plugins": {"loud": {}}}, fake_resources())


class ToyParse:
    """A stand-in for a spaCy Doc: it writes itself as bytes."""

    def __init__(self, text: str) -> None:
        self.text = text

    def to_bytes(self) -> bytes:
        return self.text.encode()


class Parse(BaseStage):
    """A stand-in analyser: assigns a `ToyParse` of the title, or no analysis for an empty text."""

    name = "parse"
    requires = ("title",)
    assigns = ("analysis", "analyser")

    def __call__(self, doc: Document) -> Document:
        doc.analysis = ToyParse(doc.title or "") if doc.text else None
        doc.analyser = "toy"
        return doc


class Read(BaseStage):
    """Reads the analysis back (whatever `read_analysis` made of it) into the outlet."""

    name = "read"
    requires = ("analysis",)
    assigns = ("outlet",)

    def __call__(self, doc: Document) -> Document:
        doc.outlet = repr(doc.analysis)
        return doc


def test_a_split_pipeline_hands_its_analysis_over_as_bytes_and_the_second_part_reads_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resources = fake_resources()
    read: list[tuple[bytes, str | None]] = []

    def read_analysis(data: bytes, package: str | None) -> str | None:
        read.append((data, package))
        return f"{package}:{data.decode()}" if data else None

    monkeypatch.setattr(resources.models, "read_analysis", read_analysis)
    write = lambda parse: b"" if parse is None else parse.to_bytes()  # noqa: E731
    monkeypatch.setattr(resources.models, "write_analysis", write)
    head, tail = Pipeline([Seed(), Shout(), Parse(), Read()], resources).split()
    assert (head.names, tail.names) == (["seed", "shout", "parse"], ["read"])

    handed = list(head.pipe(raws("calm", "", "boom")))
    assert [d.analysis for d in handed] == [b"CALM", b"", None]  # the failed document is not handed over
    assert handed[2].failed

    done = list(tail.pipe(handed))
    assert [d.outlet for d in done] == ["'toy:CALM'", "None", None]
    assert read == [(b"CALM", "toy"), (b"", "toy")]
    assert all(d.analysis is None for d in done)
    assert done[0].producers == ["seed@1", "shout@2.1", "parse@1", "read@1"]


def test_a_pipeline_without_an_analysis_cannot_be_split() -> None:
    with pytest.raises(PipelineConfigError, match="no stage assigns 'analysis'"):
        Pipeline([Seed(), Shout()], fake_resources()).split()


def test_the_second_part_of_a_split_is_given_the_fields_the_first_part_assigns() -> None:
    with pytest.raises(PipelineConfigError, match="'read' requires 'analysis'"):
        Pipeline([Read()], fake_resources())
    assert Pipeline([Read()], fake_resources(), given={"analysis"}).names == ["read"]


def test_the_head_of_a_split_pipeline_is_built_alone_without_importing_the_later_stages() -> None:
    code = (
        "import sys, json; from dateline.config import Config; from dateline.pipeline import Pipeline\n"
        "head = Pipeline.head_from_config(Config())\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('dateline.'))\n"
        "print(json.dumps([head.names, head.hands_over, loaded]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    names, hands_over, modules = json.loads(done.stdout)
    assert names == list(DEFAULT_STAGES[:3]) == ["clean", "language", "analyse"] and hands_over
    assert "dateline.stages.clean" in modules and "dateline.stages.analyse" in modules
    later = [m for m in modules if m.split(".")[2:3] and m.split(".")[2] in DEFAULT_STAGES[3:]]
    assert later == [] and "dateline.kb.actors" not in modules
    with pytest.raises(PipelineConfigError, match="no stage assigns 'analysis'"):
        Pipeline.head_from_config(Config(stages=("clean", "language")))
