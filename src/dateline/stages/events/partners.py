"""Joint acts: the parties an act is done with, who act beside its subject (« a lancé, avec l'appui de
l'OMS et de l'Unicef, une campagne de vaccination », « en partenariat avec le PAM », « aux côtés de
l'Union africaine », "with the support of UNICEF", "with support from the WHO", "fighting alongside
African Union troops", "working alongside the UNODC"). PLOVER codes them as actors of the act, not as
its recipients: the gold's convention (an IGO supporting a ministry's campaign is a co-actor of the
COOPERATE act, its support a non-required AID)."""

from __future__ import annotations

from typing import Any

from dateline.stages.events.arguments import Roles, child_is_nominal, conjuncts, obliques, subjects
from dateline.stages.events.words import word_lists

#: Links of a participle or noun that carries a partnership phrase for the verb it depends on.
CARRIERS = frozenset({"acl", "advcl"})


def adjunct(noun: Any) -> Any | None:
    """The verb a partnership noun is an adjunct of (« avec l'appui de X », "with the support of X",
    « aux côtés de X »), None for any other noun (a support that is the act itself: "a exprimé son
    soutien à X")."""
    words = word_lists()
    if noun.lemma_.lower() not in words.partnership_nouns or _mark(noun) not in words.partnership_marks:
        return None
    return _clause_verb(noun)


def _clause_verb(token: Any) -> Any | None:
    """The verb of the clause `token` belongs to, over the nouns and participles the parser hung it on
    ("Bangladesh's ministry, with support from the WHO, began…", "forces, fighting alongside X,
    recaptured…", « distribue des rations à des familles touchées par les inondations, en partenariat
    avec le PAM »: a partnership is no manner of being hit)."""
    node = token
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and not (node.dep_ in CARRIERS and _participle(node)):
            return node
    return None


def partners_in(word: str | None, noun: Any) -> list[Any]:
    """The parties an oblique names as acting with the clause's subject: the object of "alongside", or
    what a partnership noun's "de/of/from/avec/with" complements name."""
    words = word_lists()
    if word in words.alongside:
        return [noun, *conjuncts(noun)]
    if noun.lemma_.lower() not in words.partnership_nouns or word not in words.partnership_marks:
        return []
    return [
        party
        for link, complement in obliques(noun)
        if link in words.partner_links and child_is_nominal(complement)
        for party in (complement, *conjuncts(complement))
    ]


def joint_partners(verb: Any) -> tuple[list[Any], set[Any]]:
    """The parties acting with `verb`'s subject, and the tokens of the phrases naming them: those of
    the partnership phrases of its clause, wherever the parser hung them; for a verb coordinated with
    another or complementing one, also that verb's ("police, working alongside X, seized … and
    arrested …", "began distributing …, in partnership with UNICEF")."""
    verbs = [verb]
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        verbs.append(verb.head)
    found: list[Any] = []
    phrases: set[Any] = set()
    for token in verb.sent:
        word = _mark(token)
        parties = partners_in(word, token) if word is not None else []
        if parties and _clause_verb(token) in verbs:
            found += [p for p in parties if p not in found]
            phrases.update((token.head if token.dep_ == "pobj" else token).subtree)
    return found, phrases


def join(roles: Roles, trigger_head: Any, is_noun: bool) -> None:
    """Completes a candidate's roles with the parties it acts with. A partnership noun that is an
    adjunct of a verb is the joint act itself (COOPERATE, `Roles.joint`): the verb's subjects and its own
    partners are its actors, with no recipient; any other act takes the partners of its frame verb as
    actors, and drops the partnership phrase from its recipients ("with the support of UNICEF" is no
    addressee)."""
    verb = adjunct(trigger_head) if is_noun else None
    if verb is not None:
        parties = partners_in(_mark(trigger_head), trigger_head)
        if parties:
            roles.actors = [*subjects(verb)]
            roles.recipients = []
            roles.add_all("actor", parties)
            roles.joint = parties  # no frame: the verb's own act, if any, is no content of the noun
        return
    frame = roles.frame if roles.frame is not None else (None if is_noun else trigger_head)
    if frame is None or frame.pos_ not in {"VERB", "AUX"}:
        return
    parties, phrases = joint_partners(frame)
    if parties:
        roles.recipients = [r for r in roles.recipients if r not in phrases]
        roles.add_all("actor", parties)


def _mark(noun: Any) -> str | None:
    if noun.dep_ == "pobj":
        return str(noun.head.lower_)
    return next((str(c.lower_) for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)


def _participle(verb: Any) -> bool:
    return bool({"Part", "Ger"} & set(verb.morph.get("VerbForm"))) or verb.tag_ in {"VBG", "VBN"}
