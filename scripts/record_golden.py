"""Record each stage's version and input/output digests over the sample corpus (tests/golden/stages.json).

Run it after bumping the version of a stage whose output changed; `tests/integration/test_contracts.py`
fails when a stage's output changes on the same input and its version does not.

    python scripts/record_golden.py
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from dateline.pipeline import Pipeline
from dateline.sources import read_paths
from dateline.testing import stage_records

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "stages.json"


def main() -> None:
    records = stage_records(Pipeline.from_config(), read_paths([ROOT / "examples" / "corpus"]))
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    data = {name: asdict(record) for name, record in records.items()}
    GOLDEN.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"{len(records)} stages → {GOLDEN}")


if __name__ == "__main__":
    main()
