"""The ``language`` stage: the body's language, with a 0–1 confidence.

A declared language wins. Otherwise py3langid (`Resources.identifier`) reads the body; text with too
few letters, or a low-confidence guess, is ``und`` (undetermined) with the confidence that was reached.

Modules: `identify` (the guess and declared codes), `stage` (the stage).
"""

from dateline.stages.language.identify import declared_code, identify
from dateline.stages.language.stage import LanguageStage, make_language

__all__ = ["LanguageStage", "declared_code", "identify", "make_language"]
