"""The events stage on short reports the project wrote, through the full pipeline with real models."""

import pytest

from dateline.model import RawDocument
from dateline.pipeline import Pipeline

pytestmark = pytest.mark.integration

FRENCH = (
    "Paris, 3 mars 2021 — Le président français Emmanuel Macron a rencontré mardi à Paris son homologue "
    "sénégalais Macky Sall.\n\nL'armée russe a mené des frappes aériennes contre les positions des rebelles "
    "syriens près d'Idleb.\n\nLe Maroc a condamné l'Algérie pour ses déclarations. Le gouvernement turc n'a "
    "pas retiré ses troupes de Libye."
)
ENGLISH = (
    "Berlin, March 3, 2021 - German Chancellor Angela Merkel met Chinese Premier Li Keqiang in Beijing on "
    "Monday.\n\nIsraeli jets carried out airstrikes on Hamas positions in Gaza on Tuesday.\n\nIran will send "
    "humanitarian aid to Lebanon next week, the ministry said."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config()


def coded(pipeline: Pipeline, text: str, language: str) -> dict[str, tuple]:
    doc = pipeline(RawDocument(content=text.encode(), language=language, published="2021-03-03"))
    assert not doc.errors
    for event in doc.events:
        assert event.id.startswith(doc.id) and event.trigger is not None and event.evidence
        assert 0 < event.confidence < 1
    return {
        e.trigger_text or "": (
            e.type,
            e.auxiliary,
            {a.country for a in e.actors},
            {r.country for r in e.recipients},
        )
        for e in doc.events
    }


def test_french_report(pipeline: Pipeline) -> None:
    events = coded(pipeline, FRENCH, "fr")
    assert events["rencontré"] == ("CONSULT", None, {"FRA"}, {"SEN"})
    assert events["frappes"][0] == "ASSAULT" and events["frappes"][2] == {"RUS"}
    assert events["condamné"] == ("ACCUSE", None, {"MAR"}, {"DZA"})
    assert events["retiré"][:3] == ("RETREAT", "negated", {"TUR"})


def test_english_report(pipeline: Pipeline) -> None:
    events = coded(pipeline, ENGLISH, "en")
    assert events["met"] == ("CONSULT", None, {"DEU"}, {"CHN"})
    assert events["airstrikes"][0] == "ASSAULT" and events["airstrikes"][2] == {"ISR"}
    assert events["send"][:3] == ("AGREE", "future", {"IRN"})
