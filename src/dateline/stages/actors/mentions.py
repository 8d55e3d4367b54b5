"""The `Found` mentions the passes add: a KB entity, an ambiguous name, a generic country + sector."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.kb import KBEntry, alias_key
from dateline.model import Candidate
from dateline.stages.actors.found import Found
from dateline.stages.actors.syntax import phrase_text, referential
from dateline.stages.actors.titles import link_officeholder

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver


def entity(r: Resolver, entry: KBEntry, span: Any, root: Any, confidence: float = 1.0) -> Found:
    """A mention of KB `entry`, with its country and sector at the publication date."""
    return Found(
        span.start_char,
        span.end_char,
        ("kb", entry.id),
        entry.name,
        entry.kind,
        root.i,
        entry.country_at(r.date),
        entry.sector_at(r.date),
        entry.id,
        entry.qid,
        confidence,
    )


def ambiguous(r: Resolver, span: Any, root: Any, entries: list[KBEntry]) -> Found:
    """A name several KB `entries` share: unlinked, with them as scored candidates."""
    countries = {e.country_at(r.date) for e in entries}
    candidates = [Candidate(kb_id=e.id, name=e.name, score=round(1 / len(entries), 3)) for e in entries]
    kinds = {e.kind for e in entries}
    return Found(
        span.start_char,
        span.end_char,
        ("ambiguous", alias_key(span.text)),
        span.text,
        kinds.pop() if len(kinds) == 1 else "group",
        root.i,
        countries.pop() if len(countries) == 1 else None,
        None,
        None,
        None,
        round(1 / len(entries), 3),
        candidates,
    )


def generic(r: Resolver, iso: str | None, sector: str, noun: Any, marker: Any, confidence: float) -> Found:
    """A generic actor (country + sector) named by role noun `noun` qualified by `marker`.

    IGO role nouns without a country ("les casques bleus") take the CAMEO country code ``IGO``.
    """
    kind = r.roles.kind_of(noun)
    role_phrase = r.roles.phrase(noun)
    phrase = [t for t in role_phrase if t.pos_ not in ("DET", "ADP", "PUNCT", "SPACE")] or [noun]
    start = min(phrase[0].idx, marker.idx)
    end = max(noun.idx + len(noun.text), marker.idx + len(marker.text))
    title = r.lexicon.title(phrase_text(role_phrase), r.lang) if kind == "person" else None
    country = iso or ("IGO" if sector == "IGO" else None)
    name = f"{_country_name(r, iso)} {sector}" if iso else f"{noun.lemma_.lower()} ({sector})"
    item = Found(
        start, end, ("generic", country, sector), name, kind, noun.i, country, sector, iso, None,
        confidence, role_token=noun.i,
    )  # fmt: skip
    if kind == "person":
        item.title_key = (country, sector, title or noun.lemma_.lower())
    if title and iso and referential(noun):
        link_officeholder(r, item, iso, title)
    return item


def _country_name(r: Resolver, iso: str) -> str:
    entry = r.kb.get(iso)
    return entry.name if entry else iso
