"""Reliability of confidences: ten equal-width bins and the expected calibration error (ECE).

A confidence ``c`` falls in bin ``min(int(c * bins), bins - 1)`` (so 1.0 joins the top bin). The ECE
is the count-weighted mean gap between each bin's mean confidence and its accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.table import Table


@dataclass(frozen=True)
class Bin:
    """One confidence bin: [low, high), how many predictions, their mean confidence and accuracy."""

    low: float
    high: float
    count: int
    confidence: float  # mean confidence (0 when empty)
    accuracy: float  # share correct (0 when empty)


def reliability(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> list[Bin]:
    """Every bin of the reliability table, empty ones included, lowest first."""
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct differ in length")
    sums = [0.0] * bins
    hits = [0] * bins
    counts = [0] * bins
    for c, ok in zip(confidences, correct, strict=True):
        i = min(max(int(c * bins), 0), bins - 1)
        counts[i] += 1
        sums[i] += c
        hits[i] += bool(ok)
    return [
        Bin(i / bins, (i + 1) / bins, n, s / n if n else 0.0, h / n if n else 0.0)
        for i, (n, s, h) in enumerate(zip(counts, sums, hits, strict=True))
    ]


def ece(table: Sequence[Bin]) -> float:
    """Expected calibration error of a reliability table (0 when it holds nothing)."""
    total = sum(b.count for b in table)
    if not total:
        return 0.0
    return sum(b.count / total * abs(b.accuracy - b.confidence) for b in table)


def reliability_table(table: Sequence[Bin], title: str) -> Table:
    """The bins as a rich table (empty bins left out)."""
    out = Table(title=title, header_style="bold")
    for column in ("confidence", "n", "mean confidence", "accuracy"):
        out.add_column(column)
    for b in table:
        if b.count:
            out.add_row(f"{b.low:.1f}–{b.high:.1f}", str(b.count), f"{b.confidence:.3f}", f"{b.accuracy:.3f}")
    return out


def markdown(table: Sequence[Bin]) -> str:
    """The bins as a Markdown table (empty bins left out)."""
    lines = ["| confidence | n | mean confidence | accuracy |", "|---|---:|---:|---:|"]
    lines += [
        f"| {b.low:.1f}–{b.high:.1f} | {b.count} | {b.confidence:.3f} | {b.accuracy:.3f} |"
        for b in table
        if b.count
    ]
    return "\n".join(lines)
