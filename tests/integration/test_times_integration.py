"""Times and attributions on real spaCy parses of texts written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Document, Published
from dateline.pipeline import registry
from dateline.resources import Resources
from dateline.stages.analyse import Analyse
from dateline.stages.attributions import Attributions, cited_sources

pytestmark = pytest.mark.integration

FRENCH = (
    "Les ministres de l'Énergie du Maroc et du Sénégal se sont réunis ce mardi 9 mars à Dakar, "
    "selon l'agence de presse sénégalaise APS. Les deux pays avaient signé un premier accord en 2019.\n\n"
    "Le ministre sénégalais Moussa Diallo a déclaré que les travaux commenceraient dans les prochains jours. "
    "D'après le quotidien Le Matin, une délégation marocaine était arrivée la semaine dernière."
)
ENGLISH = (
    "Flooding forced thousands from their homes in northern Kenya on Tuesday, the broadcaster NTV reported, "
    "citing local official Grace Wanjiru.\n\n"
    "Earlier this month, the Kenya Red Cross said it had sent supplies to the region."
)


def analysed(text: str, language: str, published: Published | None = None) -> Document:
    doc = Document(id=language, text=text)
    doc.language.code = language
    if published is not None:
        doc.published_given = published
    Analyse(Resources.shared().models)(doc)
    registry.create("times")(doc)
    return Attributions()(doc)


def test_french_report_times_and_sources() -> None:
    doc = analysed(FRENCH, "fr")
    times = {t.text: t for t in doc.times}
    assert times["ce mardi 9 mars"].value == "2021-03-09"  # the weekday pins the year, after the 2019 mention
    assert times["dans les prochains jours"].relative_days == (1, 7)
    sources = cited_sources(doc)
    assert any("APS" in s for s in sources) and any("Matin" in s for s in sources)
    statement = next(a for a in doc.attributions if a.verb == "déclarer")
    assert statement.speaker == statement.source and "Diallo" in statement.source


def test_english_report_resolves_against_a_declared_date() -> None:
    doc = analysed(ENGLISH, "en", Published(value="2023-11-16", source="declared"))
    times = {t.text.lower(): t for t in doc.times}
    assert times["on tuesday"].value == "2023-11-14"
    assert (times["earlier this month"].start, times["earlier this month"].end) == (
        "2023-11-01",
        "2023-11-15",  # earlier: before the reference day
    )
    ntv = next(a for a in doc.attributions if a.source == "NTV")
    assert ntv.scope == "document" and ntv.speaker is not None and "Wanjiru" in ntv.speaker
