"""The ``language`` stage: py3langid on the body, with a 0–1 confidence.

A declared language wins. Text with too few letters, or a low-confidence guess, is
``und`` (undetermined) with the confidence that was reached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from dateline.config import NoSettings
from dateline.model import Document, Language
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources

#: Fewer letters than this: no guess.
MIN_LETTERS = 20
#: Guesses below this normalised probability are reported as ``und``.
MIN_CONFIDENCE = 0.5
#: Only the start of very long bodies is read: it decides as well as the whole.
SAMPLE_CHARS = 20_000
_CODE = re.compile(r"^(?P<code>[a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.I)


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """The py3langid model with normalised probabilities, loaded once per process."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` letters (it stops reading once it has seen them)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def identify(text: str) -> Language:
    """Language code and confidence of `text` (``und`` when too short or unsure)."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return Language(code="und", confidence=0.0)
    code, confidence = identifier().classify(sample)
    confidence = round(float(confidence), 4)
    return Language(code=code if confidence >= MIN_CONFIDENCE else "und", confidence=confidence)


def declared_code(value: str | None) -> str | None:
    """ISO 639-1 code (else 639-3) for a declared language: ``fr``, ``fr-FR``, ``French``, ``fra``."""
    if not value or not value.strip():
        return None
    value = value.strip()
    match = _CODE.match(value)
    if match:
        code = match["code"].lower()
        found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    else:
        try:
            found = pycountry.languages.lookup(value)
        except LookupError:
            return None
    if found is None:
        return code
    return getattr(found, "alpha_2", None) or found.alpha_3


class LanguageStage(BaseStage):
    name = "language"
    version = "2"
    requires: ClassVar[tuple[str, ...]] = ("raw", "text")
    assigns: ClassVar[tuple[str, ...]] = ("language",)

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        code = declared_code(raw.language) if raw is not None else None
        doc.language = Language(code=code, confidence=1.0) if code else identify(doc.text)
        return doc


@registry.register("language")
def make_language(settings: NoSettings, resources: Resources) -> LanguageStage:
    return LanguageStage()
