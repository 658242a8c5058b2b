"""GPU rule for convolutions (CUDA and WebGPU): a direct convolution, one output pixel per
thread along x and RF output channels per thread in registers (each input value loaded once
is used RF times), with the fused epilogue applied from the registers.

    for (oc0, p0) in blocks                  # BF*RF channels x BS pixels (n, oh, ow fused)
      for (oc1, p1) in BF x BS threads
        for rc, kh, kw                       # the reduction, padding as a bounds check
          unroll oc2 in RF                   # RF accumulators
      epilogue (bias, activation, residual) from the accumulators

Knobs: bs (threads along pixels), bf (threads along output channels), rf (channels per
thread), unroll (explicit unroll of the kernel window). The default stays TVM's dlight rule;
these are the tuning space beside it. A grouped convolution's channel tiles stay within a
group. A depthwise one (no output-channel axis apart from the pixels) defaults to
gpu.fallback's thread per output, 128 to a workgroup, with dlight and the other workgroup sizes
beside it: dlight schedules its 9-tap window as a cross-thread reduction, measured through wgpu
(lavapipe) on MobileNetV2's 10 depthwise kernels at 0.6-80x the thread-per-output time (960
channels of 7x7: 55.7 ms vs 0.76), 219 vs 41 ms for the ten per inference.
Past 65,535 pixel blocks (WebGPU's limit per dimension) the rest of the pixel blocks go along
y with the channel blocks (TVM's WGSL has no blockIdx.z).
"""

from __future__ import annotations

from .. import common as c
from ..analysis import analyze_conv as analyze
from .fallback import GpuFallback
from .limits import bind_blocks, check_limits, max_threads


class GpuConv:
    name = "gpu.conv"
    kinds = ("conv",)

    def _facts(self, func):
        sch, ci = analyze(func)
        if ci.ocpos is None or ci.ocpos == ci.xpos:
            raise c.NotApplicable("no output-channel axis apart from the pixels (depthwise or grouped)")
        info = ci.info
        oc = info.extents[ci.ocpos]
        pixels = 1
        for p, k in enumerate(info.kinds):
            if k == "S" and p != ci.ocpos:
                pixels *= info.extents[p]
        return sch, ci, oc, pixels

    def default(self, kernel, target) -> dict:
        try:
            self._facts(kernel.func)
        except c.NotApplicable:  # depthwise: a thread per output
            return self._depthwise_default(target)
        return {"rule": "gpu.dlight"}

    @staticmethod
    def _depthwise_default(target) -> dict:
        return {"rule": GpuFallback.name, "threads": min(128, max_threads(target))}

    def space(self, kernel, target) -> list[dict]:
        try:
            _, ci, oc, pixels = self._facts(kernel.func)
        except c.NotApplicable:  # depthwise: threads per output, and dlight
            first = self._depthwise_default(target)
            return [first, {"rule": "gpu.dlight"}] + [d for d in GpuFallback().space(kernel, target) if d != first]
        out = [{"rule": "gpu.dlight"}]  # the default of a convolution with output channels
        for bs in (32, 64, 128, 256):
            if pixels % bs:
                continue  # a partial block of pixels would bounds-check every output
            for bf in (1, 2, 4, 8):
                threads = bs * bf
                if threads > max_threads(target):
                    continue  # over the workgroup limit
                for rf in (8, 4, 2, 1):
                    if oc % (bf * rf):
                        continue  # whole channel tiles only
                    # registers: RF accumulators per thread, far below any limit; larger RF
                    # reuses each input load more but leaves fewer blocks when OC is small
                    if oc // (bf * rf) < 1:
                        continue
                    for unroll in (1, 0):
                        out.append({"rule": self.name, "bs": bs, "bf": bf, "rf": rf, "unroll": unroll})
        # 128-256 threads and 4 channels per thread first: the usual sweet spot
        head, rest = out[:1], out[1:]
        rest.sort(key=lambda d: (abs(d["bs"] * d["bf"] - 192), abs(d["rf"] - 4), -d["unroll"]))
        return head + rest[:63]

    def apply(self, func, cfg, target):
        sch, ci, oc, pixels = self._facts(func)
        bs, bf, rf = int(cfg["bs"]), int(cfg["bf"]), int(cfg["rf"])
        if pixels % bs or oc % (bf * rf):
            raise c.NotApplicable("tile does not divide the problem")
        info = ci.info
        name = info.name
        c.inline_spatial(sch, keep={name})  # the padding becomes a bounds check in the load
        anchor = sch.get_sblock(name)
        consumers, producers = c.epilogue_and_producers(sch, anchor, name)
        if len(consumers) > 1 or producers:
            raise c.NotApplicable("producers that cannot be inlined, or several epilogues")
        loops = sch.get_loops(anchor)
        kinds = info.kinds
        pix = [loops[p] for p, k in enumerate(kinds) if k == "S" and p != ci.ocpos]
        red = [loops[p] for p, k in enumerate(kinds) if k == "R"]
        sch.reorder(*pix, loops[ci.ocpos], *red)
        p = sch.fuse(*pix) if len(pix) > 1 else pix[0]
        p0, p1 = sch.split(p, [None, bs])
        o0, o1, o2 = sch.split(loops[ci.ocpos], [None, bf, rf])
        sch.reorder(o0, p0, o1, p1, *red, o2)
        bind_blocks(sch, p0, target, outer=o0)  # past 65,535 pixel blocks, the rest go along y
        sch.bind(o1, "threadIdx.y")
        sch.bind(p1, "threadIdx.x")
        acc = sch.cache_write(anchor, 0, "local")
        sch.reverse_compute_at(acc, p1, preserve_unit_loops=True)
        if consumers:
            sch.reverse_compute_inline(consumers[0].rv)
        c.unroll_inner(sch, acc, p1)  # the write-back from the RF accumulators
        sch.unroll(o2)
        if int(cfg.get("unroll", 0)) and len(red) > 1:
            for lp in red[1:]:  # the kernel window (kh, kw): a few taps, fully unrolled
                sch.unroll(lp)
        sch.decompose_reduction(anchor, red[0])
        f = c.finish(sch)
        check_limits(f, target)
        return f
