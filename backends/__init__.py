"""Backends: code generation and running per target.

    llvm    host CPUs (x86 AVX-512/AVX2, Arm NEON) through TVM's LLVM
    cuda    NVIDIA GPUs (CUDA C through NVRTC/nvcc)
    webgpu  browsers' WebGPU (WGSL)
    wasm    browsers' WebAssembly (wasm32 + simd128 through LLVM, linked with wasm-ld)

Each backend module provides `build(funcs, target)`, `export(lib, path, target)`,
`load(path)` and `device(target)`; `for_target` picks one by the target's kind (the registry
below: a new target adds one line).
"""

from __future__ import annotations

import importlib
import os

from ..errors import TargetError

# the browser runtime (the npm package jitc-web: jitc-web.js, index.html, wasm_runtime.c), the
# package data beside this file in a checkout and in an installed jitc alike
WEB_ASSETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "web")

# target kind -> backend module; imported on first use, so a CPU-only process never loads the
# browser or CUDA backends (and what they pull in)
BACKENDS = {"llvm": "llvm", "cuda": "cuda", "webgpu": "webgpu", "wasm": "wasm"}


def for_target(target):
    """The backend module for a TargetSpec."""
    name = BACKENDS.get(target.kind)
    if name is None:
        raise TargetError(f"no backend for target kind {target.kind!r} (known: {', '.join(BACKENDS)})")
    return importlib.import_module(f".{name}", __name__)
