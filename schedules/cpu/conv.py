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

The padded input is its own stage (a bounds check in the inner loop costs more than a copy).
Each tile's epilogue runs while the tile is in registers or L1.
Knobs: `vec` ("ow" or "oc"), `of` (output channels per tile), `ow` (output pixels per tile).
"""

from __future__ import annotations

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
        return {"rule": self.name, "vec": "ow", "of": of, "ow": ow}

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
        keep = {info.name} | {i.name for i in c.infos_or_fail(sch) if _feeds(sch, i, anchor)}
        c.inline_spatial(sch, keep=keep)
        consumers, producers = c.epilogue_and_producers(sch, anchor, info.name)
        if len(consumers) > 1:
            raise c.NotApplicable("more than one epilogue block")
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
            else:
                spatial_outer.append(loops[p])
        reduce_loops = [loops[p] for p, k in enumerate(kinds) if k == "R"]
        f_inner = [f1] if f1 is not None else []
        inner = ([x1] + f_inner) if mode == "oc" else (f_inner + [x1])
        sch.reorder(*spatial_outer, *reduce_loops, *inner)
        tile = spatial_outer[-1]
        wb = sch.cache_write(anchor, 0, "local")
        if mode == "oc":  # the accumulator tile with channels innermost, so vectors are contiguous
            sch.transform_layout(anchor, ("write", 0), c.move_axis_last(ci.out_ndim, ci.oc_axis))
        sch.reverse_compute_at(wb, tile, preserve_unit_loops=True)
        if consumers:  # before decompose_reduction: it needs the complete reduction block
            sch.reverse_compute_at(consumers[0].rv, tile, preserve_unit_loops=True)
        unrolled, vectorized = (x1, f1) if mode == "oc" else (f1, x1)
        if unrolled is not None:
            sch.unroll(unrolled)
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
        if target.num_cores > 1 and lead:
            sch.parallel(sch.fuse(*lead) if len(lead) > 1 else lead[0])
        init = sch.decompose_reduction(anchor, reduce_loops[0])  # last: vectorize needs the block with its init
        for blk in (wb, init):
            _vec_inner(sch, blk, lanes)
        if consumers:
            _vec_inner(sch, consumers[0].rv, lanes)
        for p in producers:
            c.schedule_spatial(sch, p.rv, lanes, target.num_cores)
        return c.finish(sch)


def _feeds(sch, info, anchor) -> bool:
    """Whether `info` is read by the anchor (its padding stage: kept, not inlined)."""
    buf = sch.get(info.rv).writes[0].source
    return any(r.source.same_as(buf) for r in sch.get(anchor).reads)


def _vec_inner(sch, blk, lanes):
    loops = sch.get_loops(blk)
    if not loops:
        return
    ext = c.extent(sch, loops[-1])
    v = c.vector_factor(ext, lanes)
    if v > 1:
        vi = sch.split(loops[-1], [None, v])[1] if ext > v else loops[-1]
        sch.vectorize(vi)


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
    for ow in ows:
        vecs = max(1, ow // lanes)
        ofs = [f for f in (1, 2, 3, 4, 6, 8, 12, 16) if oce % f == 0] if has_oc else [1]
        ofs = [f for f in ofs if f * vecs <= budget]  # accumulators must stay in vector registers
        most = max((f * vecs for f in ofs), default=1)
        ofs = [f for f in ofs if f * vecs >= min(c.min_accumulators(target), most)]  # enough FMA chains
        for of in ofs:
            s = (of * ow) / (of + vecs) * (1.0 if ow % lanes == 0 else 0.6)  # half vectors waste lanes
            scored.append((s, {"rule": rule.name, "vec": "ow", "of": of, "ow": ow}))
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
