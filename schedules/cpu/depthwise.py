"""CPU rule for channels-last depthwise convolutions (NHWC data, an HWOI weight [KH, KW, C, 1]),
with their fused epilogues: vectors across channels, a register tile of `tw` pixels of a row
by `cv` channels.

In NCHW a depthwise convolution can only vectorize along a row: a stride-2 row gathers every
other input pixel, rows of 7 or 14 waste lanes. Channels-last, every tap of every pixel loads
`cv` contiguous channels whatever the stride and the width, and the weight's `cv` channels of
a tap are one contiguous vector too (HWOI: the layout jitc/passes/channels_last.py gives depthwise weights):

    parallel for (n, oh0)                 # `rows` output rows per task
      [pad the input rows the task reads] # pad="copy" only
      for oh1, ow0, c0
        for kh, kw                        # unrolled: the taps
          unroll ow1 in tw                # `tw` pixels ...
            vectorize c1 in cv            # ... of `cv` channels: tw x cv/lanes accumulators
        epilogue on the tile              # bias, activation, while it is in registers

Knobs: `tw` (pixels per tile, a divisor of the output width), `cv` (channels per tile, whole
vectors or half of one), `rows` (output rows per parallel task), `pad`: "inline" (the default:
each tap's load checks the border, one scalar test per pixel for a whole vector of channels)
or "copy" (each task first copies the rows it reads into a padded buffer: rows x stride +
KH - stride of them). The copy measured 1.5-2.2x slower on every depthwise convolution of
MobileNetV2 (56x56x144: 74.8 -> 50.5 us inline; 112 -> 56 x96 stride 2: 100.7 -> 47.3;
7x7x960: 12.7 -> 6.0): these kernels wait on memory, and the copy is a second pass over it.
"""

from __future__ import annotations

from .. import common as c
from ..analysis import analyze_conv


def _budget(target) -> int:
    """Vector registers for accumulators: 24 of AVX-512's 32, 12 of AVX2's or NEON's 16."""
    return 24 if target.vector_bits >= 512 else 12


def depthwise_nhwc(func):
    """(schedule, conv info, extents dict) where `func` is a channels-last depthwise
    convolution this rule handles; raises NotApplicable otherwise."""
    sch, ci = analyze_conv(func)
    info = ci.info
    if info.kinds not in ("SSSRR", "SSSSRR") or ci.xpos != len(info.kinds) - 3:
        raise c.NotApplicable("not a 2-D convolution with one input channel per output channel")
    if ci.ocpos is not None:
        raise c.NotApplicable("not channels-last depthwise")
    iv = [v.var for v in sch.get(info.rv).iter_vars]
    ch, kh, kw = iv[-3], iv[-2], iv[-1]
    hwoi = [r for r in sch.get(info.rv).reads if len(r.region) == 4 and r.region[0].min.same_as(kh)
            and r.region[1].min.same_as(kw) and r.region[2].min.same_as(ch)]
    if len(hwoi) != 1:
        raise c.NotApplicable("the weight is not HWOI")
    return sch, ci


