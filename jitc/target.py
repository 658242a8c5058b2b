"""What jitc knows about the machine a model is compiled for.

A `TargetSpec` is plain data (it round-trips through JSON): the TVM target kind, the CPU model
and its ISA features, vector width, core count and cache sizes for CPUs; the architecture and
limits for GPUs. Schedules read their knobs from it; the kernel database fingerprints devices
with it. `host()` is the machine jitc runs on (probed by jitc/host.py); nothing here is
hard-coded to one CPU. `parse` reads a target from a string, a dict or a TargetSpec.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
from dataclasses import dataclass, field

from .errors import TargetError
from .host import (ENV_CPU, ISA_FEATURES, cache_sizes, cpu_features, cpu_known, host_cores, host_machine, os_flag_table,
                   os_flags, triple_machine, vector_bits, withheld, x86_level)

KINDS = ("llvm", "cuda", "webgpu", "wasm")

class LimitError(Exception):
    """A kernel does not fit the target's limits (threads, shared memory, workgroups...)."""


@dataclass(frozen=True)
class TargetSpec:
    kind: str  # one of KINDS
    mcpu: str = ""  # LLVM CPU name (llvm), or "" for generic
    mtriple: str = ""  # LLVM triple; "" = host
    features: tuple[str, ...] = ()  # ISA features the generated code may use (LLVM names)
    mattr: tuple[str, ...] = ()  # LLVM -mattr: "-amx-tile" where the OS withholds what the CPU name implies
    vector_bits: int = 128  # SIMD register width the schedules vectorize for
    num_cores: int = 1  # threads a kernel is parallelized over
    l1d_bytes: int = 32 * 1024
    l2_bytes: int = 1024 * 1024
    arch: str = ""  # cuda: "sm_90"
    limits: dict = field(default_factory=dict, hash=False, compare=False)  # GPU / WebGPU limits

    # ---- derived -----------------------------------------------------------------------
    def lanes(self, dtype: str = "float32") -> int:
        """SIMD lanes for `dtype` (AVX-512 -> 16 fp32 lanes, AVX2 -> 8, NEON/simd128 -> 4)."""
        bits = int(re.sub(r"\D", "", dtype) or 32)
        if dtype == "bool":
            bits = 8
        return max(1, self.vector_bits // bits)

    # ---- capabilities: what code asks of a target, instead of testing its kind ------------
    @property
    def is_cpu(self) -> bool:
        """Kernels are CPU loops (the host's LLVM, or WebAssembly): the CPU rules schedule them."""
        return self.kind in ("llvm", "wasm")

    @property
    def is_gpu(self) -> bool:
        """Kernels are GPU grids (CUDA, WebGPU): their loops are bound to threads."""
        return self.kind in ("cuda", "webgpu")

    @property
    def kernels_can_raise(self) -> bool:
        """A kernel can stop with an error (an assert): CPU code can, a GPU grid cannot."""
        return self.is_cpu

    @property
    def fast_math(self) -> bool:
        """Polynomial exp/erf/tanh vectorize here (CPUs, WGSL); CUDA has fast intrinsics."""
        return self.kind != "cuda"

    @property
    def half_sums_in_float32(self) -> bool:
        """float16/bfloat16 matmuls accumulate in float32 (as cuBLAS does; tensor cores need it)."""
        return self.kind == "cuda"

    @property
    def sm(self) -> int:
        """The CUDA compute capability as a number (sm_90 -> 90); 0 off CUDA."""
        if self.kind != "cuda":
            return 0
        try:
            return int(str(self.arch or "sm_80").split("_")[1])
        except (IndexError, ValueError):
            return 80

    @property
    def tensor_cores(self) -> bool:
        """WMMA tensor cores: CUDA from Volta (sm_70); bfloat16 ones from Ampere (sm_80)."""
        return self.sm >= 70

    @property
    def grid_z(self) -> bool:
        """A third grid dimension (blockIdx.z) the code generator keeps: not TVM's WGSL."""
        return self.kind != "webgpu"

    @property
    def vector_selects(self) -> bool:
        """Vectorized kernels may select, compare or hold integers and bools: not TVM's WGSL
        generator (it fails on bool vectors and on selects of vector casts)."""
        return self.kind != "webgpu"

    @property
    def cross_compiled(self) -> bool:
        """CPU code for another machine (another triple): built here, run there."""
        return self.kind == "llvm" and target_machine(self) != host_machine()

    # ---- the device identity the kernel database keys timings by --------------------------
    def device_identity(self, display: str, machine: str = "") -> dict:
        """What generated code and its timings depend on on this target: a CPU's machine, ISA,
        vector width, cores and caches; a WebGPU adapter (`display`, its name) and its limits;
        a CUDA architecture and its limits."""
        if self.kind == "llvm":
            return {"kind": "llvm", "machine": machine or target_machine(self), "mcpu": self.mcpu,
                    "features": sorted(self.features), "vector_bits": self.vector_bits,
                    "num_cores": self.num_cores, "l1d_bytes": self.l1d_bytes, "l2_bytes": self.l2_bytes}
        if self.kind == "webgpu":
            return {"kind": "webgpu", "adapter": display, "limits": {k: self.limits[k] for k in sorted(self.limits)}}
        if self.kind == "cuda":
            return {"kind": "cuda", "arch": self.arch or "sm_80", "limits": {k: self.limits[k] for k in sorted(self.limits)}}
        return {"kind": self.kind, "features": sorted(self.features), "vector_bits": self.vector_bits}

    def isa_identity(self, display: str, machine: str = "") -> dict:
        """Coarser than device_identity: devices with the same one run the same code (their
        best configs are worth trying here): a CPU's ISA, a WebGPU adapter whatever its
        limits, a CUDA architecture."""
        if self.kind == "llvm":
            return {"kind": "llvm", "machine": machine or target_machine(self),
                    "isa": sorted(f for f in self.features if f in ISA_FEATURES), "vector_bits": self.vector_bits}
        if self.kind == "webgpu":
            return {"kind": "webgpu", "adapter": display}
        if self.kind == "cuda":
            return {"kind": "cuda", "arch": self.arch or "sm_80"}
        return {"kind": self.kind}

    @property
    def runtime_device(self) -> str:
        """The TVM runtime device kernels of this target run on ("cpu", "cuda", "webgpu")."""
        return {"llvm": "cpu", "wasm": "cpu"}.get(self.kind, self.kind)

    @property
    def keeps_os_flags(self) -> bool:
        """The OS's CPU flags are part of the device (what the kernel grants): host CPU code."""
        return self.kind == "llvm"

    def describe(self) -> str:
        if self.kind == "llvm":
            off = sorted((m[1:] for m in self.mattr if m.startswith("-")),
                         key=lambda f: (f not in ISA_FEATURES, f))  # the ones schedules care about first
            minus = f", without {', '.join(off[:4])}{' ...' if len(off) > 4 else ''}" if off else ""
            triple = f" -mtriple={self.mtriple}" if self.mtriple else ""
            return (f"llvm -mcpu={self.mcpu or 'generic'}{triple} ({self.vector_bits}-bit SIMD, "
                    f"{self.num_cores} cores{minus})")
        if self.kind == "cuda":
            return f"cuda -arch={self.arch or 'sm_80'}"
        return self.kind

    def tvm_target(self):
        """The `tvm.target.Target` to build kernels with."""
        import tvm  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light

        if self.kind == "llvm":
            d = {"kind": "llvm", "num-cores": self.num_cores}
            if self.mcpu:
                d["mcpu"] = self.mcpu
            if self.mtriple:
                d["mtriple"] = self.mtriple
            if self.mattr:
                d["mattr"] = list(self.mattr)
            return tvm.target.Target(d)
        if self.kind == "wasm":  # threads: "atomics" and "bulk-memory" (shared linear memory)
            return tvm.target.Target({"kind": "llvm", "mtriple": "wasm32-unknown-unknown-wasm",
                                      "mattr": [f"+{f}" for f in self.features], "vector-width": 128,
                                      "num-cores": self.num_cores})
        if self.kind == "cuda":
            d = {"kind": "cuda", "arch": self.arch or "sm_80"}
            for key, tkey in (("max_threads_per_block", "max_threads_per_block"),
                              ("max_shared_memory_per_block", "max_shared_memory_per_block")):
                if key in self.limits:
                    d[tkey] = int(self.limits[key])
            return tvm.target.Target(d, host=host().tvm_target())
        if self.kind == "webgpu":
            return tvm.target.Target({"kind": "webgpu"}, host=host().tvm_target())
        raise TargetError(f"unknown target kind {self.kind!r}; expected one of {', '.join(KINDS)}")

    def to_json(self) -> dict:
        d = dataclasses.asdict(self)
        d["features"] = list(self.features)
        d["mattr"] = list(self.mattr)
        return d

    @staticmethod
    def from_json(d: dict) -> "TargetSpec":
        d = dict(d)
        d["features"] = tuple(d.get("features", ()))
        d["mattr"] = tuple(d.get("mattr", ()))
        known = {f.name for f in dataclasses.fields(TargetSpec)}
        return TargetSpec(**{k: v for k, v in d.items() if k in known})

    def fingerprint(self) -> str:
        """A stable string naming what the generated code depends on (for the kernel database)."""
        keep = {k: v for k, v in self.to_json().items() if k not in ("limits",)}
        keep["limits"] = {k: self.limits[k] for k in sorted(self.limits)}
        return json.dumps(keep, sort_keys=True)


def target_machine(spec: "TargetSpec") -> str:
    """The machine kind a CPU target's code runs on: its triple's, else this host's."""
    return triple_machine(spec.mtriple) if spec.mtriple else host_machine()


def spec_for_cpu(mcpu: str, granted: set[str] | None, *, mtriple: str = "", machine: str | None = None,
                 num_cores: int = 1, l1d_bytes: int = 32 * 1024, l2_bytes: int = 1024 * 1024,
                 mattr: tuple[str, ...] = ()) -> TargetSpec:
    """The CPU target for an LLVM CPU name on a machine whose OS grants `granted` (None: the OS
    does not say, trust LLVM's table): what the name implies but the OS withholds is switched
    off with -mattr, so the code never uses an instruction the machine cannot run. `mattr`:
    the user's own -mattr items, applied first."""
    machine = machine or (triple_machine(mtriple) if mtriple else host_machine())
    if machine == "x86_64" and granted is not None and (mcpu in ("", "generic") or not cpu_known(mcpu, mtriple)):
        mcpu = x86_level(granted)  # a CPU LLVM does not know: the x86-64 level its flags reach
    mattr = tuple(mattr)
    feats = cpu_features(mcpu, mtriple, mattr)
    if granted is not None:
        off = withheld(feats, granted, machine)
        if off:
            mattr += tuple(sorted("-" + f for f in off))
            feats = cpu_features(mcpu, mtriple, mattr)
    table = os_flag_table(machine)
    isa = {f for f in feats if f in table or f in ISA_FEATURES}
    return TargetSpec(kind="llvm", mcpu=mcpu, mtriple=mtriple, features=tuple(sorted(isa)), mattr=mattr,
                      vector_bits=vector_bits(feats, mtriple), num_cores=num_cores, l1d_bytes=l1d_bytes,
                      l2_bytes=l2_bytes)


@functools.lru_cache(maxsize=1)
def host() -> TargetSpec:
    """The CPU jitc runs on: LLVM's name for it, with every feature that name implies but the
    OS does not grant (a VM without AMX, a kernel without AVX-512) switched off; sysfs caches."""
    from tvm.target import codegen  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light

    mcpu = os.environ.get(ENV_CPU) or codegen.llvm_get_system_cpu()
    l1, l2 = cache_sizes()
    return spec_for_cpu(mcpu, os_flags(), machine=host_machine(), num_cores=host_cores(), l1d_bytes=l1,
                        l2_bytes=l2)


def missing_features(spec: TargetSpec) -> list[str]:
    """The ISA features `spec`'s code was built with that this machine's OS does not grant
    (empty where the OS does not say, or for another kind of machine: checked elsewhere)."""
    granted = os_flags()
    if granted is None:
        return []
    table = os_flag_table(host_machine())
    # a feature this machine's kind does not have at all (sve2 on x86) is missing too
    return sorted(f for f in spec.features if f not in table or table[f] not in granted)


# Shared memory a block may opt into (dynamic shared memory past the static 48 KiB), by
# compute capability, from NVIDIA's CUDA programming guide (technical specifications table).
CUDA_SHARED_OPTIN_KIB = {70: 96, 72: 96, 75: 64, 80: 163, 86: 99, 87: 163, 89: 99, 90: 227, 100: 227, 103: 227,
                         120: 99}


def cuda_spec(arch: str | None = None) -> TargetSpec:
    """A CUDA target: the GPU's architecture when one is present, else `arch` (default sm_80)."""
    limits = {"max_threads_per_block": 1024, "max_shared_memory_per_block": 48 * 1024,
              "max_registers_per_block": 65536, "warp_size": 32}
    if arch is None:
        try:
            import tvm  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light

            dev = tvm.cuda(0)
            if dev.exist:
                arch = "sm_" + dev.compute_version.replace(".", "")
                limits["max_threads_per_block"] = dev.max_threads_per_block
                limits["max_shared_memory_per_block"] = dev.max_shared_memory_per_block
        except Exception:  # noqa: BLE001 - no CUDA runtime
            arch = None
    arch = arch or "sm_80"
    try:
        cc = int(re.sub(r"\D", "", arch))
    except ValueError:
        cc = 80
    limits["max_shared_memory_per_block_optin"] = CUDA_SHARED_OPTIN_KIB.get(cc, 48) * 1024
    return TargetSpec(kind="cuda", arch=arch, vector_bits=128, limits=limits)


# WebGPU's default limits (https://www.w3.org/TR/webgpu/#limits): what every adapter grants.
WEBGPU_DEFAULT_LIMITS = {
    "maxComputeInvocationsPerWorkgroup": 256,
    "maxComputeWorkgroupSizeX": 256,
    "maxComputeWorkgroupSizeY": 256,
    "maxComputeWorkgroupSizeZ": 64,
    "maxComputeWorkgroupStorageSize": 16384,
    "maxStorageBuffersPerShaderStage": 8,
    "maxComputeWorkgroupsPerDimension": 65535,
    "maxUniformBuffersPerShaderStage": 12,
}


def webgpu_spec(limits: dict | None = None) -> TargetSpec:
    return TargetSpec(kind="webgpu", vector_bits=128, limits=dict(limits or WEBGPU_DEFAULT_LIMITS))


WASM_THREAD_FEATURES = ("atomics", "bulk-memory")


def wasm_spec(threads: int = 1) -> TargetSpec:
    """WebAssembly with 128-bit SIMD; `threads` > 1: kernels parallelized over that many tasks,
    linked against a shared memory (a worker pool runs the tasks: backends/web/wasm_runtime.c)."""
    features = ("simd128",) + (WASM_THREAD_FEATURES if threads > 1 else ())
    return TargetSpec(kind="wasm", mtriple="wasm32-unknown-unknown-wasm", features=features,
                      vector_bits=128, num_cores=max(1, threads), l1d_bytes=32 * 1024, l2_bytes=1024 * 1024)


def parse(target: "str | dict | TargetSpec | None") -> TargetSpec:
    """Accept "llvm", "llvm -mcpu=znver4", "cuda", "cuda -arch=sm_90", "webgpu", "wasm",
    a dict in TVM's form ({"kind": "llvm", "mcpu": ...}) or a TargetSpec."""
    if target is None:
        return host()
    if isinstance(target, TargetSpec):
        return target
    if isinstance(target, dict):
        d = dict(target)
        kind = d.pop("kind", None)
        flags = {k.replace("-", "_"): v for k, v in d.items()}
    else:
        parts = str(target).split()
        if not parts:
            raise TargetError("empty target; use one of: llvm, cuda, webgpu, wasm")
        kind, flags = parts[0], {}
        for p in parts[1:]:
            m = re.fullmatch(r"-{1,2}([\w-]+)=(.+)", p)
            if not m:
                raise TargetError(f"cannot read target flag {p!r} in {target!r}; write flags as -name=value")
            flags[m.group(1).replace("-", "_")] = m.group(2)
    if kind == "llvm":
        h = host()
        mcpu = flags.pop("mcpu", None)
        mtriple = flags.pop("mtriple", "")
        mattr = flags.pop("mattr", "")
        cores = int(flags.pop("num_cores", h.num_cores))
        if flags:
            raise TargetError(f"unknown llvm target flag(s) {sorted(flags)}; known: -mcpu, -mtriple, -mattr, "
                              "-num-cores")
        if mtriple.startswith("wasm32"):
            return wasm_spec()
        if (mcpu is None or mcpu == h.mcpu) and not mtriple and not mattr:
            return dataclasses.replace(h, num_cores=cores)
        mcpu = mcpu or ("generic" if mtriple else h.mcpu)
        if not cpu_known(mcpu, mtriple):
            raise TargetError(f"LLVM does not know the CPU {mcpu!r}"
                              f"{' for ' + mtriple if mtriple else ''}; see `llc -mcpu=help` for names")
        # another CPU (cross-compiling): what LLVM's table says it has, less -mattr's minus items
        items = tuple(m if m[:1] in "+-" else "+" + m for m in re.split(r"[,\s]+", mattr.strip()) if m)
        return spec_for_cpu(mcpu, None, mtriple=mtriple, num_cores=cores, l1d_bytes=h.l1d_bytes,
                            l2_bytes=h.l2_bytes, mattr=items)
    if kind == "cuda":
        arch = flags.pop("arch", None)
        if flags:
            raise TargetError(f"unknown cuda target flag(s) {sorted(flags)}; known: -arch")
        return cuda_spec(arch)
    if kind == "webgpu":
        return webgpu_spec()
    if kind == "wasm":
        return wasm_spec()
    raise TargetError(f"unknown target {target!r}; expected one of: {', '.join(KINDS)}")
