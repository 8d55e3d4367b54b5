"""The typed data model: one `Document` flows through every stage.

Every extracted fact carries char-offset evidence (`Span`) into `Document.text` and the
`producer` (``stage@version``) that made it. A Document round-trips to JSON losslessly
(`Document.to_json` / `Document.from_json`); the JSON contract is documented in
``docs/formats.md``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

Precision = Literal["day", "week", "month", "year", "decade", "relative"]
ActorKind = Literal["country", "organisation", "person", "group"]
Auxiliary = Literal["historical", "future", "hypothetical", "negated"]
#: What a place's point stands for: the named place itself (a town, a site), or the admin unit, region,
#: country or continent whose reference point it is (a place named with its parent but missing from the
#: gazetteer takes its parent's, with the parent's precision).
PlacePrecision = Literal["exact", "admin2", "admin1", "region", "country", "continent"]


class Model(BaseModel):
    """Base for every record: strict about unknown fields so the JSON contract stays exact."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Model):
    """A half-open char range ``[start, end)`` into `Document.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The characters of `text` this span covers."""
        return text[self.start : self.end]


class Language(Model):
    code: str = "und"
    confidence: float = 0.0


class Published(Model):
    """Publication date: ISO ``value`` with a ``precision`` and the interval it stands for."""

    value: str | None = None
    precision: Precision | None = None
    start: str | None = None
    end: str | None = None
    source: Literal["declared", "html", "text", "tenure", "none"] = "none"
    evidence: list[Span] = Field(default_factory=list)


class RemovedLine(Model):
    """A line the cleaner dropped from the body, with why."""

    line: int
    text: str
    reason: str


class Caption(Model):
    text: str
    credit: str | None = None
    related: bool = True


class Mention(Model):
    """A typed text span (PER/ORG/LOC/GPE/NORP/DATE/…)."""

    start: int
    end: int
    text: str
    label: str
    producer: str


class Candidate(Model):
    kb_id: str
    name: str
    score: float


class Actor(Model):
    """A knowledge-base entity resolved in the document, with every mention span."""

    kb_id: str | None = None
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    aliases_hit: list[str] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    confidence: float = 1.0
    producer: str = ""


class PlaceDirection(Model):
    """A compass direction written before a mention ("au nord-ouest de X"): near X, not in it."""

    direction: str
    span: Span


class Place(Model):
    """A GeoNames place (or a packaged site) with its mention spans."""

    name: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_class: str | None = None
    precision: PlacePrecision = "exact"
    within: str | None = None  # the parent a place missing from the gazetteer fell back to
    confidence: float = 1.0
    mentions: list[Span] = Field(default_factory=list)
    caption: int | None = None  # index into `Document.captions` when only a related caption names it
    directions: list[PlaceDirection] = Field(default_factory=list)
    producer: str = ""


class TimeValue(Model):
    """A time as written and normalised; ``start``/``end`` bound the interval it denotes.

    When no publication date is known, ``relative_days`` holds the interval in days
    relative to publication and ``value``/``start``/``end`` stay null.
    """

    text: str
    value: str | None = None
    precision: Precision | None = None
    start: str | None = None
    end: str | None = None
    relative_days: tuple[int, int] | None = None


class TimeExpr(TimeValue):
    """A normalised time expression found in the text."""

    span: Span
    producer: str = ""


class Attribution(Model):
    """A cited source and its reporting verb ("selon Al-Akhbar", "RT citing X")."""

    source: str
    verb: str | None = None
    speaker: str | None = None
    relay: bool = False
    scope: Literal["document", "sentence"] = "sentence"
    evidence: list[Span] = Field(default_factory=list)
    producer: str = ""


CountryFrom = Literal["place", "report"]


class ActorRef(Model):
    """An event's actor or recipient. `country_from` says where the country of a generic agent came
    from when its own words do not name one: the event's place, or the report's own country."""

    name: str
    kind: ActorKind | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    country_from: CountryFrom | None = None


class PlaceRef(Model):
    name: str
    geonames_id: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "exact"
    rule: str | None = None  # clause | sentence | dateline | title | lead
    evidence: list[Span] = Field(default_factory=list)


