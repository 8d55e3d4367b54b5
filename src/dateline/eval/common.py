"""Shared helpers for scorers: locating ``../shared``, loading the seeds gold, folding white space."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_WS = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Collapse every white-space run (no-break spaces included) to one space and strip."""
    return _WS.sub(" ", (text or "").replace("\u00a0", " ")).strip()


def shared_dir() -> Path | None:
    """The ``shared`` folder beside the repository (or ``$DATELINE_SHARED``), if present."""
    env = os.environ.get("DATELINE_SHARED")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [parent / "shared" for parent in here.parents] + [Path.cwd().parent / "shared"]
    for candidate in candidates:
        if (candidate / "gold").is_dir() or (candidate / "dev").is_dir():
            return candidate
    return None


def require_shared(*parts: str) -> Path:
    """A path under ``shared``; raises `FileNotFoundError` with a clear message when absent."""
    base = shared_dir()
    if base is None:
        raise FileNotFoundError("../shared is not present: gold data is unavailable here")
    path = base.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing")
    return path


@dataclass(frozen=True)
class GoldDoc:
    """One line of a seeds-style gold file (``gold/seeds.jsonl`` or the project's own)."""

    doc: str
    data: dict[str, Any]

    @property
    def events(self) -> list[dict[str, Any]]:
        return list(self.data.get("events") or [])


def load_gold(path: Path) -> Iterator[GoldDoc]:
    """Gold documents from a seeds-format JSONL file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                yield GoldDoc(doc=record["doc"], data=record)


@dataclass
class PRF:
    """Precision/recall/F1 from true positives, predicted and gold counts."""

    tp: float = 0
    predicted: float = 0
    gold: float = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
