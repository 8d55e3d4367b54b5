"""The actor knowledge base: typed entries, a folded alias index, demonyms and officeholders.

The KB is data: JSON/YAML files under ``kb/data`` plus any user files (``--kb FILE``). A file
holds a list of entries (or ``{"entries": [...]}``); a user entry with the id of a packaged one
replaces it. Aliases are keyed per language (``fr``, ``en``; ``"*"`` for any language) and
matched after folding case, accents and punctuation; short all-capital aliases ("US", "EI",
"UN") only match with the same capitals, so "us" or "un" never become actors.
"""

from __future__ import annotations

import bisect
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
#: Generated dictionary files, read by `DictionaryLayer`; their roles' titles start with `DICTIONARY_TITLE`.
DICTIONARY_SUFFIX = ".dict.json"
DICTIONARY_TITLE = "CAMEO "
_ID_OPENING = '{"id":"'
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


class DictionaryLayer:
    """KB entries generated from open event-data dictionaries (``*.dict.json``), read lazily.

    The file (written by ``scripts/build_dictionary_actors.py``) holds tens of thousands of entries,
    all with language-independent aliases; parsing and validating them all would cost a second at
    start-up. It is one JSON document laid out one field per line: the sorted folded alias keys,
    per key flat (entry number, capitalised-words mask) pairs (mask -1: an acronym matched with its
    capitals), the entry numbers per role country, then one entry per line, parsed on first use.
    """

    def __init__(self, path: str | Path) -> None:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        end = lines.index('"entries": [')
        header = json.loads("\n".join(lines[:end]) + '"entries": []}')
        self.source: dict[str, object] = header["source"]
        self.max_words: int = header["max_words"]
        self._keys: list[str] = header["keys"]
        self._records: list[list[int]] = header["records"]
        self._offices: dict[str, list[int]] = header["offices"]
        self._lines = [line for line in lines[end + 1 :] if line.startswith("{")]
        self._parsed: dict[int, KBEntry] = {}
        self._ids: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._lines)

    def entry(self, number: int) -> KBEntry:
        """Entry `number` (parsed and validated on first use)."""
        found = self._parsed.get(number)
        if found is None:
            found = self._parsed[number] = KBEntry.model_validate_json(self._lines[number].rstrip(","))
        return found

    def ids(self) -> dict[str, int]:
        if self._ids is None:
            # each line starts with the entry's id (`scripts/build_dictionary_actors.py` writes it first)
            self._ids = {
                line[len(_ID_OPENING) : line.index('"', len(_ID_OPENING))]: n
                for n, line in enumerate(self._lines)
            }
        return self._ids

    def is_prefix(self, key: str) -> bool:
        """Whether folded `key` is some name, or its first words (a space sorts before any letter)."""
        i = bisect.bisect_left(self._keys, key)
        return i < len(self._keys) and (self._keys[i] == key or self._keys[i].startswith(key + " "))

    def records(self, key: str) -> list[tuple[int, int]]:
        """(entry number, mask) pairs of the names folded to `key`."""
        i = bisect.bisect_left(self._keys, key)
        if i == len(self._keys) or self._keys[i] != key:
            return []
        flat = self._records[i]
        return [(flat[k], flat[k + 1]) for k in range(0, len(flat), 2)]

    def officeholders(self, country: str) -> list[KBEntry]:
        return [self.entry(n) for n in self._offices.get(country, ())]


