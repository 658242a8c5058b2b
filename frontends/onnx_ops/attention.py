"""Attention and the newer transformer operators: ONNX Attention (opset 23/24), RotaryEmbedding,
LinearAttention, CausalConvWithState, SwiGLU.
"""

from __future__ import annotations

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .common import static_shape, dtype_of, str_attr, const, Converter


class Attention(Converter):
    @staticmethod
    def convert(bb, inputs, attr, params):
        """float16 / bfloat16 attention computed in float32 and rounded once at the end (TVM has
        no bfloat16 isinf, and float16 sums drift from onnx's reference)."""
        dt = dtype_of(inputs[0])
        if dt not in ("float16", "bfloat16"):
            return Attention._convert(bb, inputs, attr, params)
        wide = [R.astype(x, "float32") if x is not None and dtype_of(x) == dt else x for x in inputs]
        wide = [bb.emit(x) if x is not None and not isinstance(x, relax.Var) else x for x in wide]
        out = Attention._convert(bb, wide, attr, params)
        fields = [bb.emit(f) for f in out.fields]
        return relax.Tuple([bb.emit(R.astype(f, dt)) if dtype_of(f) == "float32" else f for f in fields])

    @staticmethod
    def _convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i else None

        q, k, v = get(0), get(1), get(2)
        mask, past_k, past_v, nonpad = get(3), get(4), get(5), get(6)
        dt = dtype_of(q)
        rank = len(static_shape(q))
        qh, kvh = attr.get("q_num_heads"), attr.get("kv_num_heads")
        if rank == 3:
            if not qh or not kvh:
                raise ValueError("3-D Attention needs q_num_heads and kv_num_heads")

            def split_heads(x, heads):
                b, s, hidden = static_shape(x)
                return bb.emit(R.permute_dims(R.reshape(x, (b, s, heads, hidden // heads)), [0, 2, 1, 3]))

            q, k, v = split_heads(q, qh), split_heads(k, kvh), split_heads(v, kvh)
        b, nq, sq, hd = static_shape(q)
        scale = attr.get("scale")
        scale = 1.0 / np.sqrt(hd) if scale is None else float(scale)
        s = const(np.sqrt(scale), dt)
        if past_k is not None:
            k = bb.emit(R.concat([past_k, k], axis=2))
        if past_v is not None:
            v = bb.emit(R.concat([past_v, v], axis=2))
        present_k, present_v = k, v
        skv = static_shape(k)[2]
        past = static_shape(past_k)[2] if past_k is not None else 0
        nk = static_shape(k)[1]
        if nq != nk and nq % nk == 0:  # grouped-query: each kv head serves nq/nk query heads
            k = bb.emit(R.repeat(k, nq // nk, axis=1))
            v = bb.emit(R.repeat(v, nq // nk, axis=1))
        qk = bb.emit(R.matmul(R.multiply(q, s), R.permute_dims(R.multiply(k, s), [0, 1, 3, 2])))
        softcap = attr.get("softcap", 0.0) or 0.0
        if softcap > 0:
            c = const(softcap, dt)
            qk = bb.emit(R.multiply(R.tanh(R.divide(qk, c)), c))
        mode = attr.get("qk_matmul_output_mode", 0)
        qk_out = qk
        # the additive bias: mask (padded to the kv length), causal, sliding window, padding
        neg = const(-np.inf, dt)
        zero = const(0.0, dt)
        bias = None  # relax expression, or None
        bias_np = np.zeros((sq, skv), dtype=dt)  # the constant part
        if mask is not None:
            mshape = static_shape(mask)
            pad = skv - mshape[-1]
            if pad > 0:
                pv = relax.const(np.zeros(mshape[:-1] + (pad,), dtype="bool")) if dtype_of(mask) == "bool" else \
                    relax.const(np.full(mshape[:-1] + (pad,), -np.inf, dtype=dtype_of(mask)))
                mask = bb.emit(R.concat([mask, pv], axis=-1))
            bias = bb.emit(R.where(mask, zero, neg)) if dtype_of(mask) == "bool" else mask
        i_idx = np.arange(sq).reshape(sq, 1)
        j_idx = np.arange(skv).reshape(1, skv)
        if attr.get("is_causal", 0):
            if nonpad is not None and past_k is None:
                off = bb.emit(R.subtract(R.astype(nonpad, "int64"), const(sq, "int64")))  # (batch,)
                allowed = bb.emit(R.less_equal(const(j_idx, "int64"),
                                               R.add(const(i_idx, "int64"), R.reshape(off, (b, 1, 1)))))
                causal = bb.emit(R.reshape(R.where(allowed, zero, neg), (b, 1, sq, skv)))
                bias = causal if bias is None else bb.emit(R.add(bias, causal))
            else:
                bias_np = bias_np + np.where(j_idx <= i_idx + past, 0, -np.inf).astype(dt)
        left, right = attr.get("left_window_size", -1), attr.get("right_window_size", -1)
        if (left >= 0 or right >= 0) and nonpad is not None and past_k is None:
            # external cache: the window is aligned per batch at nonpad_kv_seqlen[b] - q_len
            off = R.reshape(R.subtract(R.astype(nonpad, "int64"), const(sq, "int64")), (b, 1, 1))
            d = bb.emit(R.subtract(R.add(const(i_idx, "int64"), off), const(j_idx, "int64")))  # (b, sq, skv)
            ok = None
            if left >= 0:
                ok = R.less_equal(d, const(left, "int64"))
            if right >= 0:
                r_ok = R.less_equal(R.negative(d), const(right, "int64"))
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
            pm = bb.emit(R.less(const(np.arange(skv).reshape(1, skv), "int64"),
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
            y = bb.emit(R.reshape(R.permute_dims(y, [0, 2, 1, 3]), (b, sq, nq * static_shape(v)[3])))
        return relax.Tuple([y, present_k, present_v, qk_out])


class RotaryEmbedding(Converter):
    """ONNX's RotaryEmbedding (opset 23): 4-D [batch, heads, seq, head] or 3-D [batch, seq,
    hidden] input, cos/sin caches indexed by position_ids (or already per position), halves or
    interleaved pairs rotated, the first rotary_embedding_dim features only."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, cos, sin = inputs[0], inputs[1], inputs[2]
        pos = inputs[3] if len(inputs) > 3 else None
        shape = static_shape(x)
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


class LinearAttention(Converter):
    """Linear attention with a recurrent state (opset 26): the linear, gated, delta and
    gated-delta update rules, grouped-query heads, a past state; unrolled over the (static)
    sequence in float32, as onnx's reference computes it."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i and inputs[i] is not None else None

        q, k, v, past, decay, beta = (get(i) for i in range(6))
        rule = str_attr(attr, "update_rule", "gated_delta")
        hq, hkv = attr.get("q_num_heads"), attr.get("kv_num_heads")
        if not hq or not hkv or hq % hkv:
            raise ValueError("LinearAttention needs q_num_heads, a multiple of kv_num_heads")
        gating, delta = rule in ("gated", "gated_delta"), rule in ("delta", "gated_delta")
        out_dt = dtype_of(q)
        b, t, _ = static_shape(q)
        dk = static_shape(q)[2] // hq
        dv = static_shape(v)[2] // hkv
        group = hq // hkv
        f32 = "float32"

        def unpack(x, heads):  # (B, T, H*D) -> (B, H, T, D) in float32
            bb_, tt, hd = static_shape(x)
            return bb.emit(R.permute_dims(R.reshape(R.astype(x, f32), (bb_, tt, heads, hd // heads)), [0, 2, 1, 3]))

        q4, k4, v4 = unpack(q, hq), unpack(k, hkv), unpack(v, hkv)
        if gating:
            last = static_shape(decay)[2]
            decay4 = unpack(decay, hkv) if last != hkv else bb.emit(
                R.permute_dims(R.reshape(R.astype(decay, f32), (b, t, hkv, 1)), [0, 2, 1, 3]))
        if delta:
            bl = static_shape(beta)[2]
            beta4 = bb.emit(R.permute_dims(R.reshape(R.astype(beta, f32), (b, t, bl, 1)), [0, 2, 1, 3]))
        state = bb.emit(R.astype(past, f32)) if past is not None else const(np.zeros((b, hkv, dk, dv)), f32)
        state_dt = dtype_of(past) if past is not None else out_dt
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
        o = R.multiply(R.concat(outs, axis=2), const(scale, f32))  # (B, Hq, T, dv)
        o = bb.emit(R.astype(R.reshape(R.permute_dims(o, [0, 2, 1, 3]), (b, t, hq * dv)), out_dt))
        return relax.Tuple([o, R.astype(state, state_dt)])


class CausalConvWithState(Converter):
    """A depthwise causal conv1d over [past_state (or zeros), input], optional SiLU, and the
    last k-1 positions as the present state (opset 26)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        def get(i):
            return inputs[i] if len(inputs) > i and inputs[i] is not None else None

        x, w, bias, past = get(0), get(1), get(2), get(3)
        b, c, length = static_shape(x)
        k = static_shape(w)[2]
        dt = dtype_of(x)
        act = str_attr(attr, "activation", "none")
        if act not in ("none", "silu", "swish"):
            raise ValueError(f"CausalConvWithState: activation {act!r} (none, silu, swish are supported)")
        pad = past if past is not None else const(np.zeros((b, c, k - 1)), dt)
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


class SwiGLU(Converter):
    """a * sigmoid(alpha * a) * b, the sigmoid in the inputs' dtype."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        a, b = inputs[0], inputs[1]
        alpha = float(attr.get("alpha", 1.0))
        g = R.sigmoid(R.multiply(a, const(alpha, dtype_of(a)))) if alpha != 1.0 else R.sigmoid(a)
        return R.multiply(R.multiply(a, g), b)
