"""The ``clean`` stage: raw bytes → body text, title, outlet, captions and removed lines.

Text is decoded (`cleaning.decode`), HTML goes through trafilatura first (`cleaning.html`),
then a line classifier (`cleaning.lines` + `cleaning.layout`) separates the title, the body
and the page furniture. Body lines are kept verbatim, so every later offset maps back to
the input. Declared metadata wins over anything found in the page.
"""

from __future__ import annotations

from typing import ClassVar

from dateline.config import CleanSettings
from dateline.model import Attribution, Caption, Document, Published, RawDocument, RemovedLine
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.cleaning.captions import BodyVocabulary, caption_mark
from dateline.stages.cleaning.decode import InputError, decode
from dateline.stages.cleaning.html import HtmlPage, extract_html
from dateline.stages.cleaning.layout import Layout, segment
from dateline.stages.cleaning.lines import split_lines
from dateline.stages.cleaning.outlet import (
    normalise_outlet,
    outlet_from_url,
    split_partners,
    split_site_suffix,
)
from dateline.stages.cleaning.published import parse_published

__all__ = ["Clean", "InputError"]


class Clean(BaseStage):
    name = "clean"
    version = "2"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = (
        "text",
        "title",
        "outlet",
        "url",
        "removed",
        "captions",
        "published_given",
        "relays",
        "encoding",
        "truncated_from",
    )

    def __init__(self, max_chars: int = 2_000_000) -> None:
        self.max_chars = max_chars

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        if raw is None:
            raise InputError("no raw input: the clean stage needs the document's bytes")
        if raw.error:
            raise InputError(raw.error)
        decoded = decode(raw.content)
        doc.encoding = None if decoded.encoding in ("utf-8", "utf-8-sig") else decoded.encoding
        page = extract_html(decoded.text, url=raw.url) if raw.kind == "html" else HtmlPage(text=decoded.text)
        page_title = split_site_suffix(page.title)[0] if page.title else None
        known = [o for o in (raw.outlet, page.sitename) if o]
        layout = segment(
            split_lines(page.text, marks=dict.fromkeys(page.standfirsts, "standfirst")),
            declared_title=raw.title or page_title,
            known_outlets=known,
            inline_captions=raw.kind != "html",
        )
        doc.text = self._limit(doc, layout.text)
        doc.title = raw.title or page_title or _title(layout, known)
        doc.outlet = raw.outlet or page.sitename or _outlet(layout, known)
        doc.url = raw.url or page.url or _http(raw.uri)
        doc.removed = [
            RemovedLine(line=line.number, text=line.text, reason=why) for line, why in layout.removed
        ]
        captions = [*(line.text for line in layout.captions), *page.figcaptions]
        vocabulary = BodyVocabulary(doc.text) if captions else None
        doc.captions = [_caption(text, vocabulary) for text in captions if vocabulary]
        doc.published_given = _published(raw, page)
        doc.relays = self._relays(layout, doc.outlet)
        return doc

    def _limit(self, doc: Document, text: str) -> str:
        """`text` cut at the last line break before ``max_chars`` (its length before: ``truncated_from``)."""
        doc.truncated_from = len(text) if len(text) > self.max_chars else None
        if doc.truncated_from is None:
            return text
        cut = text.rfind("\n", 0, self.max_chars)
        return text[: cut if cut > 0 else self.max_chars]

    def _relays(self, layout: Layout, outlet: str | None) -> list[Attribution]:
        """Document-level relays: "(Via X)" footers and wire partners ("Source: Y avec AFP").

        A relay that is the outlet itself ("Via The Courier newsroom" on The Courier) is not one.
        """
        names = [f.name for f in layout.footers if f.kind == "relay" and f.name]
        names += [
            p for f in layout.footers if f.kind == "outlet" and f.name and (p := split_partners(f.name)[1])
        ]
        return [
            Attribution(source=name, verb="via", relay=True, scope="document", producer=self.producer)
            for name in dict.fromkeys(names)
            if not _same_outlet(name, outlet)
        ]


def _title(layout: Layout, known: list[str]) -> str | None:
    if layout.title is None:
        return None
    return split_site_suffix(layout.title.text, known)[0]


def _outlet(layout: Layout, known: list[str]) -> str | None:
    """The outlet a "SOURCE: X" footer, the title's site suffix, a masthead or a copyright names."""
    footers = [f.name for f in layout.footers if f.kind == "outlet" and f.name]
    suffix = split_site_suffix(layout.title.text, known)[1] if layout.title is not None else None
    names = [*footers, suffix, *layout.site_names]
    return next((normalise_outlet(n) for n in names if n), None)


def _same_outlet(name: str, outlet: str | None) -> bool:
    """True when `name` is `outlet` or one of its desks ("Gulf Wire shipping desk" on Gulf Wire)."""
    own = (normalise_outlet(outlet) or "").casefold().split()
    return bool(own) and (normalise_outlet(name) or "").casefold().split()[: len(own)] == own


def _caption(text: str, vocabulary: BodyVocabulary) -> Caption:
    mark = caption_mark(text)
    credit = mark.credit if mark else None
    return Caption(text=text, credit=credit, related=vocabulary.related(text, credit))


def _published(raw: RawDocument, page: HtmlPage) -> Published:
    return parse_published(raw.published, "declared") or parse_published(page.date, "html") or Published()


def _http(uri: str | None) -> str | None:
    return uri if outlet_from_url(uri) else None


@registry.register("clean", settings=CleanSettings)
def make_clean(settings: CleanSettings, resources: Resources) -> Clean:
    return Clean(max_chars=settings.max_chars)
