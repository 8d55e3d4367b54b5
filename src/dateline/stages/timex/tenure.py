"""Officeholder tenure as publication-date evidence.

A person of the actor KB named with a title they hold only for a term ("le président russe
X", "Defence Minister Y") bounds the publication date to that term. A title marked as past
("ancien", "former", "ex-") says nothing and is skipped. The KB comes from the actors area
(`dateline.kb.actors.load_kb`); without it, tenure gives no bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.model import Document, Span

#: How many characters before (or after, for an apposition) a mention its title may stand.
WINDOW = 70
_PAST = re.compile(r"\b(ancien(ne)?|ex-|former|feu|late|défunt|outgoing|sortant)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Bounds:
    """An interval known to contain the publication date, with its evidence and source."""

    start: date
    end: date | None
    source: str
    evidence: tuple[Span, ...] = ()


def _field(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, dict) else getattr(record, name, None)


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value)
    text = text + "-01-01" if len(text) == 4 else text + "-01" if len(text) == 7 else text
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _titles(role: Any) -> list[str]:
    title = _field(role, "title") or []
    return [t.lower() for t in ([title] if isinstance(title, str) else title) if t]


def _load_people() -> dict[str, Any]:
    """KB persons by id (empty when the actor KB is not available)."""
    try:
        from dateline.kb.actors import load_kb  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return {}
    kb = load_kb()
    entries: Iterable[Any] = _field(kb, "persons") or _field(kb, "entries") or []
    if isinstance(entries, dict):
        entries = entries.values()
    return {str(_field(e, "id")): e for e in entries if _field(e, "roles")}


def _titled(text: str, span: Span, titles: list[str]) -> bool:
    """Is the mention at `span` introduced (or followed by an apposition) by one of `titles`, not as past?"""
    before = text[max(0, span.start - WINDOW) : span.start].lower()
    after = text[span.end : span.end + WINDOW].lower()
    for title in titles:
        at = before.rfind(title)
        if at >= 0 and not _PAST.search(before[max(0, at - 12) : at + len(title)]):
            return True
        if after.lstrip(" ,").startswith(title) and not _PAST.search(after[:12]):
            return True
    return False


def tenure_bounds(doc: Document) -> list[Bounds]:
    """One `Bounds` per titled mention of a KB officeholder whose term has a start date."""
    people = _load_people()
    out = []
    for actor in doc.actors:
        person = people.get(str(actor.kb_id)) if actor.kind == "person" else None
        for role in _field(person, "roles") or [] if person else []:
            start = _as_date(_field(role, "start"))
            spans = [s for s in actor.mentions if _titled(doc.text, s, _titles(role))]
            if start and spans:
                out.append(Bounds(start, _as_date(_field(role, "end")), "tenure", tuple(spans)))
    return out
