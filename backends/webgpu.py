"""WebGPU backend: WGSL kernels for browsers, through TVM's webgpu target.

Kernels are scheduled by the GPU rules (schedules/gpu/) under WebGPU's default limits
(256 invocations and 16 KiB of workgroup memory per workgroup, 65535 workgroups per
dimension, no 64-bit integers), every candidate checked before it is emitted.

`build(funcs, target)` returns a `WebGPULibrary`: per kernel (one PrimFunc of the model), the
ordered list of its dispatches, each recorded as data — entry point, WGSL source, workgroup
size, workgroup counts, and its bindings: storage buffers 0..n-1 (which kernel argument each
is, and whether it is written), then a uniform `PODArgs` at binding n holding the scalar
arguments (4 bytes each) and `packGridDimX` (the workgroup count along x). The same data drives
jitc's Python runner (wgpu, for tests and tuning) and the browser runtime (jitc-web.js).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import tvm

from ..errors import ModuleFileError
from ..target import TargetSpec


@dataclass
class Dispatch:
    entry: str
    wgsl: str
    workgroup_size: list[int]
    grid: list[int]  # workgroups along x, y, z
    bindings: list[dict]  # [{"arg": kernel argument index, "write": bool}] in binding order
    pods: list[dict] = field(default_factory=list)  # scalar arguments (none with static shapes)

    def to_json(self) -> dict:
        return {"entry": self.entry, "wgsl": self.wgsl, "workgroup_size": self.workgroup_size, "grid": self.grid,
                "bindings": self.bindings, "pods": self.pods}


@dataclass
class WebGPULibrary:
    kernels: dict  # kernel name -> [Dispatch]
    arg_names: dict  # kernel name -> argument names (unique)

    def __getitem__(self, name):
        return self.kernels[name]

    def to_json(self) -> dict:
        return {n: [d.to_json() for d in ds] for n, ds in self.kernels.items()}


def unique_params(func):
    """The function with unique argument names (TVMScript's printer makes them unique), so a
    WGSL binding's name says which argument it is."""
    return tvm.script.from_source(func.script(), check_well_formed=False)


_SPLIT = re.compile(r"^// Function: (\S+)\n//-+\n", re.M)
_BIND = re.compile(r"@group\(0\) @binding\((\d+)\) var<storage, (read_write|read)> (\w+)_ptr")
_WG = re.compile(r"@workgroup_size\((\d+), (\d+), (\d+)\)")


# TVM's WGSL for `if_then_else(c, a, b)` (a padded load, a masked tail): a variable assigned in
# an if/else. SwiftShader (Chrome's software WebGPU) compiles 36 of them in one loop body (a
# padded 3x3 convolution, 4 output channels per thread, the window unrolled) for two minutes and
# then loses its device, taking the page's model with it; as `select` the same shader compiles
# in 0.3 s. WGSL has no traps (an out-of-bounds load reads some value of the buffer, or zero), so
# evaluating both sides is safe, and the value is the one the branch would have picked.
_BRANCH = re.compile(r"^(\s*)var (\w+) : ([\w<>]+);\n\s*if \((.*)\) \{\n\s*\2 = (.*);\n\} else \{\n\s*\2 = (.*);\n\}\n",
                     re.M)


def branchless(wgsl: str) -> str:
    """The shader with each single-assignment if/else of TVM's codegen as a `select`."""
    return _BRANCH.sub(lambda m: f"{m.group(1)}var {m.group(2)} : {m.group(3)} = "
                                 f"select({m.group(6)}, {m.group(5)}, {m.group(4)});\n", wgsl)


def _wgsl_by_function(source: str) -> dict[str, str]:
    parts = _SPLIT.split(source)
    out = {}
    # parts: [prefix, name1, body1, name2, body2, ...]; a name may repeat (a header per function)
    for i in range(1, len(parts) - 1, 2):
        name, body = parts[i], parts[i + 1]
        if body.strip():
            out[name] = body
    return out


def build(funcs: dict, target: TargetSpec) -> WebGPULibrary:
    from ..target import LimitError
    from .launches import host_launches

    funcs = {n: unique_params(f).with_attr("global_symbol", n) for n, f in funcs.items()}
    for n, f in funcs.items():
        for p in f.params:
            if "64" in str(p.dtype) and "float" not in str(p.dtype):
                raise LimitError(f"{n}: argument {p.name} is {p.dtype}; WGSL has no 64-bit integers")
    launches = host_launches(funcs, target)
    lib = tvm.tirx.build(tvm.IRModule(funcs), target.tvm_target())
    wgsl = _wgsl_by_function(lib.imports[0].inspect_source())
    kernels, names = {}, {}
    for n, f in funcs.items():
        arg_names = [p.name for p in f.params]
        names[n] = arg_names
        dispatches = []
        for entry, params in launches[n]:
            grid, wg = [1, 1, 1], [1, 1, 1]
            for tag, v in params.items():
                if not isinstance(v, int):
                    raise LimitError(f"{n}: a dispatch size is not static ({v})")
                axis = "xyz".index(tag[-1])
                (grid if tag.startswith("blockIdx") else wg)[axis] = v
            src = branchless(wgsl.get(entry, ""))
            m = _WG.search(src)
            if m:
                wg = [int(m.group(1)), int(m.group(2)), int(m.group(3))]
            bindings = []
            for b, access, name in sorted(_BIND.findall(src), key=lambda t: int(t[0])):
                if name not in arg_names:
                    raise RuntimeError(f"{n}: WGSL binding {name} is no argument of the kernel")
                bindings.append({"arg": arg_names.index(name), "write": access == "read_write"})
            if grid[2] != 1:
                raise LimitError(f"{n}: binds blockIdx.z, which TVM's WebGPU code reserves for large grids")
            dispatches.append(Dispatch(entry, src, wg, grid, bindings))
        kernels[n] = dispatches
    return WebGPULibrary(kernels, names)


build_candidates = build


def not_runnable_here(spec: TargetSpec, manifest: dict) -> str | None:
    """A .jitc module of this target runs in a browser, not in this process."""
    return f"built for {spec.kind}, which runs in a browser; export it with `jitc export-web` instead"


def device_name(target: TargetSpec) -> str:
    """The device's display name in the kernel database, which keys WebGPU timings by it: the
    adapter they were taken on (wgpu's; "no adapter" without one)."""
    from .webgpu_runner import adapter, adapter_name  # wgpu: an optional dependency

    a = adapter()
    return f"webgpu: {adapter_name(a)}" if a is not None else "webgpu: no adapter"


def device(target: TargetSpec):
    return None  # WGSL runs in a browser or through jitc's wgpu runner, not on a TVM device


def load(path: str):
    raise ModuleFileError(f"{path}: WebGPU kernels run in a browser: export them with `jitc export-web`")


# a tuned WebGPU model ships from the kernel database: `jitc export-web` puts the best
# candidates in the bundle (no .jitc file: the model runs in a browser)
ships_as_module_file = False


def cannot_measure_here(target: TargetSpec) -> str | None:
    """Why candidates for `target` cannot be measured in this process (None: they can, on
    wgpu's adapter)."""
    return None


def candidate_runner(target: TargetSpec):
    """What runs this target's candidates in the measuring worker: wgpu on this machine's
    WebGPU adapter (lavapipe, or a GPU)."""
    from .runners import WgpuRunner

    return WgpuRunner()
