"""Normalizations: LayerNormalization (with Mean and InvStdDev), RMSNormalization, LpNormalization.
"""

from __future__ import annotations

from tvm import relax
from tvm.relax import op as R

from .common import static_shape, dtype_of, const, Converter


class LayerNormalization(Converter):
    """Y = (X - mean) / sqrt(var + eps) * scale + bias over axes [axis, rank), with the
    optional Mean and InvStdDev outputs (reduced axes kept as 1), computed in float32 (the
    stash_type) for lower-precision inputs."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, scale = inputs[0], inputs[1]
        bias = inputs[2] if len(inputs) > 2 else None
        rank = len(static_shape(x))
        axis = attr.get("axis", -1)
        axis = axis + rank if axis < 0 else axis
        axes = list(range(axis, rank))
        eps = attr.get("epsilon", 1e-5)
        dt = dtype_of(x)
        stash = "float32" if attr.get("stash_type", 1) == 1 else dt
        xs = bb.emit(R.astype(x, stash)) if stash != dt else x
        mean = bb.emit(R.mean(xs, axis=axes, keepdims=True))
        d = bb.emit(R.subtract(xs, mean))
        var = bb.emit(R.mean(R.multiply(d, d), axis=axes, keepdims=True))
        inv = bb.emit(R.rsqrt(R.add(var, const(eps, stash))))
        y = bb.emit(R.multiply(d, inv))
        if stash != dt:
            y = bb.emit(R.astype(y, dt))
        y = bb.emit(R.multiply(y, scale))
        if bias is not None:
            y = bb.emit(R.add(y, bias))
        return relax.Tuple([y, mean, inv])


class RMSNormalization(Converter):
    """Y = X / sqrt(mean(X^2 over axes [axis, rank)) + eps) * scale, in float32 (the
    stash_type) for lower-precision inputs. (TVM's converter fails for axis 0.)"""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, scale = inputs[0], inputs[1]
        rank = len(static_shape(x))
        axis = attr.get("axis", -1)
        axis = axis + rank if axis < 0 else axis
        dt = dtype_of(x)
        stash = "float32" if attr.get("stash_type", 1) == 1 else dt
        xs = bb.emit(R.astype(x, stash)) if stash != dt else x
        ms = bb.emit(R.mean(R.multiply(xs, xs), axis=list(range(axis, rank)), keepdims=True))
        y = bb.emit(R.multiply(xs, R.rsqrt(R.add(ms, const(attr.get("epsilon", 1e-5), stash)))))
        if stash != dt:
            y = bb.emit(R.astype(y, dt))
        return R.multiply(y, scale)


class LpNormalization(Converter):
    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        axis, p = attr.get("axis", -1), attr.get("p", 2)
        dt = dtype_of(x)
        if p == 1:
            n = R.sum(R.abs(x), axis=[axis], keepdims=True)
        else:
            n = R.sqrt(R.sum(R.multiply(x, x), axis=[axis], keepdims=True))
        del dt
        return R.divide(x, n)  # a zero norm gives nan/inf, as onnxruntime does
