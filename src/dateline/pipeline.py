"""The stage registry and the Pipeline that runs stages over Documents.

A stage is any object with ``name``, ``version``, ``requires``, ``assigns`` and ``__call__(doc)``;
it may also offer ``pipe(docs)`` to batch work (the spaCy analyser does). Its contract:

- it reads only the Document fields in ``requires`` (plus ``id`` and ``uri``, always there) and
  writes only those in ``assigns``; each field has exactly one writer in a pipeline;
- it changes the Document it is given in place and returns that same object (``pipe`` returns the
  same documents, in order); the pipeline records anything else as a ``StageContractError`` on
  the document;
- it does not stamp provenance itself: the pipeline appends ``name@version`` to ``producers``.

Stages are registered by name with a factory and the settings model it takes::

    @registry.register("places", settings=PlacesSettings)
    def make_places(settings: PlacesSettings, resources: Resources) -> Stage: ...

`Pipeline.from_config` builds the stages a `Config` names, with the shared `Resources`, and checks
the contracts before any document is read: a stage whose input comes from no earlier stage, a
cycle between stages and a field with two writers are `PipelineConfigError`s naming the stage and
the field. A stage that raises on one document records a `DocError` on it; the document skips the
remaining stages and the batch goes on.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import ValidationError

from dateline.config import DEFAULT_STAGES, Config, NoSettings, Section, build
from dateline.model import DocError, Document, RawDocument
from dateline.resources import Resources

__all__ = [
    "DEFAULT_STAGES",
    "INITIAL_FIELDS",
    "BaseStage",
    "Pipeline",
    "PipelineConfigError",
    "Registry",
    "Stage",
    "StageContractError",
    "StageTimer",
    "check_contracts",
    "contract_table",
    "registry",
    "run_stage",
]

log = logging.getLogger(__name__)

#: Fields present on a Document before any stage ran (readable without being required).
INITIAL_FIELDS: frozenset[str] = frozenset({"raw", "id", "uri", "source_id"})


@runtime_checkable
class Stage(Protocol):
    # Read-only members, so that class attributes (``BaseStage`` ClassVars) satisfy them.
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def requires(self) -> tuple[str, ...]: ...
    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[[Any, Resources], Stage]


class PipelineConfigError(ValueError):
    """The configured stages do not fit together (unknown name, unmet input, cycle, two writers)."""


class StageContractError(RuntimeError):
    """A stage broke its contract at run time (returned another object than the one it was given)."""


@dataclass(frozen=True)
class Registration:
    factory: StageFactory
    settings: type[Section]


class Registry:
    """Maps stage names to their factories and settings models."""

    def __init__(self) -> None:
        self._entries: dict[str, Registration] = {}

    def register(
        self, name: str, settings: type[Section] = NoSettings
    ) -> Callable[[StageFactory], StageFactory]:
        def decorator(factory: StageFactory) -> StageFactory:
            known = self._entries.get(name)
            if known is not None and known.factory is not factory:
                raise PipelineConfigError(f"stage {name!r} is registered twice")
            self._entries[name] = Registration(factory, settings)
            return factory

        return decorator

    def names(self) -> list[str]:
        for name in DEFAULT_STAGES:
            _load_builtin(name)
        return sorted(self._entries)

    def settings_model(self, name: str) -> type[Section]:
        return self._entry(name).settings

    def create(self, name: str, config: Config | None = None, resources: Resources | None = None) -> Stage:
        """The stage `name`, with its section of `config` (a built-in section, else its ``plugins`` table,
        checked by its settings model) and `resources` (the shared ones by default)."""
        entry = self._entry(name)
        config = config or Config()
        section = config.section(name)
        if not isinstance(section, entry.settings):
            try:
                section = entry.settings.model_validate(config.plugins.get(name, {}))
            except ValidationError as exc:
                problems = "; ".join(
                    f"'plugins.{name}.{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors()
                )
                raise PipelineConfigError(f"stage {name!r}: {problems}") from None
        return entry.factory(section, resources or Resources.shared(config))

    def _entry(self, name: str) -> Registration:
        if name not in self._entries and name in DEFAULT_STAGES:
            _load_builtin(name)
        try:
            return self._entries[name]
        except KeyError:
            raise PipelineConfigError(f"unknown stage {name!r}; known: {', '.join(self.names())}") from None


registry = Registry()


def _load_builtin(name: str) -> None:
    """Import the built-in stage `name`'s package, which registers it."""
    importlib.import_module(f"dateline.stages.{name}")


