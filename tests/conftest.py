"""Fixtures shared by unit and integration tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

RAY_OBJECT_STORE_BYTES = 80 * 2**20


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    """A small Ray cluster on this machine, this process connected: a head node without CPUs and one
    worker node with 2. Its processes get this process's ``sys.path`` as ``PYTHONPATH``, so pipelines
    defined in test modules load in the actors. Skips when Ray is not installed."""
    ray = pytest.importorskip("ray")
    from ray.cluster_utils import Cluster

    here = Path(__file__).parent
    paths = [str(here / "unit"), str(here / "integration"), *(p for p in sys.path if p)]
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    cluster = Cluster(
        initialize_head=True,
        head_node_args={
            "num_cpus": 0,
            "object_store_memory": RAY_OBJECT_STORE_BYTES,
            "include_dashboard": False,
        },
    )
    try:
        cluster.add_node(num_cpus=2, object_store_memory=RAY_OBJECT_STORE_BYTES)
        ray.init(address=cluster.address, log_to_driver=False)
        yield
    finally:
        ray.shutdown()
        cluster.shutdown()
        if previous is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = previous
