"""Page furniture an outlet repeats: text that several pages of one outlet share.

Menus, bylines, newsletter and paywall notices, "read more" lists, cookie notes: an outlet prints the same
text on many of its pages, whatever the story. Left in, it makes two pages of one outlet look alike (shared
rare words, close embeddings) and links reports of different stories. A run of `RUN_WORDS` words is
furniture when at least `MIN_PAGES` pages of one outlet hold it (words compared case-folded, so a notice
run into a headline with no full stop is still found); two outlets printing one wire story are not
compared with each other. The outlet is the one the page names, else the host of its address; pages with
neither are compared with each other (`NO_OUTLET`). A page that opens on shared text
and would keep less than `MIN_KEPT_SHARE` of its characters is left whole: it is another copy of a page of
the same outlet (an update, a republication), not a story wrapped in furniture; a page that opens on its
own words (a headline over a paywall notice) keeps the headline and loses the notice.

A series or column label shorter than a run (a heading opening on "Photo of the day:", "Live updates –",
"Opinion |") is furniture too when at least `MIN_PAGES` pages of one named outlet (or host) open their heading
(the title, else the text) on it: the views read the heading after it. Pages naming no outlet and no address
are not compared for labels: raw dumps mix many sites, and two reports of one story often open on one topic
label ("Rose Parade 2020: …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dateline.model import Document

#: Pages of one outlet that must hold a run of words for it to be furniture.
MIN_PAGES = 2
#: Runs of this many words (case-folded) are compared: long enough that prose rarely repeats one by chance.
RUN_WORDS = 8
#: A page that opens on shared text and would keep less than this share of its text is a copy of another page.
MIN_KEPT_SHARE = 0.25
#: Pages of one outlet remembered (the most recent), bounding the work and memory per outlet.
MAX_PAGES = 64

#: A heading's series label has at most this many words before its separator.
MAX_LABEL_WORDS = 5
#: What ends a label: a colon, or a dash or bar between spaces.
_LABEL_END = re.compile(r"\s*(?::(?=\s)|\s[-\u2013\u2014|]\s)\s*")

_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")


#: The group of the pages whose outlet is unknown (raw text with no outlet or address): compared together.
NO_OUTLET = ""


def outlet_key(doc: Document) -> str:
    """The outlet whose pages a document is compared with: its name case-folded, else the host of its
    address, else `NO_OUTLET`."""
    if doc.outlet and doc.outlet.strip():
        return doc.outlet.strip().casefold()
    host = urlsplit(doc.url).hostname if doc.url else None
    return f"//{host.removeprefix('www.')}" if host else NO_OUTLET


def series_label(heading: str) -> tuple[str, str] | None:
    """``(label, rest)`` when `heading` opens on a short label and a separator ("Photo of the day: fog over
    the marina" → ``("photo of the day", "fog over the marina")``), the label case-folded; else None."""
    heading = heading.strip()
    end = _LABEL_END.search(heading)
    if end is None:
        return None
    words, rest = heading[: end.start()].split(), heading[end.end() :]
    if not 1 <= len(words) <= MAX_LABEL_WORDS or not rest:
        return None
    return " ".join(words).casefold(), rest


@dataclass(frozen=True)
class Page:
    """What the clustering views read of a document: its title and text without the outlet's furniture."""

    title: str
    text: str


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def word_runs(words: Sequence[re.Match[str]]) -> list[int]:
    """A hash of every run of `RUN_WORDS` consecutive words (case-folded), by its first word."""
    folded = [w.group(0).casefold() for w in words]
    return [hash(tuple(folded[i : i + RUN_WORDS])) for i in range(len(folded) - RUN_WORDS + 1)]


@dataclass
class FurnitureIndex:
    """The runs of words of the most recent pages of each outlet."""

    pages: dict[str, dict[str, frozenset[int]]] = field(default_factory=dict)  # outlet → page id → runs
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # outlet → page id → its heading's label

    def add(self, doc: Document) -> None:
        self.add_page(outlet_key(doc), doc.id, doc.text, doc.title)

    def add_page(self, key: str, page_id: str, text: str, title: str | None = None) -> None:
        """Remember a page of the outlet `key` (case-folded), as its most recent."""
        pages = self.pages.setdefault(key, {})
        labels = self.labels.setdefault(key, {})
        pages.pop(page_id, None)
        labels.pop(page_id, None)
        pages[page_id] = frozenset(word_runs(_words(text)))
        label = series_label(title or text) if key != NO_OUTLET else None
        if label is not None:
            labels[page_id] = label[0]
        while len(pages) > MAX_PAGES:
            oldest = next(iter(pages))
            del pages[oldest]
            labels.pop(oldest, None)

    def page_without_furniture(self, doc: Document) -> Page:
        """The document's title and text as the views read them: the text without the runs of words its
        outlet's pages share (`text_without_furniture`), and the heading (the title, else the text) without
        a series label that `MIN_PAGES` pages of the outlet open on."""
        title, text = doc.title or "", self.text_without_furniture(doc)
        if title:
            return Page(self._without_label(doc, title), text)
        return Page(title, self._without_label(doc, text))

    def _without_label(self, doc: Document, heading: str) -> str:
        label = series_label(heading)
        labels = self.labels.get(outlet_key(doc), {})
        if label is None:
            return heading
        if 1 + sum(held == label[0] for page, held in labels.items() if page != doc.id) < MIN_PAGES:
            return heading
        return label[1]

    def text_without_furniture(self, doc: Document) -> str:
        """The document's text without the runs of words that `MIN_PAGES` pages of its outlet hold (this
        page counts when it is indexed); the text unchanged when nothing is furniture, or when the page
        opens on shared text and too little would be left (`MIN_KEPT_SHARE`): a copy of another page."""
        pages = self.pages.get(outlet_key(doc))
        if not pages or not doc.text:
            return doc.text
        others = [held for page, held in pages.items() if page != doc.id]
        words = _words(doc.text)
        shared = [False] * len(words)
        for i, run in enumerate(word_runs(words)):
            if 1 + sum(run in held for held in others) >= MIN_PAGES:
                shared[i : i + RUN_WORDS] = [True] * RUN_WORDS
        if not any(shared):
            return doc.text
        text = " ".join(w.group(0) for w, cut in zip(words, shared, strict=True) if not cut)
        if shared[0] and len(text) < MIN_KEPT_SHARE * len(doc.text):
            return doc.text
        return text


def pages_without_furniture(docs: Sequence[Document], index: FurnitureIndex | None = None) -> list[Page]:
    """Each document's title and text without its outlet's furniture, judged against the other `docs` and
    the pages `index` already holds (the index gains `docs`)."""
    index = index if index is not None else FurnitureIndex()
    for doc in docs:
        index.add(doc)
    return [index.page_without_furniture(doc) for doc in docs]


def texts_without_furniture(docs: Sequence[Document], index: FurnitureIndex | None = None) -> list[str]:
    """The texts of `pages_without_furniture`."""
    return [page.text for page in pages_without_furniture(docs, index)]
