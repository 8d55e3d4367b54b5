"""The data model: lossless JSON, content ids, spans, the strict contract, and docs/formats.md's example."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from dateline.model import (
    Actor,
    ActorRef,
    Attribution,
    AttributionRef,
    Candidate,
    Caption,
    DocError,
    Document,
    Event,
    Language,
    Mention,
    Place,
    PlaceRef,
    Published,
    RawDocument,
    RemovedLine,
    Span,
    TimeExpr,
    TimeRef,
)

FORMATS_DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"

TEXT = (
    "BAMAKO — Mali's army said on Friday it had repelled an attack on a convoy near Gao, "
    "according to a statement read on state radio.\n\n"
    "Le porte-parole a déclaré que « la situation est sous contrôle »."
)


def at(word: str, occurrence: int = 0) -> Span:
    """The span of the `occurrence`-th `word` in TEXT."""
    start = [m.start() for m in re.finditer(re.escape(word), TEXT)][occurrence]
    return Span(start=start, end=start + len(word))


def full_document() -> Document:
    """A Document with every record type and every optional field filled."""
    army, gao, friday, attack = at("Mali's army"), at("Gao"), at("Friday"), at("attack")
    statement = at("according to a statement read on state radio")
    return Document(
        id="0123456789abcdef0123",
        uri="reports/bamako.txt",
        url="https://example.org/mali/convoy",
        title="Army repels convoy attack near Gao",
        outlet="The Sahel Courier",
        language=Language(code="en", confidence=0.9731),
        published=Published(
            value="2023-W40",
            precision="week",
            start="2023-10-02",
            end="2023-10-08",
            source="text",
            evidence=[friday],
        ),
        text=TEXT,
        removed=[
            RemovedLine(line=1, text="Menu | Africa | Sahel", reason="navigation"),
            RemovedLine(line=4, text="Soldiers on patrol. Photo: Staff", reason="caption"),
        ],
        captions=[Caption(text="Soldiers on patrol. Photo: Staff", credit="Staff", related=False)],
        mentions=[
            Mention(start=0, end=6, text="BAMAKO", label="GPE", producer="analyse@0.1"),
            Mention(start=gao.start, end=gao.end, text="Gao", label="GPE", producer="analyse@0.1"),
        ],
        actors=[
            Actor(
                kb_id=None,
                name="Malian army",
                kind="country",
                country="MLI",
                sector="MIL",
                qid="Q1001",
                mentions=[army],
                aliases_hit=["Mali"],
                candidates=[Candidate(kb_id="MLI", name="Mali", score=0.5)],
                confidence=0.75,
                producer="actors@0.1",
            )
        ],
        places=[
            Place(
                name="Gao",
                geonames_id=2457163,
                country="MLI",
                admin1="09",
                lat=16.27167,
                lon=-0.04472,
                feature_class="P",
                confidence=0.9,
                mentions=[gao],
                producer="places@0.1",
            )
        ],
        times=[
            TimeExpr(
                text="Friday",
                value="2023-10-06",
                precision="day",
                start="2023-10-06",
                end="2023-10-06",
                relative_days=(-3, 2),
                span=friday,
                producer="times@0.1",
            )
        ],
        attributions=[
            Attribution(
                source="state radio",
                verb="according to",
                speaker="Mali's army",
                relay=True,
                scope="document",
                evidence=[statement],
                producer="attributions@0.1",
            )
        ],
        events=[
            Event(
                id="0123456789abcdef0123-e1",
                type="ASSAULT",
                mode="firearms",
                contexts=["military", "terrorism"],
                auxiliary="historical",
                actors=[ActorRef(name="unknown attackers", kind="group", evidence=[attack])],
                recipients=[
                    ActorRef(
                        name="Malian army",
                        kind="country",
                        country="MLI",
                        sector="MIL",
                        kb_id="MLI",
                        evidence=[army],
                    )
                ],
                place=PlaceRef(
                    name="Gao (near)",
                    geonames_id=2457163,
                    country="MLI",
                    lat=16.27167,
                    lon=-0.04472,
                    rule="clause",
                    evidence=[gao],
                ),
                time=TimeRef(
                    text="Friday",
                    value="2023-10-06",
                    precision="day",
                    start="2023-10-06",
                    end="2023-10-06",
                    relative_days=(-3, 2),
                    rule="sentence",
                    evidence=[friday],
                ),
                attribution=[AttributionRef(source="state radio", verb="according to", evidence=[statement])],
                confidence=0.61,
                evidence=[attack, army, gao],
                trigger=attack,
                trigger_text="attack",
                sentence=Span(start=0, end=TEXT.index("\n")),
                producer="events@0.1",
            )
        ],
        errors=[DocError(stage="events", kind="ValueError", message="a test error")],
        encoding="cp1252",
        analyser="fr_core_news_md",
        producers=["clean@0.1", "events@0.1"],
    )


def test_a_fully_populated_document_round_trips_through_json_losslessly() -> None:
    doc = full_document()
    text = doc.to_json()
    back = Document.from_json(text)
    assert back == doc
    assert back.to_json() == text
    assert Document.from_json(text.encode("utf-8")) == doc
    assert back.times[0].relative_days == (-3, 2)


def test_json_holds_every_field_even_when_empty() -> None:
    data = json.loads(Document(id="x").to_json())
    assert set(data) == set(Document.model_fields)
    assert data["language"] == {"code": "und", "confidence": 0.0}
    assert data["published"]["source"] == "none"
    assert data["events"] == [] and data["url"] is None


def test_runtime_state_is_never_serialised() -> None:
    raw = RawDocument(content="Un été.".encode(), uri="a.txt")
    doc = Document.from_raw(raw)
    doc.analysis = object()
    data = json.loads(doc.to_json())
    assert "raw" not in data and "analysis" not in data and "_raw" not in data
    assert Document.from_json(doc.to_json()).raw is None
    assert doc.raw is raw and doc.id == raw.content_id() and doc.uri == "a.txt"


def test_content_id_is_stable_for_the_same_bytes() -> None:
    a = RawDocument(content=b"Les deux ministres se sont rencontres.", uri="one.txt")
    b = RawDocument(content=b"Les deux ministres se sont rencontres.", uri="elsewhere/two.txt")
    assert a.content_id() == b.content_id()
    assert re.fullmatch(r"[0-9a-f]{20}", a.content_id())


@pytest.mark.parametrize(
    "change",
    [
        {"content": b"Les deux ministres se sont rencontres!"},
        {"kind": "html"},
        {"title": "Rencontre"},
        {"url": "https://example.org/a"},
        {"outlet": "Le Courrier"},
        {"published": "2024-05-01"},
        {"language": "fr"},
    ],
)
def test_content_id_changes_with_the_bytes_and_the_declared_metadata(change: dict[str, object]) -> None:
    base = RawDocument(content=b"Les deux ministres se sont rencontres.")
    assert base.model_copy(update=change).content_id() != base.content_id()


def test_error_ids_tell_apart_inputs_that_failed_the_same_way() -> None:
    a = RawDocument(content=b"", uri="a.jsonl#L1", error="malformed JSON")
    b = RawDocument(content=b"", uri="a.jsonl#L2", error="malformed JSON")
    assert a.content_id() != b.content_id()


def test_span_of_returns_the_half_open_range() -> None:
    span = Span(start=0, end=6)
    assert span.of(TEXT) == "BAMAKO"
    assert Span(start=3, end=3).of(TEXT) == ""
    assert Span(start=TEXT.index("—"), end=TEXT.index("—") + 1).of(TEXT) == "—"  # code points, not bytes
    assert full_document().snippet(at("Gao")) == "Gao"


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Document, {"id": "x", "summary": "not a field"}),
        (Span, {"start": 0, "end": 1, "length": 1}),
        (Document, {"id": "x", "places": [{"name": "Gao", "population": 1}]}),
        (Document, {"id": "x", "events": [{"id": "e", "type": "AID", "place": {"name": "Gao", "x": 1}}]}),
        (Document, {"id": "x", "language": {"code": "fr", "script": "Latn"}}),
    ],
)
def test_unknown_fields_are_rejected(model: type[Document] | type[Span], data: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate(data)


@pytest.mark.parametrize(
    "data",
    [
        {"id": "x", "published": {"precision": "fortnight"}},
        {"id": "x", "actors": [{"name": "A", "kind": "tribe"}]},
        {"id": "x", "events": [{"id": "e", "type": "AID", "auxiliary": "maybe"}]},
    ],
)
def test_closed_vocabularies_are_enforced(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Document.model_validate(data)


def _formats_example() -> str:
    """The Document example of docs/formats.md: its one JSON block with a ``"text"`` field (the others
    show other files, such as outlet regions)."""
    blocks = re.findall(r"```json\n(.*?)```", FORMATS_DOC.read_text(encoding="utf-8"), re.DOTALL)
    documents = [block for block in blocks if '"text"' in block]
    assert len(documents) == 1, "docs/formats.md should hold exactly one Document JSON example"
    return documents[0]


def test_the_documented_example_validates_and_its_spans_point_at_their_text() -> None:
    doc = Document.model_validate_json(_formats_example())
    assert doc.events and doc.actors and doc.places and doc.times and doc.attributions and doc.captions
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text
    for expr in doc.times:
        assert expr.span.of(doc.text) == expr.text
    event = doc.events[0]
    assert event.trigger is not None and event.trigger.of(doc.text) == event.trigger_text
    spans = [
        *(s for a in doc.actors for s in a.mentions),
        *(s for p in doc.places for s in p.mentions),
        *(s for a in doc.attributions for s in a.evidence),
        *event.evidence,
    ]
    assert all(0 <= s.start < s.end <= len(doc.text) for s in spans)
    assert {m.producer for m in doc.mentions} <= set(doc.producers)


def test_the_documented_example_lists_every_document_field() -> None:
    documented = set(json.loads(_formats_example()))
    assert documented == set(Document.model_fields)
