"""Officeholder tenure as publication-date evidence.

A person of the actor KB named with the title of one of their roles ("le président russe X",
"Defence Minister Y") bounds the publication date to that role's term. The words before the
mention are read with the KB's role lexicon (`dateline.kb.roles`: "ministre de la Défense" →
"defence minister"), so French and English titles meet the KB's titles. A title marked as past
("ancien", "former", "ex-") says nothing and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.data import alternation
from dateline.kb.actors import ActorKB
from dateline.kb.roles import RoleLexicon
from dateline.model import Actor, Document, Span
from dateline.stages.times.lexicon import cue_words
from dateline.stages.times.rules import parse_iso

#: How many characters before a mention its title may stand.
WINDOW = 70
_PAST = re.compile(rf"\b(?:{alternation(cue_words().past_titles)})\b", re.IGNORECASE)
#: "son homologue iranien X", "his Iranian counterpart X": X holds the office of the person they meet.
_COUNTERPART = re.compile(rf"\b(?:{alternation(cue_words().counterparts)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Bounds:
    """An interval known to contain the publication date, with its evidence and source."""

    start: date
    end: date | None
    source: str
    evidence: tuple[Span, ...] = ()


def _as_date(value: str | None, last: bool = False) -> date | None:
    """An ISO date of any precision as its first (or `last`) day."""
    if not value:
        return None
    interval = parse_iso(value)
    return None if interval is None else interval[1 if last else 0]


def _window_before(doc: Document, span: Span, actor: Actor) -> str:
    """The words before a mention: up to `WINDOW` characters, cut at a sentence break or another actor."""
    start = max(0, span.start - WINDOW)
    for other in doc.actors:
        for mention in other.mentions if other is not actor else []:
            if start < mention.end <= span.start:
                start = mention.end
    return re.split(r"[.;!?\n]", doc.text[start : span.start])[-1]


def _titles_of(doc: Document, span: Span, actor: Actor, lexicon: RoleLexicon) -> set[str]:
    """The office titles the words before a mention give it ("le ministre iranien de la Défense X" →
    "defence minister"): read as written and with each single word left out (a demonym)."""
    before = _window_before(doc, span, actor)
    if _PAST.search(before):
        return set()
    words = before.split()
    variants = [before] + [" ".join(words[:i] + words[i + 1 :]) for i in range(len(words))]
    return {t for v in variants for lang in {doc.language.code, "en"} if (t := lexicon.title(v, lang))}


def _same_sentence(text: str, first: Span, second: Span) -> bool:
    low, high = sorted((first, second), key=lambda span: span.start)
    return re.search(r"[.;!?\n]", text[low.end : high.start]) is None


def tenure_bounds(doc: Document, kb: ActorKB, lexicon: RoleLexicon) -> list[Bounds]:
    """One `Bounds` per mention of a KB officeholder introduced by the title of a role with a start date.

    A counterpart ("son homologue iranien X") takes the titles of the other officeholders its sentence
    names with a title ("le président russe Y s'est entretenu avec son homologue iranien X")."""
    mentions = [
        (actor, span, entry)
        for actor in doc.actors
        if actor.kind == "person" and actor.kb_id and (entry := kb.get(actor.kb_id)) is not None
        for span in actor.mentions
    ]
    read: dict[int, set[str]] = {}  # titles per mention, read only when needed

    def titles_of(n: int) -> set[str]:
        if n not in read:
            read[n] = _titles_of(doc, mentions[n][1], mentions[n][0], lexicon)
        return read[n]

    out = []
    for n, (actor, span, entry) in enumerate(mentions):
        if not any(r.start for r in entry.roles):
            continue  # no dated role: the titles cannot bound anything
        titles = titles_of(n)
        if not titles and _COUNTERPART.search(_window_before(doc, span, actor)):
            titles = {
                title
                for m, (other, where, _) in enumerate(mentions)
                if other is not actor and _same_sentence(doc.text, where, span)
                for title in titles_of(m)
            }
        terms = [r for r in entry.roles if r.title.lower() in titles and r.start]
        if terms:  # several terms in the same office: their hull
            start = min(d for r in terms if (d := _as_date(r.start)))
            ends = [_as_date(r.end, last=True) for r in terms]
            end = None if None in ends else max(d for d in ends if d)
            out.append(Bounds(start, end, "tenure", (span,)))
    return out
