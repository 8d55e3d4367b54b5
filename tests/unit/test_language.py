"""The ``language`` stage: py3langid with normalised confidence, declared languages, ``und``."""

from __future__ import annotations

import functools

import pytest

from dateline.config import NoSettings
from dateline.model import Document, RawDocument
from dateline.pipeline import Pipeline
from dateline.resources import Resources
from dateline.stages.language import LanguageStage, declared_code, identify, make_language
from dateline.stages.language.identify import Identifier

FRENCH = (
    "Le conseil municipal a voté mardi soir la rénovation complète de la médiathèque, "
    "fermée depuis l'incendie de l'hiver dernier."
)
ENGLISH = "The city council voted on Tuesday evening to rebuild the library, closed since last winter's fire."


@functools.cache
def identifier() -> Identifier:
    """py3langid's identifier, as the pipeline's resources load it."""
    return Resources().identifier


class Unsure:
    """An identifier that always guesses French at 0.31."""

    def classify(self, text: str) -> tuple[str, float]:
        return "fr", 0.31


def run(text: str, declared: str | None = None) -> Document:
    doc = Document.from_raw(RawDocument(content=text.encode(), language=declared))
    doc.text = text
    return LanguageStage(identifier())(doc)


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (ENGLISH, "en")])
def test_body_language_with_a_probability(text: str, code: str) -> None:
    result = identify(text, identifier())
    assert result.code == code
    assert 0.9 <= result.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "OK", "12 345 678 — 9", "Oui."])
def test_too_few_letters_is_undetermined(text: str) -> None:
    result = identify(text, Unsure())
    assert (result.code, result.confidence) == ("und", 0.0)


def test_low_confidence_is_undetermined() -> None:
    result = identify(FRENCH, Unsure())
    assert (result.code, result.confidence) == ("und", 0.31)
    assert LanguageStage(Unsure())(Document(id="d", text=FRENCH)).language == result


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "fr"),
        ("FR-fr", "fr"),
        ("en_GB", "en"),
        ("English", "en"),
        ("fra", "fr"),
        ("deu", "de"),
        ("", None),
    ],
)
def test_declared_codes_are_normalised(value: str, code: str | None) -> None:
    assert declared_code(value) == code


def test_declared_language_wins() -> None:
    doc = run(ENGLISH, declared="fr-CA")
    assert (doc.language.code, doc.language.confidence) == ("fr", 1.0)


def test_stage_runs_after_clean_on_the_body_only() -> None:
    page = f"Accueil | Monde | Sport\n\nUn titre pour la page municipale\n\n{FRENCH}\n\nShare on Facebook\n"
    doc = Pipeline.from_config(["clean", "language"])(RawDocument(content=page.encode()))
    assert doc.language.code == "fr"


class Ranked:
    """An identifier whose guesses are fixed: `ranking` best first."""

    def __init__(self, *ranking: tuple[str, float]) -> None:
        self.ranking = list(ranking)

    def classify(self, text: str) -> tuple[str, float]:
        return self.ranking[0]

    def rank(self, text: str) -> list[tuple[str, float]]:
        return self.ranking


ANALYSED = frozenset({"fr", "en"})


def test_an_unanalysed_unsure_guess_gives_way_to_the_analysed_runner_up() -> None:
    assert identify(ENGLISH, Ranked(("pcm", 0.80), ("en", 0.18)), ANALYSED).code == "en"
    # without the analysed languages, or behind a sure guess or a far runner-up, the guess stands
    assert identify(ENGLISH, Ranked(("pcm", 0.80), ("en", 0.18))).code == "pcm"
    assert identify(ENGLISH, Ranked(("es", 0.95), ("en", 0.04)), ANALYSED).code == "es"
    assert identify(ENGLISH, Ranked(("es", 0.80), ("it", 0.15), ("en", 0.04)), ANALYSED).code == "es"


def test_an_unsure_analysed_guess_well_ahead_of_the_next_is_kept() -> None:
    assert identify(ENGLISH, Ranked(("en", 0.49), ("pcm", 0.24)), ANALYSED).code == "en"
    assert identify(ENGLISH, Ranked(("en", 0.35), ("da", 0.30)), ANALYSED).code == "und"


def test_short_incident_reports_dense_with_names_are_read_in_their_language() -> None:
    text = "On 12 September 2024, Israeli artillery shelled the outskirts of Khiam in southern Lebanon."
    assert identify(text, identifier()).code != "en"  # the identifier alone: Nigerian Pidgin
    assert identify(text, identifier(), ANALYSED).code == "en"
    stage = make_language(NoSettings(), Resources())
    assert stage(Document(id="d", text=text)).language.code == "en"
