"""gpu.elementwise: fuse, split into workgroups x threads x vector lanes, bind; knobs: threads,
vec. Grids past the per-dimension limit loop over chunks."""

from __future__ import annotations

from tvm import s_tir

from .. import common as c
from .limits import check_limits, max_groups, max_threads


class GpuElementwise:
    name = "gpu.elementwise"
    kinds = ("elementwise",)

    def default(self, kernel, target) -> dict:
        return {"rule": self.name, "threads": min(256, max_threads(target)), "vec": 1}

    @staticmethod
    def _vectors_ok(func, target) -> bool:
        """Whether the kernel can be vectorized for this target (see TargetSpec.vector_selects)."""
        if target.vector_selects:
            return True
        text = func.script()  # every dtype is spelled out in it: float buffers and casts only
        return not any(s in text for s in ('"bool"', "T.Select", "T.if_then_else", '"int', '"uint'))

    def space(self, kernel, target) -> list[dict]:
        n = 1
        for d in (kernel.args[-1][0] if kernel.args else ()):
            n *= d
        out = [self.default(kernel, target)]
        widths = (1, 2, 4) if self._vectors_ok(kernel.func, target) else (1,)
        for t in (64, 128, 256, 512, 1024):
            if t > max_threads(target):
                continue  # more invocations than a workgroup may have
            for v in widths:
                if n % (t * v) and v > 1:
                    continue  # a vector tail would need a bounds check per lane
                cfg = {"rule": self.name, "threads": t, "vec": v}
                if cfg not in out:
                    out.append(cfg)
        return out

    def apply(self, func, cfg, target):
        sch = s_tir.Schedule(func)
        c.inline_spatial(sch)
        infos = c.infos_or_fail(sch)
        if any(not i.is_injective for i in infos):
            raise c.NotApplicable("has a reduction")
        t, v = int(cfg["threads"]), int(cfg["vec"])
        if v > 1 and not self._vectors_ok(func, target):
            raise c.NotApplicable("this target's code generator cannot vectorize its selects, bools or integers")
        for info in infos:
            loops = sch.get_loops(info.rv)
            fused = sch.fuse(*loops) if len(loops) > 1 else loops[0]
            n = c.extent(sch, fused)
            vv = v if n % (t * v) == 0 else 1
            groups = -(-n // (t * vv))
            if groups > max_groups(target):  # more workgroups than a dispatch may have: loop over chunks
                outer = -(-groups // max_groups(target))
                o, bx, tx, vi = sch.split(fused, [outer, None, t, vv])
            else:
                bx, tx, vi = sch.split(fused, [None, t, vv])
            sch.bind(bx, "blockIdx.x")
            sch.bind(tx, "threadIdx.x")
            if vv > 1:
                sch.vectorize(vi)
        f = c.finish(sch)
        check_limits(f, target)
        return f
