"""clean → language → analyse on scraped pages the project wrote: offsets stay valid end to end."""

from __future__ import annotations

import pytest

from dateline.model import RawDocument
from dateline.pipeline import Pipeline

pytestmark = pytest.mark.integration

FRENCH_PAGE = """\
ACTUALITÉS
Accueil › Région › Littoral

Port-Sainte-Claire : la préfecture interdit la baignade après une pollution aux hydrocarbures

Des agents nettoient la plage des Mouettes. (Photo d'archives)

La préfète du Morbihan a interdit mardi la baignade sur trois plages de Port-Sainte-Claire après le \
signalement d'une nappe d'hydrocarbures au large de la pointe du Goulet.
Selon la gendarmerie maritime, un cargo battant pavillon maltais aurait dégazé dans la nuit de \
dimanche à lundi.

Partager sur Facebook   Partager sur X   Imprimer
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
SOURCE: OUEST RIVAGES INFO
"""

ENGLISH_PAGE = """\
Business

Carmine Mills to close two textile plants in Lancashire

Workers leave the Carmine Mills plant in Darwen. Photo: North Lens

Carmine Mills said on Wednesday it would close its plants in Darwen and Nelson by March, cutting about \
400 jobs, after a fall in orders from European retailers.
The company's chief executive, Olivia Brandt, told staff the decision was painful but unavoidable.

Read more: Lancashire unemployment edges up
(Via Pennine Business Wire)
"""


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(["clean", "language", "analyse"])


@pytest.mark.parametrize(("page", "code"), [(FRENCH_PAGE, "fr"), (ENGLISH_PAGE, "en")])
def test_mentions_point_into_the_cleaned_body(pipeline: Pipeline, page: str, code: str) -> None:
    doc = pipeline(RawDocument(content=page.encode(), uri="page.txt"))
    assert not doc.errors, doc.errors
    assert doc.language.code == code
    assert doc.mentions, "the analyser found named entities in the body"
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text
    for removed in doc.removed:
        assert removed.text not in doc.text
    for line in doc.text.split("\n"):
        assert line in page


def test_french_page_metadata(pipeline: Pipeline) -> None:
    doc = pipeline(RawDocument(content=FRENCH_PAGE.encode()))
    assert doc.title and doc.title.startswith("Port-Sainte-Claire : la préfecture interdit")
    assert doc.outlet == "Ouest Rivages Info"
    assert [c.credit for c in doc.captions] == ["Photo d'archives"]
    assert not any(m.text == "Mouettes" for m in doc.mentions)  # the caption is not body


def test_english_page_relay_and_caption(pipeline: Pipeline) -> None:
    doc = pipeline(RawDocument(content=ENGLISH_PAGE.encode()))
    assert doc.title == "Carmine Mills to close two textile plants in Lancashire"
    assert doc.outlet is None
    assert [a.source for a in doc.relays] == ["Pennine Business Wire"]
    assert [(c.credit, c.related) for c in doc.captions] == [("North Lens", True)]
