"""Per-line features and furniture flags for scraped text.

Each line is looked at alone (length, words, final punctuation, widget vocabulary, credit
and footer patterns); `layout` then uses position to decide title, body and furniture.
Every regex runs on a bounded window of the line, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from dateline.stages.clean.captions import CaptionMark, caption_mark, leading_caption
from dateline.stages.clean.lexicon import alternation, alternatives, word_lists
from dateline.stages.clean.outlet import RIGHTS_RESERVED

#: Lines longer than this are never furniture (except for a caption credit at their end).
SHORT_LINE = 300
#: Lines with more words than this are never furniture either.
FURNITURE_MAX_WORDS = 30
MAX_FOOTER_CHARS = 160
#: A short call to action naming a newsletter or subscription ("Get our daily newsletter: sign up").
MAX_CALL_WORDS = 12
#: A line this long is prose even without final punctuation.
LONG_LINE = 200
#: A line of this many sentences is a paragraph, even when a photo credit or a copyright closes it (scraped
#: text that runs the story and the page's credit together); a caption is one or two sentences.
MIN_PARAGRAPH_SENTENCES = 3
_WINDOW = 160
MAX_BYLINE_WORDS = 10
#: A date line has at most this many words besides its numbers.
MAX_DATE_WORDS = 12
_I = re.IGNORECASE

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"^\d+(?:[h:./\-]\d+)*(?:h|er|st|nd|rd|th)?$")
_FINAL = re.compile(r"[.!?…;:][\s\"'”’»)\]*]*$")
_STOP = re.compile(r"\.[\s\"'”’»)\]]*$")
#: A sentence end inside a line: final punctuation, then space and a capital.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“«(]?[A-ZÀ-Ý]")

#: Comment forms: sentences and field labels of a "leave a comment" block.
COMMENT_FORM = (
    r"adresse (?:de )?(?:messagerie|e-?mail|mail|courriel|électronique) ne sera pas publiée",
    r"e-?mail (?:address )?will not be published",
    r"dirección de correo(?: electrónico)? no será publicada",
    r"e-?mail-adresse wird nicht veröffentlicht",
    r"indirizzo (?:e-?mail|di posta) non sarà pubblicato",
    r"required fields are marked",
    r"champs (?:obligatoires|requis) sont",
    r"campos obligatorios",
    r"erforderliche felder",
    r"campi obbligatori",
    r"(?:soyez|be) (?:le premier|la première|the first) (?:à|to) (?:commenter|comment|réagir|reply)",
    r"(?:laisser|laissez|poster|publier|ajouter|écrire|rédiger) un commentaire",
    r"(?:leave|post|add|write) a (?:comment|reply)",
    r"(?:deja|dejar|escribe) un comentario",
    r"schreibe(?:n sie)? einen kommentar",
    r"lascia(?:re)? un commento",
    r"comments are (?:closed|disabled)",
    r"(?:les )?commentaires (?:sont )?(?:fermés|clos|désactivés)",
    r"comentarios (?:están )?cerrados",
    r"kommentare (?:sind )?geschlossen",
    r"(?:connectez-vous|identifiez-vous|log in|sign in|inicia sesión|melden sie sich an) "
    r"(?:pour|to|para|um) (?:réagir|commenter|comment|reply|comentar|zu kommentieren)",
    r"enregistrer mon nom",
    r"save my name",
    r"notify me of",
    r"prévenez-moi",
    r"(?:you must|vous devez) (?:be logged in|être connecté)",
    r"^\d+\s+(?:comments?|commentaires?|comentarios?|kommentare?|commenti|réactions?)$",
    r"^(?:nom|name|nombre|e-?mail|courriel|site web|site internet|website|sitio web|webseite|"
    r"commentaire|comment|comentario|kommentar|commento)\s*\*?\s*:?$",
)

#: Footers that only point at the original ("Lien source", "Read the original article").
SOURCE_LINKS = (
    r"lien (?:vers (?:la |l'article )?)?(?:source|d'origine|original)",
    r"source link",
    r"article (?:d'origine|original|source|initial)",
    r"original (?:article|story|post)",
    r"(?:read|see|view) (?:the )?(?:original|full) (?:article|story|post)",
    r"(?:lire|voir) l'article (?:original|complet|d'origine)",
    r"(?:leer|ver) (?:el )?artículo original",
    r"originalartikel",
    r"articolo originale",
)

#: "This article was first published on X" and kin: X is relayed, not the outlet.
REPUBLISHED = (
    r"(?:this (?:article|story|post) (?:was )?)?(?:originally|first|initially) (?:published|appeared) "
    r"(?:on|in|at|by)\s+(?P<name>.+)",
    r"(?:cet article (?:a )?(?:été )?)?(?:publié|paru) (?:initialement|originellement|d'abord|à l'origine)"
    r" (?:sur|dans|par)\s+(?P<name>.+)",
    r"(?:republished|reproduced|reprinted) (?:with permission )?(?:from|of)\s+(?P<name>.+)",
    r"(?:republié|reproduit) (?:avec (?:l'aimable )?autorisation )?(?:de|du|depuis)\s+(?P<name>.+)",
)

_WORDS = word_lists()


def _phrase_table() -> dict[tuple[str, ...], str]:
    """Widget phrases as word tuples → the reason they give (the first class listed wins)."""
    table: dict[tuple[str, ...], str] = {}
    for reason, terms in _WORDS.widgets.items():
        for term in terms:
            table.setdefault(tuple(_WORD.findall(term)), reason)
    return table


_PHRASES = _phrase_table()
_LONGEST_PHRASE = max(map(len, _PHRASES))
_SUBSCRIBE = re.compile(alternation(_WORDS.widgets["subscription"]))
_REASON_ORDER = {reason: rank for rank, reason in enumerate(_WORDS.widgets)}
_RELATED_PREFIX = re.compile(r"^\W*" + alternation(_WORDS.related_prefixes) + r"\s*(?:[:：|»>\-–—]|$)")
_COMMENT_FORM = re.compile("|".join(f"(?:{p})" for p in COMMENT_FORM))
_COOKIE = re.compile(r"\bcookies?\b")
_CONSENT = re.compile(
    r"\b(?:(?:" + alternatives(_WORDS.consent_stems) + r")\w*|" + alternatives(_WORDS.consent) + r")\b"
)
#: A copyright notice: a rights phrase, or "©"/"Copyright" opening a line that has a year.
_COPYRIGHT = re.compile(RIGHTS_RESERVED + r"|^\W{0,3}(?:copyright|©)(?=.*\b\d{4}\b)")
_MENU_SEPARATOR = re.compile(r"\s+[|·•›»>/]\s+|\s*\t\s*| {2,}")
_BULLET = re.compile(r"^[\s•·▪◦●■□*+\-–—>›»]+")

_SOURCE = re.compile(
    r"^[(\[]?\s*"
    + alternation(_WORDS.source_labels)
    + r"\s*[:：]\s*(?P<name>[^()\[\]]{2,100}?)\s*[)\]]?\.?$",
    _I,
)
_RELAY = re.compile(
    r"^[(\[]?\s*" + alternation(_WORDS.relay_openers) + r"\s*:?\s+(?P<name>[^()\[\]]{2,80}?)[)\]]?\.?$", _I
)
_RELAY_BRACKETED = re.compile(
    r"^[(\[]\s*" + alternation(_WORDS.relay_bracketed) + r"\s+(?P<name>[^()\[\]]{2,80}?)\s*[)\]]\.?$", _I
)
_SOURCE_LINK = re.compile(r"^\W*(?:" + "|".join(SOURCE_LINKS) + r")\b\s*[:：]?\s*(?P<name>.*)$", _I)
_REPUBLISHED = [re.compile(r"^\W*" + pattern + r"$", _I) for pattern in REPUBLISHED]
_BYLINE = re.compile(r"^\W*" + alternation(_WORDS.byline_openers) + r"\s*:?\s+(?P<names>.+)$", _I)


T = TypeVar("T")


class lazy(Generic[T]):
    """`functools.cached_property` without its per-access lock (Python 3.11): lines are per-thread."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Footer:
    """What a source footer says: an outlet, a relayed source, or only a link to the original."""

    kind: str  # "outlet" | "relay" | "link"
    name: str | None


