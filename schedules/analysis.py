"""What the CPU and GPU rules read from a kernel before they schedule it: the contraction of a
GEMM (`analyze_matmul`: its b/i/j/k axes, sizes, how B is read) and of a convolution
(`analyze_conv`: its output's innermost axis, output channels, groups, weight layout).
Shared by cpu/matmul.py, cpu/conv.py and the GPU rules (gpu/matmul.py, gpu/conv.py,
gpu/tensorcore.py), so no rule imports another target's rule."""

from __future__ import annotations

from dataclasses import dataclass

from tvm import s_tir
import tvm
from tvm import tirx

from .. import tir_analysis as ta
from . import common as c

@dataclass
class Contraction:
    anchor: object  # BlockInfo of the contraction
    b: list  # loop positions (in the anchor's iters) by role
    i: list
    j: list
    k: list
    M: int
    N: int
    K: int
    B_batch: int
    b_arg: int  # index of B among the function's parameters, or -1 when B is computed inside
    b_layout: str  # "kn" (B[.., k, j]) or "nk" (B[.., j, k]) or "" when not a plain 2-D access
    dtype: str
    i_ext: list = None  # extents of the i axes (fused into one), outermost first
    j_ext: list = None
    k_ext: list = None
    a_arg: int = -1  # index of A among the function's parameters, or -1
    a_layout: str = ""  # "mk" when A is read as a plain A[i, k] (one i and one k axis), else ""

    def tile_ok(self, mr: int, nr: int, kc: int) -> bool:
        return aligned(self.i_ext, mr) and aligned(self.j_ext, nr) and aligned(self.k_ext, kc)

    def fused_loops(self, sch, loops) -> tuple:
        """The anchor's `loops` reordered by role (b, i, j, k) and fused per role: (lb or None,
        li, lj, lk); a GEMV's missing i axis becomes a unit loop."""
        groups = [[loops[p] for p in axes] for axes in (self.b, self.i, self.j, self.k)]
        sch.reorder(*[lp for g in groups for lp in g])
        lb, li, lj, lk = [sch.fuse(*g) if len(g) > 1 else (g[0] if g else None) for g in groups]
        if li is None:
            li = sch.add_unit_loop(lj)
        return lb, li, lj, lk


class RowVector(c.NotApplicable):
    """A contraction without a column axis (matrix x vector): the GEMM rules decline it."""


def _prod(xs) -> int:
    p = 1
    for x in xs:
        p *= x
    return p


