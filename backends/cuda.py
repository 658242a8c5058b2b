"""CUDA backend: NVIDIA GPUs. Kernels are scheduled by the GPU rules (schedules/gpu/),
generated as CUDA C by TVM and compiled with nvcc into a fatbin embedded in the library (no
GPU is needed to build: CI checks that every test model's CUDA code compiles)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import re

import tvm

from ..target import TargetSpec


def _nvcc() -> None:
    """Have TVM compile CUDA C with nvcc (NVRTC would need the cuda-bindings package)."""
    os.environ.setdefault("TVM_CUDA_COMPILE_MODE", "nvcc")
    import tvm.support.nvcc  # noqa: F401 - registers tvm_callback_cuda_compile


def not_runnable_here(spec: TargetSpec, manifest: dict) -> str | None:
    """Why a module built for CUDA cannot run here (None: it can)."""
    why = unavailable_reason()
    return None if why is None else (f"built for CUDA ({spec.arch}) and this machine has no CUDA GPU that TVM "
                                     f"can use: {why}")


def device_name(target: TargetSpec) -> str:
    """The device's display name in the kernel database (display only: CUDA devices are keyed
    by architecture and limits)."""
    try:
        dev = tvm.cuda(0)
        gpu = str(dev.device_name) if dev.exist else "no GPU"
    except Exception:  # noqa: BLE001 - no CUDA runtime
        gpu = "no GPU"
    return f"cuda: {gpu} ({target.arch or 'sm_80'})"


def _module(funcs: dict) -> tvm.IRModule:
    return tvm.IRModule({name: f.with_attr("global_symbol", name) for name, f in funcs.items()})


def build(funcs: dict, target: TargetSpec):
    _nvcc()
    tgt = target.tvm_target()
    with tgt:
        return tvm.tirx.build(_module(funcs), tgt)


build_candidates = build  # the GPU pipeline has no CPU-only passes to drop


def dynamic_shared_bytes(funcs: dict, target: TargetSpec) -> dict:
    """{function name: dynamic shared memory its CUDA launches ask for}, read off TVM's host
    code (0 for none). Needs no GPU and no nvcc."""
    from .launches import host_launches

    calls = host_launches({n: f.with_attr("global_symbol", n) for n, f in funcs.items()}, target)
    return {n: max((v for _, params in cs for t, v in params.items() if "dyn_shared" in t), default=0)
            for n, cs in calls.items()}


def cuda_source(lib) -> str:
    for m in lib.imports:
        try:
            src = m.inspect_source("cu") or m.inspect_source()
        except Exception:  # noqa: BLE001
            src = m.inspect_source()
        if src:
            return src
    return ""


def available() -> bool:
    return unavailable_reason() is None


def unavailable_reason() -> str | None:
    """Why this process cannot run CUDA kernels, or None when it can. TVM's PyPI wheel loads
    its CUDA runtime (libtvm_runtime_cuda.so) only where the driver's libcuda.so.1 and CUDA
    13's libcudart.so.13 are on the loader path."""
    try:
        if tvm.cuda(0).exist:
            return None
    except Exception:  # noqa: BLE001 - no CUDA runtime at all
        pass
    if not tvm.runtime.enabled("cuda"):
        return ("TVM's CUDA runtime is not loaded: it needs the NVIDIA driver (libcuda.so.1) and CUDA 13's "
                "libcudart.so.13 on the loader path (LD_LIBRARY_PATH)")
    return "no CUDA GPU on this machine"


def export(lib, path: str, target=None) -> None:
    lib.export_library(path)


def load(path: str):
    return tvm.runtime.load_module(path)


def device(target: TargetSpec):
    return tvm.cuda(0)


def _nvcc_cubin(lib, arch: str, extra: list[str]) -> tuple[int, str]:
    nvcc = shutil.which("nvcc")
    if nvcc is None:
        raise RuntimeError("nvcc is not on PATH")
    src = cuda_source(lib)
    if not src:
        raise RuntimeError("the library holds no CUDA source")
    with tempfile.TemporaryDirectory(prefix="jitc-cuda-") as d:
        cu, out = os.path.join(d, "kernels.cu"), os.path.join(d, "kernels.cubin")
        with open(cu, "w") as f:
            f.write(src)
        r = subprocess.run([nvcc, "--cubin", f"-arch={arch}", "-O3", *extra, "-o", out, cu],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"nvcc rejects the generated CUDA code for {arch}:\n{(r.stderr or r.stdout)[-2000:]}")
        return os.path.getsize(out), r.stderr + r.stdout


def compile_check(lib, arch: str) -> int:
    """Compile the library's generated CUDA C with nvcc for `arch` (a cubin); the cubin's size
    in bytes. Raises RuntimeError with nvcc's message when it does not compile. Needs nvcc,
    not a GPU."""
    return _nvcc_cubin(lib, arch, [])[0]


def resource_usage(lib, arch: str) -> dict:
    """What ptxas allocates per kernel of the library for `arch`: {kernel name: {"registers",
    "spill_bytes", "shared_bytes"}}. Needs nvcc, not a GPU."""
    _, log = _nvcc_cubin(lib, arch, ["-Xptxas", "-v"])
    out: dict = {}
    name = None
    for line in log.splitlines():
        m = re.search(r"(?:Compiling entry function|Function properties for) '?([A-Za-z_0-9]+)'?", line)
        if m:
            name = m.group(1)
            out.setdefault(name, {"registers": 0, "spill_bytes": 0, "shared_bytes": 0})
            continue
        if name is None:
            continue
        m = re.search(r"(\d+) bytes spill stores, (\d+) bytes spill loads", line)
        if m:
            out[name]["spill_bytes"] = int(m.group(1)) + int(m.group(2))
        m = re.search(r"Used (\d+) registers", line)
        if m:
            out[name]["registers"] = int(m.group(1))
        m = re.search(r"(\d+) bytes smem", line)
        if m:
            out[name]["shared_bytes"] = int(m.group(1))
    return out


# jitc tune writes the tuned module as a .jitc file
ships_as_module_file = True


def cannot_measure_here(target: TargetSpec) -> str | None:
    """Why candidates for `target` cannot be measured in this process (None: they can), with
    what to do instead; MODEL stands for the model's file."""
    why = unavailable_reason()
    if why is None:
        return None
    return (f"tuning for CUDA measures every candidate on the GPU, and this machine has none TVM can use ({why}). "
            f"Tune on the GPU machine, or cross-compile with default schedules: "
            f"jitc compile MODEL --target \"cuda -arch={getattr(target, 'arch', None) or 'sm_90'}\"")


def candidate_runner(target: TargetSpec):
    """What runs this target's candidates in the measuring worker: the GPU through TVM."""
    from .runners import TvmRunner

    return TvmRunner(device(target))
