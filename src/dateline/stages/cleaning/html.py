"""HTML → text and metadata with trafilatura, after removing active content.

Scripts, styles, frames, embedded objects and ``<noscript>`` are cut from the tree before
extraction, so their text can never reach the body. Parser failures and pages with no
extractable text become `InputError`s.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Document as Extracted

from dateline.stages.cleaning.decode import InputError

ACTIVE_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "template",
    "svg",
)


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None
    figcaptions: tuple[str, ...] = ()


def extract_html(markup: str, url: str | None = None) -> HtmlPage:
    """The main text of `markup` and its title, site name, date and canonical URL."""
    try:
        tree = lxml.html.document_fromstring(markup)
        lxml.etree.strip_elements(tree, *ACTIVE_TAGS, with_tail=False)
        figcaptions = tuple(" ".join(f.text_content().split()) for f in tree.iter("figcaption"))
        lxml.etree.strip_elements(tree, "figure", "figcaption", with_tail=False)
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (lxml.etree.LxmlError, ValueError, RecursionError) as exc:
        raise InputError(f"HTML could not be parsed: {exc}") from exc
    if not isinstance(result, Extracted) or not result.text or not result.text.strip():
        raise InputError("no text could be extracted from the HTML")
    return HtmlPage(
        text=result.text,
        title=result.title or None,
        sitename=result.sitename or None,
        date=result.date or None,
        url=result.url or None,
        figcaptions=tuple(c for c in figcaptions if c),
    )