class TimeRef(TimeValue):
    """An event's time, with the rule that chose it (clause, sentence, published)."""

    rule: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class AttributionRef(Model):
    source: str
    verb: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Event(Model):
    """A PLOVER 0.8 event with evidence for the trigger and every argument."""

    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    auxiliary: Auxiliary | None = None
    actors: list[ActorRef] = Field(default_factory=list)
    recipients: list[ActorRef] = Field(default_factory=list)
    place: PlaceRef | None = None
    time: TimeRef | None = None
    attribution: list[AttributionRef] = Field(default_factory=list)
    confidence: float = 0.0
    evidence: list[Span] = Field(default_factory=list)
    trigger: Span | None = None
    trigger_text: str | None = None
    sentence: Span | None = None
    producer: str = ""


class DocError(Model):
    """A per-document failure: which stage, what kind, and a readable message."""

    stage: str
    kind: str
    message: str


class Document(Model):
    """The one object every stage receives and returns."""

    id: str
    uri: str | None = None
    source_id: str | None = None  # the input record's own identifier, as given
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: Language = Field(default_factory=Language)
    #: The publication date the input gave (declared metadata or the HTML page), written by ``clean``.
    published_given: Published = Field(default_factory=Published)
    #: The publication date: the given one, else inferred from the text (``times``).
    published: Published = Field(default_factory=Published)
    #: The input's character encoding, when it was not UTF-8, and the body's length before a cut.
    encoding: str | None = None
    truncated_from: int | None = None
    text: str = ""
    removed: list[RemovedLine] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    #: Relays the page furniture names ("Via X", wire partners), written by ``clean``.
    relays: list[Attribution] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    errors: list[DocError] = Field(default_factory=list)
    #: The spaCy package that analysed the text; None when its language has no analyser.
    analyser: str | None = None
    producers: list[str] = Field(default_factory=list)

    # Runtime-only state, never serialised: the raw input and the language analysis.
    _raw: RawDocument | None = PrivateAttr(default=None)
    _analysis: Any = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        """Documents stored before 0.2 kept free-text ``notes``: their facts now have typed fields."""
        if isinstance(data, dict) and "notes" in data:
            data = {k: v for k, v in data.items() if k != "notes"}
        return data

    @property
    def raw(self) -> RawDocument | None:
        return self._raw

    @property
    def analysis(self) -> Any:
        """The spaCy ``Doc`` for `text`, set by the ``analyse`` stage (None before it or when unsupported)."""
        return self._analysis

    @analysis.setter
    def analysis(self, value: Any) -> None:
        self._analysis = value

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def snippet(self, span: Span) -> str:
        return span.of(self.text)

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(**kwargs)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        return cls.model_validate_json(data)

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Document:
        """A fresh Document for `raw`, keyed by the hash of its content."""
        doc = cls(id=raw.content_id(), uri=raw.uri, source_id=raw.source_id)
        doc._raw = raw
        return doc


class RawDocument(Model):
    """What a source yields: bytes, where they came from and any declared metadata.

    ``kind`` says how to read ``content``: ``text`` (scraped plain text, any encoding)
    or ``html``. Declared metadata (from JSONL fields) wins over what is guessed later.
    """

    content: bytes
    uri: str | None = None
    source_id: str | None = None
    kind: Literal["text", "html"] = "text"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    error: str | None = None

    def content_id(self) -> str:
        """Content hash: the same bytes always give the same id, so re-ingesting is idempotent."""
        h = hashlib.sha256()
        h.update(self.kind.encode())
        h.update(b"\0")
        h.update(self.content)
        for value in (self.title, self.url, self.outlet, self.published):
            h.update(b"\0")
            h.update((value or "").encode("utf-8", "surrogatepass"))
        if self.language:  # hashed only when declared, so undeclared documents keep their ids
            h.update(b"\0language\0")
            h.update(self.language.encode("utf-8", "surrogatepass"))
        if self.source_id:  # likewise: records without an id keep their ids
            h.update(b"\0source_id\0")
            h.update(self.source_id.encode("utf-8", "surrogatepass"))
        if self.error:
            h.update(b"\0error\0")
            h.update((self.uri or "").encode("utf-8", "surrogateescape"))
        return h.hexdigest()[:20]