@dataclass
class Line:
    """One line of the decoded text with its features."""

    number: int  # 1-based line number in the decoded text
    raw: str
    #: A reason known from outside the line (the HTML said it is a standfirst, say).
    marked: str | None = None

    @lazy
    def text(self) -> str:
        return self.raw.strip()

    @lazy
    def folded(self) -> str:
        return self.text.casefold()

    @lazy
    def words(self) -> list[str]:
        return _WORD.findall(self.text[:SHORT_LINE])

    @lazy
    def size(self) -> int:
        """Number of white-space separated words (cheap; `words` is the tokenised form)."""
        return len(self.text.split())

    @property
    def blank(self) -> bool:
        return not self.text

    @lazy
    def brief(self) -> bool:
        """Short enough to be furniture (a widget, a form, a footer, a byline)."""
        return len(self.text) <= SHORT_LINE and self.size <= FURNITURE_MAX_WORDS

    @lazy
    def has_letters(self) -> bool:
        return bool(_LETTER.search(self.text))

    @lazy
    def ends_sentence(self) -> bool:
        return bool(_FINAL.search(self.text[-_WINDOW:]))

    @lazy
    def ends_with_period(self) -> bool:
        return bool(_STOP.search(self.text[-_WINDOW:])) and not self.text.endswith("...")

    @property
    def prose(self) -> bool:
        """A sentence (three words or more, final punctuation) or a long paragraph."""
        return len(self.text) >= LONG_LINE or (self.ends_sentence and self.size >= 3)

    @lazy
    def paragraph(self) -> bool:
        """A long line of several sentences: story text, whatever closes it."""
        return (
            len(self.text) > SHORT_LINE
            and len(_SENTENCE_END.findall(self.text)) >= MIN_PARAGRAPH_SENTENCES - 1
        )

    @lazy
    def caption(self) -> CaptionMark | None:
        """Set when this line is a photo caption (with its credit when it has one)."""
        return caption_mark(self.text)

    @lazy
    def footer(self) -> Footer | None:
        return source_footer(self.text) if self.brief else None

    @lazy
    def flag(self) -> str | None:
        """Why this line is furniture wherever it stands, or None."""
        if self.marked:
            return self.marked
        if not self.has_letters:
            return "date line" if any(ch.isdigit() for ch in self.text) else "no text"
        if self.brief and _COPYRIGHT.search(self.folded):
            return "copyright"
        if self.caption is not None and not self.paragraph:
            return "caption"
        return furniture_reason(self) if self.brief else None


