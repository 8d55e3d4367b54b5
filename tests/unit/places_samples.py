"""Hand-built French Documents for the places stage's unit tests, and the stage run on them (no models)."""

from __future__ import annotations

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Document, Language, Mention
from dateline.stages.places import Places
from dateline.testing import fake_resources


def mentions_doc(text: str, mentions: dict[str, str]) -> Document:
    """A French document whose named-entity mentions are `mentions` (surface → label), each where it first
    occurs."""
    found = []
    for surface, label in mentions.items():
        start = text.index(surface)
        found.append(
            Mention(start=start, end=start + len(surface), text=surface, label=label, producer="test")
        )
    found.sort(key=lambda m: m.start)
    return Document(id="t", text=text, language=Language(code="fr", confidence=1.0), mentions=found)


def places_named(gaz: Gazetteer, text: str, mentions: dict[str, str]) -> dict[str, str]:
    """Each place's surface → its record's name, the stage run without the scan."""
    stage = Places(PlacesSettings(scan=False), fake_resources(gazetteer=gaz))  # type: ignore[arg-type]
    doc = stage(mentions_doc(text, mentions))
    return {s.of(text): p.name for p in doc.places for s in p.mentions}
