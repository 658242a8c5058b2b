"""Small tools for writing a pass (jitc/passes/): rewriting every call of one Relax operator
or every function, reading static shapes and attributes, following variable bindings, and the
questions several convolution passes ask."""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax.expr_functor import PyExprMutator, mutator


def ints(values) -> list[int]:
    """A TVM array of integers (shape, padding, strides) as Python ints."""
    return [int(x) for x in values]


def shape(e) -> list[int] | None:
    """A Relax expression's static shape, None where it is symbolic or unknown."""
    try:
        return [int(v) for v in e.ty.shape.values]
    except (TypeError, AttributeError):
        return None


def out_dtype(attrs) -> str | None:
    """A convolution's or matmul's out_dtype attribute, None where it is unset."""
    d = attrs.out_dtype
    return str(d) if d is not None and str(d) not in ("", "void") else None


def rewrite_functions(mod, rewriter):
    """`mod` with every Relax function passed through a fresh `rewriter()` (a PyExprMutator)."""
    for gv, func in list(mod.functions.items()):
        if isinstance(func, relax.Function):
            mod[gv] = rewriter().visit_expr(func)
    return mod


def rewrite_calls(mod, op_name: str, rewrite, with_mutator: bool = False):
    """`mod` with every call of the Relax operator `op_name` replaced by `rewrite(call)` (which
    returns the call itself to keep it); `rewrite(call, mutator)` with `with_mutator` (to look
    up what an argument is bound to)."""
    op = tvm.ir.Op.get(op_name)

    @mutator
    class _Rewrite(PyExprMutator):
        def visit_call_(self, call):
            call = super().visit_call_(call)
            if not call.op.same_as(op):
                return call
            return rewrite(call, self) if with_mutator else rewrite(call)

    return rewrite_functions(mod, _Rewrite)


def bound(e, m):
    """What variable `e` is bound to in the function mutator `m` visits (`e` itself where it
    is no variable); None for a parameter."""
    if not isinstance(e, relax.Var):
        return e
    try:
        return m.lookup_binding(e)
    except Exception:  # noqa: BLE001 - not bound in this function (a parameter)
        return None


def is_float(e) -> bool:
    return str(getattr(e.ty, "dtype", "")).startswith(("float", "bfloat"))


def plain_nchw(attrs) -> bool:
    """A conv2d with NCHW data and output and an OIHW weight."""
    return (str(attrs.data_layout), str(attrs.kernel_layout), str(attrs.out_layout or attrs.data_layout)) \
        == ("NCHW", "OIHW", "NCHW")


def channels_last_hwio(attrs) -> bool:
    """A conv2d with NHWC data and output and an HWIO weight (jitc/passes/channels_last.py)."""
    return (str(attrs.data_layout), str(attrs.kernel_layout), str(attrs.out_layout or attrs.data_layout)) \
        == ("NHWC", "HWIO", "NHWC")


def conv2d_padded(attrs, x, w, more: list[int]):
    """An NCHW conv2d with `attrs`, on (x, w), its padding [top, left, bottom, right] grown by `more`."""
    pad = [p + m for p, m in zip(ints(attrs.padding), more)]
    return relax.op.nn.conv2d(x, w, strides=ints(attrs.strides), padding=pad, dilation=ints(attrs.dilation),
                              groups=int(attrs.groups), data_layout="NCHW", kernel_layout=str(attrs.kernel_layout),
                              out_layout=str(attrs.out_layout or "NCHW"), out_dtype=out_dtype(attrs))


def is_weight(e, m, depth: int = 4) -> bool:
    """`e` is a constant, or a reshape / transpose of one (a 1x1 convolution's weight as a
    matrix), following variable bindings through mutator `m`."""
    for _ in range(depth):
        e = bound(e, m)
        if isinstance(e, tvm.ir.Constant):
            return True
        if isinstance(e, relax.Call) and getattr(e.op, "name", "") in ("relax.reshape", "relax.permute_dims") and e.args:
            e = e.args[0]
            continue
        return False
    return False


def constant_value(e, m) -> np.ndarray | None:
    """The value of `e` where it is (bound to) a constant, else None."""
    e = bound(e, m)
    return e.value.numpy() if isinstance(e, tvm.ir.Constant) else None
