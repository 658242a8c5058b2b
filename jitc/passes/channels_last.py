"""Channels-last (NHWC) activations for depthwise-separable convolutional networks on CPUs.

Models arrive NCHW (ONNX, PyTorch). A depthwise convolution in NCHW can only vectorize along a
row: a stride-2 row gathers every other input pixel, and rows of 14 or 7 pixels waste lanes.
Channels-last, it vectorizes across channels (schedules/cpu/depthwise.py), and a 1x1
convolution is a GEMM X[pixels, C] @ W[C, K] like any other (jitc/passes/pointwise_conv_as_matmul.py).
`to_channels_last` converts the graph with TVM's ConvertLayout: every conv2d becomes NHWC and
the elementwise ops, pads and means between them follow; the input is transposed once at the
start and the output once at the end. Weights are laid out at compile time: HWOI for a
depthwise convolution (a tap's channels contiguous), HWIO otherwise (a 1x1 one's is the GEMM's
B as it is).

Only where it pays (`wants_channels_last`): the MobileNet / EfficientNet family, whose spatial
convolutions are all depthwise (a stem on the image's few channels aside). Measured on the
zoo, default schedules, in turns in one process: MobileNetV2 equal before tuning (its 1x1
GEMMs' defaults fit NCHW better; tuned they are level), EfficientNet-B0 8.92 -> 7.58 ms;
ConvNeXt-T (depthwise 7x7, but 2x2 stride-2 downsampling convolutions) 65.9 -> 66.6,
SegFormer-B0 30.5 -> 34.0 and RegNetY (grouped 3x3) 8.3 -> 13.0 ms: these stay NCHW, as
does every network without depthwise convolutions (ResNet's 3x3 convolutions go Winograd in NCHW).
"""

from __future__ import annotations

import os

import numpy as np
import tvm
from tvm import relax
from tvm.relax.expr_functor import PyExprMutator, PyExprVisitor, mutator, visitor

from .rewrite import bound, ints, out_dtype, rewrite_calls, rewrite_functions, shape


def channels_last_default() -> bool | None:
    """$JITC_CHANNELS_LAST: 1 forces channels-last for every CNN, 0 turns it off, unset (or
    "auto") lets `wants_channels_last` decide."""
    v = os.environ.get("JITC_CHANNELS_LAST", "auto").strip().lower()
    if v in ("1", "true", "on", "yes"):
        return True
    if v in ("0", "false", "off", "no"):
        return False
    return None


def _convs(mod) -> list[tuple[list[int] | None, list[int] | None, object]]:
    """(input shape, weight shape, attrs) of every conv2d in the module's Relax functions."""
    conv_op = tvm.ir.Op.get("relax.nn.conv2d")
    found = []

    @visitor
    class _Find(PyExprVisitor):
        def visit_call_(self, call):
            if call.op.same_as(conv_op):
                found.append((shape(call.args[0]), shape(call.args[1]), call.attrs))
            super().visit_call_(call)

    for _, func in mod.functions.items():
        if isinstance(func, relax.Function):
            _Find().visit_expr(func)
    return found


def _is_depthwise(xs, ws, attrs) -> bool:
    return bool(xs and ws and int(attrs.groups) > 1 and int(attrs.groups) == xs[1] and ws[1] == 1)


def wants_channels_last(mod) -> bool:
    """True for a network of NCHW conv2ds with at least one depthwise convolution whose other
    convolutions are all 1x1 or read at most 4 channels (the stem on the image)."""
    convs = _convs(mod)
    if not convs:
        return False
    depthwise = 0
    for xs, ws, a in convs:
        if (str(a.data_layout), str(a.kernel_layout)) != ("NCHW", "OIHW") or xs is None or ws is None or len(xs) != 4:
            return False
        if _is_depthwise(xs, ws, a):
            depthwise += 1
        elif ws[2:] != [1, 1] and xs[1] > 4:
            return False
    return depthwise > 0


def channels_last(mod, wanted: bool | None = None):
    """(`mod` channels-last where `wanted`, or where `wants_channels_last` says so when wanted
    is None; whether it is)."""
    if wanted is None:
        wanted = wants_channels_last(mod)
    return (to_channels_last(mod) if wanted else mod), bool(wanted)


def to_channels_last(mod):
    """Every conv2d NHWC (HWOI weights for depthwise ones, HWIO for the rest), the ops between
    them following; constant weights laid out now. Run after jitc/passes/fold_pads_into_convs.py:
    a Pad has no layout rule, so ConvertLayout would keep each NCHW between two transposes."""
    mod = relax.transform.DeadCodeElimination()(mod)  # (the folded Pads: FuseOps would fuse dead copies into kernels)
    mod = relax.transform.ConvertLayout({"relax.nn.conv2d": ["NHWC", "OHWI"]})(mod)

    def weights(call):
        a = call.attrs
        x, w = call.args
        ws = shape(w)
        if (str(a.data_layout), str(a.kernel_layout)) != ("NHWC", "OHWI") or ws is None:
            return call
        if int(a.groups) > 1 and ws[3] == 1:  # depthwise: [C, KH, KW, 1] -> [KH, KW, C, 1]
            w2, kernel_layout = relax.op.permute_dims(w, [1, 2, 0, 3]), "HWOI"
        elif int(a.groups) == 1:  # [K, KH, KW, C] -> [KH, KW, C, K]
            w2, kernel_layout = relax.op.permute_dims(w, [1, 2, 3, 0]), "HWIO"
        else:
            return call
        return relax.op.nn.conv2d(x, w2, strides=ints(a.strides), padding=ints(a.padding), dilation=ints(a.dilation),
                                  groups=int(a.groups), data_layout="NHWC", kernel_layout=kernel_layout,
                                  out_layout="NHWC", out_dtype=out_dtype(a))

    mod = rewrite_calls(mod, "relax.nn.conv2d", weights)
    return fold_constant_layouts(mod)


def fold_constant_layouts(mod):
    """permute_dims and reshape of constants (the weights and biases ConvertLayout transposed)
    computed now with numpy; TVM's FoldConstant builds a kernel for each (MobileNetV2's
    compile took 2.6x as long)."""
    ops = {tvm.ir.Op.get("relax.permute_dims"), tvm.ir.Op.get("relax.reshape")}

    @mutator
    class _Fold(PyExprMutator):
        def visit_call_(self, call):
            call = super().visit_call_(call)
            if call.op not in ops:
                return call
            arg = bound(call.args[0], self)
            out = shape(call)
            if not isinstance(arg, tvm.ir.Constant) or out is None:
                return call
            value = arg.value.numpy()
            if call.op.name == "relax.permute_dims":
                axes = [int(a) for a in call.attrs.axes] if call.attrs.axes is not None else None
                value = np.transpose(value, axes)
            return relax.const(np.ascontiguousarray(value.reshape(out)), str(value.dtype))

    return rewrite_functions(mod, _Fold)
