"""Count how often the event coder's path re-enters a module of ``dateline.stages.events`` it had left.

    python bench/coder_path.py [--verbose]

Runs every stage before ``events`` over the sample corpus (``examples/corpus``), then the ``events``
stage on one document at a time under `sys.settrace`, and follows which module of the package holds
control:

- *orchestrator path*: the modules the coder (``coder.py``) hands control to, in order, consecutive
  repeats collapsed; a re-entry is a step into a module that already appears earlier in that path
  ("triggers → rules → resolution → triggers" re-enters ``triggers`` once). A pass design reads as
  one visit per pass.
- *re-entered links*: at any depth, calls into a module that had been left (no frame of it running),
  counted as distinct (caller → module) links; a helper used by several passes counts once per pass.
- *upward calls*: at any depth, calls into a module that is still running further up the stack
  (a helper calling back into its caller's module), counted as distinct (caller → module) links.

Both are reported per document (mean) and over the corpus (sum).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from dateline.model import Document
from dateline.pipeline import Pipeline, run_stage
from dateline.sources import read_paths
from dateline.stages.events import Events

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "dateline.stages.events."
ORCHESTRATOR = "coder"


@dataclass
class Walk:
    """What one document's run through the events stage looked like."""

    steps: list[str] = field(default_factory=list)  # the orchestrator path, repeats collapsed
    reentered: set[tuple[str, str]] = field(default_factory=set)
    upward: set[tuple[str, str]] = field(default_factory=set)

    @property
    def reentries(self) -> int:
        return sum(1 for n, module in enumerate(self.steps) if module in self.steps[:n])

    @property
    def reentry_links(self) -> set[tuple[str, str]]:
        """The distinct (previous module → re-entered module) steps of the orchestrator path."""
        return {(self.steps[n - 1], m) for n, m in enumerate(self.steps) if m in self.steps[:n]}


def module_of(frame: FrameType) -> str | None:
    name = str(frame.f_globals.get("__name__", ""))
    return name[len(PACKAGE) :] if name.startswith(PACKAGE) else None


def trace(stage: Any, doc: Document) -> Walk:
    """Run `stage` on `doc` under a tracer and return its path."""
    path = Walk()
    stack: list[str] = []
    entered: set[str] = set()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return":
            stack.pop()
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        module = module_of(frame)
        if module is None:
            return None
        caller = stack[-1] if stack else None
        if caller is not None and caller != module and module in stack:
            path.upward.add((caller, module))
        elif caller is not None and module in entered and module not in stack:
            path.reentered.add((caller, module))
        entered.add(module)
        if caller == ORCHESTRATOR and module != ORCHESTRATOR and (not path.steps or path.steps[-1] != module):
            path.steps.append(module)
        stack.append(module)
        return local

    sys.settrace(tracer)
    try:
        stage(doc)
    finally:
        sys.settrace(None)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print each document's orchestrator path")
    args = parser.parse_args()
    pipe = Pipeline.from_config()
    *before, events = pipe.stages
    if not isinstance(events, Events):
        raise SystemExit("the default pipeline no longer ends with the events stage")
    docs = [Document.from_raw(raw) for raw in read_paths([ROOT / "examples" / "corpus"])]
    for stage in before:
        run_stage(stage, docs)
    events.warm_up()
    paths = [trace(events, doc) for doc in docs if not doc.failed]
    for doc, path in zip(docs, paths, strict=True):
        if args.verbose:
            print(f"{Path(doc.uri or '').name}: {' → '.join(path.steps)}")
    reentries = [p.reentries for p in paths]
    links = [len(p.reentry_links) for p in paths]
    reentered = [len(p.reentered) for p in paths]
    upward = [len(p.upward) for p in paths]
    print(f"{len(paths)} documents")
    print(f"orchestrator path re-entries: mean {statistics.mean(reentries):.1f}, total {sum(reentries)}")
    print(f"distinct re-entry steps:      mean {statistics.mean(links):.1f}")
    print(f"re-entered links, any depth:  mean {statistics.mean(reentered):.1f}")
    print(f"upward call links:            mean {statistics.mean(upward):.1f}, total {sum(upward)}")
    named = sorted({link for p in paths for link in p.upward})
    if named:
        print("upward links: " + ", ".join(f"{a} → {b}" for a, b in named))


if __name__ == "__main__":
    main()
