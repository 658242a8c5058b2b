"""Elementwise ops move before a reshape, so they fuse into the GEMM or convolution.

An elementwise op on reshape(y) runs on y instead, and the reshape moves after it: the
[N, OC, H*W] -> [N, OC, H, W] of a 1x1 convolution done as a GEMM, GPT-2's [T, 4C] ->
[1, T, 4C] after its addmm. The op's other operands are reshaped alike where that is a view
with the same broadcast: scalars, a tensor of the output's shape (a residual), a per-channel
[1, OC, 1, 1] bias when the reshape split the last axis, a vector along a last axis the
reshape kept. TVM fuses a GEMM with the elementwise ops that follow it but not across a
reshape, so every such bias, activation and residual add ran as a kernel of its own, one
more pass over the output.
"""

from __future__ import annotations

import tvm
from tvm import relax
from tvm.relax.expr_functor import PyExprMutator, mutator

from .rewrite import rewrite_functions, shape


_ELEMENTWISE = ("relax.add", "relax.subtract", "relax.multiply", "relax.divide", "relax.maximum",
                "relax.minimum", "relax.power", "relax.nn.relu", "relax.clip", "relax.sigmoid",
                "relax.tanh", "relax.exp", "relax.negative", "relax.nn.gelu", "relax.nn.gelu_tanh",
                "relax.nn.silu", "relax.erf", "relax.sqrt", "relax.rsqrt", "relax.abs", "relax.square",
                "relax.nn.leakyrelu")


def sink_reshapes_into_epilogues(mod):
    """`mod` with the rewrite of this module's docstring applied."""
    ops = {tvm.ir.Op.get(n) for n in _ELEMENTWISE}
    reshape_op = tvm.ir.Op.get("relax.reshape")

    def adapt(a, s, ys, out):
        """`a` (shape s) as an operand beside y (shape ys) with the same broadcast it had beside
        reshape(y) (shape out); None if there is no such view."""
        if not s or all(d == 1 for d in s):
            return relax.op.reshape(a, [1]) if s else a
        if s == out:
            return relax.op.reshape(a, ys)
        split = len(out) == len(ys) + 1 and out[:-2] == ys[:-1] and out[-2] * out[-1] == ys[-1]
        if split and len(s) >= 2 and len(s) <= len(out):
            if s[-2:] == [1, 1]:
                return relax.op.reshape(a, s[:-2] + [1])
            if s[-2:] == out[-2:]:
                return relax.op.reshape(a, s[:-2] + [out[-2] * out[-1]])
        if ys[-1] == out[-1] and s[-1] == out[-1] and all(d == 1 for d in s[:-1]):
            return relax.op.reshape(a, [s[-1]])
        return None

    @mutator
    class _Sink(PyExprMutator):
        def reshaped(self, arg):
            """y when `arg` is bound to reshape(y) of a static shape, else None."""
            if not isinstance(arg, relax.Var):
                return None
            value = self.lookup_binding(arg)
            if not isinstance(value, relax.Call) or not value.op.same_as(reshape_op):
                return None
            y = value.args[0]
            ys = shape(y)
            return y if ys and shape(arg) is not None else None

        def visit_call_(self, call):
            call = super().visit_call_(call)
            if call.op not in ops:
                return call
            out = shape(call)
            if out is None:
                return call
            sources = [self.reshaped(a) if shape(a) == out else None for a in call.args]
            found = [s for s in sources if s is not None]
            if not found:
                return call
            ys = shape(found[0])
            if any(shape(s) != ys for s in found):
                return call
            args = []
            for a, src in zip(call.args, sources):
                if src is not None:
                    args.append(src)
                    continue
                s = shape(a)
                new = adapt(a, s, ys, out) if s is not None else None
                if new is None:
                    return call
                args.append(new)
            inner = relax.Call(call.op, args, call.attrs, call.ty_args)
            return relax.op.reshape(inner, out)

    return rewrite_functions(mod, _Sink)
