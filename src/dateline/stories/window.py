"""Nearest lead embeddings among the recent story members: exact search over day blocks.

Vectors are kept in one growing matrix per day (the day a member was published, or the newest day
seen when it was undated), so a search scans only the days in the time window and eviction drops
whole days: memory is bounded by the window, not the corpus. Chosen over HNSW libraries by
measurement (`bench/ann.py`, `docs/stories.md`).
"""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np

#: Rows a day block starts with (it doubles when full).
FIRST_ROWS = 64


class _Day:
    def __init__(self, dim: int) -> None:
        self.matrix = np.empty((FIRST_ROWS, dim), dtype=np.float32)
        self.keys: list[Hashable] = []

    def add(self, key: Hashable, vector: np.ndarray) -> None:
        n = len(self.keys)
        if n == len(self.matrix):
            grown = np.empty((2 * n, self.matrix.shape[1]), dtype=np.float32)
            grown[:n] = self.matrix
            self.matrix = grown
        self.matrix[n] = vector
        self.keys.append(key)


class EmbeddingWindow:
    """Unit vectors by day, each under a key (a story id); cosine search over a range of days."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._days: dict[int, _Day] = {}

    def __len__(self) -> int:
        return sum(len(d.keys) for d in self._days.values())

    @property
    def days(self) -> list[int]:
        return sorted(self._days)

    def add(self, day: int, key: Hashable, vector: np.ndarray) -> None:
        block = self._days.get(day)
        if block is None:
            block = self._days[day] = _Day(self.dim)
        block.add(key, vector)

    def nearest(
        self, vector: np.ndarray, k: int, low: int | None = None, high: int | None = None
    ) -> list[tuple[Hashable, float]]:
        """The keys of the `k` vectors most similar to `vector` (each key once, at its best cosine, best
        first) among days `low`..`high` (inclusive; None: unbounded)."""
        scores, keys = [], []
        for day, block in self._days.items():
            if (low is not None and day < low) or (high is not None and day > high) or not block.keys:
                continue
            scores.append(block.matrix[: len(block.keys)] @ vector)
            keys.extend(block.keys)
        if not keys:
            return []
        flat = np.concatenate(scores)
        top = np.argpartition(-flat, k - 1)[:k] if len(flat) > k else np.arange(len(flat))
        best: dict[Hashable, float] = {}
        for i in top[np.argsort(-flat[top], kind="stable")]:
            best.setdefault(keys[i], float(flat[i]))
        return list(best.items())

    def evict(self, before: int) -> int:
        """Drop every day before `before`; returns how many vectors went."""
        gone = [day for day in self._days if day < before]
        dropped = sum(len(self._days[day].keys) for day in gone)
        for day in gone:
            del self._days[day]
        return dropped
