"""PLOVER rules over the triggers of one document: which triggers are events of their own, and the
category changes the lexicon cannot state per word."""

from __future__ import annotations

from typing import Any

from dateline.stages.coder import auxiliary, categories, references
from dateline.stages.coder.classifier import YIELD_TYPES
from dateline.stages.coder.found import Found
from dateline.stages.coder.lexicon import Lexicon
from dateline.stages.coder.triggers import Trigger, token_trigger

CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
STOP_LINKS = frozenset({"parataxis", "appos", "ROOT"})
#: Categories whose verb takes a reported clause as its content ("warned that", "denied that").
SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Categories that also name standing relations (backed, recognised, allied, agreed).
RELATIONS = frozenset({"SUPPORT", "AGREE", "CONCEDE", "COOPERATE"})


def reported(trigger: Trigger) -> bool:
    """A verb that is no speech act reporting a clause ("a reconnu que…", "welcomed that…", "a
    rappelé que…") is no event."""
    if trigger.pos != "verb" or set(trigger.types) & SPEECH_ACTS:
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in trigger.head.children)


def descriptive(trigger: Trigger) -> bool:
    """A participle describing a standing relation ("Iran-backed militias", "le gouvernement reconnu
    par l'ONU", "a US-brokered truce", "l'accord conclu en 1994") is background, not an event."""
    head = trigger.head
    if trigger.pos != "verb" or not set(trigger.types) <= RELATIONS:
        return False
    if head.dep_ in {"amod", "compound"}:
        return True
    bare = not any(c.dep_.startswith("aux") for c in head.children)
    return head.dep_ == "acl" and bare and "Part" in head.morph.get("VerbForm")


def claimed(item: Found, lexicon: Lexicon) -> bool:
    """A demand verb whose object is a definite attack ("a revendiqué l'attaque") claims it."""
    if item.type != "REQUEST" or item.trigger.pos != "verb":
        return False
    for child in item.trigger.head.children:
        if child.dep_ not in {"obj", "dobj"} or not references.referring(child):
            continue
        noun = token_trigger(child, lexicon)
        if noun is not None and "ASSAULT" in noun.types:
            return True
    return False


def specified(item: Found) -> bool:
    """A bare event noun (no light or occurrence verb) only counts when it names both sides
    ("les frappes russes contre X", "la rencontre entre X et Y", "en visite en Syrie"):
    "à la demande de Moscou" or "l'offensive" alone is background."""
    if item.trigger.pos == "verb" or item.roles.frame is not None:
        return True
    if item.recipients or len({a.country or a.name for a in item.actors}) > 1:
        return True
    return item.trigger.types.get(item.type) == "visit"


def ancestors(token: Any, hops: int = 4) -> list[tuple[Any, str]]:
    """Up to `hops` governors of `token` with the link leading to each. A conjunct shares its first
    conjunct's governor (the first conjunct itself is a sibling, not a governor); the walk stops at
    parataxis, appositions and line breaks."""
    out: list[tuple[Any, str]] = []
    node = token
    while len(out) < hops and node.head != node and node.dep_ not in STOP_LINKS:
        if "\n" in node.doc[min(node.i, node.head.i) : max(node.i, node.head.i)].text:
            break
        if node.dep_ != "conj":
            out.append((node.head, node.dep_))
        node = node.head
    return out


def container(item: Found, heads: dict[int, Found]) -> Found | None:
    """The act whose content the trigger is ("demanded a meeting", "accused X of attacking"), if any.
    A demand voiced by protesters ("ont manifesté pour réclamer…") is an event of its own."""
    clausal = False
    for governor, link in ancestors(item.trigger.head):
        clausal = clausal or link in CLAUSE_LINKS
        outer = heads.get(governor.i)
        if outer is None or outer is item:
            continue
        if item.type == "REQUEST" and outer.type == "PROTEST":
            return None
        if clausal or (outer.type in categories.CONTENT_TAKING and not item.actors):
            return outer
    return None


def fold_into(item: Found, outer: Found) -> None:
    """A purpose clause of the same kind names the target its governor lacks ("gathered to protest
    against the strikes")."""
    if outer.type == item.type and not outer.recipients:
        outer.recipients = list(item.recipients)
        outer.patients = outer.patients or list(item.patients)


def apply_rules(item: Found, heads: dict[int, Found], lexicon: Lexicon) -> None:
    """PLOVER rules the lexicon cannot state per word."""
    head = item.trigger.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.commitment_verbs and item.type in {"AGREE", "THREATEN"}:
        content = [f.type for f in heads.values() if any(g.i == head.i for g, _ in ancestors(f.trigger.head))]
        item.type = categories.promise_type(content)
    if item.type == "ASSAULT" and any(
        g.lemma_.lower() in lexicon.preparation_words for g, _ in ancestors(head)
    ):
        item.type = "MOBILIZE"
    anchor = item.anchor
    split = categories.yield_type(item.trigger.types, implemented=not _declared(anchor))
    if split and item.type in YIELD_TYPES:
        item.type = split
    if item.type in categories.COOPERATIVE_ACTS and any(
        c.lemma_.lower() in lexicon.offer_modals for c in [*anchor.children, anchor.head] if c != anchor
    ):
        item.type = "AGREE"


def _declared(anchor: Any) -> bool:
    return auxiliary.future(anchor, []) or auxiliary.hypothetical(anchor)


