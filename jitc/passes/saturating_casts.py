"""Float-to-integer casts saturate: toward zero, clamped to the type's range, NaN to 0.

ONNX leaves a float-to-integer Cast out of range undefined, and so does LLVM: its fptosi /
fptoui of an out-of-range value is poison, and what a model then got was whatever the CPU's
conversion instruction returned (on x86: 300.0 -> int8 gave 44, -1.5 -> uint8 255, +inf ->
int32 0, 1e10 -> int32 1410065408; each backend and vector width its own answer). jitc defines
the cast the way WGSL, Rust's `as` and LLVM's fptosi.sat do, on every target: every value in
range truncates as before; below the range gives the minimum, above it the maximum (+/-inf
included), NaN gives 0. The cost is a select and a clamp in an elementwise kernel that was
already reading and writing the tensor.
"""

from __future__ import annotations

import numpy as np
from tvm import relax

from ..frontends.imported import int_range
from .rewrite import rewrite_calls

_FLOATS = {"float16": np.float16, "float32": np.float32, "float64": np.float64}


def _inside(value: int, ftype, toward: float):
    """The float of `ftype` nearest `value` that does not pass it (toward -inf for a maximum,
    +inf for a minimum): the largest float <= INT_MAX, the smallest >= INT_MIN."""
    f = ftype(value) if abs(value) <= float(np.finfo(ftype).max) else ftype(np.copysign(np.inf, value))
    while not np.isfinite(f) or (float(f) > value if toward < 0 else float(f) < value):
        f = np.nextafter(f, ftype(toward))
    return f


def saturate(x, dst: str):
    """astype(x, dst) for a float x and an integer dst, saturating (module docstring)."""
    src = str(x.ty.dtype)
    if src not in _FLOATS:  # bfloat16 and the like: exact in float32
        x, src = relax.op.astype(x, "float32"), "float32"
    ftype = _FLOATS[src]
    lo, hi = int_range(dst)
    lo_f, hi_f = _inside(lo, ftype, np.inf), _inside(hi, ftype, -np.inf)
    zero = relax.const(0.0, src)
    t = relax.op.where(relax.op.isnan(x), zero, x)
    t = relax.op.minimum(relax.op.maximum(t, relax.const(lo_f, src)), relax.const(hi_f, src))
    y = relax.op.astype(t, dst)
    # where INT_MIN / INT_MAX have no float of src (int32 in float32, int64, anything in float16),
    # whatever lies past the nearest float saturates to the integer's own bound
    if float(hi_f) < hi:
        y = relax.op.where(relax.op.greater(x, relax.const(hi_f, src)), relax.const(hi, dst), y)
    if float(lo_f) > lo:
        y = relax.op.where(relax.op.less(x, relax.const(lo_f, src)), relax.const(lo, dst), y)
    return y


def saturating_casts(mod):
    """Every Relax astype from a float to an integer type (bool aside: nonzero is True) becomes
    the saturating cast."""

    def rewrite(call):
        x = call.args[0]
        src, dst = str(getattr(x.ty, "dtype", "")), str(call.attrs.dtype)
        if not src.startswith(("float", "bfloat")) or not dst.startswith(("int", "uint")):
            return call
        return saturate(x, dst)

    return rewrite_calls(mod, "relax.astype", rewrite)
