"""The machine jitc runs on, as the OS and LLVM describe it: the CPU's name, cores and caches,
the ISA flags the OS grants (and which of LLVM's features they stand for), and LLVM's
features for a CPU name. Plain data only: jitc.target turns it into TargetSpecs (`host()`).

Simulating another host (tests, CI): JITC_HOST_CPU names the CPU as LLVM would report it,
JITC_HOST_FLAGS the ISA flags its OS grants (as /proc/cpuinfo spells them, space or comma
separated), JITC_HOST_MACHINE the machine (x86_64, aarch64). Unset: this machine.
"""

from __future__ import annotations

import os
import platform
import re


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


def cache_sizes() -> tuple[int, int]:
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


def cpu_model() -> str:
    """The host CPU's model name, for display (/proc/cpuinfo, else what platform says)."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith(("model name", "cpu model", "hardware")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def host_cores() -> int:
    """CPUs this process may run on (respects taskset / cgroup affinity)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


# LLVM feature name -> the flag the OS reports for it (/proc/cpuinfo "flags" on x86, "Features"
# on aarch64). These are the ISA extensions a machine, a VM or an OS may withhold; LLVM's other
# "features" (tuning hints such as fast-gather, or 64bit) have no flag and are never withheld.
_X86_OS_FLAG = {
    "x87": "fpu", "cmov": "cmov", "cx8": "cx8", "mmx": "mmx", "fxsr": "fxsr", "sse": "sse", "sse2": "sse2",
    "sse3": "pni", "ssse3": "ssse3", "sse4.1": "sse4_1", "sse4.2": "sse4_2", "crc32": "sse4_2",
    "sse4a": "sse4a", "popcnt": "popcnt", "cx16": "cx16", "sahf": "lahf_lm", "movbe": "movbe",
    "lzcnt": "abm", "bmi": "bmi1", "bmi2": "bmi2", "adx": "adx", "aes": "aes", "pclmul": "pclmulqdq",
    "vaes": "vaes", "vpclmulqdq": "vpclmulqdq", "gfni": "gfni", "sha": "sha_ni", "rdrnd": "rdrand",
    "rdseed": "rdseed", "xsave": "xsave", "xsaveopt": "xsaveopt", "xsavec": "xsavec", "xsaves": "xsaves",
    "fsgsbase": "fsgsbase", "clflushopt": "clflushopt", "clwb": "clwb", "clzero": "clzero",
    "prfchw": "3dnowprefetch", "f16c": "f16c", "fma": "fma", "fma4": "fma4", "xop": "xop", "tbm": "tbm",
    "avx": "avx", "avx2": "avx2", "avx512f": "avx512f", "avx512cd": "avx512cd", "avx512bw": "avx512bw",
    "avx512dq": "avx512dq", "avx512vl": "avx512vl", "avx512ifma": "avx512ifma",
    "avx512vbmi": "avx512vbmi", "avx512vbmi2": "avx512_vbmi2", "avx512vnni": "avx512_vnni",
    "avx512bitalg": "avx512_bitalg", "avx512vpopcntdq": "avx512_vpopcntdq", "avx512bf16": "avx512_bf16",
    "avx512fp16": "avx512_fp16", "avx512vp2intersect": "avx512_vp2intersect", "avxvnni": "avx_vnni",
    "avxifma": "avx_ifma", "avxvnniint8": "avx_vnni_int8", "avxvnniint16": "avx_vnni_int16",
    "avxneconvert": "avx_ne_convert", "amx-tile": "amx_tile", "amx-bf16": "amx_bf16",
    "amx-int8": "amx_int8", "amx-fp16": "amx_fp16", "amx-complex": "amx_complex",
    "waitpkg": "waitpkg", "serialize": "serialize", "tsxldtrk": "tsxldtrk", "movdiri": "movdiri",
    "movdir64b": "movdir64b", "enqcmd": "enqcmd", "uintr": "uintr", "cldemote": "cldemote",
    "rdpid": "rdpid", "pku": "pku", "invpcid": "invpcid", "wbnoinvd": "wbnoinvd", "pconfig": "pconfig",
    "mwaitx": "mwaitx", "rdpru": "rdpru", "sha512": "sha512", "sm3": "sm3", "sm4": "sm4",
    # AVX10 implies the AVX-512 subsets: withheld with them
    "avx10.1-256": "avx512f", "avx10.1-512": "avx512f", "avx10.2-256": "avx512f", "avx10.2-512": "avx512f",
    "evex512": "avx512f",
}
_AARCH64_OS_FLAG = {
    "fp-armv8": "fp", "neon": "asimd", "crc": "crc32", "lse": "atomics", "rdm": "asimdrdm",
    "fullfp16": "fphp", "dotprod": "asimddp", "fp16fml": "asimdfhm", "sve": "sve", "sve2": "sve2",
    "i8mm": "i8mm", "bf16": "bf16", "aes": "aes", "sha2": "sha2", "sha3": "sha3", "sm4": "sm4",
    "rcpc": "lrcpc", "rcpc-immo": "ilrcpc", "jsconv": "jscvt", "complxnum": "fcma", "ccpp": "dcpop",
    "ccdp": "dcpodp", "flagm": "flagm", "altnzcv": "flagm2", "ssbs": "ssbs", "sb": "sb", "pauth": "paca",
    "dit": "dit", "bti": "bti", "rand": "rng", "fptoint": "frint", "lse2": "uscat", "mte": "mte",
    "sve-bitperm": "svebitperm", "sve2-bitperm": "svebitperm", "sve2-aes": "sveaes", "sve2-sha3": "svesha3",
    "sve2-sm4": "svesm4", "f32mm": "svef32mm", "f64mm": "svef64mm", "sme": "sme", "sme2": "sme2",
}
# The features schedules look for; the rest only matter to LLVM's instruction selection.
ISA_FEATURES = (
    "sse4.2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512dq", "avx512vl",
    "avx512vnni", "avx512bf16", "avx512fp16", "amx-tile", "amx-bf16", "amx-int8",
    "neon", "sve", "sve2", "fullfp16", "dotprod", "i8mm", "simd128",
)

