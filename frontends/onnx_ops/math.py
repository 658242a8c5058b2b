"""Signal processing and linear algebra: DFT, Det."""

from __future__ import annotations

import numpy as np
from tvm.relax import op as R

from .common import static_shape, dtype_of, const, constant_input, Converter


class DFT(Converter):
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
        shape = static_shape(x)
        rank = len(shape)
        dt = dtype_of(x)
        length = inputs[1] if len(inputs) > 1 else None
        if opset >= 20:
            axis = int(constant_input(inputs[2], params, "DFT", "axis")) if len(inputs) > 2 and inputs[2] is not None else -2
        else:
            axis = attr.get("axis", 1)
        axis = axis % rank
        if axis == rank - 1:
            raise ValueError("DFT: the axis cannot be the last (real/imaginary) dimension")
        inverse, onesided = bool(attr.get("inverse", 0)), bool(attr.get("onesided", 0))
        n_in = shape[axis]
        if length is not None:
            n = int(constant_input(length, params, "DFT", "dft_length"))
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
            y = R.matmul(R.astype(re, "float64"), const(a_r, "float64"))
            if im is not None:
                y = R.add(y, R.matmul(R.astype(im, "float64"), const(a_i, "float64")))
            return bb.emit(R.expand_dims(R.permute_dims(R.astype(y, dt), inv), rank - 1))

        out_re = apply(a_rr, a_ir)
        if a_ri is None:
            return out_re  # irfft: real output, last dimension 1
        return R.concat([out_re, apply(a_ri, a_ii)], axis=rank - 1)


class Det(Converter):
    """Determinants of [..., n, n] matrices by cofactor expansion (n <= 4)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        shape = static_shape(x)
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
