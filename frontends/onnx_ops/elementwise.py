"""Elementwise operators TVM's importer lacks or gets wrong: Elu, Celu, Pow, PRelu, IsInf, Swish,
Dropout (inference), Clip (constant bounds as fusable Relax ops).
"""

from __future__ import annotations

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .common import static_shape, dtype_of, const, constant_input, Converter, WrapsTvm


class Elu(Converter):
    """x if x > 0 else alpha * (exp(x) - 1), in the input's dtype (TVM's converter mixes in
    float32 constants, which fails for float16)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        dt = dtype_of(x)
        alpha = const(attr.get("alpha", 1.0), dt)
        zero, one = const(0.0, dt), const(1.0, dt)
        return R.where(R.greater(x, zero), x, R.multiply(alpha, R.subtract(R.exp(x), one)))


class Celu(Converter):
    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        alpha = const(attr.get("alpha", 1.0), dtype_of(x))
        zero = const(0.0, dtype_of(x))
        one = const(1.0, dtype_of(x))
        # max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
        return R.add(R.maximum(zero, x), R.minimum(zero, R.multiply(alpha, R.subtract(R.exp(R.divide(x, alpha)), one))))


class Pow(Converter):
    """base ** exponent in the base's dtype (ONNX allows an exponent of another type)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, y = inputs[0], inputs[1]
        dt = dtype_of(x)
        if dtype_of(y) != dt:
            y = R.astype(y, dt)
        if not dt.startswith("float"):  # integer powers: in float64, rounded back
            return R.astype(R.round(R.power(R.astype(x, "float64"), R.astype(y, "float64"))), dt)
        return R.power(x, y)


class PRelu(Converter):
    """x if x >= 0 else slope * x, slope broadcast numpy-style (ONNX's unidirectional rule)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, slope = inputs[0], inputs[1]
        if dtype_of(slope) != dtype_of(x):
            slope = R.astype(slope, dtype_of(x))
        xs, ss = static_shape(x), static_shape(slope)
        try:
            np.broadcast_shapes(xs, ss)
        except ValueError:
            # old exporters: a per-channel slope [C] meant along axis 1
            if len(ss) == 1 and len(xs) > 1 and ss[0] == xs[1]:
                slope = R.reshape(slope, (ss[0],) + (1,) * (len(xs) - 2))
            else:
                raise
        return R.where(R.greater_equal(x, const(0.0, dtype_of(x))), x, R.multiply(x, slope))


class IsInf(Converter):
    """+inf and/or -inf, as detect_positive / detect_negative say."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        dt = dtype_of(x)
        pos, neg = attr.get("detect_positive", 1), attr.get("detect_negative", 1)
        if pos and neg:
            return R.isinf(x)
        if not pos and not neg:
            return R.zeros(static_shape(x), "bool")
        return R.equal(x, const(np.inf if pos else -np.inf, dt))


class Swish(Converter):
    """x * sigmoid(alpha * x)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        alpha = float(attr.get("alpha", 1.0))
        return R.multiply(x, R.sigmoid(R.multiply(x, const(alpha, dtype_of(x))) if alpha != 1.0 else x))


class Dropout(Converter):
    """Inference: the identity, and a mask of all true. Training mode (a constant true
    training_mode input) with a ratio above 0 draws random numbers: out of scope."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        ratio = float(attr.get("ratio", 0.5))
        if len(inputs) > 1 and inputs[1] is not None:
            ratio = float(constant_input(inputs[1], params, "Dropout", "ratio"))
        training = False
        if len(inputs) > 2 and inputs[2] is not None:
            training = bool(constant_input(inputs[2], params, "Dropout", "training_mode"))
        if training and ratio > 0:
            raise ValueError("training-mode Dropout draws random masks; jitc compiles inference graphs "
                             "(export the model in eval mode)")
        return relax.Tuple([x, R.ones(static_shape(x), "bool")])


class Clip(WrapsTvm):
    """Constant bounds become Relax maximum / minimum with constants (a NaN bound is no bound,
    as in onnxruntime), which TVM fuses into the producer's kernel and jitc's rewrites see;
    TVM's converter emits them as opaque TensorIR calls. Bounds computed in the graph go to
    TVM's converter."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        x = inputs[0]
        dt = dtype_of(x)
        if opset < 11:
            bounds = [attr.get("min"), attr.get("max")]
        else:
            bounds = []
            for i in (1, 2):
                e = inputs[i] if len(inputs) > i else None
                if e is None:
                    bounds.append(None)
                    continue
                try:
                    bounds.append(float(constant_input(e, params, "Clip", "bound").reshape(())))
                except (ValueError, TypeError):
                    return tvm_conv(bb, inputs, attr, params)
        if not dt.startswith(("float", "bfloat")):
            return tvm_conv(bb, inputs, attr, params)
        y = x
        lo, hi = bounds
        if lo is not None and not np.isnan(lo) and lo != -np.inf:
            y = R.maximum(y, const(lo, dt))
        if hi is not None and not np.isnan(hi) and hi != np.inf:
            y = R.minimum(y, const(hi, dt))
        return y
