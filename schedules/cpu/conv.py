"""CPU rule for convolutions (conv1d/2d/3d, grouped and depthwise), NCHW or NHWC, with fused
epilogues (bias, batch-norm folded to scale/shift, activation, residual). A grouped
convolution tiles output channels within a group (they read the same inputs); a depthwise one
has nothing to share across channels and vectorizes along the row only (jitc.kernels widens
rows of 7 or 14 to a vector).

Direct convolution with a register tile of vector accumulators, in one of two modes:

`vec="ow"` vectorizes the output's innermost axis (ow for NCHW, oc for NHWC):

    parallel for (n, oc0)                 # a block of `of` output channels per task
      for oh, ow0
        for rc, kh, kw                    # the reduction
          unroll oc1 in of                # `of` weights broadcast ...
            vectorize ow1 in ow           # ... against one input vector each

`vec="oc"` vectorizes output channels (NCHW with an OIHW weight): the weight is stored as
[OC/lanes, IC, KH, KW, lanes] at build time, so each (rc, kh, kw) step loads `of/lanes`
weight vectors and broadcasts `ow` input pixels against them. It does not need the output
width to be a multiple of the vector width (ResNet's 56, 28, 14, 7).

    parallel for (n, oc0)
      for oh, ow0
        for rc, kh, kw
          unroll ow1 in ow                # `ow` input pixels broadcast ...
            vectorize oc1 in of           # ... against `of/lanes` weight vectors

The padded input is its own stage (a bounds check in the inner loop costs more than a copy):
at the root, or with `pad_at` inside each task, padding only the slice the task reads (a
depthwise channel's plane, while it stays in cache). With `phase`, a stride-2 convolution's
padded rows are stored split by phase (x[0::2] then x[1::2]) so each tap loads contiguous
vectors instead of gathers. Each tile's epilogue runs while the tile is in registers or L1,
the slice that drops widened columns included.
Knobs: `vec` ("ow" or "oc"), `of` (output channels per tile), `ow` (output pixels per tile),
`oh` (output rows per tile: more accumulators where a tile has one vector), `pad_at`, `phase`.
"""

from __future__ import annotations

from tvm import tirx
from tvm.sym.pattern import detect_linear_equation
from tvm.tirx import IndexMap

from .. import common as c
from ..analysis import analyze_conv as analyze


def _budget(target) -> int:
    """Vector registers for accumulators: 24 of AVX-512's 32, 12 of AVX2's or NEON's 16."""
    return 24 if target.vector_bits >= 512 else 12


