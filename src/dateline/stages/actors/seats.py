"""Countries of seat and ownership: "Pakistan-based companies", "a Greek-owned bulk carrier" — the
country qualifies the noun after the participle, not the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.stages.actors.lexicon import word_lists
from dateline.stages.actors.mentions import generic

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver

#: How a country hangs from a participle it forms a compound adjective with ("Pakistan-based").
_MARKER_DEPS = ("npadvmod", "compound", "nmod", "advmod", "obl:mod")


def seat_noun(root: Any) -> Any | None:
    """The noun a country or demonym `root` qualifies through a participle of seat or ownership:
    "Pakistan-based companies", or after a preposition for ownership "un navire immatriculé au Liberia"."""
    words = word_lists()
    participle = _misattached(root) or (root.head.head if root.dep_ == "pobj" else root.head)
    if participle.i == root.i:
        return None
    compound = (
        root.dep_ in _MARKER_DEPS
        and participle.dep_ in ("amod", "compound")
        and participle.lower_ in words.seat_participles
    )
    after_preposition = participle.dep_ == "acl" and root.dep_ in ("pobj", "obl", "obl:mod", "nmod")
    if not compound and not (after_preposition and participle.lower_ in words.owned_participles):
        return None
    noun = participle.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != participle.i else None


def resolve_seat(r: Resolver, root: Any, iso: str) -> bool:
    """A generic actor of country `iso` for a role noun after "X-based"/"X-owned" (its sector), or a
    business for an owned thing naming no sector ("a Greek-owned carrier"); whether one was added."""
    noun = seat_noun(root)
    if noun is None:
        return False
    role = r.roles.role_head(noun)
    sector = r.roles.sector_of(role) if role is not None else None
    if role is not None and sector:
        r.add(generic(r, iso, sector, role, root, 0.9))
        return True
    participle = _misattached(root) or (root.head.head if root.dep_ == "pobj" else root.head)
    if participle.lower_ not in word_lists().owned_participles:
        return False
    item = generic(r, iso, "BUS", noun, root, 0.8)
    item.kind, item.title_key = "organisation", None
    r.add(item)
    return True


def _misattached(root: Any) -> Any | None:
    """The participle just before the preposition of `root` when the parser hung the country on the noun
    instead ("un pétrolier immatriculé au Panama": "Panama" under "pétrolier")."""
    case = next((c for c in root.children if c.dep_ == "case"), None)
    if case is None or case.i == 0 or root.head.pos_ not in ("NOUN", "PROPN"):
        return None
    before = root.doc[case.i - 1]
    owned = before.lower_ in word_lists().owned_participles and before.dep_ == "acl"
    return before if owned and before.head.i == root.head.i else None
