"""WebAssembly backend: CPU kernels for browsers, through TVM's bundled LLVM (wasm32 with
simd128), linked by wasm-ld (PyPI's `ziglang` ships LLD; Debian's `lld-16` works too) into a
self-contained .wasm. No emscripten, no tvmjs: a kernel is an export
`__tvm_ffi_<name>(self, args, num_args, result) -> i32` taking TVM's packed-call arguments
(16-byte TVMFFIAny records, type index 7 = a pointer to a 40-byte wasm32 DLTensor).

`WasmModel` runs a plan through wasmtime (tests, benchmarks); jitc-web.js does the same in a
browser or Node. Both lay every buffer out in the module's linear memory once.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile

import numpy as np
import tvm

from ..errors import ModuleFileError, TargetError
from ..host import cpu_model
from ..target import TargetSpec
from . import WEB_ASSETS
from .feeds import ordered

DLTENSOR = struct.Struct("<IiiiBBHIIIQ")  # data, device type/id, ndim, dtype code/bits/lanes, shape, strides, pad, offset
ANY = struct.Struct("<iIQ")  # type index, zero padding, value
WORKSPACE_ARENA = 16 << 20  # bytes after the heap base for kernel temporaries (wasm_runtime.c's JITC_ARENA)
MAX_SHARED_MEMORY = 4 << 30  # a threaded module's shared memory may grow to all of wasm32's 4 GiB


def dl_dtype(dtype: str) -> tuple[int, int]:
    d = np.dtype(dtype)
    if d == np.bool_:
        return 6, 8  # DLPack's kDLBool: TVM's kernels check it (uint8's code 1 is refused)
    code = {"i": 0, "u": 1, "f": 2}[d.kind]
    return code, d.itemsize * 8


def linker() -> list[str]:
    """The wasm-ld command: PyPI's ziglang (LLD, the same LLVM as TVM's), or Debian's wasm-ld-16."""
    try:
        import ziglang  # noqa: F401

        return [sys.executable, "-m", "ziglang", "wasm-ld"]
    except ImportError:
        for name in ("wasm-ld", "wasm-ld-16", "wasm-ld-15"):
            if shutil.which(name):
                return [name]

    raise TargetError("no wasm-ld: pip install ziglang (or apt-get install lld-16)")


RUNTIME_C = os.path.join(WEB_ASSETS, "wasm_runtime.c")


def threaded(target: TargetSpec) -> bool:
    """Kernels of this target run their parallel loops on a worker pool over a shared memory."""
    return target.num_cores > 1 and "atomics" in target.features


def runtime_object(d: str, threads: bool = False) -> str:
    """wasm_runtime.c compiled for wasm32 with zig's clang (PyPI ziglang); `threads`: with its
    worker pool, for a shared memory."""
    out = os.path.join(d, "jitc_runtime.o")
    flags = ["-matomics", "-mbulk-memory", "-DJITC_THREADS"] if threads else []
    try:
        import ziglang  # noqa: F401
    except ImportError:
        raise TargetError("the WebAssembly backend needs PyPI's ziglang (a C compiler and wasm-ld): "
                          "pip install ziglang") from None
    r = subprocess.run([sys.executable, "-m", "ziglang", "cc", "-target", "wasm32-freestanding", "-O2", *flags, "-c",
                        RUNTIME_C, "-o", out], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"compiling the wasm runtime shim failed: {r.stderr[-1000:]}")
    return out


def build(funcs: dict, target: TargetSpec) -> bytes:
    """The kernels as one linked .wasm (bytes). A threaded target's module imports a shared
    memory (up to 4 GiB) and exports its __stack_pointer: each worker sets its own."""
    mod = tvm.IRModule({n: f.with_attr("global_symbol", n) for n, f in funcs.items()})
    lib = tvm.tirx.build(mod, target.tvm_target())
    with tempfile.TemporaryDirectory(prefix="jitc-wasm-") as d:
        obj, out = os.path.join(d, "kernels.o"), os.path.join(d, "kernels.wasm")
        lib.write_to_file(obj)
        shared = threaded(target)
        cmd = linker() + ["--no-entry", "--allow-undefined", "--export-dynamic", "--export=__heap_base",
                          "--export=__data_end", "-o", out, obj, runtime_object(d, shared)]
        if shared:
            cmd += ["--shared-memory", "--import-memory", f"--max-memory={MAX_SHARED_MEMORY}",
                    "--export=__stack_pointer"]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"wasm-ld failed: {r.stderr[-1500:]}")
        with open(out, "rb") as f:
            return f.read()


