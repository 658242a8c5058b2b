"""Small tools for rewriting Relax functions, shared by the core's graph passes
(jitc.kernels' rewrites for the CPU rules, jitc.layout's channels-last conversion)."""

from __future__ import annotations

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
