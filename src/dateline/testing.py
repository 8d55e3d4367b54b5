"""Test helpers that ship beside the seams: fakes for the resources and a contract auditor.

- `fake_kb`, `fake_gazetteer`, `HashingEncoder`, `FixedClock` and `fake_resources` stand in for the
  actor KB, the GeoNames gazetteer, the sentence encoders and the clock: small, in memory, exact.
- `record_access` runs one stage on one Document in test mode and returns what the stage actually
  read and wrote; `audit` does it for every stage of a pipeline over a set of documents and lists the
  differences from what each stage declares (``requires`` / ``assigns``).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.model import Document, Place, RawDocument, Span
from dateline.pipeline import INITIAL_FIELDS, Pipeline, Stage, run_stage
from dateline.resources import FixedClock, LanguageModels, Resources

if TYPE_CHECKING:
    from dateline.kb.actors import ActorKB
    from dateline.kb.gazetteer import Entry, Gazetteer

__all__ = [
    "Access",
    "FixedClock",
    "HashingEncoder",
    "audit",
    "fake_entry",
    "fake_gazetteer",
    "fake_kb",
    "fake_resources",
    "record_access",
]


# ---------------------------------------------------------------------------------------------
# Fakes


def fake_kb(entries: Iterable[Mapping[str, Any]]) -> ActorKB:
    """An actor KB holding only `entries` (KB entry dicts: id, name, kind, country, aliases, roles…)."""
    from dateline.kb.actors import ActorKB, KBEntry

    return ActorKB(KBEntry.model_validate(entry) for entry in entries)


def fake_gazetteer(
    records: Iterable[tuple[Entry, Sequence[str]]], demonyms: dict[str, Sequence[str]] | None = None
) -> Gazetteer:
    """A gazetteer holding only `records` (each an `Entry` and its alternate names) and `demonyms`."""
    from dateline.kb.gazetteer import Gazetteer

    return Gazetteer.from_records(records, demonyms=demonyms)


def fake_entry(
    name: str,
    country: str,
    lat: float,
    lon: float,
    population: int,
    code: str = "PPL",
    admin1: str = "",
) -> Entry:
    """A gazetteer `Entry` for a hand-built gazetteer.

    Its GeoNames id is a stable digest of the record, so distinct records get distinct ids in every run.
    """
    from dateline.kb.gazetteer import Entry

    key = f"{name}|{country}|{lat}|{lon}|{code}|{admin1}".encode()
    return Entry(
        0, name, country, lat, lon, population, code, 1000 + zlib.crc32(key) % 9_000_000, admin1 or None
    )


@dataclass(frozen=True)
class HashingEncoder:
    """A deterministic bag-of-words encoder: texts sharing words get close vectors, in microseconds."""

    dim: int = 64

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        norms: np.ndarray = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        out: np.ndarray = vectors / norms
        return out


def placed_in(text: str, surfaces: Mapping[str, Mapping[str, Any]]) -> list[Place]:
    """Hand-built places for `locate_event` tests: each surface's first mention in `text`, with the given
    `Place` fields, each 1° south of the next (`lat` 30, 31, …)."""
    places = []
    for i, (surface, fields) in enumerate(surfaces.items()):
        at = text.index(surface)
        span = Span(start=at, end=at + len(surface))
        places.append(Place(name=surface, lat=30.0 + i, lon=40.0, mentions=[span], **fields))
    return places


def fake_resources(
    *,
    kb: ActorKB | None = None,
    gazetteer: Gazetteer | None = None,
    clock: FixedClock | None = None,
    encoder: HashingEncoder | None = None,
    models: LanguageModels | None = None,
) -> Resources:
    """Resources with the given fakes; every encoder name maps to `encoder` (a `HashingEncoder` by default).

    Unset resources load as configured; pass `models` (e.g. ``Resources.shared().models``) to reuse the
    spaCy models a process already loaded.
    """
    encode = encoder or HashingEncoder()
    return Resources(
        kb=kb, gazetteer=gazetteer, clock=clock, encoders={"use": encode, "e5": encode}, models=models
    )


# ---------------------------------------------------------------------------------------------
# Contract audit

#: Fields the pipeline itself keeps (errors and provenance), not the stages.
BOOKKEEPING: frozenset[str] = frozenset({"errors", "producers"})
#: The Document attributes an audit watches: every stage field, and the runtime raw input and analysis.
WATCHED: frozenset[str] = (frozenset(Document.model_fields) | {"raw", "analysis"}) - BOOKKEEPING
_active: dict[int, Access] = {}


@dataclass
class Access:
    """The Document fields one stage read and wrote."""

    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)


class _Recording(Document):
    """A Document that notes, while it is being audited, each watched attribute read or assigned."""

    def __getattribute__(self, name: str) -> Any:
        if name in WATCHED:
            access = _active.get(id(self))
            if access is not None:
                access.reads.add(name)
        return super().__getattribute__(name)

    def __setattr__(self, name: str, value: Any) -> None:
        access = _active.get(id(self))
        if access is not None and name in WATCHED:
            access.writes.add(name)
        super().__setattr__(name, value)


def _state(doc: Document) -> dict[str, Any]:
    """Every field's value, to find the fields a stage changed in place (``doc.places.append(…)``)."""
    return doc.model_dump()


