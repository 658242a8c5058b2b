"""A batched x[..., K] @ W[K, N] becomes one GEMM over all rows.

x[..., K] @ W[K, N] with x of rank 3 or more is one GEMM over all of x's rows: the leading
axes fold into M (a view) and unfold after (a view, which sink_reshapes_into_epilogues
moves past the epilogue). ConvNeXt's MLP on [1, 7, 7, C] was a batch of seven 7-row GEMMs,
each tiled one row at a time (55 GFLOP/s).
"""

from __future__ import annotations

import numpy as np
from tvm import relax

from .rewrite import rewrite_calls, shape


def flatten_gemm_rows(mod):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        a, b = call.args
        as_, bs = shape(a), shape(b)
        if as_ is None or bs is None or len(bs) != 2 or len(as_) < 3 or all(d == 1 for d in as_[:-2]):
            return call
        rows = int(np.prod(as_[:-1]))
        y = relax.op.matmul(relax.op.reshape(a, [rows, as_[-1]]), b, out_dtype=call.attrs.out_dtype)
        return relax.op.reshape(y, as_[:-1] + [bs[1]])

    return rewrite_calls(mod, "relax.matmul", rewrite)
