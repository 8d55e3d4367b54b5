"""The stage registry and the Pipeline that runs stages over Documents.

A stage is any object with ``name``, ``version``, ``requires``, ``assigns`` and a
``__call__(doc) -> doc``; it may also offer ``pipe(docs) -> docs`` to batch work (the
language analyser does). Stages are registered by name with a factory::

    @registry.register("clean")
    def make_clean(settings: Settings) -> Stage: ...

`Pipeline.from_config` builds the stages named in a config and checks, at build time,
that every stage's ``requires`` is assigned by an earlier stage. A stage that raises on
one document records a `DocError` on it; the document skips the remaining stages and
the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from dateline.model import DocError, Document, RawDocument

DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "language",
    "analyse",
    "actors",
    "places",
    "times",
    "attributions",
    "events",
)

#: Fields present on a Document before any stage ran.
INITIAL_FIELDS: frozenset[str] = frozenset({"raw", "id", "uri"})


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


@dataclass
class Settings:
    """Run-time settings shared by stage factories (paths, limits, user KB files)."""

    kb_files: tuple[str, ...] = ()
    max_chars: int = 2_000_000
    options: dict[str, Any] = field(default_factory=dict)


StageFactory = Callable[[Settings], Stage]


class PipelineConfigError(ValueError):
    """The configured stages do not fit together (unknown name, unmet requirement)."""


class Registry:
    """Maps stage names to factories."""

    def __init__(self) -> None:
        self._factories: dict[str, StageFactory] = {}

    def register(self, name: str) -> Callable[[StageFactory], StageFactory]:
        def decorator(factory: StageFactory) -> StageFactory:
            if name in self._factories and self._factories[name] is not factory:
                raise PipelineConfigError(f"stage {name!r} is registered twice")
            self._factories[name] = factory
            return factory

        return decorator

    def names(self) -> list[str]:
        _load_builtin_stages()
        return sorted(self._factories)

    def create(self, name: str, settings: Settings) -> Stage:
        _load_builtin_stages()
        try:
            factory = self._factories[name]
        except KeyError:
            raise PipelineConfigError(f"unknown stage {name!r}; known: {', '.join(self.names())}") from None
        return factory(settings)


registry = Registry()


def _load_builtin_stages() -> None:
    import dateline.stages  # noqa: F401  (registers the built-in stages)


class BaseStage:
    """Convenience base: a name, a version and the producer tag ``name@version``."""

    name: ClassVar[str]
    version: ClassVar[str] = "0.1"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    @property
    def producer(self) -> str:
        return f"{self.name}@{self.version}"

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass
class StageTimer:
    """Accumulated wall time and document counts per stage (for benchmarks)."""

    seconds: dict[str, float] = field(default_factory=dict)
    docs: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, seconds: float, n: int) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.docs[name] = self.docs.get(name, 0) + n


class Pipeline:
    """An ordered list of stages, checked at build time."""

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages
        self.timer = StageTimer()
        self._check()

    @classmethod
    def from_config(
        cls, config: Iterable[str] | dict[str, Any] | None = None, settings: Settings | None = None
    ) -> Pipeline:
        """Build from a list of stage names or ``{"stages": [...], "settings": {...}}``."""
        settings = settings or Settings()
        if config is None:
            names: list[str] = list(DEFAULT_STAGES)
        elif isinstance(config, dict):
            names = list(config.get("stages", DEFAULT_STAGES))
            extra = config.get("settings", {})
            settings = Settings(
                kb_files=tuple(extra.get("kb_files", settings.kb_files)),
                max_chars=int(extra.get("max_chars", settings.max_chars)),
                options={**settings.options, **extra.get("options", {})},
            )
        else:
            names = list(config)
        return cls([registry.create(name, settings) for name in names])

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def _check(self) -> None:
        available = set(INITIAL_FIELDS)
        for stage in self.stages:
            missing = [req for req in stage.requires if req not in available]
            if missing:
                raise PipelineConfigError(
                    f"stage {stage.name!r} requires {missing} but no earlier stage assigns it "
                    f"(pipeline: {' → '.join(self.names)})"
                )
            available.update(stage.assigns)

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
        for stage in self.stages:
            live = [d for d in docs if not d.failed]
            if not live:
                break
            started = time.perf_counter()
            batch_pipe = getattr(stage, "pipe", None)
            if batch_pipe is not None:
                try:
                    list(batch_pipe(live))
                except Exception:  # a batch failed: retry one by one to pin the culprit
                    for doc in live:
                        _apply(stage, doc)
            else:
                for doc in live:
                    _apply(stage, doc)
            self.timer.add(stage.name, time.perf_counter() - started, len(live))
        for doc in docs:
            doc.analysis = None  # free the spaCy Doc: nothing downstream re-reads it
        return docs


def _apply(stage: Stage, doc: Document) -> None:
    try:
        stage(doc)
    except Exception as exc:  # per-document error policy: record it, the batch goes on
        doc.errors.append(DocError(stage=stage.name, kind=type(exc).__name__, message=str(exc) or repr(exc)))


def mark(doc: Document, stage: BaseStage) -> None:
    """Record that `stage` ran on `doc` (its producer tag)."""
    if stage.producer not in doc.producers:
        doc.producers.append(stage.producer)
