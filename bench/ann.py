"""Candidate search over lead embeddings: exact numpy against ANN libraries, on a date-ordered stream
(a script, not a test; how the story clustering's `VectorTable` was chosen).

    OPENBLAS_NUM_THREADS=1 python bench/ann.py [--per-day 140 1400 5000] [--docs 20000] [--k 16]

Synthetic unit vectors (512-d) in stories: each story has a random centre and a few days of life, its
reports are the centre plus noise (same-story cosine ≈ 0.75, unrelated ≈ 0). The stream arrives in day
order; every document first asks for its `k` nearest live vectors (members of the last `keep` days),
then is added; days older than `keep` are evicted. Reports CPU ms per document (query + add + evict)
and recall@k against the exact search. Libraries that are not installed are skipped
(``pip install faiss-cpu usearch`` to compare them; ``hnswlib`` has no wheel).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import numpy as np

DIM = 512


class Backend(Protocol):
    def add(self, day: int, key: int, vector: np.ndarray) -> None: ...
    def query(self, vector: np.ndarray, k: int) -> list[int]: ...
    def evict(self, before_day: int) -> None: ...


class Exact:
    """The project's `VectorTable`: one matrix-vector product over the live rows; eviction frees rows."""

    def __init__(self) -> None:
        from dateline.stories.nearest import VectorTable

        self.table = VectorTable(DIM)
        self.by_day: dict[int, list[str]] = {}

    def add(self, day: int, key: int, vector: np.ndarray) -> None:
        self.table.put(str(key), vector)
        self.by_day.setdefault(day, []).append(str(key))

    def query(self, vector: np.ndarray, k: int) -> list[int]:
        return [int(key) for key, _ in self.table.rank(vector, set(), k)]

    def evict(self, before_day: int) -> None:
        for day in [d for d in self.by_day if d < before_day]:
            for key in self.by_day.pop(day):
                self.table.remove(key)


class PerDay:
    """One ANN index per day (no deletion needed: a day's index is dropped whole)."""

    def __init__(self, make: Callable[[], Any], add: Callable, search: Callable) -> None:
        self.make, self._add, self._search = make, add, search
        self.days: dict[int, Any] = {}

    def add(self, day: int, key: int, vector: np.ndarray) -> None:
        if day not in self.days:
            self.days[day] = self.make()
        self._add(self.days[day], key, vector)

    def query(self, vector: np.ndarray, k: int) -> list[int]:
        found: list[tuple[float, int]] = []
        for index in self.days.values():
            found += self._search(index, vector, k)
        return [key for _, key in sorted(found, reverse=True)[:k]]

    def evict(self, before_day: int) -> None:
        for day in [d for d in self.days if d < before_day]:
            del self.days[day]


class USearchOne:
    """One usearch HNSW index with removal."""

    def __init__(self, dtype: str) -> None:
        from usearch.index import Index

        self.index = Index(ndim=DIM, metric="ip", dtype=dtype, connectivity=16)
        self.by_day: dict[int, list[int]] = {}

    def add(self, day: int, key: int, vector: np.ndarray) -> None:
        self.index.add(key, vector)
        self.by_day.setdefault(day, []).append(key)

    def query(self, vector: np.ndarray, k: int) -> list[int]:
        if len(self.index) == 0:
            return []
        return [int(x) for x in self.index.search(vector, k).keys]

    def evict(self, before_day: int) -> None:
        for day in [d for d in self.by_day if d < before_day]:
            self.index.remove(np.asarray(self.by_day.pop(day), dtype=np.uint64))


def faiss_hnsw() -> PerDay:
    import faiss

    def make() -> Any:
        index = faiss.IndexHNSWFlat(DIM, 16, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 64
        return [index, []]

    def add(state: list, key: int, vector: np.ndarray) -> None:
        state[0].add(vector[None, :])
        state[1].append(key)

    def search(state: list, vector: np.ndarray, k: int) -> list[tuple[float, int]]:
        scores, ids = state[0].search(vector[None, :], k)
        return [(float(s), state[1][i]) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0]

    return PerDay(make, add, search)


def stream(per_day: int, docs: int, rng: np.random.Generator) -> Iterator[tuple[int, np.ndarray]]:
    """(day, vector) in day order: about `per_day` reports a day in stories of 1–20 reports over 1–5 days."""
    live: list[tuple[np.ndarray, int, int]] = []  # centre, last day, reports left
    for n in range(docs):
        day = n // per_day
        live = [s for s in live if s[1] >= day and s[2] > 0]
        if not live or rng.random() < 0.3:
            centre = rng.standard_normal(DIM).astype(np.float32)
            live.append(
                (centre / np.linalg.norm(centre), day + int(rng.integers(1, 6)), int(rng.integers(1, 21)))
            )
        pick = int(rng.integers(len(live)))
        centre, last, left = live[pick]
        live[pick] = (centre, last, left - 1)
        noise = rng.standard_normal(DIM).astype(np.float32)
        vector = centre + 0.58 * noise / np.linalg.norm(noise)
        yield day, vector / np.linalg.norm(vector)


def run(
    backend: Backend, per_day: int, docs: int, k: int, keep: int, seed: int
) -> tuple[float, list[list[int]]]:
    rng = np.random.default_rng(seed)
    results, spent = [], 0.0
    current = -1
    for key, (day, vector) in enumerate(stream(per_day, docs, rng)):
        started = time.process_time()
        if day != current:
            backend.evict(day - keep)
            current = day
        results.append(backend.query(vector, k))
        backend.add(day, key, vector)
        spent += time.process_time() - started
    return spent / docs * 1000, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-day", type=int, nargs="+", default=[140, 1400, 5000])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--k", type=int, default=16)
    parser.add_argument("--keep", type=int, default=14, help="days kept live")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    backends: dict[str, Callable[[], Backend]] = {
        "exact numpy (VectorTable)": Exact,
        "faiss HNSW, one per day": faiss_hnsw,
        "usearch HNSW f32, one index": lambda: USearchOne("f32"),
        "usearch HNSW i8, one index": lambda: USearchOne("i8"),
    }
    for per_day in args.per_day:
        live = per_day * args.keep
        print(
            f"{per_day} reports/day, ≈{min(live, args.docs)} live vectors, {args.docs} documents, k={args.k}"
        )
        truth: list[list[int]] | None = None
        for name, make in backends.items():
            try:
                backend = make()
            except ImportError:
                print(f"  {name:30} not installed")
                continue
            ms, results = run(backend, per_day, args.docs, args.k, args.keep, args.seed)
            if truth is None:
                truth = results
            hits = sum(len(set(r) & set(t)) for r, t in zip(results, truth, strict=True))
            recall = hits / max(sum(len(t) for t in truth), 1)
            print(f"  {name:30} {ms:6.3f} ms CPU/doc   recall@{args.k} {recall:.3f}")


if __name__ == "__main__":
    main()
