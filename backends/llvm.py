"""LLVM backend: CPU kernels for the host (or a named -mcpu) through TVM's bundled LLVM.

`build` compiles a whole model's kernels into one library with TVM's default TensorIR
pipeline. `build_candidates` is the lite path the tuner uses: several candidates in one LLVM
module (the per-module fixed costs are paid once) through `lite_pipeline`, which is TVM's
s_tir pipeline without the passes that do nothing for CPU code (thread bindings, shared and
warp memory, tensor-core layouts, software pipelining, virtual threads, Hexagon VTCM).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import tvm
from tvm import s_tir, tirx
from tvm.tirx import compilation_pipeline as cp

from ..errors import TargetError
from ..host import cpu_model, host_machine
from ..target import TargetSpec, host, missing_features

LITE = "jitc_cpu_lite"


def lite_pipeline():
    @tvm.transform.module_pass(opt_level=0)
    def _pipeline(mod, _ctx):
        passes = [
            s_tir.transform.CanonicalizeLoop(),
            s_tir.transform.LowerInitBlock(),
            s_tir.transform.PlanAndUpdateBufferAllocationLocation(),
            s_tir.transform.ConvertBlocksToOpaque(),
            s_tir.transform.CompactBufferAllocation(),
            s_tir.transform.LowerMatchBuffer(),
            s_tir.transform.StmtSimplify(),
            s_tir.transform.AnnotateIrregularLoop(),
            s_tir.transform.LowerOpaqueBlock(),
            tirx.transform.FlattenBuffer(),
            tirx.transform.BF16ComputeLegalize(),
            tirx.transform.NarrowDataType(32),
            s_tir.transform.LoopPartition(),
            tirx.transform.VectorizeLoop(True),
            tirx.transform.StorageRewrite(),
            s_tir.transform.HoistIfThenElse(),
            tirx.transform.UnrollLoop(),
            s_tir.transform.RenormalizeSplitPattern(),
            tirx.transform.StmtSimplify(),
            tirx.transform.RemoveNoOp(),
            s_tir.transform.RewriteUnsafeSelect(),
            tirx.transform.CommonSubexprElim(),
            tirx.transform.FP8ComputeLegalize(),
            tirx.transform.AnnotateEntryFunc(),
            tirx.transform.SplitHostDevice(),
            tirx.transform.MakePackedAPI(),
            tirx.transform.FP8StorageLegalize(),
            tirx.transform.BF16StorageLegalize(),
        ]
        return tvm.transform.Sequential(passes)(mod)

    return _pipeline, cp.finalize_host_passes, cp.finalize_device_passes


def _register() -> None:
    if LITE not in cp.PIPELINE_MAP:
        cp.register_tir_pipeline(LITE, lite_pipeline)


def _module(funcs: dict) -> tvm.IRModule:
    return tvm.IRModule({name: f.with_attr("global_symbol", name) for name, f in funcs.items()})


def build(funcs: dict, target: TargetSpec):
    """One runtime library holding every kernel of `funcs` ({symbol: scheduled PrimFunc})."""
    return tvm.tirx.build(_module(funcs), target.tvm_target())


def build_candidates(funcs: dict, target: TargetSpec):
    """The lite build of tuning candidates: one library, the CPU-only pass pipeline."""
    _register()
    return tvm.tirx.build(_module(funcs), target.tvm_target(), pipeline=LITE)


def cross_linker(target: TargetSpec):
    """A function TVM's export_library links a shared object for another machine with: the
    triple's gcc where one is installed (Debian: gcc-aarch64-linux-gnu), else zig's clang
    (PyPI `ziglang`, in jitc's `web` extras); TargetError naming both where neither is here."""
    triple = target.mtriple
    gcc = shutil.which(f"{triple}-gcc")
    if gcc:
        cmd = [gcc]
    else:
        try:
            import ziglang  # noqa: F401 - only to know it is installed
        except ImportError:
            raise TargetError(f"saving a module built for {triple} needs a linker for it: install "
                              f"{triple}-gcc (Debian: gcc-{triple}) or `pip install ziglang`") from None
        cmd = [sys.executable, "-m", "ziglang", "cc", "-target", triple]

    def link(output, objects, options=None, **_):
        r = subprocess.run([*cmd, "-shared", "-fPIC", "-o", output, *objects], capture_output=True, text=True)
        if r.returncode != 0:
            raise TargetError(f"linking the {triple} library failed: {r.stderr.strip()[-600:]}")

    link.output_format = "so"
    return link


def export(lib, path: str, target: TargetSpec | None = None) -> None:
    """Write the library as a shared object (linked for the target's machine)."""
    if target is not None and target.cross_compiled:
        lib.export_library(path, fcompile=cross_linker(target))
    else:
        lib.export_library(path)


def load(path: str):
    return tvm.runtime.load_module(path)


def not_runnable_here(spec: TargetSpec, manifest: dict) -> str | None:
    """Why a module built for `spec` cannot run on this machine (None: it can): another CPU
    architecture, or ISA features the OS does not grant."""
    machine = str(manifest.get("machine")).lower()
    built_for = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if built_for != host_machine():
        return f"built for {manifest.get('machine')} CPUs, this machine is {host_machine()}; recompile it here"
    missing = missing_features(spec)  # what the code was built with, against what the OS grants
    if missing:
        return (f"built for -mcpu={spec.mcpu} with {', '.join(missing)}, which this machine's OS does not grant "
                f"(its CPU: {host().mcpu}); recompile it here (jitc compile --target llvm)")
    return None


def device_name(target: TargetSpec) -> str:
    """The device's display name in the kernel database: the CPU model."""
    return cpu_model()


def device(target: TargetSpec):
    return tvm.cpu(0)


# jitc tune writes the tuned module as a .jitc file
ships_as_module_file = True


def cannot_measure_here(target: TargetSpec) -> str | None:
    """Why candidates for `target` cannot be measured in this process (None: they can)."""
    return None


def candidate_runner(target: TargetSpec):
    """What runs this target's candidates in the measuring worker: the CPU through TVM."""
    from .runners import TvmRunner

    return TvmRunner(device(target))
