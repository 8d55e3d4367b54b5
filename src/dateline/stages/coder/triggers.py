"""Trigger detection: lexicon verbs and event nouns in a parsed sentence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dateline.stages.coder.lexicon import Entry, Lexicon

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
REFLEXIVE = frozenset({"se", "s'", "s’", "soi"})


@dataclass(frozen=True)
class Trigger:
    """A matched predicate: its head token, every token of the matched entry and its candidates."""

    head: Any
    tokens: tuple[Any, ...]
    pos: str
    types: dict[str, str | None]

    @property
    def start(self) -> int:
        return int(min(t.idx for t in self.tokens))

    @property
    def end(self) -> int:
        return int(max(t.idx + len(t) for t in self.tokens))

    @property
    def text(self) -> str:
        return " ".join(t.text for t in sorted(self.tokens, key=lambda t: t.i))


def word_forms(token: Any) -> tuple[str, ...]:
    """The lookup keys of a token: its lemma and its lower-cased form."""
    lemma = token.lemma_.lower()
    return (lemma,) if lemma == token.lower_ else (lemma, token.lower_)


def _near(token: Any) -> Iterable[Any]:
    """Children and grandchildren (where particles, prepositions and compound parts hang)."""
    for child in token.children:
        yield child
        yield from child.children


def _match(token: Any, entry: Entry, word: str) -> tuple[Any, ...] | None:
    """The tokens realising `entry` with `token` as the one carrying `word`, or None."""
    matched = [token]
    near = list(_near(token))
    if entry.reflexive and not any(t.lower_ in REFLEXIVE or t.lemma_.lower() in REFLEXIVE for t in near):
        return None
    for other in entry.words:
        if other == word:
            continue
        hit = next((t for t in near if other in word_forms(t) and t not in matched), None)
        if hit is None:
            return None
        matched.append(hit)
    return tuple(matched)


def _part_of_speech(token: Any) -> str | None:
    if token.pos_ in VERB_POS:
        return "verb"
    if token.pos_ in NOUN_POS:
        return "noun"
    return None


def token_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    """The longest lexicon entry headed by `token` (candidates merged on ties)."""
    pos = _part_of_speech(token)
    if pos is None:
        return None
    best: list[tuple[Entry, tuple[Any, ...]]] = []
    for word in word_forms(token):
        for entry in lexicon.lookup(pos, word):
            tokens = _match(token, entry, word)
            if tokens is None:
                continue
            if not best or entry.size > best[0][0].size:
                best = [(entry, tokens)]
            elif entry.size == best[0][0].size:
                best.append((entry, tokens))
    if not best:
        return None
    types: dict[str, str | None] = {}
    for entry, _ in best:
        for category, mode in entry.types.items():
            types.setdefault(category, mode)
    return Trigger(head=token, tokens=best[0][1], pos=pos, types=types)


def find_triggers(sentence: Any, lexicon: Lexicon) -> list[Trigger]:
    """Triggers in a spaCy sentence span, minus those inside a longer match or carried by a light verb."""
    found = [t for t in (token_trigger(token, lexicon) for token in sentence) if t is not None]
    covered = {tok.i for t in found if len(t.tokens) > 1 for tok in t.tokens[1:]}
    found = [t for t in found if t.head.i not in covered]
    noun_heads = {t.head.i for t in found if t.pos == "noun"}
    return [t for t in found if not _light_verb_of_noun(t, noun_heads, lexicon)]


def _light_verb_of_noun(trigger: Trigger, noun_heads: set[int], lexicon: Lexicon) -> bool:
    """A light verb ("mener", "carry out", "hold") whose object is a noun trigger yields to it."""
    if trigger.pos != "verb" or len(trigger.tokens) > 1:
        return False
    lemma = trigger.head.lemma_.lower()
    if lemma not in lexicon.light_verbs and lemma not in lexicon.occurrence_verbs:
        return False
    return any(
        child.i in noun_heads and child.dep_ in OBJECT_DEPS | SUBJECT_DEPS for child in trigger.head.children
    )


OBJECT_DEPS = frozenset({"obj", "dobj", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
