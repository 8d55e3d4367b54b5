"""MatmulOps computes thinc's gemm through numpy, with the same results as thinc's NumpyOps."""

from __future__ import annotations

import itertools

import numpy
import pytest
from thinc.api import NumpyOps, get_current_ops

from dateline.spacy_fast.matmul import MatmulOps, matmul_ops


@pytest.mark.parametrize(("trans1", "trans2"), list(itertools.product([False, True], repeat=2)))
def test_gemm_matches_numpy_ops(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((5, 3) if trans1 else (3, 5)).astype("float32")
    y = rng.standard_normal((4, 5) if trans2 else (5, 4)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (3, 4)
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_gemm_writes_into_out() -> None:
    x = numpy.arange(6, dtype="float32").reshape(2, 3)
    y = numpy.arange(12, dtype="float32").reshape(3, 4)
    out = numpy.zeros((2, 4), dtype="float32")
    result = MatmulOps().gemm(x, y, out=out)
    assert result is out
    numpy.testing.assert_array_equal(out, x @ y)


def test_matmul_ops_is_scoped_to_the_block() -> None:
    before = get_current_ops()
    with matmul_ops():
        assert isinstance(get_current_ops(), MatmulOps)
    assert get_current_ops() is before
