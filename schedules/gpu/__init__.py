"""GPU schedule rules, shared by CUDA and WebGPU: the same logic under each target's limits
(CUDA: 1024 threads and 48 KiB of shared memory per block; WebGPU's defaults: 256
invocations and 16 KiB of workgroup memory; read from `target.limits`).

One rule per module; the registry is `rules(target)` below; the limits live in limits.py.

    gpu.elementwise   fuse, split into blocks x threads x vector, bind; knobs: threads, vec
    gpu.matmul        tiled GEMM: a BM x BN block tile staged through shared memory in BK
                      slices (vectorized copies), each thread a TM x TN register tile;
                      knobs: bm, bn, bk, tm, tn, vec
    gpu.tensorcore    float16/bfloat16 GEMM on tensor cores (CUDA; tensorcore.py, its
                      intrinsics in wmma.py): in
                      a matmul's space before gpu.matmul's tiles, and its default for fp16/bf16
    gpu.conv          direct convolution, RF output channels per thread (conv.py)
    gpu.reduction     a workgroup per row, cross-thread reduction (reduction.py)
    gpu.dlight        TVM's dlight rules (Matmul, GEMV, Reduction, GeneralReduction,
                      Fallback; dlight.py): the default for reductions, convolutions and the rest
    gpu.fallback      (fallback.py) a thread per output, workgroups spread over x and y past the
                      per-dimension limit: where dlight's grid is too large, and in the
                      space of convolutions gpu.conv does not take (depthwise)

Every candidate is checked against the target's limits before it is emitted
(`check_limits`); a kernel for which nothing fits gets an error naming the kernel and the limit.
"""

from __future__ import annotations

from .conv import GpuConv
from .dlight import GpuDlight
from .elementwise import GpuElementwise
from .fallback import GpuFallback
from .matmul import GpuMatmul
from .reduction import GpuReduction
from .tensorcore import GpuTensorCore


def rules(target) -> list:
    out = [GpuMatmul(), GpuConv(), GpuReduction(), GpuElementwise(), GpuDlight(), GpuFallback()]
    return out + [GpuTensorCore()] if target.tensor_cores else out