build_candidates = build


def _leb(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def imported_memory_pages(wasm: bytes) -> int:
    """The minimum size, in 64 KiB pages, of the memory a (threaded) module imports: the loader
    creates the shared memory before instantiating it. 0 when the module imports none."""
    i = 8  # magic, version
    while i < len(wasm):
        sid, size_at = wasm[i], i + 1
        size, i = _leb(wasm, size_at)
        end = i + size
        if sid == 2:  # the import section
            count, i = _leb(wasm, i)
            for _ in range(count):
                for _name in range(2):  # module, field
                    n, i = _leb(wasm, i)
                    i += n
                kind = wasm[i]
                i += 1
                if kind == 0:  # a function: its type index
                    _, i = _leb(wasm, i)
                elif kind in (1, 2):  # a table (reference type, limits) or a memory (limits)
                    if kind == 1:
                        i += 1
                    flags = wasm[i]
                    minimum, i = _leb(wasm, i + 1)
                    if kind == 2:
                        return minimum
                    if flags & 1:
                        _, i = _leb(wasm, i)
                elif kind == 3:  # a global: value type, mutability
                    i += 2
                else:
                    break
            return 0
        i = end
    return 0


def not_runnable_here(spec: TargetSpec, manifest: dict) -> str | None:
    """A .jitc module of this target runs in a browser, not in this process."""
    return f"built for {spec.kind}, which runs in a browser; export it with `jitc export-web` instead"


def device_name(target: TargetSpec) -> str:
    """The device's display name in the kernel database: the CPU the wasm runtime runs on."""
    return cpu_model()


def device(target: TargetSpec):
    return None


def load(path: str):
    raise ModuleFileError(f"{path}: WebAssembly kernels run in a browser or Node: use `jitc export-web`")


class WasmModel:
    """A plan of wasm kernels in one wasmtime instance."""

    PAGE = 65536

    def __init__(self, plan, wasm: bytes, inputs, outputs):
        import wasmtime  # optional dependency (jitc[web])

        self.plan, self.inputs, self.outputs = plan, inputs, outputs
        self.engine = wasmtime.Engine()
        self.store = wasmtime.Store(self.engine)
        module = wasmtime.Module(self.engine, wasm)
        self.errors: list[str] = []
        linker = wasmtime.Linker(self.engine)
        self._define_imports(linker, module)
        self.instance = linker.instantiate(self.store, module)
        ex = self.instance.exports(self.store)
        self.memory = ex["memory"]
        # the kernels' own temporaries (the shim's bump allocator) start at the heap base; the
        # model's tensors go after a reserved arena
        base = int(ex["__heap_base"].value(self.store)) if "__heap_base" in ex else 1 << 20
        self.heap = base + WORKSPACE_ARENA
        self.funcs = {s.kernel: ex[f"__tvm_ffi_{s.kernel}"] for s in plan.steps}
        self._layout()

    def _define_imports(self, linker, module) -> None:
        import wasmtime  # optional dependency (jitc[web])

        for imp in module.imports:
            if imp.module != "env" or not isinstance(imp.type, wasmtime.FuncType):
                continue
            if imp.name == "TVMFFIErrorSetRaisedFromCStrParts":
                def raised(kind, parts, n, _self=self):
                    _self.errors.append("a kernel raised an error")

                linker.define_func("env", imp.name, imp.type, raised)
            elif imp.name == "TVMBackendAllocWorkspace":
                def alloc(dev_type, dev_id, nbytes, code, bits, _self=self):
                    return _self._alloc(int(nbytes))

                linker.define_func("env", imp.name, imp.type, alloc)
            elif imp.name == "TVMBackendFreeWorkspace":
                linker.define_func("env", imp.name, imp.type, lambda *a: 0)
            else:  # libm: expf, powf, ... (fast math needs none; other kernels may)
                import math  # loaded when a wasm module runs

                fn = getattr(math, imp.name.rstrip("f"), None)
                if fn is None:
                    raise RuntimeError(f"the kernels import env.{imp.name}, which jitc's loader does not provide")
                linker.define_func("env", imp.name, imp.type, lambda *a, _fn=fn: _fn(*a))

    # ---- linear memory ------------------------------------------------------------------
    def _alloc(self, nbytes: int, align: int = 64) -> int:
        ptr = (self.heap + align - 1) // align * align
        self.heap = ptr + nbytes
        need = -(-self.heap // self.PAGE)
        have = self.memory.size(self.store)
        if need > have:
            self.memory.grow(self.store, need - have)
        return ptr

    def _write(self, ptr: int, data: bytes) -> None:
        self.memory.write(self.store, data, ptr)

    def _read(self, ptr: int, n: int) -> bytes:
        return bytes(self.memory.read(self.store, ptr, ptr + n))

    def _layout(self) -> None:
        plan = self.plan
        self.data_ptr = {}
        for b, d in enumerate(plan.buffers):
            if d.view_of is None:
                self.data_ptr[b] = self._alloc(max(d.nbytes, 4))
        for b, arr in plan.params.items():
            self._write(self.data_ptr[plan.storage_of(b)], np.ascontiguousarray(arr).tobytes())
        self.tensor_ptr = {}
        for b, d in enumerate(plan.buffers):
            shape_ptr = self._alloc(8 * max(len(d.shape), 1), 8)
            self._write(shape_ptr, struct.pack(f"<{len(d.shape)}q", *d.shape))
            code, bits = dl_dtype(d.dtype)
            t = self._alloc(DLTENSOR.size, 8)
            self._write(t, DLTENSOR.pack(self.data_ptr[plan.storage_of(b)], 1, 0, len(d.shape), code, bits, 1,
                                         shape_ptr, 0, 0, 0))
            self.tensor_ptr[b] = t
        self.calls = []
        for step in plan.steps:
            args = self._alloc(ANY.size * len(step.args), 8)
            self._write(args, b"".join(ANY.pack(7, 0, self.tensor_ptr[b]) for b in step.args))
            result = self._alloc(ANY.size, 8)
            self.calls.append((self.funcs[step.kernel], args, len(step.args), result, step.kernel))

    def run(self, *feeds) -> list[np.ndarray]:
        """Outputs for inputs given in order, or as one dict by name (checked: backends/feeds.py)."""
        for b, a in zip(self.plan.inputs, ordered(feeds, self.plan, self.inputs)):
            self._write(self.data_ptr[self.plan.storage_of(b)], a.tobytes())
        self.dispatch()
        outs = []
        for b in self.plan.outputs:
            d = self.plan.buffers[b]
            raw = self._read(self.data_ptr[self.plan.storage_of(b)], d.nbytes)
            outs.append(np.frombuffer(raw, dtype=d.dtype).reshape(d.shape).copy())
        return outs

    def dispatch(self, calls=None) -> None:
        for fn, args, n, result, name in (calls or self.calls):
            rc = fn(self.store, 0, args, n, result)
            if rc != 0:
                raise RuntimeError(f"wasm kernel {name} failed ({rc}): {'; '.join(self.errors[-3:])}")


# jitc tune writes the tuned module as a .jitc file (`jitc export-web` makes the bundle)
ships_as_module_file = True


def cannot_measure_here(target: TargetSpec) -> str | None:
    """Why candidates for `target` cannot be measured in this process (None: they can: wasmtime)."""
    return None


def candidate_runner(target: TargetSpec):
    """What runs this target's candidates in the measuring worker (a TVM device runner, as for
    the CPU: wasm candidates are timed in the browser, by jitc-web.js)."""
    from .runners import TvmRunner

    return TvmRunner(device(target))
