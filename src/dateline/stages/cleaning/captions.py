"""Photo captions: is a caption about the story, or a stray one from another page?"""

from __future__ import annotations

import re

from dateline.stages.cleaning import lexicon as lx

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
#: Share of a caption's content words found in the body above which it is related.
MIN_WORD_OVERLAP = 0.3
MIN_NAME_LENGTH = 4
MIN_CONTENT_LENGTH = 5


class BodyVocabulary:
    """The words of the body, built once, to test captions against."""

    def __init__(self, body: str) -> None:
        words = _WORD.findall(body)
        self.names = {w for w in words if w[0].isupper()}
        self.folded = {w.casefold() for w in words}

    def related(self, caption: str, credit: str | None) -> bool:
        """True when the caption names something the body names, or shares enough of its words.

        A caption with nothing to compare (no names, no content words) counts as related.
        """
        if credit:
            caption = caption.replace(credit, " ")
        words = _WORD.findall(caption)
        names = {
            w
            for w in words
            if w[0].isupper() and len(w) >= MIN_NAME_LENGTH and w.casefold() not in lx.DATE_WORDS
        }
        if names & self.names:
            return True
        content = {w.casefold() for w in words if len(w) >= MIN_CONTENT_LENGTH}
        if not content:
            return not names
        return len(content & self.folded) / len(content) >= MIN_WORD_OVERLAP
