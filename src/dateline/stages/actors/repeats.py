"""A definite role noun repeating the head of an earlier, fuller role phrase is that phrase's actor
("Zimbabwe's electoral commission … ¶ The commission rejected…", "le principal parti d'opposition … le
parti", "the Malian army … the army"): in wire copy the short form names the body the report introduced,
whatever paragraph it sits in, and takes its country and sector (ELC, not the GOV of "commission" alone;
OPP, not the PTY of "party")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dateline.stages.actors.coreference import definite_noun
from dateline.stages.actors.found import Found

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver

#: Dependents that make a role noun name a body of its own ("la garde côtière" after "la garde nationale",
#: "the three ministers", "la commission de Tahoua"): no short form then.
QUALIFIERS = frozenset(
    {"amod", "compound", "nmod", "nummod", "appos", "flat", "flat:name", "nmod:poss", "poss"}
)


def join_repeated_heads(r: Resolver) -> None:
    """Re-key each country-less generic mention of a bare definite role noun to the latest earlier generic
    actor whose role noun has the same lemma and whose phrase says more (a country or another sector)."""
    found = sorted(r.found, key=lambda f: f.start)
    for index, item in enumerate(found):
        if item.key[0] != "generic" or item.country is not None or item.role_token is None:
            continue
        token = r.sdoc[item.role_token]
        if not definite_noun(r, token) or any(c.dep_ in QUALIFIERS for c in token.children):
            continue
        antecedent = next((f for f in reversed(found[:index]) if _fuller(r, f, item, token)), None)
        if antecedent is None:
            continue
        r.found.remove(item)
        r.found.append(
            replace(
                antecedent,
                start=item.start,
                end=item.end,
                head=item.head,
                role_token=item.role_token,
                confidence=min(antecedent.confidence, 0.6),
                candidates=list(antecedent.candidates),
            )
        )


def _fuller(r: Resolver, earlier: Found, item: Found, token: Any) -> bool:
    """`earlier` is a generic actor named by the same role noun, in the same number, in a fuller phrase
    ("the three ministers" is no repeat of "the Egyptian foreign minister": the events stage reads it as
    the parties of the meeting)."""
    if earlier.key[0] != "generic" or earlier.role_token is None or earlier.key == item.key:
        return False
    role = r.sdoc[earlier.role_token]
    if _lemma(role) != _lemma(token) or role.morph.get("Number") != token.morph.get("Number"):
        return False
    return earlier.country is not None or earlier.sector != item.sector


def _lemma(token: Any) -> str:
    return str(token.lemma_ or token.text).lower()
