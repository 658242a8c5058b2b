"""GPU schedule rules, shared by CUDA and WebGPU: the same logic under each target's limits
(CUDA: 1024 threads and 48 KiB of shared memory per block; WebGPU's defaults: 256
invocations and 16 KiB of workgroup memory; read from `target.limits`).

    gpu.elementwise   fuse, split into blocks x threads x vector, bind; knobs: threads, vec
    gpu.matmul        tiled GEMM: a BM x BN block tile staged through shared memory in BK
                      slices (vectorized copies), each thread a TM x TN register tile;
                      knobs: bm, bn, bk, tm, tn, vec
    gpu.tensorcore    float16/bfloat16 GEMM on tensor cores (CUDA; gpu_tensorcore.py): in
                      a matmul's space before gpu.matmul's tiles, and its default for fp16/bf16
    gpu.conv          direct convolution, RF output channels per thread (gpu_conv.py)
    gpu.reduction     a workgroup per row, cross-thread reduction (gpu_reduction.py)
    gpu.dlight        TVM's dlight rules (Matmul, GEMV, Reduction, GeneralReduction,
                      Fallback): the default for reductions, convolutions and the rest
    gpu.fallback      a thread per output, workgroups spread over x and y past the
                      per-dimension limit: where dlight's grid is too large, and in the
                      space of convolutions gpu.conv does not take (depthwise)

Every candidate is checked against the target's limits before it is emitted
(`check_limits`); a kernel for which nothing fits gets an error naming the kernel and the limit.
"""

from __future__ import annotations

from . import common as c
from .analysis import analyze_matmul as analyze
from .gpu_conv import GpuConv
from .gpu_fallback import GpuFallback
from .gpu_reduction import GpuReduction
from .gpu_tensorcore import GpuTensorCore
from .gpu_limits import GridLimitError, LimitError, check_limits, max_groups, max_shared, max_shared_dynamic, max_threads  # noqa: F401


def _dlight_rules():
    from tvm.s_tir import dlight as dl

    return [dl.gpu.Matmul(), dl.gpu.GEMV(), dl.gpu.Reduction(), dl.gpu.GeneralReduction(), dl.gpu.Fallback()]


class GpuDlight:
    name = "gpu.dlight"
    kinds = ("matmul", "conv", "reduction", "elementwise", "other")

    def default(self, kernel, target) -> dict:
        return {"rule": self.name}

    def space(self, kernel, target) -> list[dict]:
        return [self.default(kernel, target)]

    def apply(self, func, cfg, target):
        import tvm
        from tvm.s_tir import dlight as dl

        mod = tvm.IRModule({"main": func})
        with target.tvm_target():
            mod = dl.ApplyDefaultSchedule(*_dlight_rules())(mod)
        f = mod["main"]
        try:
            check_limits(f, target)
        except GridLimitError:
            # dlight binds a whole output to blockIdx.x (SegFormer's patch embedding: 524,288
            # workgroups, WebGPU allows 65,535): the thread-per-output schedule spreads its grid
            return GpuFallback().apply(func, GpuFallback().default(None, target), target)
        return f


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
        from tvm import s_tir

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
        loops = sch.get_loops(anchor)
        groups = [[loops[p] for p in r.b], [loops[p] for p in r.i], [loops[p] for p in r.j], [loops[p] for p in r.k]]
        sch.reorder(*[lp for g in groups for lp in g])
        lb, li, lj, lk = [sch.fuse(*g) if len(g) > 1 else (g[0] if g else None) for g in groups]
        if li is None:
            li = sch.add_unit_loop(lj)
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


def rules(target) -> list:
    out = [GpuMatmul(), GpuConv(), GpuReduction(), GpuElementwise(), GpuDlight(), GpuFallback()]
    return out + [GpuTensorCore()] if target.tensor_cores else out
