"""Mentions of the user's own places (``places.user_gazetteer``) whatever the NER called them.

The user added these names on purpose, so a named-entity mention whose whole text is one of them is a
toponym even when the NER took it for a person ("Khirbet Umm Ghazlan" tagged PERSON).
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.kb.geo_resolver import Toponym
from dateline.kb.user_gazetteer import UserGazetteer
from dateline.model import Document, Span
from dateline.stages.places.toponyms import Found, clean_surface


def user_mentions(doc: Document, gaz: UserGazetteer, found: Sequence[Found]) -> list[Found]:
    """The mentions of `doc` no toponym covers whose text names a user gazetteer entry."""
    covered = [(f.span.start, f.span.end) for f in found]
    return [
        Found(Span(start=m.start, end=m.end), Toponym(clean_surface(m.text)), "user")
        for m in doc.mentions
        if gaz.is_user_name(clean_surface(m.text)) and not any(s < m.end and m.start < e for s, e in covered)
    ]
