"""Backends: code generation and running per target.

    llvm    host CPUs (x86 AVX-512/AVX2, Arm NEON) through TVM's LLVM
    cuda    NVIDIA GPUs (CUDA C through NVRTC/nvcc)
    webgpu  browsers' WebGPU (WGSL)
    wasm    browsers' WebAssembly (wasm32 + simd128 through LLVM, linked with wasm-ld)
"""


def for_target(target):
    """The backend module for a TargetSpec."""
    if target.kind == "llvm":
        from . import llvm

        return llvm
    if target.kind == "cuda":
        from . import cuda

        return cuda
    if target.kind == "webgpu":
        from . import webgpu

        return webgpu
    if target.kind == "wasm":
        from . import wasm

        return wasm
    from ..errors import TargetError

    raise TargetError(f"no backend for target kind {target.kind!r}")
