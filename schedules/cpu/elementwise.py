"""CPU rule for injective kernels (elementwise, broadcast, transpose, gather, concat...).

Schedule: every intermediate block inlined into the output block(s); per output block the
outer loops fused and parallelized, the innermost loop split by the vector width and vectorized.
Knobs: `vec` (vector lanes; a divisor of the innermost extent), `unroll` (auto-unroll steps of
the vector-chunk loop), `par_min` (elements below which the kernel runs on one core: a parallel launch costs about 1 us).
"""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.ir import Call, TensorLoad  # (TensorLoad: what tirx.BufferLoad builds)

from .. import common as c


class CpuElementwise:
    name = "cpu.elementwise"
    kinds = ("elementwise",)

    def _shape(self, kernel):
        out_shape = kernel.args[-1][0] if kernel.args else ()
        return tuple(out_shape), kernel.args[-1][1] if kernel.args else "float32"

    def default(self, kernel, target) -> dict:
        shape, dtype = self._shape(kernel)
        inner = shape[-1] if shape else 1
        # a parallel launch costs ~1 us: below ~32K elements one core is faster
        return {"rule": self.name, "vec": c.vector_factor(inner, target.lanes(dtype)), "unroll": 0,
                "par_min": 32768}

    def space(self, kernel, target) -> list[dict]:
        return _space(self, kernel, target)

    def apply(self, func, cfg: dict, target):
        sch = s_tir.Schedule(func)
        c.inline_spatial(sch, keep=_broadcast_sources(sch))
        infos = c.infos_or_fail(sch)
        if any(not i.is_injective for i in infos):
            raise c.NotApplicable("has a reduction")
        for info in infos:
            v = cfg["vec"]
            inner = info.extents[-1] if info.extents else 1
            if not isinstance(inner, int) or inner % max(v, 1):
                v = c.vector_factor(inner if isinstance(inner, int) else 1, v)
            c.schedule_spatial(sch, info.rv, target.lanes(), target.num_cores, vec=v,
                               parallel_min=cfg.get("par_min", 32768), unroll=cfg.get("unroll", 0))
        return c.finish(sch)


def _broadcast_sources(sch) -> set[str]:
    """Blocks at least 16x smaller than a block that reads them, computing more than a copy:
    they stay stages of their own, computed once. Inlined, a squeeze-and-excitation gate's
    sigmoid (480 values) ran once per pixel it scales (196 times: EfficientNet's gate-and-pad
    kernels at 2.4 GFLOP/s)."""
    infos = c.infos_or_fail(sch)
    size = {}
    for i in infos:
        n = 1
        for e in i.extents:
            n *= e if isinstance(e, int) else 1 << 20
        size[i.name] = n
    keep = set()
    for i in infos:
        buf = sch.get(i.rv).writes[0].source
        readers = [j for j in infos if j.name != i.name and any(r.source.same_as(buf) for r in sch.get(j.rv).reads)]
        if any(size[j.name] >= 16 * size[i.name] for j in readers) and _computes(sch.get(i.rv)):
            keep.add(i.name)
    return keep


def _computes(block) -> bool:
    """Whether a block's value is more than a load (a copy, reshape or pad of its input)."""
    value = block.body.value if isinstance(block.body, tirx.BufferStore) else None
    if value is None:
        return False
    while isinstance(value, Call) and getattr(value.op, "name", "") == "tirx.if_then_else":
        value = value.args[1]
    return not isinstance(value, (TensorLoad, tirx.FloatImm, tirx.IntImm, tirx.Cast))


def _space(rule, kernel, target) -> list[dict]:
    """The lite space: the knobs above, pruned (each rule says why), ordered by a rule-based score."""
    shape, dtype = (tuple(kernel.args[-1][0]), kernel.args[-1][1]) if kernel.args else ((), "float32")
    inner = shape[-1] if shape else 1
    lanes = target.lanes(dtype)
    vecs = sorted({v for v in (lanes, lanes // 2, lanes // 4, 1) if v >= 1 and inner % v == 0}, reverse=True)
    scored = []
    for v in vecs:
        for unroll in (0, 4, 16):
            if v == 1 and unroll:
                continue  # unrolling scalar chunks only grows code; LLVM unrolls scalar loops itself
            for par_min in (8192, 32768, 1 << 30):
                if par_min != 32768 and target.num_cores == 1:
                    continue  # one core: every threshold gives the same schedule
                s = v + (0.5 if par_min == 32768 else 0) + (0.1 if unroll == 4 else 0)
                scored.append((s, {"rule": rule.name, "vec": v, "unroll": unroll, "par_min": par_min}))
    return c.finish_space(rule.default(kernel, target), scored)
