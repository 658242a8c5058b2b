"""GPU rule for row reductions and what is fused around them (softmax, layer/RMS norm, sums,
means, max): one workgroup per row, its threads splitting the row and combining partial
results with a cross-thread reduction (warp shuffles on CUDA, workgroup memory on WebGPU).

    for row in rows (blockIdx.x)             # the leading spatial axes, fused
      for each reduction stage               # e.g. max, then sum of exp
        for t in THREADS (threadIdx.x)       #   strided partial results, then combined
      the row's elementwise tail             # e.g. exp(x - max) / sum, THREADS-strided

Knobs: threads (per row), unroll (the auto-unroll bound of each thread's strided loop).
The default stays TVM's dlight rule; these are the tuning space beside it. Kernels whose
stages do not share the same leading rows are left to dlight.
"""

from __future__ import annotations

from tvm import s_tir

from .. import common as c
from .limits import check_limits, max_threads


class GpuReduction:
    name = "gpu.reduction"
    kinds = ("reduction",)

    @staticmethod
    def _facts(func):
        """(schedule, the blocks in order, number of leading row axes, row length)."""
        sch = s_tir.Schedule(func)
        c.inline_spatial(sch)
        infos = c.infos_or_fail(sch)
        reds = [i for i in infos if i.is_reduction]
        if not reds:
            raise c.NotApplicable("no reduction")
        kinds = reds[0].kinds
        lead = len(kinds) - len(kinds.lstrip("S"))
        if lead == 0 or "S" in kinds[lead:] or any(i.kinds != kinds for i in reds):
            raise c.NotApplicable("stages are not all rows x a trailing reduction")
        rows = reds[0].extents[:lead]
        if any(i.extents[:lead] != rows for i in infos):
            raise c.NotApplicable("stages do not share the leading rows")
        if any(not i.is_reduction for i in infos[:-1]):
            raise c.NotApplicable("a spatial stage before the last (its values would need a row buffer)")
        if any(not isinstance(e, int) for i in infos for e in i.extents):
            raise c.NotApplicable("symbolic extents")
        row_len = 1
        for e in reds[0].extents[lead:]:
            row_len *= e
        return sch, infos, lead, row_len

    def default(self, kernel, target) -> dict:
        return {"rule": "gpu.dlight"}

    def space(self, kernel, target) -> list[dict]:
        out = [self.default(kernel, target)]
        try:
            _, _, _, row = self._facts(kernel.func)
        except Exception:  # noqa: BLE001 - not a row reduction this rule takes
            return out
        for t in (32, 64, 128, 256, 512, 1024):
            if t > max_threads(target):
                continue  # over the workgroup limit
            if t > 2 * row and t > 32:
                continue  # most threads would have nothing to reduce
            for unroll in (0, 16, 256):
                out.append({"rule": self.name, "threads": t, "unroll": unroll})
        return out

    def apply(self, func, cfg, target):
        sch, infos, lead, _ = self._facts(func)
        t = int(cfg["threads"])
        unroll = int(cfg.get("unroll", 0))
        last = infos[-1]
        loops = sch.get_loops(last.rv)
        if len(loops) < lead:
            raise c.NotApplicable("the last stage has fewer axes than the rows")
        row = sch.fuse(*loops[:lead]) if lead > 1 else loops[0]
        rest = loops[lead:]
        sch.bind(row, "blockIdx.x")
        if rest:
            inner = sch.fuse(*rest) if len(rest) > 1 else rest[0]
            r0, tx = sch.split(inner, [None, t])
            sch.reorder(tx, r0)
            sch.bind(tx, "threadIdx.x")
            if unroll:
                sch.annotate(r0, "pragma_auto_unroll_max_step", unroll)
                sch.annotate(r0, "pragma_unroll_explicit", 1)
        else:
            sch.bind(sch.add_unit_loop(last.rv), "threadIdx.x")  # one value per row
        for info in reversed(infos[:-1]):
            blk = sch.get_sblock(info.name)
            sch.compute_at(blk, row, preserve_unit_loops=True)
            bl = sch.get_loops(blk)[1:]
            if not bl:
                continue
            inner = sch.fuse(*bl) if len(bl) > 1 else bl[0]
            r0, tx = sch.split(inner, [None, t])
            sch.reorder(tx, r0)
            sch.bind(tx, "threadIdx.x")  # a reduction loop bound to threads: cross-thread reduce
            if unroll:
                sch.annotate(r0, "pragma_auto_unroll_max_step", unroll)
                sch.annotate(r0, "pragma_unroll_explicit", 1)
            for i, _ in enumerate(sch.get(blk).writes):
                sch.set_scope(blk, i, "shared")  # the row's result, read by every thread
        f = c.finish(sch)
        check_limits(f, target)
        return f
