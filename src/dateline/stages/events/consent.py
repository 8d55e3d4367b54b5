"""Agreements that let another party act: the party let act is the agreement's recipient, never the
agreeing party itself (« Téhéran a accepté que l'AIEA réinstalle des caméras », « a accepté de laisser
l'agence réinstaller… », "Kyrgyzstan agreed to let UN experts inspect…", "accepted that the OSCE would
monitor…", "promised to let inspectors return"). Before, the complement's subject was no argument of
the agreement, and the addressee guessed for an unaddressed act was the agreeing party's own country
("Iran GOV → Iran GOV")."""

from __future__ import annotations

from typing import Any

from dateline.stages.events.arguments import ACTIVE_SUBJECTS, DIRECT_OBJECTS, child_is_nominal, conjuncts
from dateline.stages.events.words import word_lists


def permitted(verb: Any) -> list[Any]:
    """The parties `verb` lets act: the subject of the que/that clause of a verb of consenting
    (`consenting_verbs`; an English "that" clause only with a modal, "accepted that X would…": "accepted
    that mistakes were made" admits), the object or complement subject of a letting verb
    (`letting_verbs`) the verb governs or is."""
    words = word_lists()
    lemma = verb.lemma_.lower()
    found: list[Any] = []
    if lemma in words.consenting_verbs:
        for clause in _consented(verb):
            found += _subjects(clause)
    letting = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.letting_verbs]
    if lemma in words.letting_verbs:
        letting.append(verb)
    for let in letting:
        objects = [c for c in let.children if c.dep_ in DIRECT_OBJECTS and child_is_nominal(c)]
        found += objects or [s for c in let.children if c.dep_ in {"ccomp", "xcomp"} for s in _subjects(c)]
    return [p for party in found for p in (party, *conjuncts(party))]


def _consented(verb: Any) -> list[Any]:
    """The que/that clauses of `verb`, also one the French parser hung on a noun of its clause ("a
    accepté mercredi que l'AIEA réinstalle…": the clause under "mercredi")."""
    words = word_lists()
    clauses = []
    for token in verb.subtree:
        if token.dep_ != "mark" or token.lower_ not in words.complementizers or token.head is verb:
            continue
        clause = token.head
        if _governed(clause, verb) and (token.lower_ not in words.modal_complementizers or _modal(clause)):
            clauses.append(clause)
    return clauses


def _governed(clause: Any, verb: Any) -> bool:
    """The clause hangs on `verb` with no other verb between them."""
    node = clause.head
    for _ in range(3):
        if node is verb:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return False
        node = node.head
    return False


def _modal(clause: Any) -> bool:
    modals = word_lists().permission_modals
    return any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children)


def _subjects(clause: Any) -> list[Any]:
    return [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]
