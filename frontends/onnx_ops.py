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
