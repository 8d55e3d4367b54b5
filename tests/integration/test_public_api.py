"""`dateline.read` end to end with the real models, on two short reports written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.model import Event, Span
from dateline.pipeline import DEFAULT_STAGES

pytestmark = pytest.mark.integration

FRENCH_TITLE = "Le Sénégal et la Mauritanie signent un accord sur la pêche"
FRENCH = f"""Accueil | International | Afrique | Économie

{FRENCH_TITLE}

Le ministre sénégalais de la Pêche a reçu mardi à Dakar son homologue mauritanien pour signer un \
accord qui encadre l'accès des pirogues aux eaux des deux pays, selon un communiqué du gouvernement.

Les deux ministres se sont engagés à se retrouver à Nouakchott avant la fin de l'année pour faire \
le point sur son application.

Partager cet article
"""

ENGLISH_TITLE = "Floods force thousands from their homes in northern Kenya"
ENGLISH = f"""{ENGLISH_TITLE}

Heavy rain has driven more than three thousand families from their homes in Marsabit county since \
Sunday, the Kenya Red Cross said on Wednesday.

Aid workers said roads to several villages remained cut and that food deliveries would resume once \
the water receded.
"""


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> dateline.Document:
    path = tmp_path_factory.mktemp("reports") / "peche.txt"
    path.write_text(FRENCH, encoding="utf-8")
    return dateline.read(path)


@pytest.fixture(scope="module")
def english() -> dateline.Document:
    return dateline.read(ENGLISH)


def _spans(doc: dateline.Document) -> list[Span]:
    return [
        *(Span(start=m.start, end=m.end) for m in doc.mentions),
        *(s for a in doc.actors for s in a.mentions),
        *(s for p in doc.places for s in p.mentions),
        *(t.span for t in doc.times),
        *(s for a in doc.attributions for s in a.evidence),
        *(s for e in doc.events for s in e.evidence),
    ]


def test_a_french_report_read_from_a_path(french: dateline.Document) -> None:
    assert french.errors == []
    assert french.uri is not None and french.uri.endswith("peche.txt")
    assert french.language.code == "fr" and french.language.confidence > 0.9
    assert french.title == FRENCH_TITLE
    assert french.text.startswith("Le ministre sénégalais de la Pêche a reçu mardi à Dakar")
    assert "Accueil" not in french.text and "Partager" not in french.text and FRENCH_TITLE not in french.text
    assert {r.reason for r in french.removed} >= {"title"}
    assert "Dakar" in {m.text for m in french.mentions}


def test_an_english_report_read_from_its_text(english: dateline.Document) -> None:
    assert english.errors == []
    assert english.uri is None
    assert english.language.code == "en" and english.language.confidence > 0.9
    assert english.title == ENGLISH_TITLE
    assert english.text.startswith("Heavy rain has driven") and english.text.endswith("the water receded.")
    assert "Marsabit" in {m.text for m in english.mentions}


@pytest.mark.parametrize("name", ["french", "english"])
def test_every_stage_ran_and_every_span_points_into_the_text(
    name: str, request: pytest.FixtureRequest
) -> None:
    doc: dateline.Document = request.getfixturevalue(name)
    assert [p.split("@")[0] for p in doc.producers] == list(DEFAULT_STAGES)
    assert doc.analysis is None  # the runtime spaCy Doc is not kept once the pipeline is done
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text
    assert all(0 <= s.start <= s.end <= len(doc.text) for s in _spans(doc))
    assert isinstance(doc.events, list)
    for event in doc.events:
        assert Event.model_validate(event.model_dump()) == event


@pytest.mark.parametrize("name", ["french", "english"])
def test_the_result_round_trips_through_json(name: str, request: pytest.FixtureRequest) -> None:
    doc: dateline.Document = request.getfixturevalue(name)
    back = dateline.Document.from_json(doc.to_json())
    assert back.model_dump() == doc.model_dump() and back.to_json() == doc.to_json()


def test_read_with_a_custom_pipeline_and_a_path_given_as_a_string(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    pipe = dateline.Pipeline.from_config(["clean", "language", "analyse"])
    doc = dateline.read(str(path), pipeline=pipe)
    assert doc.producers == ["clean@3", "language@3", "analyse@2"]
    assert (doc.title, doc.language.code, doc.uri) == (ENGLISH_TITLE, "en", str(path))
    assert doc.mentions and not doc.actors and not doc.events
    assert doc.id == dateline.read(ENGLISH, pipeline=pipe).id  # same bytes, same id, wherever they come from


def test_read_reports_a_bad_input_as_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 64)
    doc = dateline.read(path, pipeline=dateline.Pipeline.from_config(["clean", "language"]))
    assert doc.failed and doc.errors[0].stage == "clean" and doc.producers == []
