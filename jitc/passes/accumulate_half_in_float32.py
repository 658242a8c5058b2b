"""float16 / bfloat16 matmuls sum in float32.

Every matmul of float16 / bfloat16 operands sums in float32 and rounds once at the end
(what cuBLAS does for torch): a half-precision sum of K terms rounds K times, and tensor
cores take bfloat16 only with a float32 accumulator.
"""

from __future__ import annotations

from tvm import relax

from .rewrite import rewrite_calls


def accumulate_half_in_float32(mod):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        a, b = call.args
        dts = {str(getattr(x.ty, "dtype", "")) for x in (a, b)}
        out = str(call.attrs.out_dtype) if call.attrs.out_dtype is not None else ""
        if len(dts) != 1 or dts.pop() not in ("float16", "bfloat16") or out not in ("", "void", str(a.ty.dtype)):
            return call
        return relax.op.astype(relax.op.matmul(a, b, out_dtype="float32"), str(a.ty.dtype))

    return rewrite_calls(mod, "relax.matmul", rewrite)
