"""CUDA rule for float16 / bfloat16 contractions on tensor cores (WMMA, sm_70 and later).

    for (b, i0, j0)  in blocks                  # a BM x BN output tile per thread block
      for warp in WM x WN warps (threadIdx.y)   # each warp: FM x FN fragments of 16 x 16
        fill accumulators
        for k0 in K / BK                        # stage A[BM, BK] and B[BK, BN] in shared
          cooperative vectorized copy           #   memory: all threads, VEC elements each
          for k1 in BK / 16                     # load fragments, mma_sync per 16x16x16
      accumulators -> shared (per warp)
    epilogue: shared -> global with the fused bias / activation, coalesced and vectorized

Knobs: bm, bn (block tile), wm, wn (warps along M and N), bk (k slice), vec (elements per
thread per copy), stages (2: double-buffered shared slices, the next slice's copy in flight
during this slice's mma_sync; asynchronous cp.async from sm_80).
The accumulator type is the kernel's: on CUDA jitc lowers half-precision matmuls to sum in
float32 (jitc.kernels), a float16 kernel that sums in float16 keeps a float16 accumulator. So
the tensor-core result is the unscheduled kernel's computation, only reassociated.
On CUDA the staging and the output tile live in dynamic shared memory: TVM packs them into
one allocation, the output tile reusing the operand slices' bytes (dead by then), and a block
may go past the static 48 KiB up to what its architecture lets it opt into (163 KiB on sm_80,
227 KiB on sm_90), which 128 x 128 tiles with a float32 accumulator need.
Pruned by the device's limits (threads, shared memory, registers per thread), each rule
stated where it is applied. The first tile is gpu.matmul's default for half-precision operands
(the schedule's candidates were checked against the reference on an H200 by `pytest -m gpu`;
the SIMT default ran fp16 GEMMs at 2-5% of cuBLAS), and the tiles come first in its space.
"""

from __future__ import annotations

from .. import common as c
from ... import tir_analysis as ta
from ..analysis import analyze_matmul
from .limits import check_limits, max_shared_dynamic, max_threads
from . import wmma

TILE = wmma.M  # 16 x 16 x 16 per mma_sync
WARP = 32
_TYPES = ("float16", "bfloat16")
# staged rows padded to a stride of 16k + 8 elements, so the 16 rows a fragment load reads
# start in different shared-memory banks
_SKEW = (16, 8)


def _skewed(row: int) -> int:
    return row + (_SKEW[1] - row) % _SKEW[0]