def analyze_matmul(func) -> tuple[object, Contraction]:
    """Find the contraction block and sort its iteration axes into b / i / j / k roles."""
    sch = s_tir.Schedule(func)
    infos = c.infos_or_fail(sch)
    anchors = [(i, ta.mac_info(sch, i)) for i in infos]
    anchors = [(i, m) for i, m in anchors if m is not None and not m.is_conv]
    if len(anchors) != 1:
        raise c.NotApplicable("not exactly one contraction block")
    info, mac = anchors[0]
    if "O" in info.kinds or any(not isinstance(e, int) for e in info.extents):
        raise c.NotApplicable("symbolic or opaque iteration")
    block = sch.get(info.rv)
    iters = [iv.var for iv in block.iter_vars]
    a_vars = set().union(*[ta.vars_in(x) for x in mac.a.indices]) if mac.a.indices else set()
    b_vars = set().union(*[ta.vars_in(x) for x in mac.b.indices]) if mac.b.indices else set()
    c_vars = set().union(*[ta.vars_in(x) for x in mac.c.indices]) if mac.c.indices else set()
    roles = {"b": [], "i": [], "j": [], "k": []}
    for pos, (v, kind) in enumerate(zip(iters, info.kinds)):
        if kind == "R":
            roles["k"].append(pos)
        elif v in a_vars and v in b_vars:
            roles["b"].append(pos)
        elif v in a_vars:
            roles["i"].append(pos)
        elif v in b_vars:
            roles["j"].append(pos)
        elif v in c_vars:
            roles["i"].append(pos)  # broadcast axis: treat as rows
        else:
            raise c.NotApplicable("iteration axis not used by the output")
    if not roles["j"] or not roles["k"]:
        # no column axis: C = A x B with j absent is a GEMV with A as the matrix; swap operands
        if roles["i"] and roles["k"]:
            raise RowVector("row-vector contraction (j empty)")
        raise c.NotApplicable("no j or k axis")
    ext = info.extents
    M = _prod(ext[p] for p in roles["i"])
    N = _prod(ext[p] for p in roles["j"])
    K = _prod(ext[p] for p in roles["k"])
    Bb = _prod(ext[p] for p in roles["b"])
    # Is B a function parameter read as plain [.., k, j] or [.., j, k]?
    b_arg, layout = -1, ""
    for idx, p in enumerate(func.params):
        if getattr(p, "shape", None) is not None and mac.b.source.same_as(p):
            b_arg = idx
    if b_arg < 0:
        # parameters and buffers are distinct objects in some TVM versions: match by name
        for idx, p in enumerate(func.params):
            if getattr(p, "name", None) == mac.b.source.name:
                b_arg = idx
    idx_vars = [x for x in mac.b.indices]
    if len(roles["j"]) == 1 and len(roles["k"]) == 1 and len(idx_vars) >= 2:
        last2 = [ta.vars_in(x) for x in idx_vars[-2:]]
        jv, kv = iters[roles["j"][0]], iters[roles["k"][0]]
        plain = all(isinstance(x, type(jv)) for x in idx_vars[-2:])
        if plain and last2 == [{kv}, {jv}]:
            layout = "kn"
        elif plain and last2 == [{jv}, {kv}]:
            layout = "nk"
    dtype = str(mac.c.buffer.dtype)
    # Is A a function parameter read as a plain 2-D A[i, k]?
    a_arg = next((idx for idx, p in enumerate(func.params) if getattr(p, "name", None) == mac.a.source.name), -1)
    a_layout = ""
    if a_arg >= 0 and len(roles["i"]) == 1 and len(roles["k"]) == 1 and len(mac.a.indices) == 2 and not roles["b"]:
        iv, kv = iters[roles["i"][0]], iters[roles["k"][0]]
        if all(isinstance(x, type(iv)) for x in mac.a.indices) and [ta.vars_in(x) for x in mac.a.indices] == [{iv}, {kv}]:
            a_layout = "mk"
    return sch, Contraction(info, roles["b"], roles["i"], roles["j"], roles["k"], M, N, K, Bb, b_arg, layout, dtype,
                            [ext[p] for p in roles["i"]], [ext[p] for p in roles["j"]], [ext[p] for p in roles["k"]],
                            a_arg, a_layout)


