"""The actor knowledge base: typed entries, a folded alias index, demonyms and officeholders.

The KB is data: JSON/YAML files under ``kb/data`` plus any user files (``--kb FILE``). A file
holds a list of entries (or ``{"entries": [...]}``); a user entry with the id of a packaged one
replaces it. Aliases are keyed per language (``fr``, ``en``; ``"*"`` for any language) and
matched after folding case, accents and punctuation; short all-capital aliases ("US", "EI",
"UN") only match with the same capitals, so "us" or "un" never become actors.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from dateline.data import YAML_LOADER
from dateline.model import ActorKind

AliasMap = dict[str, list[str]]
Via = Literal["alias", "capital", "demonym"]

ANY_LANGUAGE = "*"
_WORD = re.compile(r"[^\W_]+")
_CASED_MAX_LETTERS = 5
#: Most surfaces `ActorKB.is_prefix` remembers.
_MEMO_SIZE = 1 << 16


@functools.lru_cache(maxsize=1 << 16)
def alias_key(text: str, cased: bool = False) -> str:
    """`text` folded for alias matching: accents and punctuation dropped, lower-cased unless `cased`."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(stripped if cased else stripped.lower()))


@functools.lru_cache(maxsize=1 << 16)
def capitalised(text: str) -> tuple[bool, ...]:
    """For each word of `text` (as `alias_key` splits it), whether it starts with a capital."""
    decomposed = unicodedata.normalize("NFKD", text)
    return tuple(word[0].isupper() for word in _WORD.findall(decomposed))


def is_cased_alias(alias: str) -> bool:
    """Short all-capital aliases (acronyms) must match with their capitals."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= _CASED_MAX_LETTERS and all(c.isupper() for c in letters)


class Role(BaseModel):
    """An office held over a period (ISO dates, any precision; ``end`` null while in office)."""

    model_config = ConfigDict(extra="forbid")

    title: str
    country: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _as_iso(cls, value: object) -> str | None:
        """YAML reads ``2016-11-20`` as a date and ``2017`` as an int: keep ISO text."""
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, date | int):
            return str(value)
        raise ValueError(f"not a date: {value!r}")

    def active(self, when: str) -> bool:
        """Whether this role overlaps the period `when` denotes ("2016", "2016-11", "2016-11-20")."""
        low, high = _bounds(when)
        starts_before = self.start is None or _bounds(self.start)[0] <= high
        ends_after = self.end is None or _bounds(self.end)[1] >= low
        return starts_before and ends_after


class KBEntry(BaseModel):
    """One actor: a country, an organisation, a person or a group."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    aliases: AliasMap = Field(default_factory=dict)
    roles: list[Role] = Field(default_factory=list)
    capitals: AliasMap = Field(default_factory=dict)
    demonyms: AliasMap = Field(default_factory=dict)

    def roles_at(self, when: str | None) -> list[Role]:
        """The roles held at `when` (all roles when the date is unknown)."""
        return [r for r in self.roles if when is None or r.active(when)]

    def sector_at(self, when: str | None) -> str | None:
        """The entry's sector, or that of the role it held at `when`."""
        return self.sector or self._role_at(when, "sector")

    def country_at(self, when: str | None) -> str | None:
        """The entry's country, or that of the role it held at `when` (``IGO`` for a UN secretary-general)."""
        return self.country or self._role_at(when, "country")

    def _role_at(self, when: str | None, attribute: Literal["sector", "country"]) -> str | None:
        """`attribute` of the latest role held at `when` (of the latest role when none was)."""
        current = self.roles_at(when) or self.roles
        return getattr(current[-1], attribute) if current else None


@dataclass(frozen=True)
class Hit:
    """An alias match: the entry and whether it came from a name, a capital or a demonym."""

    entry: KBEntry
    via: Via


def _bounds(when: str) -> tuple[str, str]:
    """The first and last day (as sortable strings) of a partial ISO date."""
    parts = when[:10].split("-")
    year = parts[0]
    month_low, month_high = (parts[1], parts[1]) if len(parts) > 1 else ("01", "12")
    day_low, day_high = (parts[2], parts[2]) if len(parts) > 2 else ("01", "31")
    return f"{year}-{month_low}-{day_low}", f"{year}-{month_high}-{day_high}"


