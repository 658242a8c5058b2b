"""CPU rule for convolutions (conv1d/2d/3d, grouped and depthwise), NCHW or NHWC, with fused
epilogues (bias, batch-norm folded to scale/shift, activation, residual).

Direct convolution, vectorized along the output's innermost axis (ow for NCHW, oc for NHWC):

    parallel for (n, oc0)                 # a block of `of` output channels per task
      for oh, ow0
        for rc, kh, kw                    # the reduction
          unroll oc1 in of                # `of` weights broadcast ...
            vectorize ow1 in ow           # ... against one input vector each
      epilogue of the (oh, ow0) tile

The padded input is its own stage (a bounds check in the inner loop costs more than a copy).
Knobs: `of` (output-channel register tile), `ow` (vector tile of the innermost axis).
"""

from __future__ import annotations

from .. import tir_analysis as ta
from . import common as c


def analyze(func):
    from tvm import s_tir

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
    return sch, info, inner[0], (oc[0] if len(oc) == 1 else None), str(mac.c.buffer.dtype)


class CpuConv:
    name = "cpu.conv"
    kinds = ("conv",)

    def default(self, kernel, target) -> dict:
        _, info, xpos, ocpos, dtype = analyze(kernel.func)
        lanes = target.lanes(dtype)
        xe = info.extents[xpos]
        ow = c.vector_factor(xe, lanes)
        if xe % (2 * lanes) == 0 and ocpos is not None and ocpos != xpos:
            ow = 2 * lanes
        of = 1
        if ocpos is not None and ocpos != xpos:
            oce = info.extents[ocpos]
            budget = 24 if target.vector_bits >= 512 else 12
            for cand in (8, 6, 4, 2, 1):
                if oce % cand == 0 and cand * max(1, ow // lanes) <= budget:
                    of = cand
                    break
        return {"rule": self.name, "of": of, "ow": ow}

    def space(self, kernel, target) -> list[dict]:
        from .cpu_space import conv_space

        return conv_space(self, kernel, target)

    def apply(self, func, cfg: dict, target):
        sch, info, xpos, ocpos, dtype = analyze(func)
        lanes = target.lanes(dtype)
        of, ow = int(cfg["of"]), int(cfg["ow"])
        anchor = info.rv
        c.inline_spatial(sch, keep={info.name} | {i.name for i in c.infos_or_fail(sch)
                                                  if _feeds(sch, i, anchor)})
        infos = c.infos_or_fail(sch)
        anchor_buf = sch.get(anchor).writes[0].source
        others = [i for i in infos if i.name != info.name]
        consumers = [i for i in others if any(r.source.same_as(anchor_buf) for r in sch.get(i.rv).reads)]
        producers = [i for i in others if i not in consumers]
        if len(consumers) > 1:
            raise c.NotApplicable("more than one epilogue block")
        loops = sch.get_loops(anchor)
        kinds = info.kinds
        if len(loops) != len(kinds):
            raise c.NotApplicable("loop nest does not match the block")
        xe = info.extents[xpos]
        if xe % ow:
            raise c.NotApplicable("ow does not divide the innermost extent")
        x0, x1 = sch.split(loops[xpos], [None, ow])
        f0 = f1 = None
        if ocpos is not None and ocpos != xpos and of > 1:
            if info.extents[ocpos] % of:
                raise c.NotApplicable("of does not divide the channel extent")
            f0, f1 = sch.split(loops[ocpos], [None, of])
        spatial_outer = []
        for p, k in enumerate(kinds):
            if k != "S":
                continue
            if p == xpos:
                spatial_outer.append(x0)
            elif p == ocpos and f0 is not None:
                spatial_outer.append(f0)
            else:
                spatial_outer.append(loops[p])
        reduce_loops = [loops[p] for p, k in enumerate(kinds) if k == "R"]
        inner = ([f1] if f1 is not None else []) + [x1]
        sch.reorder(*spatial_outer, *reduce_loops, *inner)
        tile = spatial_outer[-1]
        wb = sch.cache_write(anchor, 0, "local")
        sch.reverse_compute_at(wb, tile, preserve_unit_loops=True)
        if consumers:  # before decompose_reduction: it needs the complete reduction block
            sch.reverse_compute_at(consumers[0].rv, tile, preserve_unit_loops=True)
        if f1 is not None:
            sch.unroll(f1)
        vec = c.vector_factor(ow, lanes)
        if vec > 1:
            xo, xi = sch.split(x1, [None, vec]) if ow > vec else (None, x1)
            if xo is not None:
                sch.unroll(xo)
            sch.vectorize(xi)
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
        for blk in (wb,):
            _vec_inner(sch, blk, lanes)
        _vec_inner(sch, init, lanes)
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
