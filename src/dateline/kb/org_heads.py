"""The sector of an organisation the KB does not know, from the head words of its name
(``kb/data/org_heads.yaml``): "la Haute Autorité pour la bonne gouvernance" GOV, "la Commission électorale
nationale indépendante" ELC, "le Mouvement pour la libération du Nord-Ouest" REB, "the Young Doctors
Association of Sindh" HLH, "the People's Renewal Front" PTY.

A French name's head is its first words (one adjective may come first: "Nouvelle Alliance"), an English
name's the words before its first complement ("… Association of Sindh"). A `body` head (office, authority,
commission, court…) and a `group` head (front, movement, union, association…) give their own sector unless
a qualifier of their class in the name says otherwise (the first one, left to right); a `fixed` head
(parti, syndicat, ordre des médecins) says it all; a `weak` head (conseil, comité) yields in French to a
later head of the name ("Conseil national de l'Ordre des médecins").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import yaml

from dateline.data import YAML_LOADER
from dateline.kb.roles import phrase_words

HeadClass = Literal["body", "group", "fixed"]
Words = tuple[str, ...]

#: Words that open a name without being part of its head.
_DETERMINERS = frozenset({"le", "la", "les", "l", "the", "un", "une", "a", "an"})
#: Words that end the head of an English name ("Association of Sindh", "Commission to Investigate").
_COMPLEMENTS = frozenset({"of", "for", "to", "on", "against", "in"})


@dataclass(frozen=True)
class OrgHeads:
    """Head phrases and qualifiers per language."""

    heads: dict[str, dict[Words, tuple[HeadClass, str]]]
    weak: dict[str, frozenset[Words]]
    qualifiers: dict[str, dict[str, dict[Words, str]]]

    @classmethod
    def from_data(cls, data: dict) -> OrgHeads:
        heads: dict[str, dict[Words, tuple[HeadClass, str]]] = {}
        weak: dict[str, frozenset[Words]] = {}
        for lang, table in data["heads"].items():
            lang_heads = heads.setdefault(lang, {})
            for head_class in ("body", "group", "fixed"):
                for sector, phrases in table.get(head_class, {}).items():
                    lang_heads.update((phrase_words(p), (head_class, sector)) for p in phrases)
            weak[lang] = frozenset(phrase_words(p) for p in table.get("weak", []))
        qualifiers = {
            lang: {
                head_class: {
                    phrase_words(p): sector for sector, phrases in by_sector.items() for p in phrases
                }
                for head_class, by_sector in table.items()
            }
            for lang, table in data["qualifiers"].items()
        }
        return cls(heads, weak, qualifiers)

    def sector(self, name: str, lang: str) -> str | None:
        """The sector the head of organisation name `name` gives, or None when its head is no known one."""
        words = phrase_words(name)
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        table = self.heads.get(lang)
        if not words or not table:
            return None
        found = self._english_head(words, table) if lang == "en" else self._french_head(words, table, lang)
        if found is None:
            return None
        head_class, sector = found
        if head_class == "fixed":
            return sector
        qualified = _first(words, self.qualifiers.get(lang, {}).get(head_class, {}))
        if head_class == "body" and sector != "GOV" and qualified != "ELC":
            return sector  # a court of state security is a court; an electoral court is an electoral body
        return qualified or sector

    def _french_head(
        self, words: Words, table: dict[Words, tuple[HeadClass, str]], lang: str
    ) -> tuple[HeadClass, str] | None:
        for start in (0, 1):  # "Nouvelle Alliance", "Grand Rassemblement": one adjective first
            head = _longest_at(words, start, table)
            if head is None:
                continue
            phrase, found = head
            if phrase in self.weak.get(lang, frozenset()):
                later = (_longest_at(words, i, table) for i in range(start + len(phrase), len(words)))
                stronger = next((h for h in later if h is not None and h[0] not in self.weak[lang]), None)
                if stronger is not None:
                    return stronger[1]
            return found
        return None

    @staticmethod
    def _english_head(
        words: Words, table: dict[Words, tuple[HeadClass, str]]
    ) -> tuple[HeadClass, str] | None:
        end = next((i for i, w in enumerate(words) if w in _COMPLEMENTS and i > 0), len(words))
        for size in range(min(end, 4), 0, -1):  # the longest head phrase ending on the head word
            found = table.get(words[end - size : end])
            if found is not None:
                return found
        return None


def _longest_at(
    words: Words, start: int, table: dict[Words, tuple[HeadClass, str]]
) -> tuple[Words, tuple[HeadClass, str]] | None:
    """The longest `table` phrase starting at `start`, with its value."""
    for size in range(min(len(words) - start, 6), 0, -1):
        phrase = words[start : start + size]
        if phrase in table:
            return phrase, table[phrase]
    return None


def _first(words: Words, qualifiers: dict[Words, str]) -> str | None:
    """The sector of the first qualifier phrase in `words`, left to right (the longest at one place)."""
    for start in range(len(words)):
        for size in range(min(len(words) - start, 4), 0, -1):
            sector = qualifiers.get(words[start : start + size])
            if sector is not None:
                return sector
    return None


@functools.cache
def org_heads() -> OrgHeads:
    """The packaged head-word tables, loaded once."""
    text = (resources.files("dateline.kb") / "data" / "org_heads.yaml").read_text(encoding="utf-8")
    return OrgHeads.from_data(yaml.load(text, Loader=YAML_LOADER))
