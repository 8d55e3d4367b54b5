"""A thinc backend for the shipped spaCy models: the same weights, matrix products through numpy.

thinc's ``NumpyOps`` multiplies matrices with ``blis``. numpy's BLAS (OpenBLAS in its wheels)
does the same products faster on the machines we measured (x86-64 with AVX2/AVX-512: the
whole French pipeline takes ≈ 35 % less CPU), and the annotations come out the same; see
``docs/performance.md``. Everything else is thinc's own ``NumpyOps``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import numpy
from thinc.api import NumpyOps, get_current_ops, set_current_ops


class MatmulOps(NumpyOps):
    """``NumpyOps`` with ``gemm`` done by ``numpy.matmul``."""

    name = "dateline-matmul"

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        left = x.T if trans1 else x
        right = y.T if trans2 else y
        if out is None:
            return numpy.matmul(left, right)
        numpy.matmul(left, right, out=out)
        return out


@contextlib.contextmanager
def matmul_ops() -> Iterator[None]:
    """Models built inside the block (e.g. by ``spacy.load``) compute with `MatmulOps`."""
    previous = get_current_ops()
    set_current_ops(MatmulOps())
    try:
        yield
    finally:
        set_current_ops(previous)
