"""The `Gazetteer`: exact folded-name lookup of records, countries and demonyms over the packed index."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from dateline.kb.gazetteer.columns import Builder, Strings, columnar, key_hash
from dateline.kb.gazetteer.entry import Entry
from dateline.kb.gazetteer.folding import fold_name, loose_key
from dateline.kb.gazetteer.written import written_target

#: How many looked-up names a gazetteer remembers (≈ 100 bytes each).
REMEMBERED = 50_000


class Gazetteer:
    """Exact folded-name lookup over the packaged GeoNames extracts.

    The state is a handful of numpy arrays and packed strings (no per-name Python object), so the
    pickled index loads in a few tenths of a second: names are found by a 64-bit hash in a sorted array
    (checked against the packed key), and each name's records are a slice of a CSR array."""

    def __init__(self, state: dict[str, Any]) -> None:
        self._columns: dict[str, Any] = state["columns"]
        self._hashes: np.ndarray = state["hashes"]
        self._keys: Strings = state["keys"]
        self._offsets: np.ndarray = state["offsets"]
        self._codes: np.ndarray = state["codes"]
        self._demonyms: dict[str, list[str]] = state["demonyms"]
        self._countries: dict[str, int] = state["countries"]
        self._loose_hashes: np.ndarray = state["loose_hashes"]
        self._loose_offsets: np.ndarray = state["loose_offsets"]
        self._loose_slots: np.ndarray = state["loose_slots"]
        self._entries: dict[int, Entry] = {}  # records built so far (they are immutable)
        self._slots: dict[str, int | None] = {}  # folded names looked up so far (the index is immutable)

    def _slot(self, key: str) -> int | None:
        """The index slot of a folded name (None when absent), remembered for the next lookup of the name
        (up to `REMEMBERED` names, then forgotten all at once)."""
        if key in self._slots:
            return self._slots[key]
        if len(self._slots) >= REMEMBERED:
            self._slots.clear()
        slot = self._slots[key] = self._find_slot(key)
        return slot

    def _find_slot(self, key: str) -> int | None:
        target = np.uint64(key_hash(key))
        n = int(np.searchsorted(self._hashes, target))
        while n < len(self._hashes) and self._hashes[n] == target:
            if self._keys[n] == key:
                return n
            n += 1
        return None

    @classmethod
    def from_records(
        cls, records: Iterable[tuple[Entry, Sequence[str]]], demonyms: dict[str, Sequence[str]] | None = None
    ) -> Gazetteer:
        """A small gazetteer from `Entry` records and their alternate names (user tables, tests)."""
        builder = Builder()
        countries: dict[str, int] = {}
        for entry, names in records:
            row = (
                entry.name, entry.country, entry.lat, entry.lon, entry.population, entry.feature_code,
                entry.geonames_id or 0, entry.admin1 or "",
            )  # fmt: skip
            index = builder.add(row, list(names), entry.name)
            if entry.feature_code == "PCLI":
                countries[entry.country] = index
        table = {fold_name(word): list(codes) for word, codes in (demonyms or {}).items()}
        return cls({**columnar(builder), "demonyms": table, "countries": countries})

    def __len__(self) -> int:
        return len(self._columns["lat"])

    def entry(self, index: int) -> Entry:
        found = self._entries.get(index)
        if found is None:
            found = self._entries[index] = self._build_entry(index)
        return found

    def _build_entry(self, index: int) -> Entry:
        c = self._columns
        return Entry(
            index, c["name"][index], c["country"][index], float(c["lat"][index]), float(c["lon"][index]),
            int(c["population"][index]), c["feature_code"][index], int(c["geonames_id"][index]) or None,
            c["admin1"][index] or None,
        )  # fmt: skip

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every record named `name` (folded), each with whether it is the record's main name; a listed
        abbreviation written as such ("L.A.", "Que.") names only the record it stands for (as an alternate
        name: a short one is no strong evidence of a place)."""
        written = written_target(name)
        if written is not None:
            found = [(entry, False) for entry, _ in self._folded(written.name) if written.matches(entry)]
            if found:
                return found
        return self._folded(name)

    def _folded(self, name: str) -> list[tuple[Entry, bool]]:
        slot = self._slot(fold_name(name))
        if slot is None:
            return []
        codes = self._codes[self._offsets[slot] : self._offsets[slot + 1]]
        return [(self.entry(code >> 1), bool(code & 1)) for code in codes.tolist()]

    def loose(self, name: str, indexed: bool = False) -> list[str]:
        """The indexed names (folded keys) spelt like `name` up to transliteration (`loose_key`: "Afes" →
        "afis", "al-Hasakeh" → "Hassaka"), those of the most populous records first; none when `name`
        itself is indexed, unless `indexed` (then its other spellings: "Zaouia" → "zawiya")."""
        key = fold_name(name)
        if self._slot(key) is not None and not indexed:
            return []
        target = np.uint64(key_hash(loose_key(key)))
        n = int(np.searchsorted(self._loose_hashes, target))
        if n == len(self._loose_hashes) or self._loose_hashes[n] != target:
            return []
        slots = self._loose_slots[self._loose_offsets[n] : self._loose_offsets[n + 1]].tolist()
        keys = [k for slot in slots if (k := self._keys[slot]) != key]
        return sorted(keys, key=lambda k: -max(e.population for e in self.candidates(k)))

    def candidates(self, name: str) -> list[Entry]:
        return [entry for entry, _ in self.lookup(name)]

    def record(self, name: str, geonames_id: int | None) -> Entry | None:
        """The record named `name` with this GeoNames id (None: a record without one, e.g. a site)."""
        return next((entry for entry, _ in self.lookup(name) if entry.geonames_id == geonames_id), None)

    def __contains__(self, name: str) -> bool:
        return self._slot(fold_name(name)) is not None

    def country(self, iso2: str) -> Entry | None:
        index = self._countries.get(iso2.upper())
        return None if index is None else self.entry(index)

    def demonym(self, word: str) -> list[Entry]:
        """Countries, or first-level units and regions ("Ohioans"), whose inhabitants `word` names
        ("Syrian", "syriennes")."""
        found = (self._inhabited(code) for code in self._demonyms.get(fold_name(word), ()))
        return [entry for entry in found if entry is not None]

    def _inhabited(self, code: str) -> Entry | None:
        """The country of an ISO-2 `code`, or the unit or region of a "ISO-2:name" one."""
        iso2, _, name = code.partition(":")
        if not name:
            return self.country(iso2)
        units = [e for e, main in self.lookup(name) if main and e.country == iso2 and e.feature_class in "AL"]
        return min(units, key=lambda e: e.feature_code != "ADM1", default=None)