def aligned(extents: list[int], t: int) -> bool:
    """Whether tiles of `t` consecutive elements of the row-major fusion of axes `extents`
    are rectangles in the original axes (a tile never straddles a row boundary).
    reverse_compute_at computes the epilogue over the bounding box of what a tile produced:
    a straddling tile's box includes outputs not produced yet, and the epilogue would read
    them (TVM does not check this)."""
    if not extents or t <= 1:
        return True
    last = extents[-1]
    if t <= last:
        return last % t == 0
    return t % last == 0 and aligned(extents[:-1], t // last)


@dataclass
class ConvInfo:
    info: object  # BlockInfo of the convolution
    xpos: int  # iter position of the output's innermost axis
    ocpos: int | None  # iter position of the output-channel axis (in the weight, not the data)
    dtype: str
    weight_arg: int  # parameter index of the weight, -1 if it is computed inside
    weight_oihw: bool  # the weight is read as W[oc, rc, kh, kw] (plain iter vars, oc first)
    reduce_pos: list
    out_ndim: int  # rank of the output buffer
    oc_axis: int | None  # the output buffer's axis indexed by the output-channel iter
    group: int | None = None  # grouped convolution: output channels per group (a tile stays in one)


def analyze_conv(func) -> tuple[object, "ConvInfo"]:
    sch = s_tir.Schedule(func)
    infos = c.infos_or_fail(sch)
    found = [(i, ta.mac_info(sch, i)) for i in infos]
    found = [(i, m) for i, m in found if m is not None and m.is_conv]
    if len(found) != 1:
        raise c.NotApplicable("not exactly one convolution block")
    info, mac = found[0]
    if any(not isinstance(e, int) for e in info.extents):
        raise c.NotApplicable("symbolic extents")
    block = sch.get(info.rv)
    iters = [iv.var for iv in block.iter_vars]
    red = set(mac.reduce)

    def compound(load):
        return any((ta.vars_in(x) & red) and (ta.vars_in(x) - red) for x in load.indices)

    data, weight = (mac.a, mac.b) if compound(mac.a) else (mac.b, mac.a)
    w_vars = set().union(*[ta.vars_in(x) for x in weight.indices])
    d_vars = set().union(*[ta.vars_in(x) for x in data.indices])
    last = ta.vars_in(mac.c.indices[-1])
    spatial_pos = [p for p, k in enumerate(info.kinds) if k == "S"]
    inner = [p for p in spatial_pos if iters[p] in last]
    if len(inner) != 1:
        raise c.NotApplicable("output's innermost index is not one axis")
    oc = [p for p in spatial_pos if iters[p] in w_vars and iters[p] not in d_vars]
    ocpos = oc[0] if len(oc) == 1 else None
    group = None  # grouped: the output channels that read one group of inputs
    if ocpos is None:
        for p in spatial_pos:
            k = _group_size(data.indices, iters[p]) if iters[p] in w_vars and p != inner[0] else None
            if k:
                ocpos, group = p, k
                break
    weight_arg = -1
    for idx, p in enumerate(func.params):
        if getattr(p, "name", None) == weight.source.name:
            weight_arg = idx
    plain = [x for x in weight.indices]
    oihw = (ocpos is not None and len(plain) >= 3 and all(isinstance(x, tirx_var()) for x in plain)
            and plain[0].same_as(iters[ocpos]) and all(any(x.same_as(iters[p]) for p in
                                                           [q for q, k in enumerate(info.kinds) if k == "R"])
                                                       for x in plain[1:]))
    red_pos = [p for p, k in enumerate(info.kinds) if k == "R"]
    oc_axis = None
    if ocpos is not None:
        hits = [a for a, x in enumerate(mac.c.indices) if iters[ocpos] in ta.vars_in(x)]
        oc_axis = hits[0] if len(hits) == 1 else None
    return sch, ConvInfo(info, inner[0], ocpos, str(mac.c.buffer.dtype), weight_arg, bool(oihw), red_pos,
                         len(mac.c.indices), oc_axis, group)


def _group_size(indices, var) -> int | None:
    """k when `var` appears in the data's indices only as var // k (a grouped convolution's
    output channel, k of them per group; a depthwise one reads var itself: None)."""
    found, bare = [], []

    def visit(e):
        if isinstance(e, tirx.FloorDiv) and isinstance(e.b, tirx.IntImm) and e.a.same_as(var):
            found.append(int(e.b.value))
            return
        if isinstance(e, tirx.Var):
            if e.same_as(var):
                bare.append(e)
            return
        for name in ("a", "b", "value"):
            sub = getattr(e, name, None)
            if isinstance(sub, tvm.ir.Expr):
                visit(sub)

    for x in indices:
        visit(x)
    return found[0] if found and not bare and len(set(found)) == 1 and found[0] > 1 else None


def tirx_var():
    return tirx.Var


def narrow_gemm_in_place(m: int, n: int, lanes: int) -> bool:
    """W[M, K] x X[K, N] whose N (pixels) pads badly to the vector width (a 7x7 map: 49 -> 64,
    31% of the work on zeros) and whose M is whole vectors: computed with vectors along M
    (cpu.matmul's vec_m), unpadded. jitc/passes/pad_gemm_columns.py leaves such a GEMM
    unpadded by this test."""
    padded = -(-n // lanes) * lanes
    return n % lanes != 0 and n < 4 * lanes and (padded - n) / n >= 0.15 and m % lanes == 0