def split_lines(text: str, marks: Mapping[str, str] | None = None) -> list[Line]:
    """The lines of `text`; a line whose white-space-folded text is a key of `marks` gets that reason."""
    lines = [Line(number=i, raw=raw) for i, raw in enumerate(text.split("\n"), start=1)]
    for line in lines if marks else ():
        line.marked = marks.get(" ".join(line.raw.split())) if marks else None
    return lines


def furniture_reason(line: Line) -> str | None:
    """Reason a short line is page furniture (widget, form, footer, menu, byline), or None."""
    folded = line.folded
    if _COMMENT_FORM.search(folded):
        return "comment form"
    if _COOKIE.search(folded) and _CONSENT.search(folded):
        return "cookie notice"
    if line.footer is not None:
        return "source footer"
    if _RELATED_PREFIX.match(folded):
        return "related links"
    widget = widget_reason(folded)
    if widget:
        return widget
    if len(line.words) <= MAX_CALL_WORDS and not line.ends_with_period and _SUBSCRIBE.search(folded):
        return "subscription"
    if is_menu(line.text):
        return "navigation"
    if is_byline(line.text):
        return "byline"
    if is_date_line(line):
        return "date line"
    return None


def labelled_aside(text: str) -> bool:
    """A sentence a label opens as no part of the story, left inside a paragraph: a reading suggestion
    ("Read also: …", « Lire aussi : … ») or a photo caption ("Photo: …", « Légende : … »)."""
    return bool(_RELATED_PREFIX.match(text.casefold())) or leading_caption(text)


def widget_reason(folded: str) -> str | None:
    """The widget class when the line is made only of widget phrases, filler, numbers and icons.

    Greedy longest-phrase cover of the line's words; stops at the first word that is neither.
    """
    words = _WORD.findall(folded.replace("’", "'"))
    reasons: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - i), 0, -1):
            reason = _PHRASES.get(tuple(words[i : i + size]))
            if reason is not None:
                reasons.append(reason)
                i += size
                break
        else:
            word = words[i]
            if word not in _WORDS.filler and not word.isdigit() and len(word) > 1:
                return None
            i += 1
    return min(reasons, key=_REASON_ORDER.__getitem__) if reasons else None


def is_menu(text: str) -> bool:
    """Three or more short capitalised labels between separators: "Home | World | Sport", "A   B   C"."""
    parts = _MENU_SEPARATOR.split(text)
    return len(parts) >= 3 and all(0 < len(_WORD.findall(p)) <= 4 and _capitalised(p) for p in parts)


def _capitalised(label: str) -> bool:
    first = next((ch for ch in label if ch.isalnum()), "")
    return first.isupper() or first.isdigit()


def is_byline(text: str) -> bool:
    """ "By Jane Roe", "Par Jean Dupont et Marie Durand, à Beyrouth", "By our Cairo bureau"."""
    match = _BYLINE.match(text)
    if match is None or text.rstrip().endswith("."):
        return False
    names = _WORD.findall(match["names"])
    if not names or len(names) > MAX_BYLINE_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in names)
    newsroom = any(w.casefold() in _WORDS.newsroom_words for w in names)
    return capitalised >= max(1, len(names) - 2) or (newsroom and len(names) <= MAX_BYLINE_WORDS // 2)


def is_date_line(line: Line) -> bool:
    """A line made of a date, a time and publication words only ("Published 3 May 2024, 10:00")."""
    numbers = [w for w in line.words if _NUMBER.match(w)]
    rest = [w.casefold().rstrip(".") for w in line.words if not _NUMBER.match(w)]
    return bool(numbers) and len(rest) <= MAX_DATE_WORDS and all(w in _WORDS.date_words for w in rest)


def source_footer(text: str) -> Footer | None:
    """A "SOURCE: X", "(Via X)", "This article first appeared on X" or "Lien source" line."""
    if len(text) > MAX_FOOTER_CHARS:
        return None
    bare = _BULLET.sub("", text).strip()
    if match := _SOURCE.match(bare):
        return Footer("outlet", _name(match))
    if (match := _RELAY.match(bare) or _RELAY_BRACKETED.match(bare)) and len(_WORD.findall(bare)) <= 8:
        return Footer("relay", _name(match))
    for pattern in _REPUBLISHED:
        if match := pattern.match(bare):
            return Footer("relay", _name(match))
    if match := _SOURCE_LINK.match(bare):
        return Footer("link", _name(match) or None)
    return None


def _name(match: re.Match[str]) -> str:
    return match["name"].strip(" .:()[]")
