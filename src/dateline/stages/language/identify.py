"""The body's language from a language identifier, and declared languages as ISO 639 codes."""

from __future__ import annotations

import re
from typing import Protocol

import pycountry

from dateline.model import Language

#: Fewer letters than this: no guess.
MIN_LETTERS = 20
#: Guesses below this normalised probability are reported as ``und``.
MIN_CONFIDENCE = 0.5
#: Only the start of very long bodies is read: it decides as well as the whole.
SAMPLE_CHARS = 20_000
_CODE = re.compile(r"^(?P<code>[a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.I)


class Identifier(Protocol):
    """What `identify` needs of a language identifier (py3langid's, `Resources.identifier`)."""

    def classify(self, text: str) -> tuple[str, float]:
        """The likeliest language code of `text` and its normalised probability."""
        ...


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` letters (it stops reading once it has seen them)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def identify(text: str, identifier: Identifier) -> Language:
    """Language code and confidence of `text` (``und`` when too short or unsure)."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return Language(code="und", confidence=0.0)
    code, confidence = identifier.classify(sample)
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
