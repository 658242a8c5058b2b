"""Winograd convolutions: a 3x3, stride-1 convolution as F(m x m, 3 x 3) (Lavin & Gray, 2016).

Each m x m tile of the output is computed from an (m+2) x (m+2) tile of the input in three
steps, each a kernel of its own:

    V = Bᵀ d B      input transform   (the `winograd_input` block, the padding inside)
    M = U · V       (m+2)² batched GEMMs over the channels: U [(m+2)², K, C] (the weight
                    transformed at compile time, U = G g Gᵀ) times V [(m+2)², C, tiles] (a
                    view of the input transform's [m+2, m+2, C, tiles]); the GEMM rule
                    schedules it like any other batch matmul
    Y = Aᵀ M A      output transform  (the `winograd_output` block; the convolution's
                    epilogue, bias, activation and residual, fuses into it)

F(2x2, 3x3) does 16 products per 4 outputs where the direct convolution does 36 (2.25x fewer),
F(4x4, 3x3) 36 per 16 (4x fewer), for transforms that cost a pass over the input and the
output. `choose_tile` picks m per convolution (or none: the direct convolution) from the
arithmetic each way; `winograd_convs` (the pass, CPU targets) rewrites the graph;
schedules/cpu/winograd.py schedules the two transform kernels. Rounding: F(4x4) multiplies
by up to 8 and 1/24 on the way, its float32 results differ from the direct sum by about
1e-6 of the output's scale (F(2x2) by less), which is the order of reordering the sum.
"""

from __future__ import annotations

import os

import numpy as np
import tvm
from tvm import relax, te, tirx

from ..schedules.cpu.winograd import INPUT_BLOCK, OUTPUT_BLOCK, role  # noqa: F401 - the block names its rule finds; role for callers
from .rewrite import constant_value, rewrite_calls

# Bᵀ, G, Aᵀ for F(2x2, 3x3) and F(4x4, 3x3) (points 0, ±1, ±2 for m = 4)
_MATRICES = {
    2: (np.array([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]], "float64"),
        np.array([[1, 0, 0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0, 0, 1]], "float64"),
        np.array([[1, 1, 1, 0], [0, 1, -1, -1]], "float64")),
    4: (np.array([[4, 0, -5, 0, 1, 0], [0, -4, -4, 1, 1, 0], [0, 4, -4, -1, 1, 0],
                  [0, -2, -1, 2, 1, 0], [0, 2, -1, -2, 1, 0], [0, 4, 0, -5, 0, 1]], "float64"),
        np.array([[1 / 4, 0, 0], [-1 / 6, -1 / 6, -1 / 6], [-1 / 6, 1 / 6, -1 / 6],
                  [1 / 24, 1 / 12, 1 / 6], [1 / 24, -1 / 12, 1 / 6], [0, 0, 1]], "float64"),
        np.array([[1, 1, 1, 1, 1, 0], [0, 1, -1, 2, -2, 0], [0, 1, 1, 4, 4, 0], [0, 1, -1, 8, -8, 1]], "float64")),
}
TILES = tuple(_MATRICES)

# The work model (multiply-adds): a transform pass costs about _TRANSFORM_COST per element it
# writes or reads (loads, additions, a store that misses the cache), and every weight byte
# _BYTE_COST (Winograd's weights are (m+2)²/9 times the direct convolution's: 4x for F(4x4);
# with few tiles per image the GEMM streams them from memory more than it computes). Both
# measured on ResNet-50's layers against the GEMM rule's rate (2-core Zen 4): the model's gain
# came out 5-10% above the measured one (1.92x, 1.69x, 1.29x for its 56x56, 28x28, 14x14 stages).
_TRANSFORM_COST = 24
_BYTE_COST = 5
MIN_GAIN = 1.2  # a Winograd form must do at most 1/1.2 of the direct convolution's work
MIN_CHANNELS = 16  # fewer channels: the transforms cost as much as the GEMM they save


