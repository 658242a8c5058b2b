"""jitc's own ONNX operator converters, tried before TVM's.

Each entry maps an ONNX op type to a class with TVM's converter protocol:
`get_converter(opset) -> fn(bb, inputs, attr, params) -> relax.Expr` (a relax.Tuple for
several outputs). Shapes are static by the time these run (jitc fixes every input shape),
so masks and index tables are built as constants here.

    Attention            ONNX's standard attention (opset 23/24): 3-D or 4-D inputs, grouped-query
                         heads, past key/value cache, boolean or additive masks, causal and
                         sliding-window masks, softcap, the four qk_matmul_output modes
    LinearAttention, CausalConvWithState, RotaryEmbedding, SwiGLU, Swish   newer transformer ops
    RNN, GRU, LSTM       unrolled over the static sequence
    Resize               per-axis interpolation matrices from onnx's reference (linear, cubic,
                         antialias, axes, aspect-ratio policies); plain nearest goes to TVM
    LayerNormalization (with Mean and InvStdDev), RMSNormalization, DFT, QLinearMatMul, BitCast,
    CenterCropPad, ReverseSequence, TensorScatter, EyeLike, Det, IsInf, Dropout, ReduceMax,
    CumProd, LpNormalization, Elu, Celu, Pow, OneHot, PRelu: ops TVM's importer lacks or gets wrong
    Clip, Pad            constant bounds as fusable Relax ops; a Pad of nothing is its input
    Conv                 auto_pad SAME_* as explicit pads (no pad kernel before the convolution)
    SoftmaxCrossEntropyLoss, NegativeLogLikelihoodLoss (all reductions, weights, ignore_index)
    Cast, CastLike, QuantizeLinear, DequantizeLinear   float8 on the bits (onnx_float8.py);
                         every other type goes to TVM's converter
"""

from __future__ import annotations

import numpy as np
from tvm import relax
import tvm
from tvm.relax.frontend.onnx.onnx_frontend import get_constant
from tvm.relax import op as R
from tvm import te, tirx
from tvm.relax.frontend.onnx import onnx_frontend
import onnx
from tvm.relax.frontend.onnx.onnx_frontend import QuantizeLinear as TvmQ
from tvm.relax.frontend.onnx.onnx_frontend import DequantizeLinear as TvmDQ
from tvm.relax.frontend.onnx.onnx_frontend import Resize as TvmResize
from onnx.reference.ops import op_resize as ref

from .imported import SUB_BYTE_CONTAINER, int_range
from . import onnx_float8


def _shape(e) -> tuple:
    return tuple(int(d) for d in e.ty.shape.values)


def _dtype(e) -> str:
    return str(e.ty.dtype)


def _str_attr(attr, name, default):
    """A string attribute (TVM's importer hands them over as bytes)."""
    v = attr.get(name, default)
    return v.decode() if isinstance(v, bytes) else v


def _const(value, dtype):
    return relax.const(np.asarray(value, dtype=dtype), dtype)


def _constant(e, params, op: str, what: str) -> np.ndarray:
    """The value of an input that must be constant, or an error naming it."""
    c = get_constant(e, params)
    if not isinstance(c, tvm.ir.GenericConst):
        raise ValueError(f"{op}: the {what} input must be a constant")
    return c.value.numpy()


class _Conv:
    """Base: one implementation for every opset."""

    @classmethod
    def get_converter(cls, opset):
        return cls.convert


