"""Page furniture an outlet repeats: text that several pages of one outlet share.

Menus, bylines, newsletter and paywall notices, "read more" lists, cookie notes: an outlet prints the same
sentences on many of its pages, whatever the story. Left in, they make two pages of one outlet look alike
(shared rare words, close embeddings) and link reports of different stories. A sentence is furniture when
at least `MIN_PAGES` pages of one outlet hold it (compared case-folded, spaces collapsed); two outlets
printing one wire story are not compared with each other, and pages with no known outlet are left alone.
A page whose text would keep less than `MIN_KEPT_SHARE` of its characters is left whole: it is another
copy of a page of the same outlet (an update, a republication), not a story wrapped in furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dateline.model import Document

#: Pages of one outlet that must hold a sentence for it to be furniture.
MIN_PAGES = 2
#: Shorter sentences ("Photo:", "Advertisement") are too common in prose to call furniture.
MIN_SENTENCE_CHARS = 20
#: A page left with less than this share of its text is a copy of another page, not furniture around a story.
MIN_KEPT_SHARE = 0.25
#: Pages of one outlet remembered (the most recent), bounding the work and memory per outlet.
MAX_PAGES = 64

#: A sentence or a line: up to a full stop, question or exclamation mark, or the end of a line.
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”»)]*|(?=\n)|$)")
_SPACE = re.compile(r"\s+")


def outlet_key(doc: Document) -> str | None:
    """The outlet whose pages a document is compared with (case-folded), None when unknown."""
    return doc.outlet.strip().casefold() or None if doc.outlet else None


def sentences(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, normalised text) of every sentence or line long enough to be compared."""
    for match in _SENTENCE.finditer(text):
        key = _SPACE.sub(" ", match.group(0)).strip().casefold()
        if len(key) >= MIN_SENTENCE_CHARS:
            yield match.start(), match.end(), key


@dataclass
class FurnitureIndex:
    """The sentences of the most recent pages of each outlet, and which pages hold each."""

    pages: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # outlet → page id → sentences

    def add(self, doc: Document) -> None:
        key = outlet_key(doc)
        if key is not None:
            self.add_page(key, doc.id, doc.text)

    def add_page(self, key: str, page_id: str, text: str) -> None:
        """Remember a page of the outlet `key` (case-folded), as its most recent."""
        pages = self.pages.setdefault(key, {})
        pages.pop(page_id, None)
        pages[page_id] = frozenset(s for _, _, s in sentences(text))
        while len(pages) > MAX_PAGES:
            del pages[next(iter(pages))]

    def text_without_furniture(self, doc: Document) -> str:
        """The document's text with the sentences that `MIN_PAGES` pages of its outlet hold taken out
        (this page counts when it is indexed); the text unchanged when nothing is furniture or when too
        little would be left (`MIN_KEPT_SHARE`)."""
        key = outlet_key(doc)
        pages = self.pages.get(key) if key is not None else None
        if not pages or not doc.text:
            return doc.text
        others = [held for page, held in pages.items() if page != doc.id]
        cuts = [
            (start, end)
            for start, end, sentence in sentences(doc.text)
            if 1 + sum(sentence in held for held in others) >= MIN_PAGES
        ]
        if not cuts:
            return doc.text
        kept, at = [], 0
        for start, end in cuts:
            kept.append(doc.text[at:start])
            at = end
        kept.append(doc.text[at:])
        text = _SPACE.sub(" ", "".join(kept)).strip()
        return text if len(text) >= MIN_KEPT_SHARE * len(doc.text) else doc.text


def texts_without_furniture(docs: Sequence[Document], index: FurnitureIndex | None = None) -> list[str]:
    """Each document's text without its outlet's furniture, judged against the other `docs` and the pages
    `index` already holds (the index gains `docs`)."""
    index = index if index is not None else FurnitureIndex()
    for doc in docs:
        index.add(doc)
    return [index.text_without_furniture(doc) for doc in docs]
