"""spaCy's tokenizer cache, kept warm across memory zones.

Inside a memory zone spaCy's tokenizer caches nothing (an entry would point at words the zone
forgets when it closes), so a word first met inside a zone is split by the prefix, suffix and
infix rules again at every occurrence: ≈ 4 ms a report in English and 10 in French, against
0.3 and 0.5 with the cache (``docs/performance.md``). `WordCache` counts the whitespace-separated
chunks the tokenizer sees inside a zone and, once the zone is closed, tokenizes the frequent ones
outside any zone, which caches them for good. At most `budget` chunks a language are cached this
way, so memory stays bounded on an endless stream.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any


class WordCache:
    """Chunks met inside memory zones, cached by each language's tokenizer after the zone."""

    def __init__(self, budget: int = 20_000, min_count: int = 2) -> None:
        self.budget = budget
        self.min_count = min_count
        self.counts: dict[str, Counter[str]] = {}
        self.cached: dict[str, set[str]] = {}

    def observe(self, language: str, texts: Iterable[str]) -> None:
        """Count the chunks of `texts` (maximal runs of non-space characters, as the tokenizer cuts them)."""
        counts = self.counts.setdefault(language, Counter())
        for text in texts:
            counts.update(text.split())

    def settle(self, models: Mapping[str, Any]) -> int:
        """Outside any memory zone: cache the chunks counted at least `min_count` times; how many."""
        added = 0
        for language, counts in self.counts.items():
            nlp = models.get(language)
            cached = self.cached.setdefault(language, set())
            room = self.budget - len(cached)
            if nlp is None or room <= 0:
                continue
            frequent = [w for w, n in counts.most_common() if n >= self.min_count and w not in cached]
            for word in frequent[:room]:
                nlp.tokenizer(word)
                cached.add(word)
                added += 1
        self.counts.clear()
        return added