class BaseStage:
    """Convenience base: a name, a version and the producer tag ``name@version``."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    @property
    def producer(self) -> str:
        return f"{self.name}@{self.version}"


def check_contracts(stages: Sequence[Stage], given: Iterable[str] = ()) -> None:
    """Raise `PipelineConfigError` when `stages`, in this order, break a contract; `given` are fields
    the documents arrive with (an earlier part of the pipeline assigned them elsewhere)."""
    writers: dict[str, str] = {}
    for stage in stages:
        for name in stage.assigns:
            if name in writers:
                raise PipelineConfigError(
                    f"field {name!r} is assigned by both {writers[name]!r} and {stage.name!r}: "
                    "a field has one writer"
                )
            writers[name] = stage.name
    available = set(INITIAL_FIELDS) | set(given)
    for position, stage in enumerate(stages):
        for needed in stage.requires:
            if needed not in available:
                raise PipelineConfigError(_unmet(stages, position, needed, writers))
        available.update(stage.assigns)


def _unmet(stages: Sequence[Stage], position: int, needed: str, writers: dict[str, str]) -> str:
    stage = stages[position]
    order = " → ".join(s.name for s in stages)
    writer = writers.get(needed)
    if writer is None:
        return f"stage {stage.name!r} requires {needed!r}, which no stage assigns (pipeline: {order})"
    cycle = _cycle(stages, stage.name, writer, writers)
    if cycle:
        return (
            f"stage {stage.name!r} requires {needed!r} from {writer!r}: a cycle ({cycle}) (pipeline: {order})"
        )
    return (
        f"stage {stage.name!r} requires {needed!r}, which {writer!r} assigns only later: "
        f"put {writer!r} before {stage.name!r} (pipeline: {order})"
    )


def _cycle(stages: Sequence[Stage], start: str, first: str, writers: dict[str, str]) -> str | None:
    """The path ``start → first → … → start`` through "requires a field of" links, if there is one."""
    by_name = {s.name: s for s in stages}
    seen = {first}
    stack = [(first, [start, first])]
    while stack:
        current, path = stack.pop()
        for needed in by_name[current].requires:
            writer = writers.get(needed)
            if writer == start:
                return " → ".join([*path, start])
            if writer is not None and writer not in seen:
                seen.add(writer)
                stack.append((writer, [*path, writer]))
    return None


@dataclass
class StageTimer:
    """Accumulated wall time and document counts per stage (for benchmarks)."""

    seconds: dict[str, float] = field(default_factory=dict)
    docs: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, seconds: float, n: int) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.docs[name] = self.docs.get(name, 0) + n


class Pipeline:
    """An ordered list of stages, checked at build time, with the resources they share.

    `split` cuts it in two after the spaCy analysis, for two processes: the first part's documents
    leave with their analysis as bytes (`LanguageModels.write_analysis`), and the second part reads
    them back with the language's vocabulary (`LanguageModels.read_analysis`) before its first stage.
    """

    def __init__(
        self,
        stages: list[Stage],
        resources: Resources | None = None,
        given: Iterable[str] = (),
        hands_over: bool = False,
    ) -> None:
        self.given = frozenset(given)
        check_contracts(stages, self.given)
        self.stages = stages
        self.resources = resources or Resources.shared()
        self.timer = StageTimer()
        self.hands_over = hands_over

    @classmethod
    def from_config(
        cls,
        config: Config | Iterable[str] | Mapping[str, Any] | None = None,
        resources: Resources | None = None,
    ) -> Pipeline:
        """Build from a `Config`, a list of stage names or a TOML-shaped mapping of settings."""
        if config is None:
            config = Config()
        elif isinstance(config, Mapping):
            config = build([config])
        elif not isinstance(config, Config):
            config = Config(stages=tuple(config))
        stray = sorted(set(config.plugins) - set(config.stages))
        if stray:
            raise PipelineConfigError(
                f"settings for {', '.join(map(repr, stray))}, which the pipeline does not run"
            )
        resources = resources or Resources.shared(config)
        stages = [registry.create(name, config, resources) for name in config.stages]
        return cls(stages, resources)

    @classmethod
    def head_from_config(cls, config: Config) -> Pipeline:
        """`split`'s first part, built alone: the configured stages up to the one assigning
        ``analysis``. The stages after it are neither built nor imported (≈ 0.5 CPU s of a worker's
        start-up: the coder, the knowledge bases)."""
        resources = Resources.shared(config)
        stages: list[Stage] = []
        for name in config.stages:
            stages.append(registry.create(name, config, resources))
            if "analysis" in stages[-1].assigns:
                return cls(stages, resources, hands_over=True)
        raise PipelineConfigError(f"no stage assigns 'analysis' (pipeline: {' → '.join(config.stages)})")

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def split(self) -> tuple[Pipeline, Pipeline]:
        """The stages up to the one assigning ``analysis`` (handing their documents over, analysis as
        bytes) and the stages after it (given every field the first part assigns)."""
        analysers = [i for i, stage in enumerate(self.stages) if "analysis" in stage.assigns]
        if not analysers:
            raise PipelineConfigError(f"no stage assigns 'analysis' (pipeline: {' → '.join(self.names)})")
        cut = analysers[0] + 1
        head, tail = self.stages[:cut], self.stages[cut:]
        assigned = {name for stage in head for name in stage.assigns}
        return (
            Pipeline(head, self.resources, self.given, hands_over=True),
            Pipeline(tail, self.resources, self.given | assigned),
        )

    def memory_zone(self) -> AbstractContextManager[None]:
        """A block after which the language models forget the words met inside it (`LanguageModels`)."""
        return self.resources.models.memory_zone()

    def __call__(self, item: Document | RawDocument) -> Document:
        return next(iter(self.pipe([item])))

    def pipe(self, items: Iterable[Document | RawDocument], batch_size: int = 32) -> Iterator[Document]:
        """Run every stage over `items`, batch by batch, keeping input order."""
        batch: list[Document] = []
        for item in items:
            batch.append(item if isinstance(item, Document) else Document.from_raw(item))
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if isinstance(doc.analysis, bytes):  # handed over by the first part of a split pipeline
                doc.analysis = self.resources.models.read_analysis(doc.analysis, doc.analyser)
        for stage in self.stages:
            live = [d for d in docs if not d.failed]
            if not live:
                break
            started = time.perf_counter()
            run_stage(stage, live)
            self.timer.add(stage.name, time.perf_counter() - started, len(live))
        for doc in docs:
            if self.hands_over and not doc.failed:
                doc.analysis = self.resources.models.write_analysis(doc.analysis)
            else:
                doc.analysis = None  # free the spaCy Doc: nothing downstream re-reads it
        return docs


def run_stage(stage: Stage, docs: list[Document]) -> None:
    """Run `stage` over `docs` (batched when it can), recording errors and provenance per document."""
    batch_pipe = getattr(stage, "pipe", None)
    if batch_pipe is not None:
        try:
            returned = list(batch_pipe(docs))
        except Exception:  # a batch failed: retry one by one to pin the culprit
            log.debug("stage %s failed on a batch of %d; retrying one by one", stage.name, len(docs))
        else:
            if len(returned) != len(docs) or any(r is not d for r, d in zip(returned, docs, strict=False)):
                error = StageContractError(f"{stage.name}.pipe did not return the documents it was given")
                for doc in docs:
                    _record(stage, doc, error)
                return
            for doc in docs:
                _stamp(stage, doc)
            return
    for doc in docs:
        _apply(stage, doc)


def _apply(stage: Stage, doc: Document) -> None:
    try:
        returned = stage(doc)
        if returned is not doc:
            raise StageContractError(
                f"stage {stage.name!r} returned {type(returned).__name__}, not its Document"
            )
    except Exception as exc:  # per-document error policy: record it, the batch goes on
        _record(stage, doc, exc)
    else:
        _stamp(stage, doc)


def _record(stage: Stage, doc: Document, exc: Exception) -> None:
    log.info("document %s failed in %s: %s", doc.id, stage.name, exc)
    doc.errors.append(DocError(stage=stage.name, kind=type(exc).__name__, message=str(exc) or repr(exc)))


def _stamp(stage: Stage, doc: Document) -> None:
    producer = f"{stage.name}@{stage.version}"
    if producer not in doc.producers:
        doc.producers.append(producer)


def contract_table(config: Config | None = None, resources: Resources | None = None) -> str:
    """The stages of `config` (the default pipeline) with what each reads and writes, as a Markdown table."""
    pipeline = Pipeline.from_config(config, resources)
    rows = ["| stage | version | requires | assigns |", "|---|---|---|---|"]
    for s in pipeline.stages:
        rows.append(f"| `{s.name}` | {s.version} | {', '.join(s.requires)} | {', '.join(s.assigns)} |")
    return "\n".join(rows) + "\n"
