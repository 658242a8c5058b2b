"""Recurrent layers: RNN, GRU, LSTM, unrolled over the static sequence."""

from __future__ import annotations

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .common import static_shape, dtype_of, str_attr, const, Converter


class _Recurrent(Converter):
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
        dt = dtype_of(x)
        layout = attr.get("layout", 0)
        if layout == 1:
            x = bb.emit(R.permute_dims(x, [1, 0, 2]))
            init_h = bb.emit(R.permute_dims(init_h, [1, 0, 2])) if init_h is not None else None
            init_c = bb.emit(R.permute_dims(init_c, [1, 0, 2])) if init_c is not None else None
        seq, batch, _ = static_shape(x)
        ndir, gh, _ = static_shape(w)
        hidden = gh // cls.gates
        direction = str_attr(attr, "direction", "forward")
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
            return R.strided_slice(t, [len(static_shape(t)) - 1], [k * hidden], [(k + n) * hidden])

        zeros = const(np.zeros((batch, hidden)), dt)
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
                wb = rb = const(np.zeros(gh), dt)
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
                    h = bb.emit(R.add(R.multiply(R.subtract(const(1.0, dt), z), ht), R.multiply(z, h)))
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
