"""The schedule of last resort: parallelize what can be, vectorize nothing risky.

Used for "other" kernels (extern calls, opaque blocks) and whenever a class rule does not fit.
With `level=0` the function is left as lowered (serial loops): always valid.
"""

from __future__ import annotations

from tvm import s_tir

from .. import common as c


class Fallback:
    name = "fallback"
    kinds = ("other", "elementwise", "reduction", "matmul", "conv")

    def default(self, kernel, target) -> dict:
        return {"rule": self.name, "level": 1}

    def space(self, kernel, target) -> list[dict]:
        return [{"rule": self.name, "level": 1}, {"rule": self.name, "level": 0}]

    def apply(self, func, cfg: dict, target):
        if cfg.get("level", 1) == 0:
            return func.with_attr("tirx.is_scheduled", True)
        sch = s_tir.Schedule(func)
        infos = c.infos_or_fail(sch)
        for info in infos:
            loops = sch.get_loops(info.rv)
            if info.is_injective:
                c.schedule_spatial(sch, info.rv, target.lanes(), target.num_cores)
                continue
            lead = len(info.kinds) - len(info.kinds.lstrip("S"))
            if lead and target.num_cores > 1 and info.size() >= 4096 and len(loops) == len(info.kinds):
                sch.parallel(sch.fuse(*loops[:lead]) if lead > 1 else loops[0])
        return c.finish(sch)
