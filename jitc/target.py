"""What jitc knows about the machine a model is compiled for.

A `TargetSpec` is plain data (it round-trips through JSON): the TVM target kind, the CPU model
and its ISA features, vector width, core count and cache sizes for CPUs; the architecture and
limits for GPUs. Schedules read their knobs from it; the kernel database fingerprints devices
with it. `host()` detects the machine jitc runs on; nothing here is hard-coded to one CPU.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import platform
import re
from dataclasses import dataclass, field

from .errors import TargetError

KINDS = ("llvm", "cuda", "webgpu", "wasm")

# ISA features that change generated code; a module built with them needs them on the host.
_ISA_FEATURES = (
    "sse4.2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512dq", "avx512vl",
    "avx512vnni", "avx512bf16", "avx512fp16", "amx-tile", "amx-bf16", "amx-int8",
    "neon", "sve", "sve2", "fullfp16", "dotprod", "i8mm", "simd128",
)


@dataclass(frozen=True)
class TargetSpec:
    kind: str  # one of KINDS
    mcpu: str = ""  # LLVM CPU name (llvm), or "" for generic
    mtriple: str = ""  # LLVM triple; "" = host
    features: tuple[str, ...] = ()  # ISA features the generated code may use
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

    @property
    def is_cpu(self) -> bool:
        return self.kind in ("llvm", "wasm")

    def describe(self) -> str:
        if self.kind == "llvm":
            return f"llvm -mcpu={self.mcpu or 'generic'} ({self.vector_bits}-bit SIMD, {self.num_cores} cores)"
        if self.kind == "cuda":
            return f"cuda -arch={self.arch or 'sm_80'}"
        return self.kind

    def tvm_target(self):
        """The `tvm.target.Target` to build kernels with."""
        import tvm

        if self.kind == "llvm":
            d = {"kind": "llvm", "num-cores": self.num_cores}
            if self.mcpu:
                d["mcpu"] = self.mcpu
            if self.mtriple:
                d["mtriple"] = self.mtriple
            return tvm.target.Target(d)
        if self.kind == "wasm":
            return tvm.target.Target(
                {"kind": "llvm", "mtriple": "wasm32-unknown-unknown-wasm", "mattr": ["+simd128"], "vector-width": 128}
            )
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
        return d

    @staticmethod
    def from_json(d: dict) -> "TargetSpec":
        d = dict(d)
        d["features"] = tuple(d.get("features", ()))
        known = {f.name for f in dataclasses.fields(TargetSpec)}
        return TargetSpec(**{k: v for k, v in d.items() if k in known})

    def fingerprint(self) -> str:
        """A stable string naming what the generated code depends on (for the kernel database)."""
        keep = {k: v for k, v in self.to_json().items() if k not in ("limits",)}
        keep["limits"] = {k: self.limits[k] for k in sorted(self.limits)}
        return json.dumps(keep, sort_keys=True)


def _read_int(path: str) -> int | None:
    try:
        with open(path) as f:
            text = f.read().strip()
    except OSError:
        return None
    m = re.fullmatch(r"(\d+)([KMG]?)", text)
    if not m:
        return None
    return int(m.group(1)) * {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[m.group(2)]


def _cache_sizes() -> tuple[int, int]:
    """(L1 data, L2) bytes per core from sysfs; conservative defaults where it is absent."""
    l1, l2 = 32 * 1024, 1024 * 1024
    base = "/sys/devices/system/cpu/cpu0/cache"
    try:
        entries = sorted(os.listdir(base))
    except OSError:
        return l1, l2
    for e in entries:
        if not e.startswith("index"):
            continue
        level = _read_int(f"{base}/{e}/level")
        size = _read_int(f"{base}/{e}/size")
        try:
            with open(f"{base}/{e}/type") as f:
                ctype = f.read().strip()
        except OSError:
            continue
        if size is None:
            continue
        if level == 1 and ctype in ("Data", "Unified"):
            l1 = size
        elif level == 2:
            l2 = size
    return l1, l2


def host_cores() -> int:
    """CPUs this process may run on (respects taskset / cgroup affinity)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