class GpuTensorCore:
    name = "gpu.tensorcore"
    kinds = ("matmul",)

    def _facts(self, func, emulate: bool = False):
        """(schedule, roles, operand dtype, accumulator dtype) or NotApplicable."""
        sch, r = analyze_matmul(func)
        mac = ta.mac_info(sch, r.anchor)
        in_dtype = str(mac.a.source.dtype)
        if emulate and str(mac.b.source.dtype) == in_dtype:
            return sch, r, in_dtype, r.dtype
        if in_dtype not in _TYPES or str(mac.b.source.dtype) != in_dtype:
            raise c.NotApplicable(f"operands are {in_dtype}, tensor cores take {'/'.join(_TYPES)}")
        if r.b_layout not in ("kn", "nk"):
            raise c.NotApplicable("B is not a plain [k, n] or [n, k] matrix")
        acc = r.dtype
        if in_dtype == "bfloat16" and acc != "float32":
            raise c.NotApplicable("bfloat16 tensor cores accumulate in float32 only")
        return sch, r, in_dtype, acc

    def supports(self, kernel, target) -> bool:
        if not target.tensor_cores:
            return False
        try:
            _, _, t, _ = self._facts(kernel.func)
        except Exception:  # noqa: BLE001 - not a tensor-core GEMM
            return False
        return t != "bfloat16" or target.sm >= 80

    def default(self, kernel, target) -> dict:
        sp = self.space(kernel, target)
        if not sp:
            raise c.NotApplicable("no tensor-core tile fits")
        return sp[0]

    def space(self, kernel, target) -> list[dict]:
        if not self.supports(kernel, target):
            return []
        _, r, in_dtype, acc = self._facts(kernel.func)
        ebytes, abytes = 2, (4 if acc == "float32" else 2)
        regs_per_block = int(target.limits.get("max_registers_per_block", 65536))
        out = []
        for bm in (128, 64, 32):
            for bn in (128, 64, 32):
                if r.M % bm or r.N % bn or not r.tile_ok(bm, bn, 1):
                    continue  # partial tiles would need bounds checks around every mma
                for wm in (4, 2, 1):
                    for wn in (4, 2, 1):
                        warps = wm * wn
                        if bm % (wm * TILE) or bn % (wn * TILE):
                            continue  # each warp owns whole 16 x 16 fragments
                        if warps * WARP > max_threads(target) or warps < 2 and bm * bn > 32 * 32:
                            continue  # over the block limit / one warp per large tile starves the SM
                        fm, fn = bm // (wm * TILE), bn // (wn * TILE)
                        frags = fm * fn
                        if frags > 16:
                            continue  # more than 16 fragments per warp: too few warps to hide latency
                        # registers per thread: a 16x16 accumulator fragment takes 8 (float32)
                        # or 4 (float16) per thread, an A or B fragment 4, ~64 for addresses and
                        # the vectorized copies in flight (calibrated on ptxas -v; the test
                        # checks the compiled kernels); the block's threads share the register
                        # file
                        regs = frags * (8 if abytes == 4 else 4) + (fm + fn) * 4 + 64
                        if regs > 255 or regs * warps * WARP > regs_per_block:
                            continue
                        for bk in (32, 16):
                            if r.K % bk or not r.tile_ok(1, 1, bk):
                                continue
                            for stages in (2, 1):
                                # A and B slices in shared memory, rows skewed (see _SKEW)
                                b_rows, b_len = (bk, bn) if r.b_layout == "kn" else (bn, bk)
                                staged = (bm * _skewed(bk) + b_rows * _skewed(b_len)) * ebytes * stages
                                result = bm * bn * abytes  # the accumulator tile on its way out
                                if staged + result > max_shared_dynamic(target):
                                    continue  # the shared memory a block may opt into (by arch)
                                for vec in (8, 4):
                                    threads = warps * WARP
                                    if (bm * bk) % (threads * vec) or (bn * bk) % (threads * vec):
                                        continue  # every thread copies whole vectors
                                    if (bm * bn) % (threads * vec):
                                        continue
                                    out.append({"rule": self.name, "bm": bm, "bn": bn, "bk": bk, "wm": wm,
                                                "wn": wn, "vec": vec, "stages": stages})
        # more reuse first: large block tiles, 4 or 8 warps, deeper k slices, double buffering,
        # wider copies
        out.sort(key=lambda d: (-(d["bm"] * d["bn"]), abs(d["wm"] * d["wn"] - 6), -d["bk"], -d["stages"], -d["vec"]))
        return out[:32]

    def apply(self, func, cfg, target, emulate: bool = False):
        """The schedule; with `emulate`, the same loop nest and data movement with the
        fragments in per-thread memory and no tensor-core calls (every lane of a warp computes
        its warp's fragments in full): runnable on any GPU, WebGPU included, so the tiling,
        staging and epilogue can be checked where there are no tensor cores."""
        sch, r, in_dtype, acc = self._facts(func, emulate)
        bm, bn, bk, wm, wn, vec = (int(cfg[k]) for k in ("bm", "bn", "bk", "wm", "wn", "vec"))
        if r.M % bm or r.N % bn or r.K % bk or bm % (wm * TILE) or bn % (wn * TILE) or not r.tile_ok(bm, bn, bk):
            raise c.NotApplicable("tile does not divide the problem")
        # CUDA stages in dynamic shared memory: TVM lays the operand slices and the output tile
        # out in one allocation, the output tile reusing the slices' bytes (they are dead by
        # then), and may go past 48 KiB up to the GPU's opt-in limit
        smem = "shared" if emulate or target.kind != "cuda" else "shared.dyn"
        names = None if emulate else wmma.intrinsics(in_dtype, acc, r.b_layout == "nk", smem)

        def tensorize(loop, role):
            if names is not None:
                sch.tensorize(loop, names[role])
        anchor = r.anchor.rv
        c.inline_spatial(sch, keep={r.anchor.name})
        consumers, producers = c.epilogue_and_producers(sch, anchor, r.anchor.name)
        if len(consumers) > 1 or producers:
            raise c.NotApplicable("producers or several epilogues")
        nwarps = wm * wn
        fm, fn = bm // (wm * TILE), bn // (wn * TILE)

        # the output path: accumulator fragments -> shared tile -> global (with the epilogue)
        out_copy = sch.cache_write(anchor, 0, smem)
        acc_store = sch.cache_write(anchor, 0, "local" if emulate else "wmma.accumulator")
        if consumers:
            sch.reverse_compute_inline(consumers[0].rv)

        lb, li, lj, lk = r.fused_loops(sch, sch.get_loops(anchor))
        i0, i1, i2, i3 = sch.split(li, [None, wm, fm, TILE])
        j0, j1, j2, j3 = sch.split(lj, [None, wn, fn, TILE])
        k0, k1, k2 = sch.split(lk, [None, bk // TILE, TILE])
        outer = [lb] if lb is not None else []
        sch.reorder(*outer, i0, j0, i1, j1, k0, k1, i2, j2, i3, j3, k2)
        if outer and not target.grid_z:  # (emulation) fold the batch into y
            i0 = sch.fuse(outer[0], i0)
        elif outer:
            sch.bind(outer[0], "blockIdx.z")
        sch.bind(i0, "blockIdx.y")
        sch.bind(j0, "blockIdx.x")
        warp = sch.fuse(i1, j1)
        sch.bind(warp, "threadIdx.y")

        # accumulators to shared memory, one warp's fragments at a time
        sch.reverse_compute_at(acc_store, warp, preserve_unit_loops=True)
        store_tile = self._fragments(sch, acc_store)
        # the shared tile to global, all threads, vectorized, the epilogue applied on the way
        sch.reverse_compute_at(out_copy, j0, preserve_unit_loops=True)
        self._cooperative(sch, out_copy, 2, nwarps, vec)

        # operands: global -> shared (cooperative, vectorized) -> fragments
        for idx, scope in ((0, "wmma.matrix_a"), (1, "wmma.matrix_b")):
            sh = sch.cache_read(anchor, idx, smem)
            sch.compute_at(sh, k0, preserve_unit_loops=True)
            self._cooperative(sch, sh, 2, nwarps, vec)
            sch.storage_align(sh, 0, axis=-2, factor=_SKEW[0], offset=_SKEW[1])  # fewer bank conflicts
            frag = sch.cache_read(anchor, idx, "local" if emulate else scope)
            sch.compute_at(frag, k1, preserve_unit_loops=True)
            tensorize(self._fragments(sch, frag), "load_a" if idx == 0 else "load_b")

        init = sch.decompose_reduction(anchor, k0)
        tensorize(self._fragments(sch, init), "fill")
        tensorize(i3, "mma")
        tensorize(store_tile, "store")
        if int(cfg.get("stages", 1)) == 2:
            # double buffering: the copies of slice k+1 (stage 0) run while slice k's fragments
            # are multiplied (stage 1); TVM doubles the shared buffers. From sm_80 the copies
            # are asynchronous (cp.async) and need no registers on the way
            sch.annotate(k0, "software_pipeline_stage", [0, 0, 1])
            sch.annotate(k0, "software_pipeline_order", [0, 1, 2])
            if target.sm >= 80:
                sch.annotate(k0, "software_pipeline_async_stages", [0])
        f = c.finish(sch)
        check_limits(f, target)
        return f

    @staticmethod
    def _fragments(sch, block):
        """The block's two innermost loops split into 16 x 16 tiles (tiles outside); the
        outer loop of the first tile, where a fragment intrinsic goes."""
        a, b = sch.get_loops(block)[-2:]
        a0, a1 = sch.split(a, [None, TILE])
        b0, b1 = sch.split(b, [None, TILE])
        sch.reorder(a0, b0, a1, b1)
        return a1

    @staticmethod
    def _cooperative(sch, block, ndims: int, nwarps: int, vec: int) -> None:
        """The block's innermost `ndims` loops fused and spread over every thread of the
        block, `vec` consecutive elements each."""
        loops = sch.get_loops(block)
        fused = sch.fuse(*loops[-ndims:])
        _, ty, tx, v = sch.split(fused, [None, nwarps, WARP, vec])
        sch.bind(ty, "threadIdx.y")
        sch.bind(tx, "threadIdx.x")
        sch.vectorize(v)