class CpuConv:
    name = "cpu.conv"
    kinds = ("conv",)

    def default(self, kernel, target) -> dict:
        ci, lanes, xe, has_oc, oce = _extents(kernel, target)
        info = ci.info
        if has_oc and ci.weight_oihw and ci.weight_arg >= 0 and oce % lanes == 0 and xe % lanes:
            # the output width is not a whole number of vectors: vectorize output channels
            of = 2 * lanes if oce % (2 * lanes) == 0 else lanes
            ow = max([d for d in c.divisors(xe) if d * (of // lanes) <= _budget(target)] or [1])
            return {"rule": self.name, "vec": "oc", "of": of, "ow": ow, "lanes": lanes}
        ow = c.vector_factor(xe, lanes)
        if xe % (2 * lanes) == 0 and has_oc:
            ow = 2 * lanes
        of = 1
        if has_oc:
            for cand in (8, 6, 4, 2, 1):
                if oce % cand == 0 and cand * max(1, ow // lanes) <= _budget(target):
                    of = cand
                    break
        cfg = {"rule": self.name, "vec": "ow", "of": of, "ow": ow}
        # few accumulators (a depthwise tile has one vector): more output rows per tile
        accs = of * max(1, ow // lanes)
        rowpos = _row_pos(ci)
        rows = info.extents[rowpos] if rowpos is not None else 1
        for oh in (4, 2):  # (on planes of 14 rows or less, one row per tile measured as fast)
            if (accs < c.min_accumulators(target) and rows > 16 and rows % oh == 0
                    and oh * accs <= _budget(target)):
                cfg["oh"] = oh
                break
        return {**cfg, **_input_knobs(kernel, ci, target, x_stride(kernel.func))}

    def space(self, kernel, target) -> list[dict]:
        return _space(self, kernel, target)

    def param_transforms(self, kernel, cfg) -> dict:
        """The oc mode wants the OIHW weight as [OC/lanes, IC, KH, KW, lanes]."""
        if cfg.get("vec") != "oc":
            return {}
        _, ci = analyze(kernel.func)
        return {ci.weight_arg: ("pack_oc", int(cfg["lanes"]))}

    def apply(self, func, cfg: dict, target):
        sch, ci = analyze(func)
        info = ci.info
        lanes = target.lanes(ci.dtype)
        of, ow, mode = int(cfg["of"]), int(cfg["ow"]), cfg.get("vec", "ow")
        anchor = info.rv
        epilogue, producers = c.convolution_epilogue(sch, info)
        if cfg.get("phase"):
            if not cfg.get("pad_at"):
                raise c.NotApplicable("phase needs pad_at")
            _split_phases(sch, anchor, info.name, int(cfg["phase"]))
        if mode == "oc":
            if (not (ci.weight_oihw and ci.weight_arg >= 0) or ci.oc_axis is None or of % lanes
                    or cfg.get("lanes") != lanes):
                raise c.NotApplicable("oc vectorization needs an OIHW weight parameter and of = k x lanes")
            nb = lanes
            sch.transform_layout(anchor, ("read", c.read_index(sch, anchor, func, ci.weight_arg, "the weight")),
                                 lambda f, *rest: (f // nb, *rest, f % nb))
        loops = sch.get_loops(anchor)
        kinds = info.kinds
        if len(loops) != len(kinds):
            raise c.NotApplicable("loop nest does not match the block")
        xe = info.extents[ci.xpos]
        if xe % ow:
            raise c.NotApplicable("ow does not divide the innermost extent")
        oh = int(cfg.get("oh", 1))
        rowpos = _row_pos(ci)
        r0 = r1 = None
        if oh > 1:
            if rowpos is None or info.extents[rowpos] % oh:
                raise c.NotApplicable("oh does not divide the output rows")
            r0, r1 = sch.split(loops[rowpos], [None, oh])
        x0, x1 = sch.split(loops[ci.xpos], [None, ow])
        f0 = f1 = None
        if ci.ocpos is not None and ci.ocpos != ci.xpos and of > 1:
            if info.extents[ci.ocpos] % of or (ci.group and ci.group % of):
                raise c.NotApplicable("of does not divide the channel extent (or the group)")
            f0, f1 = sch.split(loops[ci.ocpos], [None, of])
        elif mode == "oc":
            raise c.NotApplicable("oc mode needs an output-channel axis")
        spatial_outer = []
        for p, k in enumerate(kinds):
            if k != "S":
                continue
            if p == ci.xpos:
                spatial_outer.append(x0)
            elif p == ci.ocpos and f0 is not None:
                spatial_outer.append(f0)
            elif p == rowpos and r0 is not None:
                spatial_outer.append(r0)
            else:
                spatial_outer.append(loops[p])
        reduce_loops = [loops[p] for p, k in enumerate(kinds) if k == "R"]
        f_inner = [f1] if f1 is not None else []
        rows = [r1] if r1 is not None else []
        inner = rows + (([x1] + f_inner) if mode == "oc" else (f_inner + [x1]))
        sch.reorder(*spatial_outer, *reduce_loops, *inner)
        tile = spatial_outer[-1]
        wb = sch.cache_write(anchor, 0, "local")
        if mode == "oc":  # the accumulator tile with channels innermost, so vectors are contiguous
            sch.transform_layout(anchor, ("write", 0), c.move_axis_last(ci.out_ndim, ci.oc_axis))
        sch.reverse_compute_at(wb, tile, preserve_unit_loops=True)
        if epilogue is not None:  # before decompose_reduction: it needs the complete reduction block
            sch.reverse_compute_at(epilogue.rv, tile, preserve_unit_loops=True)
        unrolled, vectorized = (x1, f1) if mode == "oc" else (f1, x1)
        if unrolled is not None:
            sch.unroll(unrolled)
        if r1 is not None:
            sch.unroll(r1)
        vext = of if mode == "oc" else ow
        vec = c.vector_factor(vext, lanes)
        if vec > 1:
            vo, vi = sch.split(vectorized, [None, vec]) if vext > vec else (None, vectorized)
            if vo is not None:
                sch.unroll(vo)
            sch.vectorize(vi)
        # parallel over the leading spatial loops (n, oc0 and as many more as give >= 4 tasks/core)
        lead, count = [], 1
        for lp in spatial_outer[:-1]:
            lead.append(lp)
            count *= c.extent(sch, lp)
            if count >= 4 * target.num_cores:
                break
        par = None  # the task loop (parallel where there are cores): pad_at pads under it
        if lead:
            par = sch.fuse(*lead) if len(lead) > 1 else lead[0]
            if target.num_cores > 1:
                sch.parallel(par)
        init = sch.decompose_reduction(anchor, reduce_loops[0])  # last: vectorize needs the block with its init
        for blk in (wb, init):
            c.vectorize_inner(sch, blk, lanes)
        if epilogue is not None:
            c.vectorize_inner(sch, epilogue.rv, lanes)
        for p in producers:
            if cfg.get("pad_at") and par is not None and c.feeds(sch, p, anchor):
                sch.compute_at(p.rv, par, preserve_unit_loops=True)
                last = sch.get_loops(p.rv)[-1]
                if cfg.get("phase"):
                    w0, w1 = sch.split(last, [None, int(cfg["phase"])])
                    sch.reorder(w1, w0)  # the phases one after the other: contiguous stores
                    continue  # its loads are strided: LLVM's loop vectorizer shuffles them, TVM's vectorize gathers
                c.vectorize_with_tail(sch, last, lanes)
                continue
            c.schedule_spatial(sch, p.rv, lanes, target.num_cores)
        return c.finish(sch)


def _split_phases(sch, anchor, name, stride):
    """The padded input stored [..., row, phase, column / stride]."""
    found = _padded_input(sch, anchor, name)
    if found is None:
        raise c.NotApplicable("phase split needs the padded input as its own stage")
    pad, _, width = found
    if width % stride:
        raise c.NotApplicable("the padded row is no whole number of strides")
    nd = len(sch.get(pad.rv).writes[0].source.shape)
    iv = [tirx.Var(f"i{j}", "int64") for j in range(nd)]
    s = tirx.IntImm("int64", stride)
    imap = IndexMap(iv, iv[:-1] + [tirx.floormod(iv[-1], s), tirx.floordiv(iv[-1], s)], None)
    sch.transform_layout(pad.rv, ("write", 0), imap)


def _padded_input(sch, anchor, name):
    """(the padding stage feeding the convolution, the convolution's reads of it, its padded
    width), or None without a padding stage."""
    pads = [i for i in c.infos_or_fail(sch) if i.name != name and c.feeds(sch, i, anchor)]
    if len(pads) != 1:
        return None
    buf = sch.get(pads[0].rv).writes[0].source
    block = sch.get(anchor)
    reads = [r for r in block.reads if r.source.same_as(buf)]
    return pads[0], reads, int(buf.shape[-1])


def _input_knobs(kernel, ci, target, found) -> dict:
    """How the vec="ow" mode reads its padded input: `pad_at` pads within each parallel task
    (the slice a task reads, while it stays in cache: a depthwise channel's plane, not a copy
    of the whole input written and read back); `phase` stores a strided convolution's padded
    rows split by phase (x[0::2], x[1::2]) so each tap reads contiguous vectors, not gathers.
    `found`: x_stride(kernel.func)."""
    if found is None:
        return {}
    stride, width = found
    knobs = {}
    data = kernel.args[0][0]
    weight = [s for s, _ in kernel.args if len(s) == len(data)][1:2]
    in_per_task = weight[0][1] if weight else (data[1] if len(data) > 1 else 1)  # input channels per group
    height = data[-2] + 2 if len(data) >= 4 else 1
    if in_per_task * height * width * c.item_bytes(ci.dtype) <= target.l2_bytes:
        knobs["pad_at"] = True
    # (rows of fewer than 3 vectors per phase measured faster gathering: 66 -> 2 x 33 wide)
    if stride > 1 and width % stride == 0 and knobs.get("pad_at") and width // stride >= 3 * target.lanes(ci.dtype):
        knobs["phase"] = stride
    return knobs


def _input_variants(kernel, ci, target) -> list[dict]:
    """The default's input knobs and their alternatives, for the space."""
    found = x_stride(kernel.func)
    knobs = _input_knobs(kernel, ci, target, found)
    if found is None:
        return [knobs]
    stride, width = found
    out = [knobs, {}, {"pad_at": True}]
    if stride > 1 and width % stride == 0:
        out.append({"pad_at": True, "phase": stride})
    return [k for i, k in enumerate(out) if k not in out[:i]]


def x_stride(func) -> tuple[int, int] | None:
    """(stride along the output row, padded input width) of a convolution reading a padding
    stage; None without one."""
    sch, ci = analyze(func)
    found = _padded_input(sch, ci.info.rv, ci.info.name)
    if found is None:
        return None
    _, reads, width = found
    block = sch.get(ci.info.rv)
    xv = block.iter_vars[ci.xpos].var
    for r in reads:
        last = r.region[-1].min
        coef = detect_linear_equation(last, [xv])
        if len(coef) == 2 and isinstance(coef[0], tirx.IntImm):
            return int(coef[0].value), width
    return None


def _row_pos(ci) -> int | None:
    """Iter position of the output rows: the spatial axis just outside the innermost one (oh
    in NCHW), unless it is the channel axis; None for a 1-D output."""
    kinds = ci.info.kinds
    for p in range(ci.xpos - 1, -1, -1):
        if kinds[p] == "S":
            return None if p == ci.ocpos or ci.info.extents[p] == 1 else p
    return None


def _extents(kernel, target):
    """(conv analysis, vector lanes, output width, whether there is an output-channel axis,
    its extent): what the default and the space choose tiles from."""
    _, ci = analyze(kernel.func)
    has_oc = ci.ocpos is not None and ci.ocpos != ci.xpos
    oce = ci.info.extents[ci.ocpos] if has_oc else 1
    # a grouped convolution's channel tile stays within a group (its channels share one input)
    return ci, target.lanes(ci.dtype), ci.info.extents[ci.xpos], has_oc, ci.group or oce


def _space(rule, kernel, target) -> list[dict]:
    """The lite space: the knobs above, pruned (each rule says why), ordered by a rule-based score."""
    ci, lanes, xe, has_oc, oce = _extents(kernel, target)
    info = ci.info
    budget = _budget(target)
    scored = []
    # vec="ow": whole vectors (or half of one) that divide the innermost output axis
    ows = [w for w in (lanes // 2, lanes, 2 * lanes, 3 * lanes, 4 * lanes) if w >= 1 and xe % w == 0]
    if not ows:
        ows = [c.vector_factor(xe, lanes)]
    rowpos = _row_pos(ci)
    rows = info.extents[rowpos] if rowpos is not None else 1
    variants = _input_variants(kernel, ci, target)
    for ow in ows:
        vecs = max(1, ow // lanes)
        ofs = [f for f in (1, 2, 3, 4, 6, 8, 12, 16) if oce % f == 0] if has_oc else [1]
        # (of, oh): output channels and rows per tile; the accumulators stay in vector registers
        tiles = [(f, h) for f in ofs for h in (1, 2, 4) if rows % h == 0 and f * h * vecs <= budget]
        most = max((f * h * vecs for f, h in tiles), default=1)
        most_flat = max((f * vecs for f, _ in tiles), default=1)  # (one row per tile)
        enough = c.min_accumulators(target)  # FMA chains in flight
        tiles = [(f, h) for f, h in tiles if f * h * vecs >= min(enough, most)
                 or (h == 1 and f * vecs >= min(enough, most_flat))]
        for of, oh in tiles:
            # FMAs per load: of x oh x vecs accumulators fed by `of` weights and oh x vecs input vectors
            s = (of * oh * ow) / (of + oh * vecs) * (1.0 if ow % lanes == 0 else 0.6)  # half vectors waste lanes
            for n, knobs in enumerate(variants):  # the default's input knobs first
                cfg = {"rule": rule.name, "vec": "ow", "of": of, "ow": ow, **knobs}
                if oh > 1:
                    cfg["oh"] = oh
                scored.append((s * (1.0 if n == 0 else 0.9), cfg))
    # vec="oc": output channels in whole vectors, weight packed [OC/lanes, IC, KH, KW, lanes]
    if has_oc and ci.weight_oihw and ci.weight_arg >= 0 and oce % lanes == 0:
        for nv in (1, 2, 3, 4):
            of = nv * lanes
            if oce % of:
                continue
            # ow: output pixels per tile, any divisor of the width (no vector constraint here)
            tiles = [d for d in c.divisors(xe) if 2 <= d * nv <= budget and d * nv >= min(c.min_accumulators(target), budget)]
            for ow in sorted(tiles)[-3:]:  # the largest tiles that fit: more reuse per weight load
                s = (of * ow) / (ow + nv) / lanes * lanes
                scored.append((s, {"rule": rule.name, "vec": "oc", "of": of, "ow": ow, "lanes": lanes}))
    return c.finish_space(rule.default(kernel, target), scored)
