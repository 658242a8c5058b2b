"""requirements.lock and pyproject.toml agree (tools/lock.py): every requirement of every extra
is pinned to a version it allows, and the lock was made for these dependency lists."""

import importlib.util
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _lock_tool():
    spec = importlib.util.spec_from_file_location("jitc_lock_tool", os.path.join(ROOT, "tools", "lock.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_lock_matches_pyproject():
    lock = _lock_tool()
    assert lock.disagreements() == []
    _, pins = lock.read_lock()
    for name in ("apache-tvm", "apache-tvm-ffi", "torch", "ml-dtypes", "numpy", "onnx", "onnxruntime", "pip",
                 "setuptools"):
        assert name in pins, f"{name} floats: not in requirements.lock"
    assert not any(n.startswith(("nvidia-", "triton")) for n in pins), "a CUDA build of torch in the lock"
    assert not any("+" in v for v in pins.values()), "a local version label (+cpu) pinned"


def test_lock_check_fails_when_pyproject_changes(tmp_path):
    lock = _lock_tool()
    src = open(os.path.join(ROOT, "pyproject.toml")).read()
    edited = tmp_path / "pyproject.toml"
    edited.write_text(src.replace('"onnx>=1.17"', '"onnx>=99"'))
    spec = lock.dependency_spec(str(edited))
    problems = lock.disagreements(spec)
    assert any("digest" in p for p in problems)
    assert any(p.startswith("onnx:") and "99" in p for p in problems), problems
    added = tmp_path / "added.toml"
    added.write_text(src.replace('"psutil>=5.9",', '"psutil>=5.9",\n    "a-package-nobody-locked>=1",'))
    assert any("a-package-nobody-locked" in p for p in lock.disagreements(lock.dependency_spec(str(added))))
    stale = tmp_path / "stale.lock"
    shutil.copy(os.path.join(ROOT, "requirements.lock"), stale)
    text = stale.read_text().replace("\nonnx==", "\nonnx-renamed==")
    stale.write_text(text)
    assert any("onnx " in p and "not in requirements.lock" in p for p in lock.disagreements(lock.dependency_spec(),
                                                                                           lock=str(stale)))
