"""PLOVER rules over the triggers of one document: which triggers are events of their own, and the
category changes the lexicon cannot state per word."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from dateline.stages.events import auxiliary, categories, references
from dateline.stages.events.arguments import obliques
from dateline.stages.events.classifier import YIELD_TYPES
from dateline.stages.events.found import Found
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import Trigger, token_trigger
from dateline.stages.events.words import word_lists
from dateline.stages.tokens import token_table

CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
STOP_LINKS = frozenset({"parataxis", "appos", "ROOT"})
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl"})
#: Categories whose verb takes a reported clause as its content ("warned that", "denied that").
SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Categories whose content act names their addressee.
PROMISES = frozenset({"THREATEN", "AGREE"})
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
    if "Part" not in head.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in head.children):
        return False
    if head.dep_ == "conj":  # "un exécutif installé à l'Est et soutenu par…"
        return head.head.pos_ not in {"VERB", "AUX"}
    return head.dep_ in {"acl", "advcl"} and "Pres" not in head.morph.get("Tense")


def naming(trigger: Trigger) -> bool:
    """A verb with an object predicate names or qualifies its object ("called the move a step"): it
    is not the act its lemma otherwise means (a call)."""
    return trigger.pos == "verb" and any(c.dep_ == "oprd" for c in trigger.head.children)


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
    visit = item.trigger.types.get(item.type) == "visit"
    if visit and displacement(item.trigger.head):
        return False
    return visit or bool(item.recipients) or len({a.country or a.name for a in item.actors}) > 1


def displacement(noun: Any) -> bool:
    """A movement noun of a plural group ("le déplacement des Palestiniens") is no visit."""
    genitive = word_lists().genitive
    return any(word in genitive and "Plur" in of.morph.get("Number") for word, of in obliques(noun))


def line_breaks(doc: Any) -> list[int]:
    """Indices of the tokens of a parsed document holding a line break."""
    return [i for i, word in enumerate(token_table(doc).words) if "\n" in word]


class Governors:
    """The `ancestors` of tokens of one parsed document, each walked once (line breaks indexed first)."""

    def __init__(self, doc: Any) -> None:
        self.breaks = line_breaks(doc)
        self.memo: dict[int, list[tuple[Any, str]]] = {}

    def __call__(self, token: Any) -> list[tuple[Any, str]]:
        if token.i not in self.memo:
            self.memo[token.i] = ancestors(token, self.breaks)
        return self.memo[token.i]


def ancestors(token: Any, breaks: list[int], hops: int = 4) -> list[tuple[Any, str]]:
    """Up to `hops` governors of `token` with the link leading to each. A conjunct shares its first
    conjunct's governor (the first conjunct itself is a sibling, not a governor); the walk stops at
    parataxis, appositions, line breaks (`breaks`: sorted indices of tokens holding one) and
    adverbial clauses with their own subject ("…, alors que l'armée a achevé…", "as Iraq
    deployed…": circumstances, not the content of the main act)."""
    out: list[tuple[Any, str]] = []
    node = token
    while len(out) < hops and node.head != node and node.dep_ not in STOP_LINKS:
        head = node.head
        if bisect_left(breaks, min(node.i, head.i)) < bisect_left(breaks, max(node.i, head.i)):
            break
        if circumstantial(node):
            break
        if node.dep_ != "conj":
            out.append((head, node.dep_))
        node = head
    return out


def circumstantial(clause: Any) -> bool:
    """An adverbial clause with its own subject and no purpose or condition marker."""
    if clause.dep_ != "advcl" or not any(c.dep_ in SUBJECT_LINKS for c in clause.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in word_lists().content_marks for c in clause.children)


def container(item: Found, heads: dict[int, Found], governors: Governors) -> Found | None:
    """The act whose content the trigger is ("demanded a meeting", "accused X of attacking"), if any.
    A demand voiced by protesters ("ont manifesté pour réclamer…") is an event of its own."""
    clausal = False
    for governor, link in governors(item.trigger.head):
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
    """The content act names the target its governor lacks: a purpose clause of the same kind
    ("gathered to protest against the strikes"), the content of a promise or threat ("a juré
    d'éliminer les terroristes", "pledged to help Iraq")."""
    if (outer.type == item.type or outer.type in PROMISES) and not outer.recipients:
        own = {(a.kb_id, a.name) for a in outer.actors}
        outer.recipients = [r for r in item.recipients if (r.kb_id, r.name) not in own]
        outer.patients = outer.patients or list(item.patients)


def object_types(trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """The candidate categories of the act nouns that are the verb's direct objects (not nouns of
    participants: "manifestants")."""
    out: set[str] = set()
    for child in trigger.head.children:
        act = child.dep_ in {"obj", "dobj"} and child.lemma_.lower() not in lexicon.agent_nouns
        noun = token_trigger(child, lexicon) if act else None
        out |= set(noun.types) if noun is not None and noun.pos == "noun" else set()
    return out


def settles(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A verb whose object is an agreement or a truce ("negotiated a ceasefire", "a négocié un
    accord") concludes it."""
    return bool({"AGREE", "CONCEDE"} & object_types(trigger, lexicon))


def apply_rules(item: Found, heads: dict[int, Found], lexicon: Lexicon, governors: Governors) -> None:
    """PLOVER rules the lexicon cannot state per word."""
    head = item.trigger.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.commitment_verbs and item.type in {"AGREE", "THREATEN"}:
        content = [f.type for f in heads.values() if any(g.i == head.i for g, _ in governors(f.trigger.head))]
        item.type = categories.promise_type(content)
    if "AGREE" in item.trigger.types and settles(item.trigger, lexicon):
        item.type = "AGREE"
    if item.type == "SANCTION" and "ACCUSE" in item.trigger.types and object_types(item.trigger, lexicon):
        item.type = "ACCUSE"  # one condemns an act ("a condamné cette attaque") but convicts a person
    if item.type == "ASSAULT" and any(
        g.lemma_.lower() in lexicon.preparation_words for g, _ in governors(head)
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
