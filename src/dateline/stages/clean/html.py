"""HTML → text and metadata with trafilatura, after removing active content.

Scripts, styles, frames, embedded objects and ``<noscript>`` are cut from the tree before
extraction, so their text can never reach the body. Parser failures and pages with no
extractable text become `InputError`s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Document as Extracted

from dateline.stages.clean.decode import InputError

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


#: Class or id words of a standfirst ("chapô", "dek", "standfirst", "lede", "intro").
_STANDFIRST = re.compile(
    r"(?:^|[\s_-])(?:chap[oô]|chapeau|dek|deck|standfirst|strapline|lede|lead|intro|summary|subtitle|subhead"
    r"|sous-titre|excerpt|teaser|kicker)(?:$|[\s_-])",
    re.I,
)
#: A standfirst is a paragraph, not a section.
MAX_STANDFIRST_CHARS = 600


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None
    figcaptions: tuple[str, ...] = ()
    standfirsts: tuple[str, ...] = ()


def extract_html(markup: str, url: str | None = None) -> HtmlPage:
    """The main text of `markup` and its title, site name, date and canonical URL."""
    try:
        tree = lxml.html.document_fromstring(markup)
        lxml.etree.strip_elements(tree, *ACTIVE_TAGS, with_tail=False)
        figcaptions = _texts(tree.iter("figcaption"))
        lxml.etree.strip_elements(tree, "figure", "figcaption", with_tail=False)
        standfirsts = _texts(e for e in tree.iter("p", "div", "h2", "h3", "span") if _is_standfirst(e))
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
        figcaptions=figcaptions,
        standfirsts=standfirsts,
    )


def _texts(elements: Iterable[lxml.html.HtmlElement]) -> tuple[str, ...]:
    """White-space-folded text of each element, empty ones left out."""
    texts = (" ".join(e.text_content().split()) for e in elements)
    return tuple(t for t in texts if t)


def _is_standfirst(element: lxml.html.HtmlElement) -> bool:
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_STANDFIRST.search(marks)) and len(element.text_content()) <= MAX_STANDFIRST_CHARS
