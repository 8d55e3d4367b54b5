"""Snapshot the full pipeline's output, and compare two snapshots field by field.

A refactor that should not change behaviour is checked with it::

    python bench/outputs.py snapshot before.jsonl      # on the old code
    python bench/outputs.py snapshot after.jsonl       # on the new code
    python bench/outputs.py compare before.jsonl after.jsonl

The texts are the sample corpus, the seeds and a slice of every dev set in ``../shared`` (skipped when
absent). Each line holds one Document's JSON keyed by where its text came from; `compare` ignores the
``producer`` tags (stage versions change with a refactor) and lists the fields that differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.eval.common import shared_dir
from dateline.eval.dev_loaders import load_set
from dateline.model import RawDocument
from dateline.pipeline import Pipeline
from dateline.sources import read_paths

ROOT = Path(__file__).resolve().parents[1]
DEV_SLICE = 120


def texts(dev_slice: int) -> Iterator[tuple[str, RawDocument]]:
    """(key, raw document) for every text the snapshot covers, in a stable order."""
    for raw in read_paths([ROOT / "examples" / "corpus"]):
        yield f"corpus:{Path(raw.uri or '').name}", raw
    shared = shared_dir()
    if shared is None:
        return
    for raw in read_paths([shared / "corpus" / "seeds"]):
        yield f"seeds:{Path(raw.uri or '').name}", raw
    for name in ("plv", "plover_gsr", "petrarch2"):
        for n, row in enumerate(load_set(name)[:dev_slice]):
            yield f"{name}:{n}", RawDocument(content=row.text.encode(), uri=f"{name}:{n}")
    from dateline.eval.places import load_geo

    for path in sorted((shared / "dev" / "geo").glob("*.xml")):
        for n, geo in enumerate(load_geo(path)[: dev_slice // 3]):
            yield f"{path.stem}:{n}", RawDocument(content=geo.text.encode(), uri=f"{path.stem}:{n}")


def snapshot(out: Path, dev_slice: int) -> None:
    pipe = Pipeline.from_config()
    items = list(texts(dev_slice))
    with out.open("w", encoding="utf-8") as handle:
        for (key, _), doc in zip(items, pipe.pipe(raw for _, raw in items), strict=True):
            handle.write(
                json.dumps({"key": key, "doc": json.loads(doc.to_json())}, ensure_ascii=False) + "\n"
            )
    print(f"{len(items)} documents → {out}")


def _strip(value: Any) -> Any:
    """`value` without producer tags and stage lists (they name versions, not output), nor empty
    values (a field added with an empty default is no change)."""
    if isinstance(value, dict):
        return {
            k: _strip(v)
            for k, v in value.items()
            if k not in ("producer", "producers") and v not in (None, [], {})
        }
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return {row["key"]: _strip(row["doc"]) for row in map(json.loads, handle)}


def compare(before: Path, after: Path, show: int) -> int:
    old, new = _load(before), _load(after)
    differ: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, {}), new.get(key, {})
        for field in sorted(set(a) | set(b)):
            if a.get(field) != b.get(field):
                differ[field] += 1
                examples.setdefault(field, []).append(key)
    print(f"{len(old)} → {len(new)} documents; {sum(differ.values())} differing fields")
    for field, count in differ.most_common():
        print(f"  {field}: {count} documents, e.g. {', '.join(examples[field][:show])}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--dev-slice", type=int, default=DEV_SLICE)
    comp = sub.add_parser("compare")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    comp.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.dev_slice)
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
