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
#: A guess the pipeline cannot analyse gives way to the likeliest language it can analyse when the guess is
#: below this and that language comes second with at least `RUNNER_UP` ("On 12 September 2024, Israeli
#: artillery shelled the outskirts of Khiam…" reads as Nigerian Pidgin at 0.80, English 0.18: short reports
#: dense with transliterated names mislead the identifier)
SURE = 0.9
RUNNER_UP = 0.15
#: An analysed language under `MIN_CONFIDENCE` is kept when at least this and `LEAD` times the next guess.
UNSURE_FLOOR = 0.3
LEAD = 1.5
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


def identify(text: str, identifier: Identifier, analysed: frozenset[str] = frozenset()) -> Language:
    """Language code and confidence of `text` (``und`` when too short or unsure). With `analysed`, the
    languages the pipeline can analyse, an unsure guess is settled among them (`_settle`)."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return Language(code="und", confidence=0.0)
    code, confidence = identifier.classify(sample)
    confidence = round(float(confidence), 4)
    if analysed and (code not in analysed or confidence < MIN_CONFIDENCE) and confidence < SURE:
        settled = _settle(sample, identifier, analysed)
        if settled is not None:
            return settled
    return Language(code=code if confidence >= MIN_CONFIDENCE else "und", confidence=confidence)


def _settle(sample: str, identifier: Identifier, analysed: frozenset[str]) -> Language | None:
    """An analysed language for an unsure guess: the runner-up behind a language the pipeline cannot
    analyse (English behind Nigerian Pidgin), or an analysed first guess well ahead of the next one."""
    rank = getattr(identifier, "rank", None)
    if rank is None:
        return None
    ranked = [(str(c), float(p)) for c, p in rank(sample)[:2]]
    if len(ranked) < 2:
        return None
    (first, p_first), (second, p_second) = ranked
    if first not in analysed and second in analysed and p_second >= RUNNER_UP:
        return Language(code=second, confidence=round(p_second, 4))
    if first in analysed and p_first >= UNSURE_FLOOR and p_first >= LEAD * p_second:
        return Language(code=first, confidence=round(p_first, 4))
    return None


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
