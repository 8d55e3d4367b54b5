"""Photo captions: spotting them by their credit or marker, and telling stray ones from the story's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.model import Caption
from dateline.stages.clean.lexicon import alternation, word_lists

_WORDS = word_lists()
_I = re.IGNORECASE
_PHOTO = alternation(_WORDS.photo_words)
_AGENCY = alternation(_WORDS.photo_agencies)
#: Credits sit at the end of a line: only this many characters are searched.
_BRACKET_WINDOW, _CREDIT_WINDOW = 160, 80
#: "(AFP photo)", "(Photo d'archives)", "[Photo: BICOM]", "(Crédit : X)" closing a line.
_BRACKET_CREDIT = re.compile(
    r"[(\[](?P<credit>[^()\[\]]{0,80}?" + _PHOTO + r"[^()\[\]]{0,80})[)\]][\s.]*$", _I
)
#: "©Agency", "© Name" near the end.
_COPY_SIGN = re.compile(r"©\s*(?P<credit>[^©]{1,80}?)[\s.]*$")
#: "… / AFP", "… Photo AFP", "Name/Reuters" closing a line.
_AGENCY_CREDIT = re.compile(
    r"(?:/\s*|\b(?:photo|foto|image|crédit|credit)\s*:?\s*)(?P<credit>"
    + _AGENCY
    + r"(?:\s*/\s*[\w .'-]{1,40})?)[\s.)]*$",
    _I,
)
#: "… Getty Images", "… Shutterstock" closing a line.
_STOCK_CREDIT = re.compile(r"\b(?P<credit>getty images|shutterstock|alamy|istock)[\s.)]*$", _I)
#: "… Photo: WFP", "… Photo by Jane Roe" closing a line (credit capitalised).
_TRAILING_CREDIT = re.compile(
    r"\b(?i:photos?|fotos?|crédits?|credits?|image|bild)\s*(?::|(?i:by|de|par|von|di))\s*"
    r"(?P<credit>[^\W\d_][^.:()\[\]]{1,60}?)[\s.]*$"
)
#: "Photo: X", "Crédit photo : X", "Caption: …", "Sur la photo : …" opening a line.
_LEADING = re.compile(
    r"^\W*(?:"
    + alternation(_WORDS.caption_markers)
    + r"|"
    + _PHOTO
    + r"(?:\s+\w+){0,2})\s*[:：]\s*(?P<rest>.+)$",
    _I,
)
_MARKER = re.compile(r"^\W*" + alternation(_WORDS.caption_markers), _I)


def leading_caption(text: str) -> bool:
    """`text` opens with a caption label ("Photo : …", "Caption: …", « Sur la photo : … »)."""
    return _LEADING.match(text) is not None


_EDGE_PHOTO_WORD = re.compile(r"^(?:photos?|fotos?)\s+|\s+(?:photos?|fotos?)$", _I)
#: Cheap substring test before the end-of-line credit patterns run (every one needs one of these).
_CREDIT_HINTS = (
    "/",
    "photo",
    "foto",
    "image",
    "crédit",
    "credit",
    "bild",
    "getty",
    "shutterstock",
    "alamy",
    "istock",
)
#: A leading "Photo: X" is a credit when X is this short; longer, X describes the picture.
MAX_CREDIT_WORDS = 5
#: Lines longer than this are not looked at for a leading marker.
MAX_CAPTION_CHARS = 300

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
#: Share of a caption's content words found in the body above which it is related.
MIN_WORD_OVERLAP = 0.3
MIN_NAME_LENGTH = 4
MIN_CONTENT_LENGTH = 5


@dataclass(frozen=True)
class CaptionMark:
    """A line is a caption; `credit` is who took or owns the picture, when it says."""

    credit: str | None = None


def caption_mark(text: str) -> CaptionMark | None:
    """The caption mark of `text`: a credit ("(AFP photo)", "©X", "/ Reuters") or a marker ("Caption:")."""
    tail, end = text[-_BRACKET_WINDOW:], text[-_CREDIT_WINDOW:]
    folded_end = end.casefold()
    match = (
        (_BRACKET_CREDIT.search(tail) if tail.rstrip(" .")[-1:] in (")", "]") else None)
        or (_COPY_SIGN.search(tail) if "©" in tail else None)
        or (_credit_at_end(end) if any(hint in folded_end for hint in _CREDIT_HINTS) else None)
    )
    if match is not None:
        return CaptionMark(_clean_credit(match["credit"]))
    if len(text) > MAX_CAPTION_CHARS or (match := _LEADING.match(text)) is None:
        return None
    rest = match["rest"].strip()
    if _MARKER.match(text) or len(rest.split()) > MAX_CREDIT_WORDS:
        return CaptionMark(None)
    return CaptionMark(_clean_credit(rest))


def _credit_at_end(end: str) -> re.Match[str] | None:
    return _AGENCY_CREDIT.search(end) or _STOCK_CREDIT.search(end) or _TRAILING_CREDIT.search(end)


def _clean_credit(credit: str) -> str | None:
    """ "Photo: BICOM" → "BICOM"; "AFP photo" → "AFP"; "Photo d'archives" stays."""
    credit = credit.rsplit(":", 1)[-1].strip(" .:")
    bare = _EDGE_PHOTO_WORD.sub("", credit).strip()
    if bare and bare[0].isupper():
        credit = bare
    return credit or None


class BodyVocabulary:
    """The words of the body, built once, to test captions against."""

    def __init__(self, body: str) -> None:
        words = _WORD.findall(body)
        self.names = {w for w in words if w[0].isupper()}
        self.folded = {w.casefold() for w in words}

    def caption(self, text: str) -> Caption:
        """The caption `text` with its credit, related when it is about the body."""
        mark = caption_mark(text)
        credit = mark.credit if mark else None
        return Caption(text=text, credit=credit, related=self.related(text, credit))

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
            if w[0].isupper() and len(w) >= MIN_NAME_LENGTH and w.casefold() not in _WORDS.date_words
        }
        if names & self.names:
            return True
        content = {w.casefold() for w in words if len(w) >= MIN_CONTENT_LENGTH}
        if not content:
            return not names
        return len(content & self.folded) / len(content) >= MIN_WORD_OVERLAP
