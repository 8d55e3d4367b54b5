"""A worker's start-up, part by part, in CPU seconds.

    python bench/startup.py

Loads each resource a worker loads, in the order the pipeline needs them, inside the compiled-pattern
cache as `dateline.engine.worker.worker_runner` does, then builds the stages and runs the warm-up.
Run it twice: the first run on a machine fills the start-up caches (``$DATELINE_CACHE``).
"""

from __future__ import annotations

import time

from dateline.config import Config
from dateline.engine.worker import ChunkRunner
from dateline.pipeline import Pipeline
from dateline.resources import Resources
from dateline.startup.regex import compiled_regex_cache


def main() -> None:
    parts: dict[str, float] = {}
    started = time.process_time()

    def mark(name: str) -> None:
        nonlocal started
        now = time.process_time()
        parts[name] = now - started
        started = now

    with compiled_regex_cache():
        resources = Resources.shared(Config())
        steps = {
            "spaCy fr": lambda: resources.models.get("fr"),
            "spaCy en": lambda: resources.models.get("en"),
            "sentence encoder": lambda: resources.encoder("use"),
            "language identifier": lambda: resources.identifier,
            "actor KB": lambda: resources.kb,
            "gazetteer": lambda: resources.gazetteer,
            "roles": lambda: resources.roles,
        }
        for name, load in steps.items():
            load()
            mark(name)
        pipeline = Pipeline.from_config(Config(), resources)
        mark("stages")
        ChunkRunner(lambda: pipeline, 16, 60.0).warm_up()
        mark("warm-up")
    for name, seconds in parts.items():
        print(f"{name:>20} {seconds:6.2f} s")
    print(f"{'total':>20} {sum(parts.values()):6.2f} s CPU")


if __name__ == "__main__":
    main()
