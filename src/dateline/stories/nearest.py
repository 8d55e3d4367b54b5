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
    """Unit vectors under string keys (story ids), with exact cosine search."""

    def __init__(self, dim: int) -> None:
        self.matrix = np.zeros((FIRST_ROWS, dim), dtype=np.float32)
        self.keys: list[str | None] = [None] * FIRST_ROWS
        self._used = np.zeros(FIRST_ROWS, dtype=bool)
        self._slot: dict[str, int] = {}
        self._free = list(range(FIRST_ROWS - 1, -1, -1))

    def __len__(self) -> int:
        return len(self._slot)

    def put(self, key: str, vector: np.ndarray) -> None:
        """Set `key`'s vector (a new row, or its row overwritten)."""
        slot = self._slot.get(key)
        if slot is None:
            if not self._free:
                self._grow()
            slot = self._slot[key] = self._free.pop()
            self.keys[slot] = key
            self._used[slot] = True
        self.matrix[slot] = vector

    def remove(self, key: str) -> None:
        slot = self._slot.pop(key)
        self.keys[slot] = None
        self._used[slot] = False
        self._free.append(slot)

    def rank(
        self, vector: np.ndarray, keys: set[str], k: int, limit: int | None = None
    ) -> list[tuple[str, float]]:
        """`keys` (those in the table) and the `k` nearest other keys, by cosine with `vector`, best first
        (ties by key); only the first `limit` of them when given."""
        if not self._slot:
            return []
        scores = np.where(self._used, self.matrix @ vector, -np.inf)
        k = min(k, len(self._slot))
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

    def _grow(self) -> None:
        n = len(self.keys)
        self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
        self.keys.extend([None] * n)
        self._used = np.concatenate([self._used, np.zeros(n, dtype=bool)])
        self._free = list(range(2 * n - 1, n - 1, -1))
