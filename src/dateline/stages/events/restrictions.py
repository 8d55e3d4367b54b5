"""Restrictions whose text names no one who imposed them: a medium cut off ("mobile internet was
suspended"), a restriction coming into force ("a ban on motorcycle taxis came into force") and a curfew
declared in the passive ("un couvre-feu a été décrété"). All are the authorities' acts (COERCE) on the
people where they happen; so is the lifting of a curfew or a state of emergency in the passive ("the curfew
was lifted": CONCEDE)."""

from __future__ import annotations

from typing import Any

from dateline.stages.events.lexicon import Lexicon

#: Links by which a verb names what it cuts off: its object, or the subject of its passive.
_UNDERGOING = frozenset({"obj", "dobj", "nsubjpass", "nsubj:pass"})
#: What a restriction "comes into" or "takes" when it starts to apply.
_FORCE_WORDS = frozenset({"force", "effect", "vigueur", "application"})
#: Categories of a restriction noun.
_RESTRICTIONS = frozenset({"COERCE", "SANCTION"})


def cuts_medium(verb: Any, lexicon: Lexicon) -> bool:
    """The verb shuts, suspends or blocks a medium ("mobile internet was suspended", "blocked the
    website"): censorship (COERCE censor), whoever did it."""
    return any(c.dep_ in _UNDERGOING and c.lemma_.lower() in lexicon.medium_nouns for c in verb.children)


def force_word(token: Any) -> bool:
    """The "force" or "effect" a restriction comes into: no party."""
    return bool(token.lemma_.lower() in _FORCE_WORDS)


def in_force(noun: Any, types: dict[str, str | None], frame: Any) -> bool:
    """A restriction noun that "came into force" or "took effect" ("a ban on motorcycle taxis came into
    force in Kano"): imposed by authorities the sentence leaves unnamed."""
    if frame is None or not set(types) & _RESTRICTIONS or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if noun.head.i != frame.i:
        return False
    words = [c for c in frame.children if c.dep_ in {"dobj", "obj"}]
    words += [g for c in frame.children if c.dep_ in {"prep", "obl"} for g in (c, *c.children)]
    return any(force_word(w) for w in words)


#: Modes of a restriction on everyone in a place.
PLACE_WIDE = frozenset({"curfew", "martial-law"})


def declared(trigger: Any, passive: bool) -> bool:
    """A curfew or a state of emergency declared in the passive ("a curfew was imposed", « un couvre-feu a
    été décrété »): the authorities' act on the people where it applies, whoever the text names."""
    return bool(trigger.pos == "verb" and passive and trigger.types.get("COERCE") in PLACE_WIDE)


#: Categories of a yielding verb that lifts a restriction.
_LIFTING = frozenset({"CONCEDE", "RETREAT"})


def lifted(trigger: Any, passive: bool, lexicon: Lexicon) -> bool:
    """A yielding verb in the passive whose subject is a restriction on everyone in a place ("the curfew
    was lifted", « l'état d'urgence a été levé »): the authorities' act, whoever the text names, as a curfew
    declared in the passive (`declared`)."""
    if trigger.pos != "verb" or not passive or not _LIFTING & set(trigger.types):
        return False
    for child in trigger.head.children:
        if child.dep_ not in {"nsubj:pass", "nsubjpass"}:
            continue
        for form in {child.lemma_.lower(), child.lower_}:
            if any(e.types.get("COERCE") in PLACE_WIDE for e in lexicon.lookup("noun", form)):
                return True
    return False