class ActorKB:
    """An index over KB entries: alias, capital and demonym lookups, officeholders by date.

    Entries of `dictionaries` (generated, `DictionaryLayer`) give way to `entries` (written by hand or
    by users): an entry with the same id replaces theirs, and their names are looked up only for a
    surface no entry of `entries` is named."""

    def __init__(self, entries: Iterable[KBEntry], dictionaries: Iterable[DictionaryLayer] = ()) -> None:
        self._entries: dict[str, KBEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        self._dictionaries = list(dictionaries)
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
        self.max_words = max([self.max_words, *(d.max_words for d in self._dictionaries)])
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
        return len(self._entries) + sum(
            1 for layer in self._dictionaries for entry_id in layer.ids() if entry_id not in self._entries
        )

    def is_prefix(self, surface: str) -> bool:
        """Whether `surface`, folded (lower-cased or not), is the start of some alias, word for word."""
        known = self._prefix_memo.get(surface)
        if known is None:
            keys = (alias_key(surface), alias_key(surface, True))
            known = any(key in self._prefixes for key in keys) or any(
                d.is_prefix(key) for d in self._dictionaries for key in keys
            )
            if len(self._prefix_memo) < _MEMO_SIZE:
                self._prefix_memo[surface] = known
        return known

    def __iter__(self) -> Iterator[KBEntry]:
        """All entries (the dictionaries' parsed on the way: slow, for tools and tests)."""
        yield from self._entries.values()
        seen = set(self._entries)
        for layer in self._dictionaries:
            for number in range(len(layer)):
                entry = layer.entry(number)
                if entry.id not in seen:
                    seen.add(entry.id)
                    yield entry

    @property
    def entries(self) -> list[KBEntry]:
        return list(self)

    def get(self, entry_id: str) -> KBEntry | None:
        found = self._entries.get(entry_id)
        for layer in self._dictionaries:
            if found is not None:
                break
            number = layer.ids().get(entry_id)
            found = layer.entry(number) if number is not None else None
        return found

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
        if self._dictionaries and not any(hit.via == "alias" for hit in found):
            found.extend(self._dictionary_hits(surface, capitals, {hit.entry.id for hit in found}))
        return tuple(found)

    def _dictionary_hits(self, surface: str, capitals: tuple[bool, ...], seen: set[str]) -> Iterator[Hit]:
        """Alias hits in the dictionary layers (any language), as `_find_hits` checks them."""
        for cased in (True, False):
            key = alias_key(surface, cased=cased)
            for layer in self._dictionaries:
                for number, mask in layer.records(key):
                    if (mask == -1) != cased:
                        continue
                    if not cased and any(mask >> i & 1 and not have for i, have in enumerate(capitals)):
                        continue
                    entry = layer.entry(number)
                    if entry.id not in seen and entry.id not in self._entries:
                        seen.add(entry.id)
                        yield Hit(entry, "alias")

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
        offices = list(self._offices.get(country, ()))
        if title is None or title.startswith(DICTIONARY_TITLE):  # dictionary roles have CAMEO codes as titles
            for layer in self._dictionaries:
                offices.extend(
                    (entry, role)
                    for entry in layer.officeholders(country)
                    if entry.id not in self._entries
                    for role in entry.roles
                    if role.country == country
                )
        return [
            (entry, role)
            for entry, role in offices
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


def _packaged(dictionaries: bool) -> list[Path]:
    base = resources.files("dateline.kb") / "data" / "actors"
    names = [Path(str(f)) for f in base.iterdir() if f.name.endswith((".json", ".yaml", ".yml"))]
    return sorted(p for p in names if p.name.endswith(DICTIONARY_SUFFIX) == dictionaries)


def packaged_files() -> list[Path]:
    """The packaged KB entry files (``kb/data/actors/*.json|yaml``), dictionaries aside, in a stable order."""
    return _packaged(dictionaries=False)


def dictionary_files() -> list[Path]:
    """The packaged entries generated from open dictionaries (``kb/data/actors/*.dict.json``)."""
    return _packaged(dictionaries=True)


def load_kb(extra_files: Iterable[str | Path] = (), dictionaries: bool = True) -> ActorKB:
    """The packaged KB plus `extra_files` (`dateline.resources.Resources.kb` keeps one per process);
    `dictionaries`: with the entries generated from open dictionaries (`DictionaryLayer`)."""
    paths: list[str | Path] = [*packaged_files(), *extra_files]
    layers = [DictionaryLayer(path) for path in dictionary_files()] if dictionaries else []
    return ActorKB((entry for path in paths for entry in read_entries(path)), layers)
