"""What a GPU kernel must fit: threads per block, shared memory (static and dynamic), workgroups
per dimension, from the target's limits (CUDA's or WebGPU's). `check_limits` measures a
scheduled function against them and raises LimitError naming the limit. Every GPU rule
prunes its candidates with it."""

from __future__ import annotations

import tvm
from tvm import s_tir, tirx

from ...target import LimitError  # noqa: F401 - raised here; defined with the targets
from .. import common as c


MAX_LOCAL_ELEMENTS = 1024  # registers of one thread: a register tile is at most a few hundred


def max_threads(target) -> int:
    lim = target.limits
    return int(lim.get("maxComputeInvocationsPerWorkgroup", lim.get("max_threads_per_block", 1024)))


def max_shared(target) -> int:
    lim = target.limits
    return int(lim.get("maxComputeWorkgroupStorageSize", lim.get("max_shared_memory_per_block", 48 * 1024)))


def max_shared_dynamic(target) -> int:
    """Dynamic shared memory a CUDA block may opt into (the static limit elsewhere)."""
    return int(target.limits.get("max_shared_memory_per_block_optin", max_shared(target)))


def max_groups(target) -> int:
    return int(target.limits.get("maxComputeWorkgroupsPerDimension", 2**31 - 1))


class GridLimitError(LimitError):
    """More workgroups along one axis than a dispatch may have (bind_blocks spreads them)."""


def bind_blocks(sch, loop, target, outer=None) -> None:
    """Bind `loop` to blockIdx.x (and `outer`, the loop right outside it, to blockIdx.y); where
    `loop` has more iterations than a dispatch may have workgroups along one axis (WebGPU:
    65,535), its rows of at most the limit (a divisor of the extent where one is close, else a
    predicated tail) go along y too, fused with `outer` (TVM's WGSL has no blockIdx.z)."""
    n = c.extent(sch, loop)
    lim = max_groups(target)
    if n > lim:
        rows = -(-n // lim)
        for r in range(rows, min(2 * rows, lim) + 1):
            if n % r == 0:
                rows = r
                break
        hi, loop = sch.split(loop, [rows, None])
        outer = sch.fuse(outer, hi) if outer is not None else hi
    sch.bind(loop, "blockIdx.x")
    if outer is not None:
        sch.bind(outer, "blockIdx.y")


def check_limits(func, target, name: str = "kernel") -> dict:
    """Workgroup size, workgroup memory and dispatch counts of a scheduled function against the
    target's limits; raises LimitError naming the limit; returns what it measured."""
    threads = {"threadIdx.x": 1, "threadIdx.y": 1, "threadIdx.z": 1}
    blocks = {"blockIdx.x": 1, "blockIdx.y": 1, "blockIdx.z": 1}
    shared = 0
    dynamic = 0  # "shared.dyn": one allocation; counted whole (TVM may overlap dead buffers)
    int64 = False
    local = [0]  # the largest per-thread array, in elements

    def visit(st):
        nonlocal shared, dynamic
        if st is None:
            return
        if isinstance(st, tirx.For):
            tag = st.thread_binding.thread_tag if st.thread_binding is not None else ""
            ext = int(st.extent) if isinstance(st.extent, tirx.IntImm) else 1
            if tag in threads:
                threads[tag] = max(threads[tag], ext)
            elif tag in blocks:
                blocks[tag] = max(blocks[tag], ext)
            visit(st.body)
        elif isinstance(st, s_tir.SBlockRealize):
            visit(st.block)
        elif isinstance(st, s_tir.SBlock):
            for buf in st.alloc_buffers:
                if buf.scope() in ("shared", "shared.dyn"):
                    n = 1
                    for d in buf.shape:
                        n *= int(d) if isinstance(d, tirx.IntImm) else 1
                    size = n * ((buf.dtype.bits * buf.dtype.lanes + 7) // 8)
                    if buf.scope() == "shared":
                        shared += size
                    else:
                        dynamic += size
                elif buf.scope() == "local":
                    n = 1
                    for d in buf.shape:
                        n *= int(d) if isinstance(d, tirx.IntImm) else 1
                    local[0] = max(local[0], n)
            visit(st.body)
        elif isinstance(st, tirx.SeqStmt):
            for s in st.seq:
                visit(s)
        elif isinstance(st, tirx.IfThenElse):
            visit(st.then_case)
            visit(st.else_case)
        elif isinstance(st, tirx.AttrStmt):
            visit(st.body)

    visit(_compacted(func).body)
    total = threads["threadIdx.x"] * threads["threadIdx.y"] * threads["threadIdx.z"]
    out = {"threads": total, "shared_bytes": shared, "dynamic_shared_bytes": dynamic, "blocks": blocks}
    if total > max_threads(target):
        raise LimitError(f"{name}: {total} threads per workgroup exceed the limit of {max_threads(target)}")
    lim = target.limits
    for axis, key in (("x", "maxComputeWorkgroupSizeX"), ("y", "maxComputeWorkgroupSizeY"), ("z", "maxComputeWorkgroupSizeZ")):
        if key in lim and threads[f"threadIdx.{axis}"] > lim[key]:
            raise LimitError(f"{name}: workgroup size {threads[f'threadIdx.{axis}']} along {axis} exceeds {key}={lim[key]}")
    if shared > max_shared(target):
        raise LimitError(f"{name}: {shared} bytes of workgroup memory exceed the limit of {max_shared(target)}")
    if dynamic and shared + dynamic > max_shared_dynamic(target):
        raise LimitError(f"{name}: {shared + dynamic} bytes of shared memory exceed what a block may opt into "
                         f"({max_shared_dynamic(target)} on {target.arch or target.kind})")
    if local[0] > MAX_LOCAL_ELEMENTS:
        # a per-thread buffer the schedule did not shrink to its tile (WGSL refuses arrays of
        # 65,536 elements or more; CUDA spills them to local memory)
        raise LimitError(f"{name}: a per-thread array of {local[0]} elements (at most {MAX_LOCAL_ELEMENTS})")
    for axis, n in blocks.items():
        if n > max_groups(target):
            raise GridLimitError(f"{name}: {n} workgroups along {axis} exceed maxComputeWorkgroupsPerDimension="
                             f"{max_groups(target)}")
    if target.kind == "webgpu":
        for p in func.params:
            if "int64" in str(getattr(p, "dtype", "")):
                int64 = True
        if int64:
            raise LimitError(f"{name}: WGSL has no 64-bit integers; an argument is int64")
    return out


def _compacted(func):
    """The function with buffers shrunk to what each scope touches (as lowering will)."""
    try:
        mod = tvm.IRModule({"main": func})
        mod = tvm.transform.Sequential([s_tir.transform.LowerInitBlock(),
                                        s_tir.transform.PlanAndUpdateBufferAllocationLocation(),
                                        s_tir.transform.ConvertBlocksToOpaque(),
                                        s_tir.transform.CompactBufferAllocation()])(mod)
        return mod["main"]
    except Exception:  # noqa: BLE001 - fall back to the declared sizes
        return func
