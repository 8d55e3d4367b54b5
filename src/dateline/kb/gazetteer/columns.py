"""The index's storage: records and names accumulated in a `Builder`, then packed by `columnar` into numpy
columns and hash-sorted CSR arrays (one pickle of a few large buffers, fast to load)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dateline.kb.gazetteer.folding import fold_name, is_latin, loose_key


@dataclass
class Builder:
    """Accumulates columns and the name index while building."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, row: tuple[Any, ...], names: list[str], primary: str) -> int:
        """Add a record (name, cc, lat, lon, pop, fcode, gid, admin1) under its names; primary first."""
        index = len(self.rows)
        self.rows.append(row)
        main = fold_name(primary)
        seen: set[str] = set()
        for name in [primary, *names]:
            key = fold_name(name)
            if key and key not in seen and is_latin(key):
                seen.add(key)
                self.names[key].append(2 * index + (key == main))
        return index


class Strings:
    """Many strings packed in one UTF-8 buffer with offsets: one object to unpickle, decoded on access."""

    def __init__(self, values: Sequence[str]) -> None:
        encoded = [v.encode("utf-8") for v in values]
        self.blob = b"".join(encoded)
        self.offsets = np.concatenate([[0], np.cumsum([len(v) for v in encoded], dtype=np.int64)])

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, n: int) -> str:
        return self.blob[self.offsets[n] : self.offsets[n + 1]].decode("utf-8")


class Codes:
    """A column of few distinct strings (countries, feature codes, admin-1 names): codes into a vocabulary."""

    def __init__(self, values: Sequence[str]) -> None:
        self.vocabulary = list(dict.fromkeys(values))
        index = {v: n for n, v in enumerate(self.vocabulary)}
        self.codes = np.fromiter((index[v] for v in values), dtype=np.int32, count=len(values))

    def __getitem__(self, n: int) -> str:
        return self.vocabulary[self.codes[n]]


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a folded name (Python's own `hash` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def columnar(builder: Builder) -> dict[str, Any]:
    """The builder's rows as columns and its name index as hash-sorted CSR arrays (pickles and loads fast)."""
    fields = ("name", "country", "lat", "lon", "population", "feature_code", "geonames_id", "admin1")
    columns: dict[str, Any] = {}
    for n, column in enumerate(fields):
        values = [row[n] for row in builder.rows]
        if column in ("lat", "lon"):
            columns[column] = np.asarray(values, dtype=np.float64)
        elif column in ("population", "geonames_id"):
            columns[column] = np.asarray(values, dtype=np.int64)
        elif column == "name":
            columns[column] = Strings([str(v) for v in values])
        else:
            columns[column] = Codes([str(v) for v in values])
    keys = sorted(builder.names, key=key_hash)
    lengths = np.fromiter((len(builder.names[k]) for k in keys), dtype=np.int64, count=len(keys))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    codes = np.fromiter((c for k in keys for c in builder.names[k]), dtype=np.int64, count=int(offsets[-1]))
    hashes = np.fromiter((key_hash(k) for k in keys), dtype=np.uint64, count=len(keys))
    return {
        "columns": columns, "hashes": hashes, "keys": Strings(keys), "offsets": offsets, "codes": codes,
        **_loose_index(keys),
    }  # fmt: skip


#: Shortest loose key indexed: shorter ones match too many unrelated names.
MIN_LOOSE = 4


def _loose_index(keys: Sequence[str]) -> dict[str, np.ndarray]:
    """The exact keys' slots grouped by `loose_key`, as a hash-sorted CSR table like the exact one."""
    groups: dict[int, list[int]] = defaultdict(list)
    for slot, key in enumerate(keys):
        loose = loose_key(key)
        if len(loose) >= MIN_LOOSE:
            groups[key_hash(loose)].append(slot)
    order = sorted(groups)
    lengths = np.fromiter((len(groups[h]) for h in order), dtype=np.int64, count=len(order))
    return {
        "loose_hashes": np.asarray(order, dtype=np.uint64),
        "loose_offsets": np.concatenate([[0], np.cumsum(lengths)]),
        "loose_slots": np.fromiter(
            (s for h in order for s in groups[h]), dtype=np.int64, count=int(lengths.sum())
        ),
    }
