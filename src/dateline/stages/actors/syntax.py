"""Reading the parse around a mention: noun phrases and title words, the preposition before a name,
complements, and the text edges of a span."""

from __future__ import annotations

import re
from typing import Any

from dateline.kb import RoleLexicon
from dateline.stages.actors.lexicon import word_lists

#: Labels that link a person's name to a title noun next to it.
TITLE_DEPS = frozenset({"appos", "nmod", "flat:name", "compound", "dep"})
#: Noun-phrase children kept when reading a role phrase ("chef d'état-major de l'armée irakienne").
NP_DEPS = frozenset({"amod", "compound", "nmod", "case", "det", "flat", "flat:name", "fixed", "prep", "pobj"})
_PARAGRAPH = re.compile(r"\n\s*")
#: Characters a mention span never starts or ends on.
_EDGE = frozenset(' \t\r\n\u00a0\u202f,;:!?«»"“”')


def span_root(tokens: Any) -> Any:
    """The token of a span whose head lies outside it."""
    for token in tokens:
        if not (tokens.start <= token.head.i < tokens.end) or token.head.i == token.i:
            return token
    return tokens[0]


def noun_phrase(token: Any) -> list[Any]:
    """`token` with its modifiers and nominal dependents (no clauses, appositions or conjuncts)."""
    out = [token]
    for child in token.children:
        if child.dep_ in NP_DEPS:
            out.extend(noun_phrase(child))
    return sorted(out, key=lambda t: t.i)


def _left_extension(token: Any, limit: int = 4) -> list[Any]:
    """Words just left of `token` that belong to its title ("chef d'état-" before a mis-parsed "major")."""
    linking = word_lists().of_words - {"des", "du"}  # "chef d'état-major", not "chef du …"
    out: list[Any] = []
    i = token.i - 1
    while i >= 0 and len(out) < limit:
        left = token.doc[i]
        if (
            left.pos_ in ("DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "SPACE")
            or left.is_space
            or (left.pos_ == "ADP" and left.lower_ not in linking)
            or (left.is_punct and left.text not in ("-", "'", "’"))
        ):
            break
        out.append(left)
        i -= 1
    return out


def own_phrase(token: Any) -> list[Any]:
    """A role noun's own words: title words on its left and its adjectives, not its complements."""
    out = [*_left_extension(token), token]
    out += [c for c in token.children if c.dep_ in ("amod", "compound", "fixed", "flat")]
    return sorted(out, key=lambda t: t.i)


def role_phrase(token: Any) -> list[Any]:
    """The noun phrase of a role noun, with the title words a mis-parse left outside it."""
    return sorted({*_left_extension(token), *noun_phrase(token)}, key=lambda t: t.i)


def phrase_text(tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens)


def _previous_word(token: Any) -> Any | None:
    """The word before `token`, skipping determiners ("en Syrie", "dans la capitale")."""
    definite = word_lists().definite
    i = token.i - 1
    doc = token.doc
    while i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in definite):
        i -= 1
    return doc[i] if i >= 0 else None


def _prepositions(root: Any) -> list[Any]:
    """The preposition introducing a name, and the word before it when it is "de" ("près de Damas")."""
    if root.dep_ == "pobj":
        first = root.head
    else:
        cases = [c for c in root.children if c.dep_ == "case"]
        first = cases[0] if cases else _previous_word(root)
    if first is None:
        return []
    if first.lower_ in word_lists().of_words and first.i > 0:
        return [first, first.doc[first.i - 1]]
    return [first]


def after_locative(root: Any) -> bool:
    """Whether a name follows a preposition that always makes it a place ("en", "près de", "in", "near")."""
    locatives = word_lists().locatives
    return any(t.lower_ in locatives for t in _prepositions(root))


def aimed_at(root: Any, prepositions: list[Any]) -> bool:
    """Whether a name is the target a verb of aiming is directed "at" ("fired missiles at Russia")."""
    words = word_lists()
    if not prepositions or prepositions[0].lower_ not in words.aimed_at:
        return False
    head = prepositions[0].head
    return head.pos_ == "VERB" and head.lemma_.lower() in words.aiming_verbs


def used_as_place(root: Any, lexicon: RoleLexicon, lang: str) -> bool:
    """Whether a name stands for a place ("en Syrie", "à Dakar", "from Moscow") rather than an actor.

    After "à"/"au"/"aux"/"to"/"from", a head (or the verb of an object head, or a noun just before the
    preposition) that takes an addressee or a source ("son soutien à Damas", "un geste de défi aux
    États-Unis", "a letter from Tehran", "sold arms to Iran", "receive arms from Iran") makes the name an
    actor.
    """
    prepositions = _prepositions(root)
    if aimed_at(root, prepositions):
        return False
    if after_locative(root):
        return True
    if not prepositions or prepositions[0].lower_ not in word_lists().ambiguous_locatives:
        return False
    head = root.head.head if root.dep_ == "pobj" else root.head
    argument = (
        head.pos_ != "VERB"
        or root.dep_ in ("obl:arg", "iobj", "dative", "pobj")
        or (  # "livré des drones à Moscou"
            lexicon.transfers_goods(head.lemma_ or head.text, lang)
            and any(c.dep_ in ("obj", "dobj") for c in head.children)
        )
    )
    heads = [head] if argument else []
    if head.pos_ == "NOUN" and head.dep_ in ("obj", "dobj"):  # "receive arms from Iran"
        heads.append(head.head)
    before = prepositions[0].i - 1
    if before >= 0 and root.doc[before].pos_ == "NOUN":
        heads.append(root.doc[before])
    return not any(lexicon.takes_addressee(t.lemma_ or t.text, lang) for t in heads)


def complements(token: Any) -> bool:
    """Whether `token` qualifies its head noun: an adjective, compound, possessive or "de"/"of" complement.

    "les commandants du Hezbollah" and "Russia's minister" qualify; "frappes contre la Syrie" does not.
    """
    if token.dep_ in ("amod", "compound", "poss", "nmod:poss", "appos", "flat:name"):
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ == "of"
    if token.dep_.startswith("nmod"):
        of_words = word_lists().of_words
        return any(c.dep_ == "case" and c.lower_ in of_words for c in token.children)
    return False


def title_link(token: Any) -> bool:
    """Whether `token` hangs from its head as a name part or apposition. A name coordinated to a noun
    without "et"/"and" ("l'ambassadeur russe, Maxim Maximov", a common mis-parse) is an apposition."""
    if token.dep_ in TITLE_DEPS:
        return True
    return (
        token.dep_ == "conj"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and not any(c.dep_ == "cc" for c in token.children)
    )


def referential(noun: Any) -> bool:
    """Whether a singular title names one holder ("le président russe", "son homologue") rather than the
    office ("un président russe", "l'ancien président", "le poste de président", "presidents")."""
    if "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS"):
        return False
    words = word_lists()
    modifiers = {t.lower_ for t in noun.children if t.i < noun.i or t.dep_ in ("amod", "advmod")}
    modifiers |= {t.lower_.rstrip("-") for t in _left_extension(noun)}
    if modifiers & (words.nonspecific_dets | words.other_holder) or noun.lower_.startswith("ex-"):
        return False
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return not (head.i != noun.i and head.lemma_.lower() in words.office_nouns)


def tidy(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """``[start, end)`` kept on the line holding `anchor`, without white space or punctuation at its edges."""
    anchor = min(max(anchor, start), end - 1)
    line_start = text.rfind("\n", start, anchor)
    start = start if line_start == -1 else line_start + 1
    line_end = text.find("\n", anchor, end)
    end = end if line_end == -1 else line_end
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
