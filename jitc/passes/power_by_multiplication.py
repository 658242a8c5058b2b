"""x ** 2, 3, 4 become multiplications, x ** 0.5 a square root.

x ** c for a constant c in {2, 3, 4} is multiplications, x ** 0.5 a square root: TVM
lowers power to one libm powf call per element (GPT-2's tanh-GELU, x + 0.044715 x^3, ran
at 9 GFLOP/s and took a seventh of the model).
"""

from __future__ import annotations

import tvm
from tvm import relax

from .rewrite import rewrite_calls, shape, is_float


def power_by_multiplication(mod):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        x, c = call.args
        xs = shape(x)
        if not isinstance(c, tvm.ir.Constant) or not is_float(x) or xs is None:
            return call
        v = c.value.numpy()
        if v.size != 1 or v.ndim > len(xs):
            return call  # a broadcast that would change the result's shape
        e = float(v.reshape(()))
        if e == 2.0:
            return relax.op.multiply(x, x)
        if e == 3.0:
            return relax.op.multiply(relax.op.multiply(x, x), x)
        if e == 4.0:
            sq = relax.op.multiply(x, x)
            return relax.op.multiply(sq, sq)
        if e == 0.5:
            return relax.op.sqrt(x)
        return call

    return rewrite_calls(mod, "relax.power", rewrite)
