"""The browser targets, from Python: compile for WebGPU and WebAssembly, run WGSL through
wgpu and wasm through wasmtime (tests, tuning, benchmarks), and export a bundle a web page
loads (`jitc export-web`, jitc/web/export.py)."""

from __future__ import annotations

from .. import schedules
from ..build import build
from ..compiler import lower
from ..target import wasm_spec, webgpu_spec
from ..backends.wasm import WasmModel
from ..backends.webgpu_runner import WgpuModel


def lower_webgpu(model, shapes=None, constants=None, limits: dict | None = None):
    return lower(model, webgpu_spec(limits), shapes, None, True, constants)


def build_webgpu(low, configs: dict | None = None):
    """(WebGPULibrary, configs used): every kernel scheduled under WebGPU's limits."""
    lib, _, used, _ = build(low, _configs(low, configs))
    return lib, used


def wgpu_model(model, shapes=None, constants=None, configs=None):
    """The model compiled to WGSL and loaded on this machine's WebGPU adapter (wgpu)."""
    low = lower_webgpu(model, shapes, constants)
    lib, _ = build_webgpu(low, configs)
    return WgpuModel(low.plan, lib, low.imported.inputs, low.imported.outputs)


def lower_wasm(model, shapes=None, constants=None):
    return lower(model, wasm_spec(), shapes, None, True, constants)


def build_wasm(low, configs: dict | None = None):
    """(linked .wasm bytes, plan, configs used): the CPU rules for a 128-bit SIMD, one-core
    target; the plan's weights are in the layouts the configs want (packed B tiles, ...)."""
    data, plan, used, _ = build(low, _configs(low, configs))
    return data, plan, used


def _configs(low, configs: dict | None) -> dict:
    return {n: (configs or {}).get(n) or schedules.default_config(k, low.target) for n, k in low.kernels.items()}


def wasm_model(model, shapes=None, constants=None, configs=None):
    """The model compiled to WebAssembly and instantiated in wasmtime."""
    low = lower_wasm(model, shapes, constants)
    data, plan, _ = build_wasm(low, configs)
    return WasmModel(plan, data, low.imported.inputs, low.imported.outputs)
