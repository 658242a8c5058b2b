"""GPU rule of last resort that always fits (CUDA and WebGPU): a thread per output element.

    for every block: its spatial loops fused, split into workgroups of `threads`, the
    workgroups spread over x and y where they exceed the per-dimension limit (WebGPU: 65,535);
    a reduction's sum kept in a register of the thread that writes the output element, its
    epilogue (bias, activation) applied from that register: one dispatch per block.

Never fast; used where dlight's schedule is too large a grid (gpu.dlight falls back to it) and
in the space of convolutions gpu.conv does not take (depthwise). Knob: threads.
"""

from __future__ import annotations

from tvm import s_tir

from .. import common as c
from .limits import bind_blocks, check_limits, max_threads


class GpuFallback:
    """One thread per output element, the reduction (if any) in a loop of its own: every block's
    spatial loops fused, split into workgroups of `threads`, the workgroups spread over x and y
    where they exceed the per-dimension limit. Always fits; never fast. A candidate for kernels
    no other rule takes (a depthwise convolution) and what dlight's result falls back to when
    its grid is too large."""

    name = "gpu.fallback"
    kinds = ()

    def default(self, kernel, target) -> dict:
        return {"rule": self.name, "threads": min(256, max_threads(target))}

    def space(self, kernel, target) -> list[dict]:
        return [{"rule": self.name, "threads": t} for t in (256, 128, 64) if t <= max_threads(target)]

    def apply(self, func, cfg, target):
        sch = s_tir.Schedule(func)
        c.inline_spatial(sch)
        threads = int(cfg.get("threads", 256))
        reductions, done = [], set()

        def bind(rv):
            """The block's loops (all spatial) fused and bound: blocks x threads; the thread loop."""
            loops = sch.get_loops(rv)
            fused = sch.fuse(*loops) if len(loops) > 1 else loops[0] if loops else sch.add_unit_loop(rv)
            t = min(threads, max(1, c.extent(sch, fused)))
            bx, tx = sch.split(fused, [None, t])
            bind_blocks(sch, bx, target)
            sch.bind(tx, "threadIdx.x")
            return tx

        for name, kinds in [(i.name, i.kinds) for i in c.infos_or_fail(sch)]:
            if name in done:
                continue  # inlined into a reduction's thread below
            rv = sch.get_sblock(name)
            loops = sch.get_loops(rv)
            if len(loops) != len(kinds):
                raise c.NotApplicable("loop nest does not match the block")
            if "R" not in kinds:
                if any(k != "S" for k in kinds):
                    raise c.NotApplicable("a block with loops of another kind")
                bind(rv)
                continue
            # a reduction: its sum in a register of the thread that writes the output element
            # (one element, so the register is one), the epilogue (bias, activation) applied from
            # it: one dispatch, no intermediate buffer between two
            wb = sch.cache_write(rv, 0, "local")
            for cons in sch.get_consumers(wb):
                cname = sch.get(cons).name_hint
                try:
                    sch.reverse_compute_inline(cons)
                    done.add(cname)
                except Exception:  # noqa: BLE001 - TVM's ScheduleError: the consumer is no epilogue
                    raise c.NotApplicable(f"{cname} cannot join the reduction's thread") from None
            tx = bind(wb)
            sch.compute_at(rv, tx, preserve_unit_loops=True)
            n_red = sum(k == "R" for k in kinds)
            reductions.append((rv, sch.get_loops(rv)[-n_red]))
        for rv, lp in reductions:
            try:
                sch.decompose_reduction(rv, lp)
            except Exception:  # noqa: BLE001 - TVM's ScheduleError: bindings through the fused thread index
                pass  # are not affine; the init then lowers to a branch on the first reduction step
        f = c.finish(sch)
        check_limits(f, target)
        return f
