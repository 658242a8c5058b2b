"""jitc's own ONNX operator converters, tried before TVM's.

Each entry maps an ONNX op type to a class with TVM's converter protocol:
`get_converter(opset) -> fn(bb, inputs, attr, params) -> relax.Expr` (a relax.Tuple for
several outputs). Shapes are static by the time these run (jitc fixes every input shape),
so masks and index tables are built as constants here.

    Attention            ONNX's standard attention (opset 23+): 3-D or 4-D inputs, grouped-query
                         heads, past key/value cache, boolean or additive masks, causal and
                         sliding-window masks, softcap, the four qk_matmul_output modes
    LayerNormalization   with its optional Mean and InvStdDev outputs
    CumProd, LpNormalization, Celu       simple ops TVM's importer lacks
    SoftmaxCrossEntropyLoss, NegativeLogLikelihoodLoss (all reductions, weights, ignore_index)
"""

from __future__ import annotations

import numpy as np


def _shape(e) -> tuple:
    return tuple(int(d) for d in e.ty.shape.values)


def _dtype(e) -> str:
    return str(e.ty.dtype)


def _const(value, dtype):
    from tvm import relax

    return relax.const(np.asarray(value, dtype=dtype), dtype)


def _constant(e, params, op: str, what: str) -> np.ndarray:
    """The value of an input that must be constant, or an error naming it."""
    import tvm
    from tvm.relax.frontend.onnx.onnx_frontend import get_constant

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
        from tvm import relax
        from tvm.relax import op as R

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
        if left >= 0 or right >= 0:
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
            from onnx import helper

            sm_in = bb.emit(R.astype(qkb, str(np.dtype(helper.tensor_dtype_to_np_dtype(prec)))))
        probs = bb.emit(R.astype(R.nn.softmax(sm_in, axis=-1), dt))
        # a query row with every key masked attends nothing: its probabilities are 0
        masked_row = bb.emit(R.isinf(R.max(bias, axis=-1, keepdims=True)))
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
        from tvm import relax
        from tvm.relax import op as R

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
        from tvm import te, tirx

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

        x = inputs[0]
        dt = _dtype(x)
        alpha = _const(attr.get("alpha", 1.0), dt)
        zero, one = _const(0.0, dt), _const(1.0, dt)
        return R.where(R.greater(x, zero), x, R.multiply(alpha, R.subtract(R.exp(x), one)))


class Pow(_Conv):
    """base ** exponent in the base's dtype (ONNX allows an exponent of another type)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm import relax
        from tvm.relax import op as R

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


class ReduceMax(_Conv):
    """TVM's ReduceMax, plus boolean inputs (as int8) and empty reductions (-inf, as numpy's
    identity for max over nothing would be)."""

    @classmethod
    def get_converter(cls, opset):
        from tvm.relax.frontend.onnx.onnx_frontend import ReduceMax as TvmReduceMax

        tvm_conv = TvmReduceMax.get_converter(opset)

        def convert(bb, inputs, attr, params):
            from tvm.relax import op as R

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

        return convert


def _onnx_dtype(to: int) -> str:
    import onnx

    return str(np.dtype(onnx.helper.tensor_dtype_to_np_dtype(to)))


class BitCast(_Conv):
    """The same bits read as another type of the same width (bool <-> uint8/int8 too)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        from tvm import te, tirx
        from tvm.relax import op as R

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


class QLinearMatMul(_Conv):
    """y = saturate(round((a - a_zp) @ (b - b_zp) * a_scale * b_scale / y_scale) + y_zp),
    the products summed exactly in int32, as onnx's reference does."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

        a, b = inputs[0], inputs[1]
        alpha = float(attr.get("alpha", 1.0))
        g = R.sigmoid(R.multiply(a, _const(alpha, _dtype(a)))) if alpha != 1.0 else R.sigmoid(a)
        return R.multiply(R.multiply(a, g), b)


class Swish(_Conv):
    """x * sigmoid(alpha * x)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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
        from tvm.relax import op as R

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


def _loss_reduce(bb, loss, weights_sel, reduction):
    """Apply the loss reductions of ONNX's NegativeLogLikelihoodLoss."""
    from tvm.relax import op as R

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
    from tvm.relax import op as R

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
        reduction = attr.get("reduction", b"mean")
        reduction = reduction.decode() if isinstance(reduction, bytes) else reduction
        loss, w = _nll(bb, logp, target, weight, attr)
        return bb.emit(_loss_reduce(bb, loss, w, reduction))


class SoftmaxCrossEntropyLoss(_Conv):
    @staticmethod
    def convert(bb, inputs, attr, params):
        from tvm import relax
        from tvm.relax import op as R

        scores, labels = inputs[0], inputs[1]
        weight = inputs[2] if len(inputs) > 2 else None
        reduction = attr.get("reduction", b"mean")
        reduction = reduction.decode() if isinstance(reduction, bytes) else reduction
        logp = bb.emit(R.nn.log_softmax(scores, axis=1))
        loss, w = _nll(bb, logp, labels, weight, attr)
        out = bb.emit(_loss_reduce(bb, loss, w, reduction))
        return relax.Tuple([out, logp])


CONVERTERS: dict[str, type] = {
    "BitCast": BitCast,
    "QLinearMatMul": QLinearMatMul,
    "CenterCropPad": CenterCropPad,
    "RotaryEmbedding": RotaryEmbedding,
    "SwiGLU": SwiGLU,
    "Swish": Swish,
    "DFT": DFT,
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