# the variables that simulate another host (module docstring)
ENV_CPU, ENV_FLAGS, ENV_MACHINE = "JITC_HOST_CPU", "JITC_HOST_FLAGS", "JITC_HOST_MACHINE"


def host_machine() -> str:
    """x86_64 / aarch64 / ...: the machine the OS reports (or JITC_HOST_MACHINE)."""
    m = os.environ.get(ENV_MACHINE) or platform.machine()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(m.lower(), m.lower())


def os_flag_table(machine: str | None = None) -> dict[str, str]:
    """{LLVM feature: OS flag} for `machine`'s ISA extensions."""
    m = machine or host_machine()
    if m in ("x86_64", "i686", "i386"):
        return _X86_OS_FLAG
    if m in ("aarch64", "arm64"):
        return _AARCH64_OS_FLAG
    return {}


def triple_machine(mtriple: str) -> str:
    arch = (mtriple or "").split("-")[0].lower()
    return {"arm64": "aarch64", "amd64": "x86_64"}.get(arch, arch)


def os_flags() -> set[str] | None:
    """The ISA flags the OS grants this process (/proc/cpuinfo; aarch64: its Features line,
    which the kernel derives from HWCAP), or None where the OS does not say."""
    env = os.environ.get(ENV_FLAGS)
    if env is not None:
        return set(re.split(r"[\s,]+", env.strip())) - {""}
    try:
        with open("/proc/cpuinfo") as f:
            text = f.read()
    except OSError:
        return None
    m = re.search(r"^(?:flags|Features)\s*:\s*(.*)$", text, re.M)
    if not m:
        return None
    return set(m.group(1).split())


def withheld(llvm_features, granted_flags: set[str], machine: str | None = None) -> set[str]:
    """The LLVM features in `llvm_features` whose OS flag is not among `granted_flags`."""
    table = os_flag_table(machine)
    return {f for f in llvm_features if f in table and table[f] not in granted_flags}


def vector_bits(features: set[str], triple: str) -> int:
    if "avx512f" in features:
        return 512
    if "avx2" in features or "avx" in features:
        return 256
    if "sve" in features:
        return 128  # SVE length is unknown at compile time; NEON width is the safe choice
    return 128


def cpu_features(mcpu: str, mtriple: str = "", mattr=()) -> set[str]:
    """Features LLVM generates code with for `mcpu` (and `mattr`); empty for an unknown CPU."""
    import tvm  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light
    from tvm.target import codegen  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light

    d = {"kind": "llvm", "mcpu": mcpu}
    if mtriple:
        d["mtriple"] = mtriple
    if mattr:
        d["mattr"] = list(mattr)
    try:
        return set(codegen.llvm_get_cpu_features(tvm.target.Target(d)))
    except Exception:  # noqa: BLE001 - unknown CPU name
        return set()


def cpu_known(mcpu: str, mtriple: str = "") -> bool:
    """Whether TVM's LLVM knows `mcpu` for `mtriple` (the host's triple when empty)."""
    from tvm.target import codegen  # TVM loads on first use: `import jitc` (and the CLI's --help) stay light

    try:
        return bool(codegen.llvm_is_valid_cpu(mcpu, mtriple or codegen.llvm_get_system_triple()))
    except Exception:  # noqa: BLE001
        return False


def x86_level(granted: set[str]) -> str:
    """The highest x86-64 micro-architecture level (v2/v3/v4) whose flags are all granted."""
    v2 = {"cx16", "lahf_lm", "popcnt", "pni", "sse4_1", "sse4_2", "ssse3"}
    v3 = v2 | {"avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"}
    v4 = v3 | {"avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"}
    for name, need in (("x86-64-v4", v4), ("x86-64-v3", v3), ("x86-64-v2", v2)):
        if need <= granted:
            return name
    return "x86-64"
