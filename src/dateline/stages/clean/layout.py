"""Where the title and the body are: position on top of the per-line flags.

Reading order of a scraped page: navigation and widgets, the title, captions or a standfirst,
the body (from the first real paragraph to the last sentence), then footers, comment forms
and widgets. Kept body lines are copied verbatim (edge white space trimmed); a gap of blank
or removed lines becomes one blank line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.eval.common import fold
from dateline.stages.clean.lines import LONG_LINE, Footer, Line
from dateline.stages.clean.outlet import copyright_holder, masthead_name, normalise_outlet, split_site_suffix

#: The title is looked for among the first lines only.
TITLE_WINDOW = 20
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30
#: The first body paragraph has at least this many words (a short sentence may end the body).
MIN_LEAD_WORDS = 6
#: An unflagged line between title and body with this many words is a caption, else a label.
MIN_CAPTION_WORDS = 4
#: A headline opens with a letter, a digit or one of these (never a bullet).
_OPENERS = "«“‘\"'¿¡("


@dataclass
class Layout:
    """The title line, the kept body lines, and every other line with why it went."""

    title: Line | None = None
    body: list[Line] = field(default_factory=list)
    removed: list[tuple[Line, str]] = field(default_factory=list)
    captions: list[Line] = field(default_factory=list)
    footers: list[Footer] = field(default_factory=list)
    #: Publisher names seen on the page: masthead lines and copyright holders.
    site_names: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Body lines joined by ``\\n``, with one blank line wherever lines were skipped."""
        parts: list[str] = []
        previous: int | None = None
        for line in self.body:
            if previous is not None:
                parts.append("\n" if line.number == previous + 1 else "\n\n")
            parts.append(line.text)
            previous = line.number
        return "".join(parts)

    def headline(self, known: list[str]) -> str | None:
        """The title line without a site suffix ("… | The Courier")."""
        return split_site_suffix(self.title.text, known)[0] if self.title is not None else None

    def outlet(self, known: list[str]) -> str | None:
        """The outlet a "SOURCE: X" footer, the title's site suffix, a masthead or a copyright names."""
        footers = [f.name for f in self.footers if f.kind == "outlet" and f.name]
        suffix = split_site_suffix(self.title.text, known)[1] if self.title is not None else None
        names = [*footers, suffix, *self.site_names]
        return next((normalise_outlet(n) for n in names if n), None)


def segment(
    lines: list[Line],
    declared_title: str | None = None,
    known_outlets: Iterable[str] = (),
    inline_captions: bool = True,
) -> Layout:
    """Split `lines` into title, body and removed lines.

    With `inline_captions` (scraped text), descriptive lines between title and body are
    captions; without (HTML, whose figures are already gone), they are a standfirst.
    """
    content = [line for line in lines if not line.blank]
    layout = Layout(footers=[line.footer for line in content if line.footer is not None])
    known = [*known_outlets, *(f.name for f in layout.footers if f.kind == "outlet" and f.name)]
    prose = [i for i, line in enumerate(content) if line.flag is None and line.prose]
    title_at = _find_title(content, declared_title, known, prose[-1] if prose else -1)
    start = title_at + 1 if title_at is not None else 0
    lead = next((i for i in prose if i >= start and content[i].size >= MIN_LEAD_WORDS), None)
    if lead is None:
        lead = next((i for i in prose if i >= start), None)
    if lead is None:  # no paragraph at all: keep every unflagged line after the title
        kept = [i for i in range(start, len(content)) if content[i].flag is None]
        if not kept and title_at is not None and declared_title is None:
            kept, title_at = [title_at], None
        lead, end = (kept[0], kept[-1]) if kept else (len(content), len(content) - 1)
    else:
        end = prose[-1]
    if title_at is not None:
        layout.title = content[title_at]
    mastheads = {
        i: name
        for i in range(min(lead, title_at if title_at is not None else lead))
        if content[i].flag is None and (name := masthead_name(content[i].text, known, top=i == 0))
    }
    holders = (copyright_holder(line.text) for line in content if line.flag == "copyright")
    layout.site_names = [*mastheads.values(), *(name for name in holders if name)]
    for i, line in enumerate(content):
        reason = "site name" if i in mastheads else _reason(line, i, title_at, lead, end)
        if reason == "caption" and line.flag is None and not inline_captions:
            reason = "standfirst"
        if reason is None:
            layout.body.append(line)
            continue
        layout.removed.append((line, reason))
        if reason == "caption":
            layout.captions.append(line)
    return layout


def _reason(line: Line, i: int, title_at: int | None, lead: int, end: int) -> str | None:
    if i == title_at:
        return "title"
    if line.flag is not None:
        return line.flag
    if i < lead:
        if title_at is None or i < title_at or line.size < MIN_CAPTION_WORDS:
            return "navigation"
        return "caption"
    if i > end:
        return "after body"
    return None


def _find_title(content: list[Line], declared: str | None, known: list[str], last_prose: int) -> int | None:
    """Index of the title line: the declared title's line, else the first headline-like line.

    (A declared title worded differently from the page's headline still lets the headline go.)

    Site furniture loses to any other headline: a masthead ("The Evening Courier") and the
    tagline right under it ("News from the valley since 1901").
    """
    window = content[:TITLE_WINDOW]
    if declared:
        target = fold(declared).casefold()
        for i, line in enumerate(window):
            headline = split_site_suffix(line.text, known)[0]
            if target in (fold(headline).casefold(), fold(line.text).casefold()):
                return i
    candidates: list[int] = []
    for i, line in enumerate(window):
        if i >= last_prose:
            break
        if line.flag is not None:
            continue
        if line.ends_with_period or len(line.text) >= LONG_LINE:
            break
        if is_headline(split_site_suffix(line.text, known)[0]):
            candidates.append(i)

    def site(i: int) -> bool:
        return i >= 0 and masthead_name(content[i].text, known, top=i == 0) is not None

    not_site = [i for i in candidates if not site(i)]
    not_tagline = [i for i in not_site if not site(i - 1)]
    return next(iter(not_tagline or not_site or candidates), None)


def is_headline(text: str) -> bool:
    """Headline shape: 3 to 30 words, no bullet, not lower-case initial, no final period."""
    words = text.split()
    first = next((ch for ch in text if ch.isalnum()), "")
    return (
        MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS
        and (text[:1].isalnum() or text[:1] in _OPENERS)
        and not first.islower()
        and not text.endswith(".")
    )