def tiles(h: int, w: int, m: int) -> tuple[int, int]:
    return -(-h // m), -(-w // m)


def padded_tiles(n: int, ho: int, wo: int, m: int, lanes: int) -> int:
    """The GEMM's column count: the batch's tiles, rounded up to whole vectors (the output
    transform never reads the extra columns)."""
    th, tw = tiles(ho, wo, m)
    p = n * th * tw
    return -(-p // lanes) * lanes


def choose_tile(n: int, c: int, k: int, ho: int, wo: int, lanes: int) -> int | None:
    """m (2 or 4) for a 3x3 stride-1 convolution of c -> k channels to an ho x wo output, or
    None where the direct convolution does less work (the model above)."""
    if min(c, k) < MIN_CHANNELS:
        return None
    direct = 9 * n * k * c * ho * wo + _BYTE_COST * 4 * 9 * k * c
    best, best_work = None, direct / MIN_GAIN
    for m in TILES:
        a = m + 2
        p = padded_tiles(n, ho, wo, m, lanes)
        work = a * a * k * c * p + _TRANSFORM_COST * a * a * (c + k) * p + _BYTE_COST * 4 * a * a * k * c
        if work < best_work:
            best, best_work = m, work
    return best


def weight_transform(g: np.ndarray, m: int) -> np.ndarray:
    """U = G g Gᵀ for every (output, input) channel pair: [K, C, 3, 3] -> [(m+2)², K, C]."""
    _, gm, _ = _MATRICES[m]
    u = np.einsum("ai,kcij,bj->abkc", gm, g.astype("float64"), gm)
    a = m + 2
    return np.ascontiguousarray(u.reshape(a * a, g.shape[0], g.shape[1]).astype(g.dtype))


def _combine(mat: np.ndarray, row, f, dtype: str):
    """sum_i mat[row, i] * f(i), as a Select over the rows of `mat` (a constant index after the
    schedule unrolls `row`'s loop, when the select folds away); ±1 coefficients are additions."""
    expr = None
    for r in range(mat.shape[0] - 1, -1, -1):
        s = None
        for i in range(mat.shape[1]):
            cv = float(mat[r, i])
            if cv == 0:
                continue
            t = f(i)
            if cv == -1:
                t = -t
            elif cv != 1:
                t = t * tirx.const(cv, dtype)
            s = t if s is None else s + t
        expr = s if expr is None else tirx.Select(row == r, s, expr)
    return expr


def input_transform(n: int, c: int, h: int, w: int, pads: tuple[int, int], ho: int, wo: int, m: int,
                    lanes: int, dtype: str) -> tirx.PrimFunc:
    """x [n, c, h, w] -> V [m+2, m+2, c, P]: V[a, b, c, p] = (Bᵀ d_p B)[a, b], d_p the input
    tile of output tile p (its top-left at (m*ty - top, m*tx - left), zero outside the input);
    the columns past the last tile (up to whole vectors) repeat the first rows' tiles."""
    bt, _, _ = _MATRICES[m]
    a = m + 2
    th, tw = tiles(ho, wo, m)
    pt, pl = pads
    ptot = padded_tiles(n, ho, wo, m, lanes)
    x = te.placeholder(_i64(n, c, h, w), dtype, name="x")
    hp, wp = m * th + 2, m * tw + 2
    d = te.compute(_i64(n, c, hp, wp), lambda b_, ch, yy, xx: tirx.if_then_else(
        tirx.all(yy >= pt, yy < h + pt, xx >= pl, xx < w + pl), x[b_, ch, yy - pt, xx - pl],
        tirx.const(0, dtype)), name="winograd_pad")

    def value(ta, tb, ch, p):
        row, tx = p // tw, p % tw  # (rows of tiles, of every image in turn)
        row = row % (n * th)  # the padding columns repeat the first rows of tiles
        b_, ty = (row // th, row % th) if n > 1 else (0, row)
        # (no select zeroing them: TVM makes a select with loads a branch, which puts each of
        # the tile's outputs in a branch of its own, and its loads are no longer shared; each
        # GEMM column depends on its own column of V only, and the output transform never
        # reads the padding's)
        return _combine(bt, ta, lambda i: _combine(bt, tb, lambda j: d[b_, ch, m * ty + i, m * tx + j], dtype), dtype)

    out = te.compute(_i64(a, a, c, ptot), value, name=INPUT_BLOCK)
    return _prim_func([x, out], op_pattern=8)  # opaque: a kernel of its own


def output_transform(n: int, k: int, ho: int, wo: int, m: int, lanes: int, dtype: str, out_dtype: str) -> tirx.PrimFunc:
    """M [m+2, m+2, k, P] -> y [n, k, ho, wo]: y's m x m tile p is Aᵀ M_p A."""
    _, _, at = _MATRICES[m]
    a = m + 2
    th, tw = tiles(ho, wo, m)
    ptot = padded_tiles(n, ho, wo, m, lanes)
    mm = te.placeholder(_i64(a, a, k, ptot), dtype, name="m")

    def value(b_, ch, y, x):
        p = b_ * th * tw + (y // m) * tw + x // m
        v = _combine(at, y % m, lambda i: _combine(at, x % m, lambda j: mm[i, j, ch, p], dtype), dtype)
        return v if out_dtype == dtype else v.astype(out_dtype)

    out = te.compute(_i64(n, k, ho, wo), value, name=OUTPUT_BLOCK)
    return _prim_func([mm, out], op_pattern=4)  # like a convolution: its elementwise consumers fuse in


def _i64(*dims):
    """A shape in int64, as Relax's legalized functions have (FuseTIR matches buffers by type)."""
    return tuple(tirx.IntImm("int64", int(d)) for d in dims)


def _prim_func(tensors, op_pattern: int) -> tirx.PrimFunc:
    func = te.create_prim_func(tensors)
    return func.without_attr("global_symbol").with_attr("op_pattern", op_pattern)


def rewrite_call(call, mut, lanes: int, constant_of, add_func):
    """The Winograd form of a conv2d call (NCHW, OIHW, one group, 3x3, stride 1, no dilation,
    a constant float32 weight) where choose_tile picks one; else the call itself.
    `constant_of(expr, mut)`: the numpy value of a constant weight, or None;
    `add_func(name, prim_func)`: the GlobalVar of a PrimFunc added to the module."""
    a_ = call.attrs
    x, wexpr = call.args
    try:
        xs = [int(v) for v in x.ty.shape.values]
        ys = [int(v) for v in call.ty.shape.values]
    except (TypeError, AttributeError):
        return call
    if (str(a_.data_layout), str(a_.kernel_layout), str(a_.out_layout or a_.data_layout)) != ("NCHW", "OIHW", "NCHW"):
        return call
    if int(a_.groups) != 1 or [int(s) for s in a_.strides] != [1, 1] or [int(d) for d in a_.dilation] != [1, 1]:
        return call
    dtype = str(x.ty.dtype)
    if dtype != "float32":
        return call
    g = constant_of(wexpr, mut)
    if g is None or g.ndim != 4 or g.shape[2:] != (3, 3) or str(g.dtype) != dtype:
        return call
    n, c, h, w = xs
    _, k, ho, wo = ys
    pt, pl, _, _ = [int(p) for p in a_.padding]  # (the output's size says the rest)
    m = choose_tile(n, c, k, ho, wo, lanes)
    if m is None:
        return call
    out_dtype = str(call.ty.dtype)
    ptot = padded_tiles(n, ho, wo, m, lanes)
    a = m + 2
    fin = add_func(f"winograd_input_{m}_{n}x{c}x{h}x{w}_{pt}{pl}",
                   lambda: input_transform(n, c, h, w, (pt, pl), ho, wo, m, lanes, dtype))
    fout = add_func(f"winograd_output_{m}_{n}x{k}x{ho}x{wo}_{out_dtype}",
                    lambda: output_transform(n, k, ho, wo, m, lanes, dtype, out_dtype))
    v = relax.call_tir(fin, [x], relax.TensorType([a, a, c, ptot], dtype))
    u = relax.const(weight_transform(g, m))
    prod = relax.op.matmul(u, relax.op.reshape(v, [a * a, c, ptot]))  # (the reshapes are views)
    return relax.call_tir(fout, [relax.op.reshape(prod, [a, a, k, ptot])], relax.TensorType([n, k, ho, wo], out_dtype))


def winograd_default() -> bool:
    """Winograd convolutions on, unless $JITC_WINOGRAD is 0 (the switch for the CLI)."""
    return os.environ.get("JITC_WINOGRAD", "1").strip() not in ("0", "false", "off", "no")


def winograd_convs(mod, lanes: int):
    """Every 3x3 stride-1 convolution with a constant weight whose Winograd form does less
    work (choose_tile) becomes it: input transform, (m+2)² batched GEMMs on the
    weight transformed here, output transform (into which the epilogue fuses)."""
    bb = relax.BlockBuilder()  # gives the transform functions typed GlobalVars
    added: dict[str, tvm.ir.GlobalVar] = {}

    def add_func(name, make):
        if name not in added:
            added[name] = bb.add_func(make(), name)
        return added[name]

    mod = rewrite_calls(mod, "relax.nn.conv2d",
                         lambda call, mut: rewrite_call(call, mut, lanes, constant_value, add_func),
                         with_mutator=True)
    new = bb.get()
    for gv in added.values():
        mod[gv] = new[gv]
    return mod
