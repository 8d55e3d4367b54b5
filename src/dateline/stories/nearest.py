"""Cosine search over the live stories' centroids: one row per story in a growing matrix.

A story's row is overwritten when it gains a member and freed when it leaves the index, so the
table holds the live stories only (bounded by the time window, not the corpus). Exact search (one
matrix-vector product) was chosen over HNSW libraries by measurement (`bench/ann.py`,
`docs/stories.md`).
"""

from __future__ import annotations

import numpy as np

#: Rows the table starts with (it doubles when full).
FIRST_ROWS = 256


class VectorTable:
    """Unit vectors under string keys (story ids), with exact cosine search. The rows in use are the
    first `len` ones (a removed row takes the last one's place), so a search reads no free rows."""

    def __init__(self, dim: int) -> None:
        self.matrix = np.zeros((FIRST_ROWS, dim), dtype=np.float32)
        self.keys: list[str] = []
        self._slot: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def put(self, key: str, vector: np.ndarray) -> None:
        """Set `key`'s vector (a new row, or its row overwritten)."""
        slot = self._slot.get(key)
        if slot is None:
            slot = self._slot[key] = len(self.keys)
            if slot == len(self.matrix):
                self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
            self.keys.append(key)
        self.matrix[slot] = vector

    def remove(self, key: str) -> None:
        slot = self._slot.pop(key)
        last = self.keys.pop()
        if last != key:  # the last row fills the gap
            self.matrix[slot] = self.matrix[len(self.keys)]
            self.keys[slot] = last
            self._slot[last] = slot

    def rank(
        self, vector: np.ndarray, keys: set[str], k: int, limit: int | None = None
    ) -> list[tuple[str, float]]:
        """`keys` (those in the table) and the `k` nearest other keys, by cosine with `vector`, best first
        (ties by key); only the first `limit` of them when given."""
        if not self.keys:
            return []
        scores = self.matrix[: len(self.keys)] @ vector
        k = min(k, len(self.keys))
        slot = self._slot.get
        asked = [i for i in map(slot, keys) if i is not None]
        slots = np.unique(
            np.concatenate([np.argpartition(-scores, k - 1)[:k], np.array(asked, dtype=np.intp)])
        )
        chosen = scores[slots]
        if limit is not None and len(slots) > limit:  # the rest cannot be among the first `limit`
            keep = chosen >= np.partition(chosen, len(chosen) - limit)[len(chosen) - limit]
            slots, chosen = slots[keep], chosen[keep]
        found = [(self.keys[i], s) for i, s in zip(slots.tolist(), chosen.tolist(), strict=True)]
        found.sort(key=lambda kv: (-kv[1], kv[0]))
        return found[:limit]
