"""GEMMs whose rows, columns or reduction do not tile are padded with zeros.

A matmul whose column count N (the contiguous axis of B and of the output) is no
multiple of the vector width computes on B padded with zero columns up to one, and one
whose row count M has no register-tile divisor (4, 6, 8: ViT's 197 tokens is prime, CLIP's
77 is 7 x 11) on A padded with zero rows to a multiple of 8 (unless that adds over 10% and
7 divides M: a 7x7 map's 49 pixels as rows take tiles of 7), and a reduction length K with
no slice size (197) on zeros appended to both; the extra rows and columns are sliced off. The GEMM rule tiles exactly, and 49, 196, 197 or 77 left it 1- to 4-wide tiles.
A constant operand is padded at compile time; an activation costs one copy, a few percent
of the GEMM. A constant weight times a few pixels that pad badly (a 7x7 map:
schedules.cpu.matmul.narrow_gemm_in_place) is left unpadded: the GEMM rule vectorizes it
along the weight's rows instead (vec_m).
"""

from __future__ import annotations

from tvm import relax

from ..schedules.analysis import narrow_gemm_in_place
from .rewrite import rewrite_calls, shape, is_float, is_weight


def pad_gemm_columns(mod, lanes: int):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call, mut):
        a, b = call.args
        as_, bs, cs = shape(a), shape(b), shape(call)
        if as_ is None or bs is None or cs is None or len(bs) < 2 or len(as_) < 2 or not is_float(b):
            return call
        m, k, n = as_[-2], as_[-1], bs[-1]
        if k < 8 or n == 1:  # (a matrix x vector product is a reduction per row: no tiles to fill)
            return call
        if len(as_) == 2 and len(bs) == 3 and bs[0] == 1 and narrow_gemm_in_place(m, n, lanes) and is_weight(a, mut):
            return call  # vectors along M (cpu.matmul vec_m; W laid out at build time): nothing to pad
        pad_n = -(-n // lanes) * lanes - n if n % lanes and n >= lanes else 0
        pad_m = -(-m // 8) * 8 - m if m >= 8 and all(m % d for d in (4, 6, 8)) else 0
        if pad_m and m % 7 == 0 and pad_m > 0.1 * m:  # 49 pixels (7x7, channels-last): tiles of 7 rows, not 14% zeros
            pad_m = 0
        # K with no slice size that keeps B's panel in cache (a prime like 197): zero columns
        # of A and zero rows of B add nothing to the sums
        pad_k = -(-k // 8) * 8 - k if k >= 16 and k % 4 else 0
        if not pad_n and not pad_m and not pad_k:
            return call
        if pad_k and bs[-2] == k:
            width = [0] * (2 * len(bs))
            width[-3] = pad_k
            b = relax.op.nn.pad(b, width)
        else:
            pad_k = 0
        if pad_n:
            width = [0] * (2 * len(bs))
            width[-1] = pad_n
            b = relax.op.nn.pad(b, width)
        if pad_m or pad_k:
            width = [0] * (2 * len(as_))
            width[-3] = pad_m  # after axis -2 (pad widths are (before, after) per axis)
            width[-1] = pad_k
            a = relax.op.nn.pad(a, width)
        y = relax.op.matmul(a, b, out_dtype=call.attrs.out_dtype)
        rank = len(cs)
        return relax.op.strided_slice(y, [rank - 2, rank - 1], [0, 0], [m, n])

    return rewrite_calls(mod, "relax.matmul", rewrite, with_mutator=True)
