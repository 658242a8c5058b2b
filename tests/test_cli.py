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


def _walk_cases(tmp_path, example_path):
    """(argv, a fragment of the one-line error) for every subcommand with bad arguments."""
    mlp = example_path("mlp")
    missing = str(tmp_path / "missing.onnx")
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 8)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    unreadable_dir = str(tmp_path)  # a directory where a file is expected
    return [
        ([], "required"),
        (["no-such-command"], "invalid choice"),
        (["info"], "required: model"),
        (["info", missing], "no such file"),
        (["info", mlp, "--shape", "input=8xQ"], "dimensions must be integers"),
        (["info", mlp, "--target", "quantum"], "unknown target"),
        (["info", mlp, "--target", "llvm -mcpu=not-a-cpu"], "LLVM does not know the CPU"),
        (["compile", mlp, "--arch", "sm_90", "--target", "webgpu"], "CUDA architecture"),
        (["compile", mlp, "-o", str(blocker / "m.jitc")], "m.jitc"),
        (["compile", mlp, "--db", str(garbage)], "not a jitc kernel database"),
        (["run"], "required: model"),
        (["run", mlp, "--input", "nonsense"], "NAME=FILE.npy"),
        (["run", mlp, "--input", f"input={missing}"], "no such file"),
        (["run", mlp, "--input", f"input={garbage}"], "not a .npy array"),
        (["run", mlp, "--repeat", "many"], "invalid int value"),
        (["run", mlp, "--save", str(tmp_path / "x.jitc")], "--save writes the module tuned by --jit"),
        (["run", mlp, "--jit", "soon"], "cannot read the duration"),
        (["run", mlp, "-o", str(blocker / "y.npz")], "y.npz"),
        (["tune"], "required: model"),
        (["tune", mlp, "--budget", "0s"], "more than 0 s"),
        (["tune", mlp, "--budget", "fortnight"], "cannot read the duration"),
        (["tune", missing], "no such file"),
        (["db"], "required: action"),
        (["db", "frobnicate"], "invalid choice"),
        (["db", "list", "--db", str(garbage)], "not a jitc kernel database"),
        (["db", "import", "--db", str(tmp_path / "k.db")], "needs a file"),
        (["db", "import", missing, "--db", str(tmp_path / "k.db")], "cannot read it"),
        (["db", "import", unreadable_dir, "--db", str(tmp_path / "k.db")], "cannot read it"),
        (["db", "import", str(garbage), "--db", str(tmp_path / "k.db")], "not a text file of JSON lines"),
        (["db", "export", str(blocker / "out.jsonl"), "--db", str(tmp_path / "k.db")], "cannot write it"),
        (["db", "best", "--db", str(tmp_path / "k.db"), "--target", "quantum"], "unknown target"),
        (["export-web"], "required"),
        (["export-web", mlp], "required: -o/--output"),
        (["export-web", mlp, "-o", str(blocker / "site")], "cannot write the bundle there"),
        (["export-web", missing, "-o", str(tmp_path / "site")], "no such file"),
        (["cost-model"], "required: action"),
        (["cost-model", "collect"], "needs --db"),
        (["cost-model", "train"], "needs --from-db"),
        (["cost-model", "info", "--model", str(garbage)], "not a jitc cost model"),
        (["cost-model", "info", "--model", missing], "cost model"),
        (["cost-model", "collect", "--db", str(tmp_path / "c.db"), "--ops", "nonsense"], "unknown workload op"),
    ]


def test_every_subcommand_with_bad_arguments_exits_2_with_one_line(tmp_path, example_path, capsys):
    """Every failure path of the CLI: status 2, one line starting `jitc: error:`, no traceback.
    (In-process: the same main() the `jitc` script calls; a subprocess check follows.)"""
    from jitc.cli import main

    failures = []
    for argv, want in _walk_cases(tmp_path, example_path):
        try:
            code = main(argv)
        except SystemExit as e:
            code = e.code
        err = capsys.readouterr().err.strip()
        lines = [ln for ln in err.splitlines() if not ln.startswith("random inputs (seed")]  # a note, not the error
        ok = code == 2 and len(lines) == 1 and lines[0].startswith("jitc: error: ") and want in lines[0]
        if not ok:
            failures.append(f"jitc {' '.join(argv)} -> {code}: {err[-600:]}")
    assert not failures, "\n".join(failures)


def test_cli_errors_in_a_subprocess_are_one_line(tmp_path):
    r = jitc_cli("db", "import", tmp_path / "missing.jsonl", "--db", tmp_path / "k.db")
    assert r.returncode == 2 and r.stderr.strip().startswith("jitc: error:") and len(r.stderr.strip().splitlines()) == 1
    r = jitc_cli("frobnicate")
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.startswith("jitc: error:")


def test_measuring_worker_that_cannot_start_is_an_error(tmp_path, example_path, monkeypatch):
    """A worker pinned to CPUs that do not exist dies starting: a MeasureError with its reason."""
    from jitc import compiler
    from jitc.errors import MeasureError
    from jitc.tuning.measure import Measurer

    low = compiler.lower(example_path("mlp"))
    k = next(iter(low.kernels.values()))
    m = Measurer(low.target, cpus=[100000])
    with pytest.raises(MeasureError, match="measuring worker"):
        m.measure(k, [__import__("jitc").schedules.default_config(k, low.target)])
    m.close()
    monkeypatch.setenv("JITC_MEASURE_LOG", str(tmp_path / "no" / "such" / "dir" / "log"))
    r = jitc_cli("tune", example_path("mlp"), "--budget", "5s", "--db", tmp_path / "k.db", "-o", tmp_path / "t.jitc")
    assert r.returncode == 2 and "measuring worker cannot start" in r.stderr, r.stderr


def test_a_subcommand_whose_module_cannot_load_says_so(monkeypatch, capsys):
    from jitc import cli

    monkeypatch.setitem(cli.COMMANDS, "tune", "jitc.no_such_module_here")
    with pytest.raises(SystemExit) as e:
        raise SystemExit(cli.main(["tune", "model.onnx", "--budget", "5s"]))
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("jitc: error: `jitc tune` cannot be loaded here") and len(err.splitlines()) == 1
