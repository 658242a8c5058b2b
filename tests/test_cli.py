"""The command line: the README's commands, and exit status 2 with a clear message on bad input."""

import os
import subprocess
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jitc_cli(*args, cwd=None):
    env = dict(os.environ)
    env.setdefault("TVM_NUM_THREADS", "2")
    return subprocess.run([sys.executable, "-m", "jitc", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600)


def test_info(example_path):
    r = jitc_cli("info", example_path("encoder"))
    assert r.returncode == 0, r.stderr
    assert "fused_matmul" in r.stdout and "reduction" in r.stdout and "GFLOP" in r.stdout
    assert "input   input: float32[1, 16, 64]" in r.stdout


def test_compile_run_check(example_path, tmp_path):
    out = tmp_path / "cnn.jitc"
    r = jitc_cli("compile", example_path("cnn"), "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.exists()
    x = np.random.default_rng(0).standard_normal((1, 3, 32, 32)).astype("float32")
    np.save(tmp_path / "x.npy", x)
    r = jitc_cli("run", out, "--input", f"input={tmp_path / 'x.npy'}", "-o", tmp_path / "y.npy", "--repeat", "5")
    assert r.returncode == 0, r.stderr
    assert "latency: median" in r.stdout
    import jitc

    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), jitc.load(out)(x), rtol=1e-6)
    r = jitc_cli("run", example_path("cnn"), "--check")
    assert r.returncode == 0 and "check against onnxruntime: ok" in r.stdout, r.stdout + r.stderr


@pytest.mark.parametrize("case", ["missing", "not_onnx", "truncated", "unsupported", "bad_input", "bad_module"])
def test_errors_exit_2(case, tmp_path, example_path):
    if case == "missing":
        r = jitc_cli("compile", tmp_path / "missing.onnx")
        want = "no such file"
    elif case == "not_onnx":
        p = tmp_path / "x.onnx"
        p.write_text("hello\n" * 50)
        r = jitc_cli("info", p)
        want = "not an ONNX model"
    elif case == "truncated":
        p = tmp_path / "t.onnx"
        p.write_bytes(open(example_path("encoder"), "rb").read()[:5000])
        r = jitc_cli("compile", p)
        want = str(p)
    elif case == "unsupported":
        from onnx import TensorProto, helper

        from conftest import make_onnx

        nodes = [helper.make_node("Relu", ["x"], ["a"]), helper.make_node("MadeUpOp", ["a"], ["y"], name="m1")]
        p = tmp_path / "u.onnx"
        p.write_bytes(make_onnx(nodes, [("x", TensorProto.FLOAT, [2])], [("y", TensorProto.FLOAT, [2])])
                      .SerializeToString())
        r = jitc_cli("compile", p)
        want = "MadeUpOp x1: 'm1'"
    elif case == "bad_input":
        np.save(tmp_path / "x.npy", np.zeros((2, 2), "float32"))
        r = jitc_cli("run", example_path("mlp"), "--input", f"input={tmp_path / 'x.npy'}")
        want = "input 'input': expected shape [8, 64], got [2, 2]"
    else:
        p = tmp_path / "bad.jitc"
        p.write_bytes(b"PK\x03\x04 broken zip" * 10)
        r = jitc_cli("run", p)
        want = "not a .jitc module"
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert want in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
