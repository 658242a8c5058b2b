"""gpu.matmul: tiled SIMT GEMM, a BM x BN block tile staged through shared memory in BK slices
(vectorized copies), each thread a TM x TN register tile; knobs: bm, bn, bk, tm, tn, vec."""

from __future__ import annotations

from .. import common as c
from ..analysis import analyze_matmul as analyze
from .limits import check_limits, max_shared, max_threads
from .tensorcore import GpuTensorCore  # its tiles come first in a half-precision GEMM's space


class GpuMatmul:
    name = "gpu.matmul"
    kinds = ("matmul",)

    def _roles(self, kernel):
        return analyze(kernel.func)[1]

    def default(self, kernel, target) -> dict:
        """Half-precision operands on a GPU with tensor cores: the first tensor-core tile (the
        SIMT default ran fp16 GEMMs at 2-5% of cuBLAS on an H200, and a 10 s tune never reached
        the tensor-core candidates behind 50 SIMT ones); else the first SIMT tile."""
        tc = GpuTensorCore().space(kernel, target) if target.tensor_cores else []
        sp = tc or self._simt_space(kernel, target)
        return sp[0] if sp else {"rule": "gpu.dlight"}

    def space(self, kernel, target) -> list[dict]:
        """(CUDA, half-precision operands) the tensor-core tiles first, then the SIMT tiles:
        at most 64 together."""
        tc = GpuTensorCore().space(kernel, target) if target.tensor_cores else []
        simt = self._simt_space(kernel, target)
        return (tc + simt[: 64 - len(tc)]) if simt or tc else []

    def _simt_space(self, kernel, target) -> list[dict]:
        r = self._roles(kernel)
        ebytes = 2 if r.dtype in ("float16", "bfloat16") else (8 if "64" in r.dtype else 4)
        regs_per_block = int(target.limits.get("max_registers_per_block", 65536))
        out = []
        for bm in (128, 64, 32, 16):
            for bn in (128, 64, 32, 16):
                if r.M % bm or r.N % bn:
                    continue  # a partial tile would bounds-check every load
                for tm in (8, 4, 2):
                    for tn in (8, 4, 2):
                        threads = (bm // tm) * (bn // tn)
                        if threads > max_threads(target) or threads < 32:
                            continue  # over the workgroup limit, or under a warp
                        if not r.tile_ok(tm, tn, 1):
                            continue
                        # registers per thread: the TM x TN accumulators, a column of A and a
                        # row of B, ~48 for addresses, loop state and copies in flight
                        # (calibrated on ptxas -v); over 255 the compiler spills, and the
                        # block's threads share the SM's register file
                        regs = tm * tn + tm + tn + 48
                        if regs > 255 or regs * threads > regs_per_block:
                            continue
                        for bk in (32, 16, 8):
                            if r.K % bk:
                                continue
                            if (bm + bn) * bk * ebytes > max_shared(target):
                                continue  # the staged A and B tiles must fit in shared memory
                            # vectorized copies on CUDA only. On WebGPU, TVM's WGSL lowering fails
                            # an alignment check for vec4 copies beside an 8-wide register tile
                            # (95 of 95 such builds failed, 0 of 151 others); the others are right
                            # on lavapipe but were no faster there (the encoder's matmuls), so
                            # WebGPU copies one element per thread until a real GPU says otherwise
                            for vec in ((4, 1) if target.kind == "cuda" else (1,)):
                                if vec > 1 and ((bm * bk) % (threads * vec) or (bn * bk) % (threads * vec)):
                                    continue  # a vectorized copy gives every thread whole vectors
                                cfg = {"rule": self.name, "bm": bm, "bn": bn, "bk": bk, "tm": tm, "tn": tn}
                                out.append({**cfg, "vec": vec} if vec > 1 else cfg)  # configs of old records
        # larger tiles first (more reuse), then deeper k slices, then wider copies
        out.sort(key=lambda d: (-(d["bm"] * d["bn"]), -(d["tm"] * d["tn"]), -d["bk"], -d.get("vec", 1)))
        return out[:64]

    def apply(self, func, cfg, target):
        sch, r = analyze(func)
        bm, bn, bk, tm, tn = (int(cfg[k]) for k in ("bm", "bn", "bk", "tm", "tn"))
        if r.M % bm or r.N % bn or r.K % bk or not r.tile_ok(bm, bn, bk):
            raise c.NotApplicable("tile does not divide the problem")
        anchor = r.anchor.rv
        c.inline_spatial(sch, keep={r.anchor.name})
        consumers, producers = c.epilogue_and_producers(sch, anchor, r.anchor.name)
        if len(consumers) > 1 or producers:
            raise c.NotApplicable("producers or several epilogues")
        lb, li, lj, lk = r.fused_loops(sch, sch.get_loops(anchor))
        i0, i1, i2 = sch.split(li, [None, bm // tm, tm])
        j0, j1, j2 = sch.split(lj, [None, bn // tn, tn])
        k0, k1 = sch.split(lk, [None, bk])
        outer = [lb] if lb is not None else []
        sch.reorder(*outer, i0, j0, i1, j1, k0, k1, i2, j2)
        if outer and not target.grid_z:  # fold the batch into y
            i0 = sch.fuse(outer[0], i0)
        elif outer:
            sch.bind(outer[0], "blockIdx.z")
        sch.bind(i0, "blockIdx.y")
        sch.bind(j0, "blockIdx.x")
        sch.bind(i1, "threadIdx.y")
        sch.bind(j1, "threadIdx.x")
        acc = sch.cache_write(anchor, 0, "local")
        sch.reverse_compute_at(acc, j1, preserve_unit_loops=True)
        if consumers:  # the epilogue writes the output from the registers (no global temporary:
            sch.reverse_compute_inline(consumers[0].rv)  # a GPU kernel cannot allocate one)
        nthreads = (bm // tm) * (bn // tn)
        for idx in (0, 1):  # stage the A and B tiles of each k slice through shared memory
            sh = sch.cache_read(anchor, idx, "shared")
            sch.compute_at(sh, k0, preserve_unit_loops=True)
            ll = sch.get_loops(sh)
            row = c.extent(sch, ll[-1])  # contiguous elements per row of the staged tile
            f = sch.fuse(*ll[-2:]) if len(ll) >= 2 else ll[-1]
            ext = c.extent(sch, f)
            vec = int(cfg.get("vec", 1))
            if vec > 1 and ext % (nthreads * vec) == 0 and row % vec == 0:
                _, ty, tx, v = sch.split(f, [None, bm // tm, bn // tn, vec])
                sch.bind(ty, "threadIdx.y")
                sch.bind(tx, "threadIdx.x")
                sch.vectorize(v)
            elif ext % nthreads == 0:
                _, ty, tx = sch.split(f, [None, bm // tm, bn // tn])
                sch.bind(ty, "threadIdx.y")
                sch.bind(tx, "threadIdx.x")
        sch.unroll(i2)
        sch.unroll(j2)
        sch.decompose_reduction(anchor, k0)
        f = c.finish(sch)
        check_limits(f, target)
        return f