class CpuDepthwise:
    name = "cpu.depthwise"
    kinds = ("conv",)

    def default(self, kernel, target) -> dict:
        """One vector of channels by 4 pixels (else the widest divisor of the row up to 8),
        4 output rows per task where that leaves every core 4 tasks, the border checked inline.
        The tile measured on MobileNetV2's depthwise convolutions (Zen 4, AVX-512; with the
        padded copy), the best of each space against the first default: 56x56x144 78.7 us (4
        pixels x 16 channels) against 90.0 (14 x 16), 112x112x32 65.9 (4 x 16) against 84.9
        (8 x 32); bigger tiles lose: these kernels wait on loads, not on FMAs. On AVX2 or NEON
        (8 or 4 lanes) the same tile is 4 pixels x one shorter vector: not measured there."""
        _, ci = depthwise_nhwc(kernel.func)
        e = _nhwc_extents(ci.info)
        lanes = target.lanes(ci.dtype)
        ch, ow = e[3], e[2]
        cv = c.vector_factor(ch, lanes)
        tw = 4 if ow % 4 == 0 else max(d for d in c.divisors(ow) if d <= 8)
        return {"rule": self.name, "tw": tw, "cv": cv, "rows": self._rows(e, target), "pad": "inline"}

    @staticmethod
    def _rows(e, target) -> int:
        """The most output rows per task (up to 4) that still give every core 4 tasks."""
        for r in (4, 2, 1):
            if e[1] % r == 0 and e[0] * e[1] // r >= 4 * target.num_cores:
                return r
        return 1

    def space(self, kernel, target) -> list[dict]:
        _, ci = depthwise_nhwc(kernel.func)
        e = _nhwc_extents(ci.info)
        lanes = target.lanes(ci.dtype)
        ch, ow = e[3], e[2]
        scored = []
        cvs = [v for v in (lanes // 2, lanes, 2 * lanes, 4 * lanes) if v >= 1 and ch % v == 0] or [c.vector_factor(ch, lanes)]
        for cv in cvs:
            vecs = max(1, cv // lanes)
            for tw in c.divisors(ow):
                accs = tw * vecs
                if accs > _budget(target) or accs < 2 and ow > 1:
                    continue
                for rows in (1, 2, 4):
                    if e[1] % rows:
                        continue
                    s = accs * (1.0 if cv % lanes == 0 else 0.6) / (1 + 0.1 * abs(rows - 2))
                    for pad, w in (("inline", 1.0), ("copy", 0.5)):
                        scored.append((s * w, {"rule": self.name, "tw": tw, "cv": cv, "rows": rows, "pad": pad}))
        return c.finish_space(self.default(kernel, target), scored)

    def apply(self, func, cfg: dict, target):
        sch, ci = depthwise_nhwc(func)
        info = ci.info
        lanes = target.lanes(ci.dtype)
        tw, cv, rows = int(cfg["tw"]), int(cfg["cv"]), int(cfg.get("rows", 1))
        e = _nhwc_extents(info)
        if e[2] % tw or e[3] % cv or e[1] % rows:
            raise c.NotApplicable("tw, cv and rows must divide the output's width, channels and rows")
        anchor = info.rv
        epilogue, producers = c.convolution_epilogue(sch, info)
        loops = sch.get_loops(anchor)
        if len(loops) != len(info.kinds):
            raise c.NotApplicable("loop nest does not match the block")
        n, (oh, ow, ch, kh, kw) = loops[:-5], loops[-5:]
        y0, y1 = sch.split(oh, [None, rows])
        x0, x1 = sch.split(ow, [None, tw])
        c0, c1 = sch.split(ch, [None, cv])
        sch.reorder(*n, y0, y1, x0, c0, kh, kw, x1, c1)
        wb = sch.cache_write(anchor, 0, "local")
        sch.reverse_compute_at(wb, c0, preserve_unit_loops=True)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue.rv, c0, preserve_unit_loops=True)
        sch.unroll(x1)
        sch.unroll(kh)
        sch.unroll(kw)
        vec = c.vector_factor(cv, lanes)
        vo, vi = sch.split(c1, [None, vec]) if cv > vec else (None, c1)
        if vo is not None:
            sch.unroll(vo)
        sch.vectorize(vi)
        par = sch.fuse(*n, y0) if n else y0
        if target.num_cores > 1:
            sch.parallel(par)
        init = sch.decompose_reduction(anchor, kh)
        for blk in [wb, init] + ([epilogue.rv] if epilogue is not None else []):
            c.vectorize_inner(sch, blk, lanes)
        for p in producers:
            # (a config recorded before the `pad` knob existed was measured with the copy)
            if c.feeds(sch, p, anchor) and cfg.get("pad", "copy") == "inline":
                sch.compute_inline(p.rv)
            elif c.feeds(sch, p, anchor):  # the padded rows this task reads
                sch.compute_at(p.rv, par, preserve_unit_loops=True)
                c.vectorize_with_tail(sch, sch.get_loops(p.rv)[-1], lanes)
            else:
                c.schedule_spatial(sch, p.rv, lanes, target.num_cores)
        return c.finish(sch)


def _nhwc_extents(info) -> list[int]:
    """[N, OH, OW, C] of the output (N 1 where the batch axis was a unit loop)."""
    e = info.extents
    return ([e[0]] if len(e) == 6 else [1]) + list(e[-5:-2])
