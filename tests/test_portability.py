"""Any machine: jitc builds for what the OS grants, not for what a CPU name implies.

Simulated hosts (JITC_HOST_CPU / JITC_HOST_FLAGS / JITC_HOST_MACHINE, jitc.target): a CPU
name whose features the OS partly withholds (a VM without AMX, a kernel without AVX-512), an
x86-64-v2/v3 machine, a CPU LLVM does not know, and an aarch64 cross-compile. The demo's
compile-save-load-run passes under each simulated x86 kind that can run on this machine (the
simulated flags are a subset of the real ones), so a machine unlike the developer's cannot
break `make demo` unnoticed."""

import os
import subprocess
import sys

import pytest

import jitc
from jitc import host as hw
from jitc import target as tg
from jitc.errors import ModuleFileError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = hw.os_flags() or set()
X86 = hw.host_machine() == "x86_64"
needs_x86 = pytest.mark.skipif(not X86, reason="simulates x86-64 hosts, this machine is " + hw.host_machine())
V2 = {"fpu", "cmov", "cx8", "mmx", "fxsr", "sse", "sse2", "pni", "ssse3", "sse4_1", "sse4_2", "popcnt", "cx16",
      "lahf_lm"}
V3 = V2 | {"avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"}


def test_cpu_name_features_withheld_by_the_os_are_switched_off():
    granted = (V3 | {"avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl", "avx512_vnni", "avx512_bf16"})
    spec = tg.spec_for_cpu("emeraldrapids", granted, machine="x86_64")
    assert spec.mcpu == "emeraldrapids"
    for f in ("amx-tile", "amx-bf16", "amx-int8", "avx512fp16"):
        assert "-" + f in spec.mattr and f not in spec.features
    assert "avx512f" in spec.features and spec.vector_bits == 512
    # the generated code is what -mattr says: LLVM agrees
    assert "amx-tile" not in hw.cpu_features(spec.mcpu, "", spec.mattr)
    assert "without amx" in spec.describe()


def test_avx512_withheld_means_256_bit_vectors():
    spec = tg.spec_for_cpu("skylake-avx512", V3, machine="x86_64")
    assert "avx512f" not in spec.features and "-avx512f" in spec.mattr
    assert spec.vector_bits == 256 and spec.lanes("float32") == 8


def test_cpu_unknown_to_llvm_gets_the_level_its_flags_reach():
    assert tg.spec_for_cpu("a-cpu-from-2031", V3, machine="x86_64").mcpu == "x86-64-v3"
    assert tg.spec_for_cpu("a-cpu-from-2031", V2, machine="x86_64").mcpu == "x86-64-v2"


def test_aarch64_os_flags_map_to_llvm_features():
    granted = {"fp", "asimd", "crc32", "atomics", "fphp", "asimdhp", "asimdrdm", "lrcpc", "dcpop", "asimddp", "aes",
               "sha1", "sha2", "pmull", "ssbs"}
    spec = tg.spec_for_cpu("neoverse-v2", granted, mtriple="aarch64-linux-gnu", machine="aarch64")
    assert "neon" in spec.features and "dotprod" in spec.features
    for f in ("sve", "sve2", "i8mm", "bf16"):  # the name implies them, the OS does not grant them
        assert f not in spec.features and "-" + f in spec.mattr


def test_host_detection_follows_simulation(monkeypatch):
    monkeypatch.setenv(hw.ENV_CPU, "emeraldrapids")
    monkeypatch.setenv(hw.ENV_FLAGS, " ".join(sorted(V3)))
    monkeypatch.setenv(hw.ENV_MACHINE, "x86_64")
    tg.host.cache_clear()
    try:
        h = tg.host()
        assert h.mcpu == "emeraldrapids" and h.vector_bits == 256 and "-amx-tile" in h.mattr
        assert tg.missing_features(h) == []
    finally:
        monkeypatch.undo()
        tg.host.cache_clear()


@needs_x86
def test_load_refuses_code_using_features_the_os_withholds(tmp_path, monkeypatch, example_path):
    """Built with the real host's features, loaded where the OS grants only x86-64-v2: refused,
    naming the features (the check reads what the code was built with, not the CPU name)."""
    m = jitc.compile(example_path("mlp"), db=None)
    if not set(m.target.features) - {f for f, flag in hw.os_flag_table("x86_64").items() if flag in V2}:
        pytest.skip("this machine has nothing beyond x86-64-v2")
    m.save(tmp_path / "m.jitc")
    monkeypatch.setenv(hw.ENV_FLAGS, " ".join(sorted(V2)))
    with pytest.raises(ModuleFileError, match="OS does not grant"):
        jitc.load(tmp_path / "m.jitc")
    monkeypatch.delenv(hw.ENV_FLAGS)
    jitc.load(tmp_path / "m.jitc")  # and on the real host it loads


def test_aarch64_cross_compile_builds_saves_and_is_refused_here(tmp_path, example_path):
    import zipfile

    m = jitc.compile(example_path("mlp"), target="llvm -mtriple=aarch64-linux-gnu -mcpu=neoverse-n1", db=None)
    assert m.target.vector_bits == 128 and "neon" in m.target.features
    if hw.host_machine() != "aarch64":
        with pytest.raises(jitc.JitcError, match="another kind of machine"):
            m(*m.random_inputs())
    try:
        m.save(tmp_path / "a64.jitc")
    except jitc.JitcError as e:  # no cross linker on this machine: says which to install
        assert "linker" in str(e)
        pytest.skip(str(e))
    so = zipfile.ZipFile(tmp_path / "a64.jitc").read("kernels.so")
    assert so[:4] == b"\x7fELF" and int.from_bytes(so[18:20], "little") == 183  # EM_AARCH64
    if hw.host_machine() != "aarch64":
        with pytest.raises(ModuleFileError, match="built for aarch64"):
            jitc.load(tmp_path / "a64.jitc")


def _simulated_hosts():
    """(label, environment) of host kinds that can run on this machine."""
    if X86:
        return [
            ("emeraldrapids, OS flags of this machine (AMX and what else it lacks withheld)",
             {hw.ENV_CPU: "emeraldrapids"}),
            ("x86-64-v3 (AVX2, no AVX-512) under a newer CPU name", {hw.ENV_CPU: "sapphirerapids",
                                                                     hw.ENV_FLAGS: " ".join(sorted(REAL & V3))}),
            ("an unknown CPU name, x86-64-v2 flags", {hw.ENV_CPU: "not-a-cpu", hw.ENV_FLAGS: " ".join(sorted(REAL & V2))}),
        ]
    if hw.host_machine() == "aarch64":
        return [("neoverse-v2 with this machine's flags", {hw.ENV_CPU: "neoverse-v2"}),
                ("generic aarch64", {hw.ENV_CPU: "generic"})]
    return []


@pytest.mark.parametrize("label,env", _simulated_hosts(), ids=lambda x: x if isinstance(x, str) else "")
def test_demo_passes_on_simulated_host(label, env, tmp_path):
    """`make demo`'s script (compile, save, load, run, compare with onnxruntime) under a
    simulated host, in a fresh process (the host is detected once per process)."""
    full = dict(os.environ, JITC_DB=str(tmp_path / "k.db"), JITC_DEMO_RUNS="20", **env)
    r = subprocess.run([sys.executable, os.path.join(ROOT, "examples", "demo.py")], capture_output=True, text=True,
                       env=full, cwd=str(tmp_path), timeout=600)
    assert r.returncode == 0, f"{label}:\n{r.stdout[-2000:]}\n{r.stderr[-3000:]}"
    assert "demo: ok" in r.stdout and "matches onnxruntime" in r.stdout
