"""Hand-built documents for the places unit tests."""

from __future__ import annotations

import re

from dateline.model import Document, Language, Mention


def mentioned_doc(text: str, mentions: dict[str, str] | None = None) -> Document:
    """An English document whose NER found each key of `mentions` (every occurrence) with its label."""
    found = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label=label, producer="test")
        for name, label in (mentions or {}).items()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    return Document(
        id="t",
        text=text,
        language=Language(code="en", confidence=1.0),
        mentions=sorted(found, key=lambda m: m.start),
    )