# /proc/cpuinfo flag -> LLVM feature name, for the features in _ISA_FEATURES
_CPUINFO_FLAGS = {
    "sse4_2": "sse4.2", "avx": "avx", "avx2": "avx2", "fma": "fma", "f16c": "f16c", "avx512f": "avx512f",
    "avx512bw": "avx512bw", "avx512dq": "avx512dq", "avx512vl": "avx512vl", "avx512_vnni": "avx512vnni",
    "avx512_bf16": "avx512bf16", "avx512_fp16": "avx512fp16", "amx_tile": "amx-tile", "amx_bf16": "amx-bf16",
    "amx_int8": "amx-int8", "asimd": "neon", "sve": "sve", "sve2": "sve2", "fphp": "fullfp16",
    "asimddp": "dotprod", "i8mm": "i8mm",
}


def _cpuinfo_features() -> set[str] | None:
    """ISA features the kernel reports for this CPU (what the hardware really has), or None."""
    try:
        with open("/proc/cpuinfo") as f:
            text = f.read()
    except OSError:
        return None
    m = re.search(r"^(?:flags|Features)\s*:\s*(.*)$", text, re.M)
    if not m:
        return None
    return {_CPUINFO_FLAGS[f] for f in m.group(1).split() if f in _CPUINFO_FLAGS}


def _vector_bits(features: set[str], triple: str) -> int:
    if "avx512f" in features:
        return 512
    if "avx2" in features or "avx" in features:
        return 256
    if "sve" in features:
        return 128  # SVE length is unknown at compile time; NEON width is the safe choice
    return 128


def cpu_features(mcpu: str, mtriple: str = "") -> set[str]:
    """ISA features LLVM enables for `mcpu` (empty for an unknown CPU)."""
    import tvm
    from tvm.target import codegen

    d = {"kind": "llvm", "mcpu": mcpu}
    if mtriple:
        d["mtriple"] = mtriple
    try:
        return set(codegen.llvm_get_cpu_features(tvm.target.Target(d)))
    except Exception:  # noqa: BLE001 - unknown CPU name
        return set()


@functools.lru_cache(maxsize=1)
def host() -> TargetSpec:
    """The CPU jitc runs on, detected (LLVM's host CPU name and features, sysfs caches)."""
    from tvm.target import codegen

    mcpu = codegen.llvm_get_system_cpu()
    feats = cpu_features(mcpu)  # what LLVM generates code with for this CPU name
    l1, l2 = _cache_sizes()
    return TargetSpec(
        kind="llvm",
        mcpu=mcpu,
        features=tuple(sorted(f for f in _ISA_FEATURES if f in feats)),
        vector_bits=_vector_bits(feats, platform.machine()),
        num_cores=host_cores(),
        l1d_bytes=l1,
        l2_bytes=l2,
    )


def available_features() -> set[str]:
    """ISA features this machine can execute: the kernel's CPU flags where it reports them
    (what the hardware really has), else LLVM's table for the host CPU name."""
    real = _cpuinfo_features()
    return real if real is not None else set(host().features)


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
            import tvm

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


def wasm_spec() -> TargetSpec:
    return TargetSpec(kind="wasm", mtriple="wasm32-unknown-unknown-wasm", features=("simd128",),
                      vector_bits=128, num_cores=1, l1d_bytes=32 * 1024, l2_bytes=1024 * 1024)


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
        cores = int(flags.pop("num_cores", h.num_cores))
        if flags:
            raise TargetError(f"unknown llvm target flag(s) {sorted(flags)}; known: -mcpu, -mtriple, -num-cores")
        if mtriple.startswith("wasm32"):
            return wasm_spec()
        if mcpu is None or mcpu == h.mcpu:
            return dataclasses.replace(h, num_cores=cores)
        feats = cpu_features(mcpu, mtriple)
        if not feats:
            raise TargetError(f"LLVM does not know the CPU {mcpu!r}; see `llc -mcpu=help` for names")
        return TargetSpec(kind="llvm", mcpu=mcpu, mtriple=mtriple,
                          features=tuple(sorted(f for f in _ISA_FEATURES if f in feats)),
                          vector_bits=_vector_bits(feats, mtriple), num_cores=cores,
                          l1d_bytes=h.l1d_bytes, l2_bytes=h.l2_bytes)
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