class ActorKB:
    """An index over KB entries: alias, capital and demonym lookups, officeholders by date."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self._entries: dict[str, KBEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        # (language, cased) -> key -> [(entry id, via, capitalised words of the alias)]
        self._index: dict[tuple[str, bool], dict[str, list[tuple[str, Via, tuple[bool, ...]]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.max_words = 1
        for entry in self._entries.values():
            self._index_entry(entry)
        self._prefixes = {
            " ".join(words[:n]) for table in self._index.values() for words in map(str.split, table)
            for n in range(1, len(words) + 1)
        }  # fmt: skip
        self._prefix_memo: dict[str, bool] = {}
        self._hits_memo: dict[tuple[str, str], tuple[Hit, ...]] = {}
        # country -> [(person, role)] in entry then role order, for `officeholders`
        self._offices: dict[str | None, list[tuple[KBEntry, Role]]] = defaultdict(list)
        for entry in self._entries.values():
            for role in entry.roles:
                self._offices[role.country].append((entry, role))

    def _index_entry(self, entry: KBEntry) -> None:
        groups: list[tuple[Via, AliasMap]] = [
            ("alias", {**entry.aliases, ANY_LANGUAGE: [entry.name, *entry.aliases.get(ANY_LANGUAGE, [])]}),
            ("capital", entry.capitals),
            ("demonym", entry.demonyms),
        ]
        for via, by_language in groups:
            for language, names in by_language.items():
                for name in names:
                    cased = is_cased_alias(name)
                    key = alias_key(name, cased=cased)
                    if not key:
                        continue
                    record = (entry.id, via, () if cased else capitalised(name))
                    bucket = self._index[(language, cased)][key]
                    if record not in bucket:
                        bucket.append(record)
                    self.max_words = max(self.max_words, key.count(" ") + 1)

    def __len__(self) -> int:
        return len(self._entries)

    def is_prefix(self, surface: str) -> bool:
        """Whether `surface`, folded (lower-cased or not), is the start of some alias, word for word."""
        known = self._prefix_memo.get(surface)
        if known is None:
            known = alias_key(surface) in self._prefixes or alias_key(surface, True) in self._prefixes
            if len(self._prefix_memo) < _MEMO_SIZE:
                self._prefix_memo[surface] = known
        return known

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    @property
    def entries(self) -> list[KBEntry]:
        return list(self._entries.values())

    def get(self, entry_id: str) -> KBEntry | None:
        return self._entries.get(entry_id)

    def hits(self, surface: str, lang: str) -> list[Hit]:
        """Every entry whose alias, capital or demonym equals `surface` (folded) in `lang`.

        A capitalised word of a name must be capitalised in `surface` too, so "the times" or
        "la libération" do not match a newspaper called "The Times" or "Libération".
        """
        found = self._hits_memo.get((surface, lang))
        if found is None:
            found = self._find_hits(surface, lang)
            if len(self._hits_memo) < _MEMO_SIZE:
                self._hits_memo[(surface, lang)] = found
        return list(found)

    def _find_hits(self, surface: str, lang: str) -> tuple[Hit, ...]:
        found: list[Hit] = []
        seen: set[tuple[str, Via]] = set()
        capitals = capitalised(surface)
        for cased in (True, False):
            key = alias_key(surface, cased=cased)
            for language in (lang, ANY_LANGUAGE):
                for entry_id, via, needed in self._index.get((language, cased), {}).get(key, ()):
                    fits = all(have or not need for have, need in zip(capitals, needed, strict=False))
                    if fits and (entry_id, via) not in seen:
                        seen.add((entry_id, via))
                        found.append(Hit(self._entries[entry_id], via))
        return tuple(found)

    def lookup(self, surface: str, lang: str) -> list[KBEntry]:
        """Entries named `surface` (an alias, not a capital or demonym) in `lang`."""
        return [hit.entry for hit in self.hits(surface, lang) if hit.via == "alias"]

    def demonyms(self, word: str, lang: str) -> list[str]:
        """The ISO-3 codes `word` is a demonym of ("congolais" → COD and COG)."""
        return [h.entry.id for h in self.hits(word, lang) if h.via == "demonym"]

    def demonym(self, word: str, lang: str) -> str | None:
        """The one country `word` is a demonym of, or None (unknown or ambiguous)."""
        codes = self.demonyms(word, lang)
        return codes[0] if len(codes) == 1 else None

    def capital_of(self, surface: str, lang: str) -> list[str]:
        """The ISO-3 codes whose capital (used as a metonym) is `surface`."""
        return [h.entry.id for h in self.hits(surface, lang) if h.via == "capital"]

    def officeholders(
        self, country: str, when: str | None, title: str | None = None
    ) -> list[tuple[KBEntry, Role]]:
        """Persons holding an office of `country` at `when` (any date when None), optionally one title."""
        return [
            (entry, role)
            for entry, role in self._offices.get(country, ())
            if (title is None or role.title == title) and (when is None or role.active(when))
        ]


def read_entries(path: str | Path) -> list[KBEntry]:
    """KB entries from one JSON or YAML file (a list, or a mapping with ``entries``)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=YAML_LOADER)
    if isinstance(data, dict):
        data = data.get("entries", [])
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of KB entries")
    return [KBEntry.model_validate(item) for item in data]


def packaged_files() -> list[Path]:
    """The packaged KB entry files (``kb/data/actors/*.json|yaml``), in a stable order."""
    base = resources.files("dateline.kb") / "data" / "actors"
    return sorted(Path(str(f)) for f in base.iterdir() if f.name.endswith((".json", ".yaml", ".yml")))


def load_kb(extra_files: Iterable[str | Path] = ()) -> ActorKB:
    """The packaged KB plus `extra_files` (`dateline.resources.Resources.kb` keeps one per process)."""
    paths: list[str | Path] = [*packaged_files(), *extra_files]
    return ActorKB(entry for path in paths for entry in read_entries(path))
