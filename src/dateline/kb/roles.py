"""The role-noun lexicon (``kb/data/roles.yaml``): noun phrase → actor sector, office title, place noun.

Phrases are compared word by word after folding (`alias_key`) and dropping a final plural
``s``/``x`` (``-ies`` → ``-y``), so "officiers", "Officials", "cities" and "forces armées" find
their singular entries.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

import yaml

from dateline.data import YAML_LOADER
from dateline.kb.actors import alias_key

#: Most phrases a `RoleLexicon` remembers.
_MEMO_SIZE = 1 << 16


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


@functools.lru_cache(maxsize=1 << 15)
def phrase_words(text: str) -> tuple[str, ...]:
    """`text` as folded, singularised words (the lexicon's matching form)."""
    return tuple(_singular(w) for w in alias_key(text).split())


def _longest(words: tuple[str, ...], table: dict[tuple[str, ...], str]) -> str | None:
    """The value of the longest `table` phrase occurring in `words` (earliest on ties)."""
    best: tuple[int, str] | None = None
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            value = table.get(words[i : i + size])
            if value is not None:
                best = (size, value)
                break
        if best:
            break
    return best[1] if best else None


@dataclass(frozen=True)
class RoleLexicon:
    """Sector, title, place-noun and institution tables per language."""

    sectors: dict[str, dict[tuple[str, ...], str]]
    titles: dict[str, dict[tuple[str, ...], str]]
    places: dict[str, frozenset[tuple[str, ...]]]
    institutions: dict[str, frozenset[tuple[str, ...]]]
    addressees: dict[str, frozenset[tuple[str, ...]]]
    transfers: dict[str, frozenset[tuple[str, ...]]]
    #: (table, language, phrase) → longest match, for `sector` and `title`.
    _memo: dict[tuple[str, str, str], str | None] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_data(cls, data: dict) -> RoleLexicon:
        sectors = {
            lang: {phrase_words(p): sector for sector, phrases in table.items() for p in phrases}
            for lang, table in data["sectors"].items()
        }
        titles = {
            lang: {phrase_words(p): title for p, title in table.items()}
            for lang, table in data["titles"].items()
        }
        places = {lang: frozenset(phrase_words(p) for p in ps) for lang, ps in data["places"].items()}
        institutions = {
            lang: frozenset(phrase_words(p) for p in ps) for lang, ps in data["institutions"].items()
        }
        addressees, transfers = (
            {lang: frozenset(phrase_words(p) for p in ps) for lang, ps in data[key].items()}
            for key in ("addressees", "transfers")
        )
        return cls(sectors, titles, places, institutions, addressees, transfers)

    def sector(self, noun_phrase: str, lang: str) -> str | None:
        """The sector named by the longest role phrase in `noun_phrase` ("chef d'état-major" → MIL)."""
        return self._lookup("sectors", noun_phrase, lang)

    def title(self, noun_phrase: str, lang: str) -> str | None:
        """The office title in `noun_phrase` ("ministre de la Défense" → "defence minister")."""
        return self._lookup("titles", noun_phrase, lang)

    def _lookup(self, table: Literal["sectors", "titles"], noun_phrase: str, lang: str) -> str | None:
        """`_longest` over one table, remembered per phrase (the tables never change)."""
        key = (table, lang, noun_phrase)
        if key in self._memo:
            return self._memo[key]
        found = _longest(phrase_words(noun_phrase), getattr(self, table).get(lang, {}))
        if len(self._memo) < _MEMO_SIZE:
            self._memo[key] = found
        return found

    def is_place(self, noun: str, lang: str) -> bool:
        """Whether `noun` names a place ("ville", "city"): a demonym on it is geography, not an actor."""
        return phrase_words(noun) in self.places.get(lang, frozenset())

    def is_institution(self, noun: str, lang: str) -> bool:
        """Whether the singular `noun` names a body ("armée", "government") rather than a person."""
        return phrase_words(noun) in self.institutions.get(lang, frozenset())

    def takes_addressee(self, lemma: str, lang: str) -> bool:
        """Whether "à X" / "to X" after `lemma` names an addressee ("soutien à Damas"), not a place."""
        return phrase_words(lemma) in self.addressees.get(lang, frozenset())

    def transfers_goods(self, lemma: str, lang: str) -> bool:
        """Whether the verb `lemma` gives, sells or buys: with an object, its "à X" is the other party."""
        return phrase_words(lemma) in self.transfers.get(lang, frozenset())


def load_role_lexicon() -> RoleLexicon:
    """The packaged role lexicon (`dateline.resources.Resources.roles` keeps one per process)."""
    text = (resources.files("dateline.kb") / "data" / "roles.yaml").read_text(encoding="utf-8")
    return RoleLexicon.from_data(yaml.load(text, Loader=YAML_LOADER))