class Attention(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        """float16 / bfloat16 attention computed in float32 and rounded once at the end (TVM has
        no bfloat16 isinf, and float16 sums drift from onnx's reference)."""
        dt = _dtype(inputs[0])
        if dt not in ("float16", "bfloat16"):
            return Attention._convert(bb, inputs, attr, params)
        wide = [R.astype(x, "float32") if x is not None and _dtype(x) == dt else x for x in inputs]
        wide = [bb.emit(x) if x is not None and not isinstance(x, relax.Var) else x for x in wide]
        out = Attention._convert(bb, wide, attr, params)
        fields = [bb.emit(f) for f in out.fields]
        return relax.Tuple([bb.emit(R.astype(f, dt)) if _dtype(f) == "float32" else f for f in fields])

    @staticmethod
    def _convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i else None

        q, k, v = get(0), get(1), get(2)
        mask, past_k, past_v, nonpad = get(3), get(4), get(5), get(6)
        dt = _dtype(q)
        rank = len(_shape(q))
        qh, kvh = attr.get("q_num_heads"), attr.get("kv_num_heads")
        if rank == 3:
            if not qh or not kvh:
                raise ValueError("3-D Attention needs q_num_heads and kv_num_heads")

            def split_heads(x, heads):
                b, s, hidden = _shape(x)
                return bb.emit(R.permute_dims(R.reshape(x, (b, s, heads, hidden // heads)), [0, 2, 1, 3]))

            q, k, v = split_heads(q, qh), split_heads(k, kvh), split_heads(v, kvh)
        b, nq, sq, hd = _shape(q)
        scale = attr.get("scale")
        scale = 1.0 / np.sqrt(hd) if scale is None else float(scale)
        s = _const(np.sqrt(scale), dt)
        if past_k is not None:
            k = bb.emit(R.concat([past_k, k], axis=2))
        if past_v is not None:
            v = bb.emit(R.concat([past_v, v], axis=2))
        present_k, present_v = k, v
        skv = _shape(k)[2]
        past = _shape(past_k)[2] if past_k is not None else 0
        nk = _shape(k)[1]
        if nq != nk and nq % nk == 0:  # grouped-query: each kv head serves nq/nk query heads
            k = bb.emit(R.repeat(k, nq // nk, axis=1))
            v = bb.emit(R.repeat(v, nq // nk, axis=1))
        qk = bb.emit(R.matmul(R.multiply(q, s), R.permute_dims(R.multiply(k, s), [0, 1, 3, 2])))
        softcap = attr.get("softcap", 0.0) or 0.0
        if softcap > 0:
            c = _const(softcap, dt)
            qk = bb.emit(R.multiply(R.tanh(R.divide(qk, c)), c))
        mode = attr.get("qk_matmul_output_mode", 0)
        qk_out = qk
        # the additive bias: mask (padded to the kv length), causal, sliding window, padding
        neg = _const(-np.inf, dt)
        zero = _const(0.0, dt)
        bias = None  # relax expression, or None
        bias_np = np.zeros((sq, skv), dtype=dt)  # the constant part
        if mask is not None:
            mshape = _shape(mask)
            pad = skv - mshape[-1]
            if pad > 0:
                pv = relax.const(np.zeros(mshape[:-1] + (pad,), dtype="bool")) if _dtype(mask) == "bool" else \
                    relax.const(np.full(mshape[:-1] + (pad,), -np.inf, dtype=_dtype(mask)))
                mask = bb.emit(R.concat([mask, pv], axis=-1))
            bias = bb.emit(R.where(mask, zero, neg)) if _dtype(mask) == "bool" else mask
        i_idx = np.arange(sq).reshape(sq, 1)
        j_idx = np.arange(skv).reshape(1, skv)
        if attr.get("is_causal", 0):
            if nonpad is not None and past_k is None:
                off = bb.emit(R.subtract(R.astype(nonpad, "int64"), _const(sq, "int64")))  # (batch,)
                allowed = bb.emit(R.less_equal(_const(j_idx, "int64"),
                                               R.add(_const(i_idx, "int64"), R.reshape(off, (b, 1, 1)))))
                causal = bb.emit(R.reshape(R.where(allowed, zero, neg), (b, 1, sq, skv)))
                bias = causal if bias is None else bb.emit(R.add(bias, causal))
            else:
                bias_np = bias_np + np.where(j_idx <= i_idx + past, 0, -np.inf).astype(dt)
        left, right = attr.get("left_window_size", -1), attr.get("right_window_size", -1)
        if (left >= 0 or right >= 0) and nonpad is not None and past_k is None:
            # external cache: the window is aligned per batch at nonpad_kv_seqlen[b] - q_len
            off = R.reshape(R.subtract(R.astype(nonpad, "int64"), _const(sq, "int64")), (b, 1, 1))
            d = bb.emit(R.subtract(R.add(_const(i_idx, "int64"), off), _const(j_idx, "int64")))  # (b, sq, skv)
            ok = None
            if left >= 0:
                ok = R.less_equal(d, _const(left, "int64"))
            if right >= 0:
                r_ok = R.less_equal(R.negative(d), _const(right, "int64"))
                ok = r_ok if ok is None else R.logical_and(ok, r_ok)
            win = bb.emit(R.reshape(R.where(ok, zero, neg), (b, 1, sq, skv)))
            bias = win if bias is None else bb.emit(R.add(bias, win))
        elif left >= 0 or right >= 0:
            diff = (i_idx + past) - j_idx
            allowed = np.ones_like(diff, dtype=bool)
            if left >= 0:
                allowed &= diff <= left
            if right >= 0:
                allowed &= -diff <= right
            bias_np = bias_np + np.where(allowed, 0, -np.inf).astype(dt)
        if nonpad is not None:
            pm = bb.emit(R.less(_const(np.arange(skv).reshape(1, skv), "int64"),
                                R.reshape(R.astype(nonpad, "int64"), (b, 1))))
            pmask = bb.emit(R.reshape(R.where(pm, zero, neg), (b, 1, 1, skv)))
            bias = pmask if bias is None else bb.emit(R.add(bias, pmask))
        if np.any(bias_np != 0) or bias is None:
            cb = relax.const(bias_np, dt)
            bias = cb if bias is None else bb.emit(R.add(bias, cb))
        qkb = bb.emit(R.add(qk, bias))
        if mode == 2:
            qk_out = qkb
        sm_in = qkb
        prec = attr.get("softmax_precision")
        if prec:
            from onnx import helper  # loaded with the first model that needs it

            sm_in = bb.emit(R.astype(qkb, str(np.dtype(helper.tensor_dtype_to_np_dtype(prec)))))
        probs = bb.emit(R.astype(R.nn.softmax(sm_in, axis=-1), dt))
        # a query row with every key masked attends nothing: its probabilities are 0
        # (every bias of the row is -inf; not isinf(max(bias)): TVM's max starts at the lowest finite float)
        ninf = R.astype(R.logical_and(R.isinf(bias), R.less(bias, zero)), "int8")
        masked_row = bb.emit(R.astype(R.min(ninf, axis=-1, keepdims=True), "bool"))
        probs = bb.emit(R.where(masked_row, zero, probs))
        if mode == 3:
            qk_out = probs
        y = bb.emit(R.matmul(probs, v))
        if rank == 3:
            y = bb.emit(R.reshape(R.permute_dims(y, [0, 2, 1, 3]), (b, sq, nq * _shape(v)[3])))
        return relax.Tuple([y, present_k, present_v, qk_out])


class LayerNormalization(_Conv):
    """Y = (X - mean) / sqrt(var + eps) * scale + bias over axes [axis, rank), with the
    optional Mean and InvStdDev outputs (reduced axes kept as 1), computed in float32 (the
    stash_type) for lower-precision inputs."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, scale = inputs[0], inputs[1]
        bias = inputs[2] if len(inputs) > 2 else None
        rank = len(_shape(x))
        axis = attr.get("axis", -1)
        axis = axis + rank if axis < 0 else axis
        axes = list(range(axis, rank))
        eps = attr.get("epsilon", 1e-5)
        dt = _dtype(x)
        stash = "float32" if attr.get("stash_type", 1) == 1 else dt
        xs = bb.emit(R.astype(x, stash)) if stash != dt else x
        mean = bb.emit(R.mean(xs, axis=axes, keepdims=True))
        d = bb.emit(R.subtract(xs, mean))
        var = bb.emit(R.mean(R.multiply(d, d), axis=axes, keepdims=True))
        inv = bb.emit(R.rsqrt(R.add(var, _const(eps, stash))))
        y = bb.emit(R.multiply(d, inv))
        if stash != dt:
            y = bb.emit(R.astype(y, dt))
        y = bb.emit(R.multiply(y, scale))
        if bias is not None:
            y = bb.emit(R.add(y, bias))
        return relax.Tuple([y, mean, inv])


class CumProd(_Conv):
    """Cumulative product along `axis` (exclusive / reverse variants): a product over a
    lower-triangular selection, in TE."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, axis_e = inputs[0], inputs[1]
        if not hasattr(axis_e, "value"):
            raise ValueError("CumProd's axis must be a constant (give it with constants= if it is an input)")
        axis = int(np.asarray(axis_e.value.numpy()).reshape(-1)[0])
        shape = _shape(x)
        axis = axis + len(shape) if axis < 0 else axis
        n = shape[axis]
        exclusive, reverse = attr.get("exclusive", 0), attr.get("reverse", 0)

        def f(data):
            r = te.reduce_axis((0, n), name="r")
            one = tirx.const(1, data.dtype)

            def body(*idx):
                i = idx[axis]
                src = list(idx)
                src[axis] = r
                take = (r >= i) if reverse else (r <= i)
                if exclusive:
                    take = (r > i) if reverse else (r < i)
                return te.comm_reducer(lambda a, b: a * b, lambda t: tirx.const(1, t), name="prod")(
                    tirx.Select(take, data[tuple(src)], one), axis=r)

            return te.compute(shape, body, name="cumprod")

        return bb.emit_te(f, x)


class LpNormalization(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        axis, p = attr.get("axis", -1), attr.get("p", 2)
        dt = _dtype(x)
        if p == 1:
            n = R.sum(R.abs(x), axis=[axis], keepdims=True)
        else:
            n = R.sqrt(R.sum(R.multiply(x, x), axis=[axis], keepdims=True))
        del dt
        return R.divide(x, n)  # a zero norm gives nan/inf, as onnxruntime does


class Elu(_Conv):
    """x if x > 0 else alpha * (exp(x) - 1), in the input's dtype (TVM's converter mixes in
    float32 constants, which fails for float16)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        dt = _dtype(x)
        alpha = _const(attr.get("alpha", 1.0), dt)
        zero, one = _const(0.0, dt), _const(1.0, dt)
        return R.where(R.greater(x, zero), x, R.multiply(alpha, R.subtract(R.exp(x), one)))


class Pow(_Conv):
    """base ** exponent in the base's dtype (ONNX allows an exponent of another type)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, y = inputs[0], inputs[1]
        dt = _dtype(x)
        if _dtype(y) != dt:
            y = R.astype(y, dt)
        if not dt.startswith("float"):  # integer powers: in float64, rounded back
            return R.astype(R.round(R.power(R.astype(x, "float64"), R.astype(y, "float64"))), dt)
        return R.power(x, y)


class OneHot(_Conv):
    """out[..., d, ...] = on if indices[...] == d (negative indices count from depth) else off."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        ind, depth_e, values = inputs[0], inputs[1], inputs[2]
        if not (hasattr(depth_e, "value") and hasattr(values, "value")):
            raise ValueError("OneHot's depth and values must be constants")
        depth = int(np.asarray(depth_e.value.numpy()).reshape(-1)[0])
        vals = values.value.numpy().reshape(-1)
        dt = str(vals.dtype)
        rank = len(_shape(ind))
        axis = attr.get("axis", -1)
        axis = axis + rank + 1 if axis < 0 else axis
        i = bb.emit(R.astype(ind, "int64"))
        i = bb.emit(R.where(R.less(i, _const(0, "int64")), R.add(i, _const(depth, "int64")), i))
        shape = [1] * (rank + 1)
        shape[axis] = depth
        hit = bb.emit(R.equal(R.expand_dims(i, axis), _const(np.arange(depth).reshape(shape), "int64")))
        return R.where(hit, _const(vals[1], dt), _const(vals[0], dt))


class PRelu(_Conv):
    """x if x >= 0 else slope * x, slope broadcast numpy-style (ONNX's unidirectional rule)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, slope = inputs[0], inputs[1]
        if _dtype(slope) != _dtype(x):
            slope = R.astype(slope, _dtype(x))
        xs, ss = _shape(x), _shape(slope)
        try:
            np.broadcast_shapes(xs, ss)
        except ValueError:
            # old exporters: a per-channel slope [C] meant along axis 1
            if len(ss) == 1 and len(xs) > 1 and ss[0] == xs[1]:
                slope = R.reshape(slope, (ss[0],) + (1,) * (len(xs) - 2))
            else:
                raise
        return R.where(R.greater_equal(x, _const(0.0, _dtype(x))), x, R.multiply(x, slope))


class Celu(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        alpha = _const(attr.get("alpha", 1.0), _dtype(x))
        zero = _const(0.0, _dtype(x))
        one = _const(1.0, _dtype(x))
        # max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
        return R.add(R.maximum(zero, x), R.minimum(zero, R.multiply(alpha, R.subtract(R.exp(R.divide(x, alpha)), one))))


class RMSNormalization(_Conv):
    """Y = X / sqrt(mean(X^2 over axes [axis, rank)) + eps) * scale, in float32 (the
    stash_type) for lower-precision inputs. (TVM's converter fails for axis 0.)"""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, scale = inputs[0], inputs[1]
        rank = len(_shape(x))
        axis = attr.get("axis", -1)
        axis = axis + rank if axis < 0 else axis
        dt = _dtype(x)
        stash = "float32" if attr.get("stash_type", 1) == 1 else dt
        xs = bb.emit(R.astype(x, stash)) if stash != dt else x
        ms = bb.emit(R.mean(R.multiply(xs, xs), axis=list(range(axis, rank)), keepdims=True))
        y = bb.emit(R.multiply(xs, R.rsqrt(R.add(ms, _const(attr.get("epsilon", 1e-5), stash)))))
        if stash != dt:
            y = bb.emit(R.astype(y, dt))
        return R.multiply(y, scale)


class IsInf(_Conv):
    """+inf and/or -inf, as detect_positive / detect_negative say."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        dt = _dtype(x)
        pos, neg = attr.get("detect_positive", 1), attr.get("detect_negative", 1)
        if pos and neg:
            return R.isinf(x)
        if not pos and not neg:
            return R.zeros(_shape(x), "bool")
        return R.equal(x, _const(np.inf if pos else -np.inf, dt))


class Dropout(_Conv):
    """Inference: the identity, and a mask of all true. Training mode (a constant true
    training_mode input) with a ratio above 0 draws random numbers: out of scope."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        ratio = float(attr.get("ratio", 0.5))
        if len(inputs) > 1 and inputs[1] is not None:
            ratio = float(_constant(inputs[1], params, "Dropout", "ratio"))
        training = False
        if len(inputs) > 2 and inputs[2] is not None:
            training = bool(_constant(inputs[2], params, "Dropout", "training_mode"))
        if training and ratio > 0:
            raise ValueError("training-mode Dropout draws random masks; jitc compiles inference graphs "
                             "(export the model in eval mode)")
        return relax.Tuple([x, R.ones(_shape(x), "bool")])


class _WrapsTvm(_Conv):
    """Base: a converter that handles some cases itself and hands the rest to TVM's converter
    of the same op (`wrap(tvm_convert, opset, bb, inputs, attr, params)`)."""

    @classmethod
    def get_converter(cls, opset):
        tvm_convert = getattr(onnx_frontend, cls.__name__).get_converter(opset)
        return lambda bb, inputs, attr, params: cls.wrap(tvm_convert, opset, bb, inputs, attr, params)


class ReduceMax(_WrapsTvm):
    """TVM's ReduceMax, plus boolean inputs (as int8) and empty reductions (-inf, as numpy's
    identity for max over nothing would be)."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        x = inputs[0]
        dt = _dtype(x)
        if 0 in _shape(x):  # max over nothing: the identity of max
            y = bb.normalize(tvm_conv(bb, inputs, attr, params))
            ident = False if dt == "bool" else -np.inf if dt.startswith("float") else np.iinfo(dt).min
            return _const(np.full(_shape(y), ident), dt)  # (R.full with a dtype fails to legalize)
        if dt == "bool":
            y = bb.emit(tvm_conv(bb, [R.astype(x, "int8")] + list(inputs[1:]), attr, params))
            return R.astype(y, "bool")
        return tvm_conv(bb, inputs, attr, params)


class Clip(_WrapsTvm):
    """Constant bounds become Relax maximum / minimum with constants (a NaN bound is no bound,
    as in onnxruntime), which TVM fuses into the producer's kernel and jitc's rewrites see;
    TVM's converter emits them as opaque TensorIR calls. Bounds computed in the graph go to
    TVM's converter."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        x = inputs[0]
        dt = _dtype(x)
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
                    bounds.append(float(_constant(e, params, "Clip", "bound").reshape(())))
                except (ValueError, TypeError):
                    return tvm_conv(bb, inputs, attr, params)
        if not dt.startswith(("float", "bfloat")):
            return tvm_conv(bb, inputs, attr, params)
        y = x
        lo, hi = bounds
        if lo is not None and not np.isnan(lo) and lo != -np.inf:
            y = R.maximum(y, _const(lo, dt))
        if hi is not None and not np.isnan(hi) and hi != np.inf:
            y = R.minimum(y, _const(hi, dt))
        return y


class Pad(_WrapsTvm):
    """A Pad that adds nothing (TF-style "same" padding computed in the graph is zero for
    stride-1 layers) is its input; a constant Pad of floats is Relax's nn.pad, which
    jitc/passes/fold_pads_into_convs.py merges into the convolution that reads it (one kernel, not
    two); the other modes go to TVM's converter."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        if opset < 11:
            pads = attr.get("pads")
        else:
            try:
                pads = _constant(inputs[1], params, "Pad", "pads")
            except (ValueError, TypeError):
                pads = None
        if pads is not None and not np.any(np.asarray(pads)):
            return inputs[0]
        mode = _str_attr(attr, "mode", "constant")
        value = 0.0
        if opset < 11:
            value = float(attr.get("value", 0.0))
        elif len(inputs) > 2 and inputs[2] is not None:
            try:
                value = float(_constant(inputs[2], params, "Pad", "value").reshape(()))
            except (ValueError, TypeError):
                value = None
        axes = len(inputs) > 3 and inputs[3] is not None
        if (pads is None or mode != "constant" or value is None or axes or np.any(np.asarray(pads) < 0)
                or not _dtype(inputs[0]).startswith(("float", "bfloat"))):
            return tvm_conv(bb, inputs, attr, params)

        pads = [int(p) for p in np.asarray(pads).reshape(-1)]
        rank = len(pads) // 2
        width = [w for a in range(rank) for w in (pads[a], pads[rank + a])]
        return R.nn.pad(inputs[0], width, "constant", value)  # a Relax op: jitc.kernels folds it into a following convolution


class Conv(_WrapsTvm):
    """auto_pad SAME_UPPER / SAME_LOWER becomes the explicit pads it stands for (the input's
    shape is static here), so the convolution pads its input itself; TVM's converter emitted a
    TensorIR pad kernel before each such convolution, a copy of the activation (a copy that adds
    nothing before a 1x1 one: EfficientNet-B0 exported by torch has 76 of them) that no Relax
    pass can see through or fold."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        auto = _str_attr(attr, "auto_pad", "NOTSET")
        shape = _shape(inputs[0])
        wshape = _shape(inputs[1])
        if auto not in ("SAME_UPPER", "SAME_LOWER") or len(shape) < 3 or len(wshape) != len(shape) \
                or not all(isinstance(d, int) for d in list(shape[2:]) + list(wshape[2:])):
            return tvm_conv(bb, inputs, attr, params)
        spatial = len(shape) - 2
        kernel = list(attr.get("kernel_shape", wshape[2:]))
        strides = list(attr.get("strides", [1] * spatial))
        dilations = list(attr.get("dilations", [1] * spatial))
        begin, end = [], []
        for n, k, s, d in zip(shape[2:], kernel, strides, dilations):
            total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
            small = total // 2
            begin.append(small if auto == "SAME_UPPER" else total - small)
            end.append(total - begin[-1])
        attr = {**attr, "auto_pad": b"NOTSET", "pads": begin + end}
        return tvm_conv(bb, inputs, attr, params)


def _onnx_dtype(to: int) -> str:
    return str(np.dtype(onnx.helper.tensor_dtype_to_np_dtype(to)))


class BitCast(_Conv):
    """The same bits read as another type of the same width (bool <-> uint8/int8 too)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        src, dst = _dtype(x), _onnx_dtype(attr["to"])
        if src == dst:
            return x
        if "bool" in (src, dst):
            if {src, dst} - {"bool", "uint8", "int8"}:
                raise ValueError(f"BitCast: {src} and {dst} differ in width")
            return R.astype(x, dst)  # a bool is one byte, 0 or 1
        if np.dtype(src).itemsize != np.dtype(dst).itemsize:
            raise ValueError(f"BitCast: {src} and {dst} differ in width")
        return bb.call_te(lambda t: te.compute(t.shape, lambda *i: tirx.reinterpret(dst, t(*i)), name="bitcast"), x,
                          primfunc_name_hint="bitcast")


def _tensor_dtype(e) -> str | None:
    ty = getattr(e, "ty", None)
    return str(ty.dtype) if ty is not None and hasattr(ty, "dtype") else None


def _to_sub_byte(bb, x, dst: str):
    """Cast to int4 / uint4 / int2 / uint2, held one value per byte in int8 / uint8
    (frontends/onnx.py takes such inputs the same way). From an integer: keep the low bits
    (two's complement), as ONNX says for an out-of-range integer cast. From a float: truncate
    and saturate to the type's range, NaN to 0, as jitc casts every float to an integer
    (jitc/passes/saturating_casts.py; ONNX leaves it undefined, onnx's reference wraps or zeroes by the version of
    ml_dtypes, onnxruntime clamps)."""
    bits, container = int(dst[-1]), SUB_BYTE_CONTAINER[dst]  # int4 -> 4 bits, in int8
    signed = dst.startswith("int")
    t = bb.emit(R.astype(x, "int32"))  # a float saturates to int32 here (jitc/passes/saturating_casts.py)
    if str(x.ty.dtype).startswith(("float", "bfloat")):
        lo, hi = int_range(dst)
        t = bb.emit(R.minimum(R.maximum(t, _const(lo, "int32")), _const(hi, "int32")))
        return R.astype(t, container)
    low = bb.emit(R.bitwise_and(t, _const((1 << bits) - 1, "int32")))
    if signed:
        low = bb.emit(R.where(R.greater_equal(low, _const(1 << (bits - 1), "int32")),
                              R.subtract(low, _const(1 << bits, "int32")), low))
    return R.astype(low, container)


class Cast(_Conv):
    """Casts to and from float8 on the bits, as ONNX defines them (frontends/onnx_float8.py:
    saturation, the FN / FNUZ NaN codes), to int4 / int2 (_to_sub_byte), float to integer as a
    plain astype (saturated by jitc/passes/saturating_casts.py); every other cast is TVM's converter's."""

    tvm_name = "Cast"
    sub_byte = True  # Cast's `to` may name int4 / int2; CastLike's like-input never has them

    @staticmethod
    def _dst(inputs, attr):
        return _onnx_dtype(attr["to"])

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = getattr(onnx_frontend, cls.tvm_name).get_converter(opset)

        def convert(bb, inputs, attr, params):
            src, dst = _tensor_dtype(inputs[0]), cls._dst(inputs, attr)
            if src is not None and dst is not None and onnx_float8.converts(src, dst):
                return onnx_float8.cast(bb, inputs[0], dst, bool(attr.get("saturate", 1)))
            if src is not None and cls.sub_byte and dst in SUB_BYTE_CONTAINER:
                return _to_sub_byte(bb, inputs[0], dst)
            if src is not None and dst is not None and src.startswith(("float", "bfloat")) \
                    and dst.startswith(("int", "uint")):
                # a plain astype, which jitc saturates (jitc/passes/saturating_casts.py); TVM's converter wraps
                # a float through int64 (+/-inf and NaN to 0, 3e9 to int32 -1294967296)
                return R.astype(inputs[0], dst)
            return tvm_conv(bb, inputs, attr, params)

        return convert


class CastLike(Cast):
    """CastLike: Cast to the second input's type (float8 on the bits, as in Cast). Sub-byte
    inputs arrive as int8 / uint8 (frontends/onnx.py), so `like` never names int4 / int2."""

    tvm_name = "CastLike"
    sub_byte = False

    @staticmethod
    def _dst(inputs, attr):
        return _tensor_dtype(inputs[1])


class QuantizeLinear(_Conv):
    """To a float8 type on the bits (onnx_float8); every other QuantizeLinear is TVM's."""

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmQ.get_converter(opset)

        def convert(bb, inputs, attr, params):
            zp = inputs[2] if len(inputs) > 2 else None
            dst = _tensor_dtype(zp) if zp is not None else None
            if attr.get("output_dtype"):
                dst = _onnx_dtype(attr["output_dtype"])
            if dst in onnx_float8.FORMATS and not attr.get("block_size"):
                return onnx_float8.quantize(bb, inputs[0], inputs[1], zp, dst, int(attr.get("axis", 1)),
                                            bool(attr.get("saturate", 1)))
            return tvm_conv(bb, inputs, attr, params)

        return convert


class DequantizeLinear(_Conv):
    """From a float8 type on the bits (onnx_float8); every other DequantizeLinear is TVM's."""

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmDQ.get_converter(opset)

        def convert(bb, inputs, attr, params):
            if _tensor_dtype(inputs[0]) in onnx_float8.FORMATS and not attr.get("block_size"):
                zp = inputs[2] if len(inputs) > 2 else None
                return onnx_float8.dequantize(bb, inputs[0], inputs[1], zp, int(attr.get("axis", 1)))
            return tvm_conv(bb, inputs, attr, params)

        return convert


class QLinearMatMul(_Conv):
    """y = saturate(round((a - a_zp) @ (b - b_zp) * a_scale * b_scale / y_scale) + y_zp),
    the products summed exactly in int32, as onnx's reference does."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp = (list(inputs) + [None] * 8)[:8]

        def centered(x, zp):
            x = R.astype(x, "int32")
            return R.subtract(x, R.astype(zp, "int32")) if zp is not None else x

        c = bb.emit(R.matmul(centered(a, a_zp), centered(b, b_zp), out_dtype="int32"))
        fdt = _dtype(a_scale)
        calc = "float64" if fdt == "float64" else "float32"
        mult = R.divide(R.multiply(R.astype(a_scale, calc), R.astype(b_scale, calc)), R.astype(y_scale, calc))
        if fdt != calc:  # the reference multiplies the scales in their own (float16) precision
            mult = R.astype(R.divide(R.multiply(a_scale, b_scale), y_scale), calc)
        d = R.multiply(R.astype(c, calc), mult)
        out = _dtype(y_zp) if y_zp is not None else _dtype(a)
        if y_zp is not None:
            d = R.add(d, R.astype(y_zp, calc))
        info = np.iinfo(out)
        return R.astype(R.clip(R.round(d), float(info.min), float(info.max)), out)


class CenterCropPad(_Conv):
    """Crop or zero-pad each of `axes` to the target size, centered (the odd element goes
    to the end, as onnx's reference puts it)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        shape = [int(v) for v in _constant(inputs[1], params, "CenterCropPad", "shape").ravel()]
        dims = list(_shape(x))
        rank = len(dims)
        axes = attr.get("axes")
        axes = list(range(rank)) if axes is None else [a + rank if a < 0 else a for a in axes]
        begin, end, pad_before, pad_after = [0] * rank, list(dims), [0] * rank, [0] * rank
        for a, target in zip(axes, shape):
            d = dims[a]
            if target < d:
                begin[a] = (d - target) // 2
                end[a] = begin[a] + target
            elif target > d:
                pad_before[a] = (target - d) // 2
                pad_after[a] = target - d - pad_before[a]
        if begin != [0] * rank or end != dims:
            x = bb.emit(R.strided_slice(x, list(range(rank)), begin, end))
        if any(pad_before) or any(pad_after):
            widths = [w for pair in zip(pad_before, pad_after) for w in pair]
            x = bb.emit(R.nn.pad(x, widths, pad_value=0.0))
        return x


class RotaryEmbedding(_Conv):
    """ONNX's RotaryEmbedding (opset 23): 4-D [batch, heads, seq, head] or 3-D [batch, seq,
    hidden] input, cos/sin caches indexed by position_ids (or already per position), halves or
    interleaved pairs rotated, the first rotary_embedding_dim features only."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, cos, sin = inputs[0], inputs[1], inputs[2]
        pos = inputs[3] if len(inputs) > 3 else None
        shape = _shape(x)
        if len(shape) == 4:
            b, h, s, hd = shape
            t = bb.emit(R.permute_dims(x, [0, 2, 1, 3]))  # [b, s, h, hd]
        else:
            b, s, hidden = shape
            h = attr.get("num_heads")
            if not h:
                raise ValueError("RotaryEmbedding of a 3-D input needs num_heads")
            hd = hidden // h
            t = bb.emit(R.reshape(x, (b, s, h, hd)))
        rd = attr.get("rotary_embedding_dim") or hd
        half = rd // 2
        if pos is not None:
            cos = bb.emit(R.take(cos, pos, axis=0))  # [b, s, half]
            sin = bb.emit(R.take(sin, pos, axis=0))
        cos = bb.emit(R.expand_dims(cos, 2))  # [b, s, 1, half]
        sin = bb.emit(R.expand_dims(sin, 2))
        rot = bb.emit(R.strided_slice(t, [3], [0], [rd])) if rd < hd else t
        if attr.get("interleaved", 0):
            pairs = bb.emit(R.reshape(rot, (b, s, h, half, 2)))
            x1 = bb.emit(R.squeeze(R.strided_slice(pairs, [4], [0], [1]), [4]))
            x2 = bb.emit(R.squeeze(R.strided_slice(pairs, [4], [1], [2]), [4]))
        else:
            x1 = bb.emit(R.strided_slice(rot, [3], [0], [half]))
            x2 = bb.emit(R.strided_slice(rot, [3], [half], [rd]))
        real = bb.emit(R.subtract(R.multiply(cos, x1), R.multiply(sin, x2)))
        imag = bb.emit(R.add(R.multiply(sin, x1), R.multiply(cos, x2)))
        if attr.get("interleaved", 0):
            rot = bb.emit(R.reshape(R.stack([real, imag], axis=4), (b, s, h, rd)))
        else:
            rot = bb.emit(R.concat([real, imag], axis=3))
        if rd < hd:
            rot = bb.emit(R.concat([rot, R.strided_slice(t, [3], [rd], [hd])], axis=3))
        if len(shape) == 4:
            return R.permute_dims(rot, [0, 2, 1, 3])
        return R.reshape(rot, shape)


class SwiGLU(_Conv):
    """a * sigmoid(alpha * a) * b, the sigmoid in the inputs' dtype."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        a, b = inputs[0], inputs[1]
        alpha = float(attr.get("alpha", 1.0))
        g = R.sigmoid(R.multiply(a, _const(alpha, _dtype(a)))) if alpha != 1.0 else R.sigmoid(a)
        return R.multiply(R.multiply(a, g), b)


class Swish(_Conv):
    """x * sigmoid(alpha * x)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        alpha = float(attr.get("alpha", 1.0))
        return R.multiply(x, R.sigmoid(R.multiply(x, _const(alpha, _dtype(x))) if alpha != 1.0 else x))


class DFT(_Conv):
    """The discrete Fourier transform along one axis as two matmuls with constant cos/sin
    matrices (exact for the short signals models carry; O(n^2) work): forward, inverse,
    one-sided forward (rfft) and one-sided inverse (irfft), dft_length padding or truncating."""

    @classmethod
    def get_converter(cls, opset):
        def convert(bb, inputs, attr, params):
            return cls.lower(bb, inputs, attr, params, opset)

        return convert

    @staticmethod
    def matrices(n_in: int, n: int, inverse: bool, onesided: bool):
        """(A_rr, A_ir, A_ri, A_ii, k_out): out_re = re @ A_rr + im @ A_ir, out_im = re @ A_ri + im @ A_ii."""
        if inverse and onesided:  # irfft: Hermitian extension, real output of length n
            k = np.arange(min(n_in, n // 2 + 1))[:, None]
            t = np.arange(n)[None, :]
            w = np.where((k == 0) | ((n % 2 == 0) & (k == n // 2)), 1.0, 2.0)
            theta = 2 * np.pi * k * t / n
            a_rr = np.zeros((n_in, n))
            a_ir = np.zeros((n_in, n))
            a_rr[: k.shape[0]] = w * np.cos(theta) / n
            a_ir[: k.shape[0]] = -w * np.sin(theta) / n
            a_ir[0] = 0.0
            if n % 2 == 0 and n // 2 < n_in:
                a_ir[n // 2] = 0.0
            return a_rr, a_ir, None, None, n
        k_out = n // 2 + 1 if onesided else n
        m = np.arange(min(n_in, n))[:, None]  # samples past n are dropped, missing ones are zeros
        k = np.arange(k_out)[None, :]
        theta = 2 * np.pi * m * k / n
        sign, scale = (1.0, 1.0 / n) if inverse else (-1.0, 1.0)
        cos, sin = np.zeros((n_in, k_out)), np.zeros((n_in, k_out))
        cos[: m.shape[0]] = np.cos(theta) * scale
        sin[: m.shape[0]] = sign * np.sin(theta) * scale
        # (re + i im)(cos + i sin) = (re cos - im sin) + i (re sin + im cos)
        return cos, -sin, sin, cos, k_out

    @classmethod
    def lower(cls, bb, inputs, attr, params, opset):
        x = inputs[0]
        shape = _shape(x)
        rank = len(shape)
        dt = _dtype(x)
        length = inputs[1] if len(inputs) > 1 else None
        if opset >= 20:
            axis = int(_constant(inputs[2], params, "DFT", "axis")) if len(inputs) > 2 and inputs[2] is not None else -2
        else:
            axis = attr.get("axis", 1)
        axis = axis % rank
        if axis == rank - 1:
            raise ValueError("DFT: the axis cannot be the last (real/imaginary) dimension")
        inverse, onesided = bool(attr.get("inverse", 0)), bool(attr.get("onesided", 0))
        n_in = shape[axis]
        if length is not None:
            n = int(_constant(length, params, "DFT", "dft_length"))
        else:
            n = 2 * (n_in - 1) if inverse and onesided else n_in
        a_rr, a_ir, a_ri, a_ii, k_out = cls.matrices(n_in, n, inverse, onesided)
        perm = [d for d in range(rank - 1) if d != axis] + [axis]
        inv = [perm.index(d) for d in range(rank - 1)]

        def part(j):
            p = bb.emit(R.squeeze(R.strided_slice(x, [rank - 1], [j], [j + 1]), [rank - 1]))
            return bb.emit(R.permute_dims(p, perm))

        re = part(0)
        im = part(1) if shape[-1] == 2 else None

        def apply(a_r, a_i):  # in float64: sums of cancelling terms must come out near 0, as numpy's do
            y = R.matmul(R.astype(re, "float64"), _const(a_r, "float64"))
            if im is not None:
                y = R.add(y, R.matmul(R.astype(im, "float64"), _const(a_i, "float64")))
            return bb.emit(R.expand_dims(R.permute_dims(R.astype(y, dt), inv), rank - 1))

        out_re = apply(a_rr, a_ir)
        if a_ri is None:
            return out_re  # irfft: real output, last dimension 1
        return R.concat([out_re, apply(a_ri, a_ii)], axis=rank - 1)


class ReverseSequence(_Conv):
    """Reverse the first seq_lens[b] steps of each batch entry along time_axis: a gather
    whose indices are computed from seq_lens (which may be a runtime input)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, lens = inputs[0], inputs[1]
        shape = _shape(x)
        ta, ba = attr.get("time_axis", 0), attr.get("batch_axis", 1)
        T = shape[ta]
        t_shape = [1] * len(shape)
        t_shape[ta] = T
        l_shape = [1] * len(shape)
        l_shape[ba] = shape[ba]
        t = _const(np.arange(T, dtype=np.int64).reshape(t_shape), "int64")
        n = bb.emit(R.reshape(R.astype(lens, "int64"), l_shape))
        idx = bb.emit(R.where(R.less(t, n), R.subtract(R.subtract(n, _const(1, "int64")), t), t))
        idx = bb.emit(R.broadcast_to(idx, shape))
        return R.gather_elements(x, idx, axis=ta)


class _Recurrent(_Conv):
    """RNN, GRU and LSTM, unrolled over the (static) sequence: X @ W^T for every step at once,
    then per step H @ R^T and the cell's gates, as ONNX's equations say (gate orders: GRU z, r,
    h; LSTM i, o, f, c; peepholes i, o, f). Forward, reverse and bidirectional; layout 0 and 1;
    clip; Tanh, Sigmoid, Relu activations. sequence_lens is ignored, as onnx's reference
    ignores it (every sequence runs its full length)."""

    cell = ""
    gates = 1
    default_acts: tuple = ()

    @classmethod
    def convert(cls, bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i and inputs[i] is not None else None

        x, w, r, b, init_h = get(0), get(1), get(2), get(3), get(5)
        init_c, peep = (get(6), get(7)) if cls.cell == "LSTM" else (None, None)
        dt = _dtype(x)
        layout = attr.get("layout", 0)
        if layout == 1:
            x = bb.emit(R.permute_dims(x, [1, 0, 2]))
            init_h = bb.emit(R.permute_dims(init_h, [1, 0, 2])) if init_h is not None else None
            init_c = bb.emit(R.permute_dims(init_c, [1, 0, 2])) if init_c is not None else None
        seq, batch, _ = _shape(x)
        ndir, gh, _ = _shape(w)
        hidden = gh // cls.gates
        direction = _str_attr(attr, "direction", "forward")
        acts = [a.decode() if isinstance(a, bytes) else a for a in (attr.get("activations") or [])]
        acts = acts or list(cls.default_acts) * ndir
        clip = attr.get("clip")

        def act(name, v):
            name = name.lower()
            if name == "tanh":
                return R.tanh(v)
            if name == "sigmoid":
                return R.sigmoid(v)
            if name == "relu":
                return R.nn.relu(v)
            raise ValueError(f"{cls.cell}: activation {name} is not supported (Tanh, Sigmoid, Relu are)")

        def clipped(v):
            return R.clip(v, -float(clip), float(clip)) if clip else v

        def take(t, d):  # t[d] of a [num_directions, ...] tensor
            return bb.emit(R.squeeze(R.strided_slice(t, [0], [d], [d + 1]), [0]))

        def cols(t, k, n=1):  # gate k (n gates wide) along the last axis
            return R.strided_slice(t, [len(_shape(t)) - 1], [k * hidden], [(k + n) * hidden])

        zeros = _const(np.zeros((batch, hidden)), dt)
        ys, hs, cs = [], [], []
        for d in range(ndir):
            reverse = direction == "reverse" or (direction == "bidirectional" and d == 1)
            f, g, h_act = cls._acts(acts, d)
            wd, rd = take(w, d), take(r, d)
            xw = bb.emit(R.matmul(x, R.permute_dims(wd)))  # [seq, batch, gates * hidden]
            if b is not None:
                bd = take(b, d)
                wb = bb.emit(R.strided_slice(bd, [0], [0], [gh]))
                rb = bb.emit(R.strided_slice(bd, [0], [gh], [2 * gh]))
            else:
                wb = rb = _const(np.zeros(gh), dt)
            if cls.cell != "GRU":
                xw = bb.emit(R.add(xw, R.add(wb, rb)))
            else:
                xw = bb.emit(R.add(xw, wb))
            rt = bb.emit(R.permute_dims(rd))
            h = take(init_h, d) if init_h is not None else zeros
            c = (take(init_c, d) if init_c is not None else zeros) if cls.cell == "LSTM" else None
            pd = take(peep, d) if peep is not None else None
            out = [None] * seq
            for step in (range(seq - 1, -1, -1) if reverse else range(seq)):
                xt = bb.emit(R.squeeze(R.strided_slice(xw, [0], [step], [step + 1]), [0]))
                if cls.cell == "RNN":
                    h = bb.emit(act(f, clipped(R.add(xt, R.matmul(h, rt)))))
                elif cls.cell == "GRU":
                    hr = bb.emit(R.matmul(h, rt))
                    zr = bb.emit(R.add(R.add(cols(xt, 0, 2), cols(hr, 0, 2)), cols(rb, 0, 2)))
                    z = bb.emit(act(f, clipped(cols(zr, 0))))
                    rg = bb.emit(act(f, clipped(cols(zr, 1))))
                    if attr.get("linear_before_reset", 0):
                        cand = R.add(cols(xt, 2), R.multiply(rg, R.add(cols(hr, 2), cols(rb, 2))))
                    else:
                        rh = R.matmul(R.multiply(rg, h), R.permute_dims(R.strided_slice(rd, [0], [2 * hidden], [gh])))
                        cand = R.add(R.add(cols(xt, 2), rh), cols(rb, 2))
                    ht = bb.emit(act(g, clipped(cand)))
                    h = bb.emit(R.add(R.multiply(R.subtract(_const(1.0, dt), z), ht), R.multiply(z, h)))
                else:  # LSTM
                    gates = bb.emit(R.add(xt, R.matmul(h, rt)))
                    gi, go, gf, gc = (cols(gates, k) for k in range(4))
                    if pd is not None:
                        gi = R.add(gi, R.multiply(R.strided_slice(pd, [0], [0], [hidden]), c))
                        gf = R.add(gf, R.multiply(R.strided_slice(pd, [0], [2 * hidden], [3 * hidden]), c))
                    i_t = bb.emit(act(f, clipped(gi)))
                    f_t = bb.emit(act(f, clipped(gf)))
                    c_t = bb.emit(act(g, clipped(gc)))
                    c = bb.emit(R.add(R.multiply(f_t, c), R.multiply(i_t, c_t)))
                    if pd is not None:
                        go = R.add(go, R.multiply(R.strided_slice(pd, [0], [hidden], [2 * hidden]), c))
                    o_t = bb.emit(act(f, clipped(go)))
                    h = bb.emit(R.multiply(o_t, act(h_act, c)))
                out[step] = h
            ys.append(bb.emit(R.stack(out, axis=0)))  # [seq, batch, hidden]
            hs.append(h)
            cs.append(c)
        y = bb.emit(R.stack(ys, axis=1))  # [seq, num_directions, batch, hidden]
        yh = bb.emit(R.stack(hs, axis=0))
        yc = bb.emit(R.stack(cs, axis=0)) if cls.cell == "LSTM" else None
        if layout == 1:
            y = bb.emit(R.permute_dims(y, [2, 0, 1, 3]))
            yh = bb.emit(R.permute_dims(yh, [1, 0, 2]))
            yc = bb.emit(R.permute_dims(yc, [1, 0, 2])) if yc is not None else None
        outs = [y, yh] + ([yc] if yc is not None else [])
        return relax.Tuple(outs)

    @classmethod
    def _acts(cls, acts, d):
        k = len(cls.default_acts)
        got = list(acts[d * k:(d + 1) * k])
        return tuple(got) + (None,) * (3 - k)


class RNN(_Recurrent):
    cell, gates, default_acts = "RNN", 1, ("Tanh",)


class GRU(_Recurrent):
    cell, gates, default_acts = "GRU", 3, ("Sigmoid", "Tanh")


class LSTM(_Recurrent):
    cell, gates, default_acts = "LSTM", 4, ("Sigmoid", "Tanh", "Tanh")


class Resize(_Conv):
    """Linear and cubic resizes (every coordinate transformation, antialias, exclude_outside,
    axes, keep_aspect_ratio_policy, tf_crop_and_resize's extrapolation) and nearest ones with
    `axes` or an aspect-ratio policy: per resized axis, a constant [in, out] interpolation
    matrix read off onnx's reference (its 1-D interpolation applied to unit vectors; a resize is
    separable), applied as a matmul. Other nearest resizes, integer inputs, and axes longer
    than MAX_AXIS (where a dense matrix would cost too much) go to TVM's converter."""

    MAX_AXIS = 512

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmResize.get_converter(opset)

        def convert(bb, inputs, attr, params):
            out = cls.lower(bb, inputs, attr, params, opset)
            return out if out is not None else tvm_conv(bb, inputs, attr, params)

        return convert

    @classmethod
    def lower(cls, bb, inputs, attr, params, opset):
        x = inputs[0]
        dt = _dtype(x)
        shape = list(_shape(x))
        rank = len(shape)
        mode = _str_attr(attr, "mode", "nearest")
        axes = attr.get("axes")
        policy = _str_attr(attr, "keep_aspect_ratio_policy", "stretch")
        if not dt.startswith("float") or (mode == "nearest" and axes is None and policy == "stretch"):
            return None

        def const_input(i):
            if len(inputs) <= i or inputs[i] is None:
                return None
            v = _constant(inputs[i], params, "Resize", ["X", "roi", "scales", "sizes"][i])
            return v if v.size else None

        if opset < 11:
            roi, scales, sizes = None, const_input(1), None
        else:
            roi, scales, sizes = const_input(1), const_input(2), const_input(3)
        axes = [a + rank if a < 0 else a for a in axes] if axes is not None else list(range(rank))
        # the output size and per-axis scales, as onnx's reference computes them
        scale_f = [1.0] * rank
        if sizes is not None:
            out_size = list(shape)
            for i, a in enumerate(axes):
                out_size[a] = int(sizes[i])
            scale_f = [out_size[i] / shape[i] for i in range(rank)]
            if policy != "stretch":
                pick = min if policy == "not_larger" else max
                sc = pick(scale_f[a] for a in axes)
                scale_f = [sc if i in axes else 1.0 for i in range(rank)]
                out_size = [int(sc * shape[i] + 0.5) if i in axes else shape[i] for i in range(rank)]
        elif scales is not None:
            for i, a in enumerate(axes):
                scale_f[a] = float(scales[i])
            out_size = [int(scale_f[i] * shape[i]) for i in range(rank)]
        else:
            raise ValueError("Resize needs scales or sizes")
        full_roi = None
        if roi is not None:
            full_roi = [0.0] * rank + [1.0] * rank
            for i, a in enumerate(axes):
                full_roi[a], full_roi[rank + a] = float(roi[i]), float(roi[len(axes) + i])
        if any(shape[a] > cls.MAX_AXIS or out_size[a] > cls.MAX_AXIS for a in axes):
            return None
        nearest_mode = _str_attr(attr, "nearest_mode", "round_prefer_floor")
        cubic_a = attr.get("cubic_coeff_a", -0.75)
        antialias = attr.get("antialias", 0)
        if mode == "nearest":
            def fct(v, scale):
                return ref._nearest_coeffs(v, mode=nearest_mode)
        elif mode == "cubic":
            base = ref._cubic_coeffs_antialias if antialias else ref._cubic_coeffs

            def fct(v, scale):
                return base(v, scale, A=cubic_a)
        else:
            fct = ref._linear_coeffs_antialias if antialias else ref._linear_coeffs
        kw = dict(extrapolation_value=float(attr.get("extrapolation_value", 0.0)),
                  coordinate_transformation_mode=_str_attr(attr, "coordinate_transformation_mode", "half_pixel"),
                  exclude_outside=bool(attr.get("exclude_outside", 0)))
        y = x
        for a in axes:
            n, m = shape[a], out_size[a]
            axis_roi = None if full_roi is None else [full_roi[a], full_roi[a + rank]]
            if np.isclose(scale_f[a], 1.0) and n == m and (axis_roi is None or axis_roi == [0.0, 1.0]):
                continue
            # the map is affine: out = x @ mat + bias (bias: extrapolated positions, from a zero input)
            bias = ref._interpolate_1d_along_axis(np.zeros((1, n)), 1, scale_f[a], m, fct, roi=axis_roi, **kw)
            mat = ref._interpolate_1d_along_axis(np.eye(n), 1, scale_f[a], m, fct, roi=axis_roi, **kw) - bias
            perm = [d for d in range(rank) if d != a] + [a]
            inv = [perm.index(d) for d in range(rank)]
            t = R.matmul(R.permute_dims(y, perm), _const(mat, dt))
            if np.any(bias):
                t = R.add(t, _const(bias[0], dt))
            y = bb.emit(R.permute_dims(t, inv))
        return y


class CausalConvWithState(_Conv):
    """A depthwise causal conv1d over [past_state (or zeros), input], optional SiLU, and the
    last k-1 positions as the present state (opset 26)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i and inputs[i] is not None else None

        x, w, bias, past = get(0), get(1), get(2), get(3)
        b, c, length = _shape(x)
        k = _shape(w)[2]
        dt = _dtype(x)
        act = _str_attr(attr, "activation", "none")
        if act not in ("none", "silu", "swish"):
            raise ValueError(f"CausalConvWithState: activation {act!r} (none, silu, swish are supported)")
        pad = past if past is not None else _const(np.zeros((b, c, k - 1)), dt)
        padded = bb.emit(R.concat([pad, x], axis=2)) if k > 1 else x
        # the convolution in float32 for narrower inputs, rounded once at the end, as onnx's reference does
        wide = "float32" if dt in ("float16", "bfloat16") else dt
        y = R.nn.conv1d(R.astype(padded, wide), R.astype(w, wide), groups=c) if wide != dt else \
            R.nn.conv1d(padded, w, groups=c)
        if bias is not None:
            y = R.add(y, R.reshape(R.astype(bias, wide), (1, c, 1)))
        y = bb.emit(R.astype(y, dt) if wide != dt else y)
        if act != "none":
            y32 = R.astype(y, "float32") if dt != "float32" else y
            y = bb.emit(R.astype(R.multiply(y32, R.sigmoid(y32)), dt))
        total = length + k - 1
        state = R.strided_slice(padded, [2], [total - (k - 1)], [total])
        return relax.Tuple([y, state])


class LinearAttention(_Conv):
    """Linear attention with a recurrent state (opset 26): the linear, gated, delta and
    gated-delta update rules, grouped-query heads, a past state; unrolled over the (static)
    sequence in float32, as onnx's reference computes it."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i and inputs[i] is not None else None

        q, k, v, past, decay, beta = (get(i) for i in range(6))
        rule = _str_attr(attr, "update_rule", "gated_delta")
        hq, hkv = attr.get("q_num_heads"), attr.get("kv_num_heads")
        if not hq or not hkv or hq % hkv:
            raise ValueError("LinearAttention needs q_num_heads, a multiple of kv_num_heads")
        gating, delta = rule in ("gated", "gated_delta"), rule in ("delta", "gated_delta")
        out_dt = _dtype(q)
        b, t, _ = _shape(q)
        dk = _shape(q)[2] // hq
        dv = _shape(v)[2] // hkv
        group = hq // hkv
        f32 = "float32"

        def unpack(x, heads):  # (B, T, H*D) -> (B, H, T, D) in float32
            bb_, tt, hd = _shape(x)
            return bb.emit(R.permute_dims(R.reshape(R.astype(x, f32), (bb_, tt, heads, hd // heads)), [0, 2, 1, 3]))

        q4, k4, v4 = unpack(q, hq), unpack(k, hkv), unpack(v, hkv)
        if gating:
            last = _shape(decay)[2]
            decay4 = unpack(decay, hkv) if last != hkv else bb.emit(
                R.permute_dims(R.reshape(R.astype(decay, f32), (b, t, hkv, 1)), [0, 2, 1, 3]))
        if delta:
            bl = _shape(beta)[2]
            beta4 = bb.emit(R.permute_dims(R.reshape(R.astype(beta, f32), (b, t, bl, 1)), [0, 2, 1, 3]))
        state = bb.emit(R.astype(past, f32)) if past is not None else _const(np.zeros((b, hkv, dk, dv)), f32)
        state_dt = _dtype(past) if past is not None else out_dt
        scale = attr.get("scale")
        scale = 1.0 / np.sqrt(dk) if not scale else float(scale)

        def at(x, i):  # x[:, :, i, :]
            return R.squeeze(R.strided_slice(x, [2], [i], [i + 1]), [2])

        outs = []
        for i in range(t):
            k_t, v_t = at(k4, i), at(v4, i)
            if gating:
                state = bb.emit(R.multiply(state, R.expand_dims(R.exp(at(decay4, i)), 3)))
            if delta:
                retrieved = R.squeeze(R.matmul(R.expand_dims(k_t, 2), state), [2])
                v_t = R.multiply(at(beta4, i), R.subtract(v_t, retrieved))
            state = bb.emit(R.add(state, R.multiply(R.expand_dims(k_t, 3), R.expand_dims(v_t, 2))))
            read = bb.emit(R.repeat(state, group, axis=1)) if group > 1 else state
            outs.append(bb.emit(R.matmul(R.expand_dims(at(q4, i), 2), read)))  # (B, Hq, 1, dv)
        o = R.multiply(R.concat(outs, axis=2), _const(scale, f32))  # (B, Hq, T, dv)
        o = bb.emit(R.astype(R.reshape(R.permute_dims(o, [0, 2, 1, 3]), (b, t, hq * dv)), out_dt))
        return relax.Tuple([o, R.astype(state, state_dt)])


class EyeLike(_Conv):
    """An identity matrix (diagonal k) of the input's 2-D shape, in `dtype` or the input's."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        shape = _shape(inputs[0])
        sh = (shape[0], shape[0]) if len(shape) == 1 else shape
        if len(sh) != 2:
            raise ValueError(f"EyeLike takes a 1-D or 2-D input, not {len(shape)}-D")
        dt = _onnx_dtype(attr["dtype"]) if attr.get("dtype") else _dtype(inputs[0])
        return _const(np.eye(*sh, k=attr.get("k", 0)), dt)


class Det(_Conv):
    """Determinants of [..., n, n] matrices by cofactor expansion (n <= 4)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        shape = _shape(x)
        n = shape[-1]
        if n > 4:
            raise ValueError(f"Det of {n}x{n} matrices: jitc expands cofactors up to 4x4")
        r = len(shape)
        ent = {(i, j): bb.emit(R.squeeze(R.strided_slice(x, [r - 2, r - 1], [i, j], [i + 1, j + 1]), [r - 2, r - 1]))
               for i in range(n) for j in range(n)}

        def det(rows, cols):
            if len(rows) == 1:
                return ent[rows[0], cols[0]]
            total = None
            for k, c in enumerate(cols):
                term = R.multiply(ent[rows[0], c], det(rows[1:], cols[:k] + cols[k + 1:]))
                total = term if total is None else (R.add(total, term) if k % 2 == 0 else R.subtract(total, term))
            return bb.emit(total)

        return det(list(range(n)), list(range(n)))


class TensorScatter(_Conv):
    """Write `update` into a KV cache at each batch entry's write index along `axis`
    (linear or circular): a gather of the update where a position is written, the past
    elsewhere."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        past, update = inputs[0], inputs[1]
        widx = inputs[2] if len(inputs) > 2 and inputs[2] is not None else None
        shape = _shape(past)
        rank = len(shape)
        axis = attr.get("axis", -2) % rank
        L, S, B = shape[axis], _shape(update)[axis], shape[0]
        circular = _str_attr(attr, "mode", "linear") == "circular"
        pos = _const(np.arange(L).reshape(1, L), "int64")
        w = R.reshape(R.astype(widx, "int64"), (B, 1)) if widx is not None else _const(np.zeros((B, 1)), "int64")
        src = bb.emit(R.subtract(pos, w))  # (B, L): which update step lands at each position
        if circular:
            src = bb.emit(R.floor_mod(src, _const(L, "int64")))
        valid = bb.emit(R.logical_and(R.greater_equal(src, _const(0, "int64")), R.less(src, _const(S, "int64"))))
        src = bb.emit(R.clip(src, 0, S - 1))
        view = [B] + [1] * (rank - 1)
        view[axis] = L
        if axis == 0:
            raise ValueError("TensorScatter: the axis cannot be the batch axis")
        idx = bb.emit(R.broadcast_to(R.reshape(src, view), shape))
        ok = bb.emit(R.broadcast_to(R.reshape(valid, view), shape))
        return R.where(ok, R.gather_elements(update, idx, axis=axis), past)


def _loss_reduce(bb, loss, weights_sel, reduction):
    """Apply the loss reductions of ONNX's NegativeLogLikelihoodLoss."""
    if reduction == "none":
        return loss
    if reduction == "sum":
        return R.sum(loss)
    # mean: weighted mean when weights are given (ignored targets have weight 0)
    if weights_sel is not None:
        return R.divide(R.sum(loss), R.sum(weights_sel))
    return R.mean(loss)


def _nll(bb, logp, target, weight, attr):
    """-logp[n, target[n, ...], ...] with weights and ignore_index. Returns (loss, weights)."""
    shape = _shape(logp)
    c = shape[1]
    dt = _dtype(logp)
    ignore = attr.get("ignore_index")
    t = bb.emit(R.astype(target, "int64"))
    valid = None
    if ignore is not None:
        valid = bb.emit(R.not_equal(t, _const(ignore, "int64")))
        t = bb.emit(R.where(valid, t, _const(0, "int64")))  # an ignored index must still be in range
    # gather along the class axis: one-hot is C wide, cheap for classification shapes
    onehot = bb.emit(R.equal(R.expand_dims(t, 1),
                             _const(np.arange(c).reshape((1, c) + (1,) * (len(shape) - 2)), "int64")))
    picked = bb.emit(R.sum(R.where(onehot, logp, _const(0.0, dt)), axis=[1]))
    loss = bb.emit(R.negative(picked))
    w = None
    if weight is not None:
        w = bb.emit(R.take(weight, t, axis=0))
    if valid is not None:
        vf = bb.emit(R.astype(valid, dt))
        w = vf if w is None else bb.emit(R.multiply(w, vf))
    if w is not None:
        loss = bb.emit(R.multiply(loss, w))
    return loss, w


class NegativeLogLikelihoodLoss(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        logp, target = inputs[0], inputs[1]
        weight = inputs[2] if len(inputs) > 2 else None
        reduction = _str_attr(attr, "reduction", "mean")
        loss, w = _nll(bb, logp, target, weight, attr)
        return bb.emit(_loss_reduce(bb, loss, w, reduction))


class SoftmaxCrossEntropyLoss(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        scores, labels = inputs[0], inputs[1]
        weight = inputs[2] if len(inputs) > 2 else None
        reduction = _str_attr(attr, "reduction", "mean")
        logp = bb.emit(R.nn.log_softmax(scores, axis=1))
        loss, w = _nll(bb, logp, labels, weight, attr)
        out = bb.emit(_loss_reduce(bb, loss, w, reduction))
        return relax.Tuple([out, logp])


CONVERTERS: dict[str, type] = {
    "Clip": Clip,
    "Conv": Conv,
    "Pad": Pad,
    "BitCast": BitCast,
    "Cast": Cast,
    "CastLike": CastLike,
    "QuantizeLinear": QuantizeLinear,
    "DequantizeLinear": DequantizeLinear,
    "QLinearMatMul": QLinearMatMul,
    "CenterCropPad": CenterCropPad,
    "RotaryEmbedding": RotaryEmbedding,
    "SwiGLU": SwiGLU,
    "Swish": Swish,
    "DFT": DFT,
    "Resize": Resize,
    "EyeLike": EyeLike,
    "Det": Det,
    "TensorScatter": TensorScatter,
    "CausalConvWithState": CausalConvWithState,
    "LinearAttention": LinearAttention,
    "RNN": RNN,
    "GRU": GRU,
    "LSTM": LSTM,
    "ReverseSequence": ReverseSequence,
    "RMSNormalization": RMSNormalization,
    "IsInf": IsInf,
    "Dropout": Dropout,
    "ReduceMax": ReduceMax,
    "Attention": Attention,
    "LayerNormalization": LayerNormalization,
    "CumProd": CumProd,
    "LpNormalization": LpNormalization,
    "Celu": Celu,
    "Elu": Elu,
    "Pow": Pow,
    "PRelu": PRelu,
    "OneHot": OneHot,
    "NegativeLogLikelihoodLoss": NegativeLogLikelihoodLoss,
    "SoftmaxCrossEntropyLoss": SoftmaxCrossEntropyLoss,
}
