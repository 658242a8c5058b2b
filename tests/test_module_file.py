"""The .jitc file: round trip, and a clear refusal for every kind of bad file."""

import json
import zipfile

import numpy as np
import pytest

import jitc
from jitc.errors import ModuleFileError


@pytest.fixture(scope="module")
def saved(tmp_path_factory, compiled):
    path = tmp_path_factory.mktemp("mod") / "cnn.jitc"
    compiled("cnn").save(path)
    return path


def test_round_trip(saved, compiled):
    m = compiled("cnn")
    m2 = jitc.load(saved)
    x = m.random_inputs()[0]
    np.testing.assert_array_equal(m(x), m2(x))
    assert [s.describe() for s in m2.inputs] == [s.describe() for s in m.inputs]
    assert len(m2.kernels) == len(m.kernels)


def test_one_file_with_manifest(saved):
    with zipfile.ZipFile(saved) as z:
        assert sorted(z.namelist()) == ["kernels.so", "manifest.json", "params.bin"]
        man = json.loads(z.read("manifest.json"))
    assert man["target"]["kind"] == "llvm" and man["tvm_version"] and man["jitc_version"]
    assert man["inputs"][0]["shape"] == [1, 3, 32, 32]
    assert len(man["library"]["sha256"]) == 64
    assert {"name", "kind", "config", "flops"} <= set(man["kernels"][0])


def _rewrite(src, dst, manifest=None, lib=None):
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    if manifest is not None:
        m = json.loads(files["manifest.json"])
        manifest(m)
        files["manifest.json"] = json.dumps(m).encode()
    if lib is not None:
        files["kernels.so"] = lib(files["kernels.so"])
    with zipfile.ZipFile(dst, "w") as z:
        for n, d in files.items():
            z.writestr(n, d)


def test_missing_and_garbage(tmp_path):
    with pytest.raises(ModuleFileError, match="no such file"):
        jitc.load(tmp_path / "x.jitc")
    p = tmp_path / "garbage.jitc"
    p.write_bytes(b"\x7fELF not really" * 100)
    with pytest.raises(ModuleFileError, match="not a .jitc module"):
        jitc.load(p)


def test_truncated(saved, tmp_path):
    data = saved.read_bytes()
    p = tmp_path / "cut.jitc"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModuleFileError):
        jitc.load(p)


def test_tampered_library(saved, tmp_path):
    p = tmp_path / "tampered.jitc"
    _rewrite(saved, p, lib=lambda b: b[:-16] + b"\0" * 16)
    with pytest.raises(ModuleFileError, match="checksum"):
        jitc.load(p)


def test_other_tvm_version(saved, tmp_path):
    p = tmp_path / "old.jitc"
    _rewrite(saved, p, manifest=lambda m: m.update(tvm_version="0.19.0"))
    with pytest.raises(ModuleFileError, match="built with TVM 0.19.0"):
        jitc.load(p)


def test_other_cpu_features(saved, tmp_path):
    p = tmp_path / "arm.jitc"
    _rewrite(saved, p, manifest=lambda m: m["target"].update(features=m["target"]["features"] + ["sve2"]))
    with pytest.raises(ModuleFileError, match="sve2"):
        jitc.load(p)


def test_other_machine(saved, tmp_path):
    p = tmp_path / "other.jitc"
    _rewrite(saved, p, manifest=lambda m: m.update(machine="riscv64"))
    with pytest.raises(ModuleFileError, match="riscv64"):
        jitc.load(p)


def test_browser_target_not_loadable(saved, tmp_path):
    p = tmp_path / "web.jitc"
    _rewrite(saved, p, manifest=lambda m: m["target"].update(kind="webgpu"))
    with pytest.raises(ModuleFileError, match="export-web"):
        jitc.load(p)


def test_format_version(saved, tmp_path):
    p = tmp_path / "future.jitc"
    _rewrite(saved, p, manifest=lambda m: m.update(format_version=99))
    with pytest.raises(ModuleFileError, match="format 99"):
        jitc.load(p)
