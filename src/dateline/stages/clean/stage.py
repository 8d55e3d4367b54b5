"""The ``clean`` stage and its registry factory."""

from __future__ import annotations

from typing import ClassVar

from dateline.config import CleanSettings
from dateline.model import Attribution, Document, RemovedLine
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.clean.captions import BodyVocabulary
from dateline.stages.clean.decode import InputError, decode
from dateline.stages.clean.html import HtmlPage, extract_html
from dateline.stages.clean.layout import Layout, segment
from dateline.stages.clean.lines import split_lines
from dateline.stages.clean.outlet import http_url, same_outlet, split_partners, split_site_suffix
from dateline.stages.clean.published import published_given


class Clean(BaseStage):
    name = "clean"
    version = "3"
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
        doc.title = raw.title or page_title or layout.headline(known)
        doc.outlet = raw.outlet or page.sitename or layout.outlet(known)
        doc.url = raw.url or page.url or http_url(raw.uri)
        doc.removed = [
            RemovedLine(line=line.number, text=line.text, reason=why) for line, why in layout.removed
        ]
        captions = [*(line.text for line in layout.captions), *page.figcaptions]
        vocabulary = BodyVocabulary(doc.text) if captions else None
        doc.captions = [vocabulary.caption(text) for text in captions if vocabulary]
        doc.published_given = published_given(raw.published, page.date)
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
            if not same_outlet(name, outlet)
        ]


@registry.register("clean", settings=CleanSettings)
def make_clean(settings: CleanSettings, resources: Resources) -> Clean:
    return Clean(max_chars=settings.max_chars)