def record_access(stage: Stage, docs: list[Document]) -> dict[str, Access]:
    """Run `stage` over `docs` as the pipeline does and return, per document id, what it read and wrote."""
    before: dict[str, dict[str, Any]] = {}
    accesses: dict[str, Access] = {}
    classes = {id(doc): doc.__class__ for doc in docs}
    for doc in docs:
        before[doc.id] = _state(doc)
        accesses[doc.id] = _active[id(doc)] = Access()
        doc.__class__ = _Recording
    try:
        run_stage(stage, docs)
    finally:
        for doc in docs:
            _active.pop(id(doc), None)
            doc.__class__ = classes[id(doc)]
    for doc in docs:
        after = _state(doc)
        changed = {name for name, value in after.items() if before[doc.id].get(name) != value}
        accesses[doc.id].writes |= changed - BOOKKEEPING
    return accesses


@dataclass
class Finding:
    """One difference between what a stage declares and what it did, over the documents audited."""

    stage: str
    problem: str
    fields: tuple[str, ...]
    example: str = ""

    def __str__(self) -> str:
        where = f" (e.g. document {self.example})" if self.example else ""
        return f"{self.stage}: {self.problem} {', '.join(self.fields)}{where}"


def _audit_stage(stage: Stage, runs: list[dict[str, Access]]) -> Iterator[Finding]:
    declared_reads = set(stage.requires) | set(stage.assigns) | INITIAL_FIELDS
    reads: dict[str, str] = {}  # field → the first document it was read in
    writes: dict[str, str] = {}
    for run in runs:
        for doc_id, access in run.items():
            for name in access.reads:
                reads.setdefault(name, doc_id)
            for name in access.writes:
                writes.setdefault(name, doc_id)
    for problem, seen, declared in (
        ("reads undeclared", reads, declared_reads),
        ("writes undeclared", writes, set(stage.assigns)),
    ):
        for name in sorted(set(seen) - declared):
            yield Finding(stage.name, problem, (name,), seen[name])
    if unused := set(stage.requires) - set(reads) - INITIAL_FIELDS:
        yield Finding(stage.name, "requires but never reads", tuple(sorted(unused)))
    if unwritten := set(stage.assigns) - set(writes):
        yield Finding(stage.name, "assigns but never writes", tuple(sorted(unwritten)))


def audit(pipeline: Pipeline, items: Iterable[RawDocument | Document], batch_size: int = 16) -> list[Finding]:
    """Run `pipeline` over `items` in test mode; every way a stage's access differs from its contract."""
    runs: dict[str, list[dict[str, Access]]] = {stage.name: [] for stage in pipeline.stages}
    batch: list[Document] = []

    def flush() -> None:
        for stage in pipeline.stages:
            live = [d for d in batch if not d.failed]
            if live:
                runs[stage.name].append(record_access(stage, live))
        batch.clear()

    for item in items:
        batch.append(item if isinstance(item, Document) else Document.from_raw(item))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return [finding for stage in pipeline.stages for finding in _audit_stage(stage, runs[stage.name])]


# ---------------------------------------------------------------------------------------------
# Golden outputs: a stage's version must change when its output does


def _field_value(doc: Document, name: str) -> Any:
    if name == "raw":
        return doc.raw.content_id() if doc.raw is not None else None
    if name == "analysis":
        parsed = doc.analysis
        if parsed is None:
            return None
        return [(t.idx, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in parsed]
    return _without_producers(doc.model_dump(include={name}).get(name))


def _without_producers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_producers(v) for k, v in value.items() if k != "producer"}
    if isinstance(value, list):
        return [_without_producers(v) for v in value]
    return value


def _digest(docs: list[Document], fields: Iterable[str]) -> str:
    h = hashlib.sha256()
    for doc in sorted(docs, key=lambda d: d.id):
        for name in sorted(fields):
            h.update(f"{doc.id}:{name}=".encode())
            h.update(repr(_field_value(doc, name)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class StageRecord:
    """A stage's version and digests of what it read and what it wrote over a corpus."""

    version: str
    inputs: str
    outputs: str


def stage_records(pipeline: Pipeline, items: Iterable[RawDocument]) -> dict[str, StageRecord]:
    """Run `pipeline` over `items` in one batch and digest each stage's input and output fields."""
    docs = [Document.from_raw(raw) for raw in items]
    records: dict[str, StageRecord] = {}
    for stage in pipeline.stages:
        live = [d for d in docs if not d.failed]
        inputs = _digest(live, stage.requires)
        run_stage(stage, live)
        records[stage.name] = StageRecord(stage.version, inputs, _digest(live, stage.assigns))
    return records


def version_problems(recorded: Mapping[str, StageRecord], now: Mapping[str, StageRecord]) -> list[str]:
    """Stages whose output changed on the same input without a new version, and stale records."""
    problems = []
    for name, current in now.items():
        before = recorded.get(name)
        if before is None:
            problems.append(f"{name}: no golden record")
        elif before.version == current.version and before.inputs == current.inputs:
            if before.outputs != current.outputs:
                problems.append(f"{name}: output changed but version {current.version} did not: bump it")
        elif before != current:
            problems.append(f"{name}: version or input changed since the golden record was written")
    return problems
