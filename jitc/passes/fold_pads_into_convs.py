"""A zero Pad along H and W before a convolution becomes the convolution's own padding.

conv2d(pad(x)) with zeros added only along H and W (MobileNet's TF-style "same" padding,
computed in the graph) is conv2d(x) with that much more padding: the convolution pads its
input in its own kernel, where the separate Pad was one more pass over the activation.
"""

from __future__ import annotations

import tvm
from tvm import relax
from tvm.relax.expr_functor import PyExprMutator, mutator

from .rewrite import ints, rewrite_functions, conv2d_padded


def fold_pads_into_convs(mod):
    """`mod` with the rewrite of this module's docstring applied."""
    conv_op, pad_op = tvm.ir.Op.get("relax.nn.conv2d"), tvm.ir.Op.get("relax.nn.pad")

    @mutator
    class _Fold(PyExprMutator):
        def visit_call_(self, call):
            call = super().visit_call_(call)
            if not call.op.same_as(conv_op) or not isinstance(call.args[0], relax.Var):
                return call
            a = call.attrs
            if str(a.data_layout) != "NCHW":
                return call
            value = self.lookup_binding(call.args[0])
            if not isinstance(value, relax.Call) or not value.op.same_as(pad_op):
                return call
            p = value.attrs
            try:
                width = ints(p.pad_width)
                fill = float(p.pad_value) if p.pad_value is not None else 0.0
            except (TypeError, AttributeError, ValueError):
                return call
            if str(p.pad_mode) != "constant" or fill != 0.0 or len(width) != 8 or any(width[:4]):
                return call
            pt, pb, pl, pr = width[4:]
            return conv2d_padded(a, value.args[0], call.args[1], [pt, pl, pb, pr])

    return rewrite_functions(mod, _Fold)
