"""Tuning: a small model ends faster than its default build, records land in the database,
and nothing already measured is measured again."""

import os
import re
import subprocess
import sys

import numpy as np

from jitc import compiler
from jitc.db.store import Database
from jitc.reference import compare, onnxruntime_outputs
from jitc.tuning.tuner import tune


def _activation_chain():
    """y = erf(tanh(x) * sigmoid(x)) + x over 64x256: one fused kernel whose default (one core:
    16K elements is below the default's parallel threshold) leaves clear room to tune."""
    from conftest import make_onnx
    from onnx import TensorProto, helper

    nodes = [helper.make_node("Tanh", ["x"], ["a"]), helper.make_node("Sigmoid", ["x"], ["b"]),
             helper.make_node("Mul", ["a", "b"], ["c"]), helper.make_node("Erf", ["c"], ["d"]),
             helper.make_node("Add", ["d", "x"], ["y"])]
    return make_onnx(nodes, [("x", TensorProto.FLOAT, [64, 256])], [("y", TensorProto.FLOAT, [64, 256])])


def test_tune_ends_faster_than_default(tmp_path, example_path):
    model = _activation_chain()
    low = compiler.lower(model)
    db = Database(tmp_path / "k.db")
    # 25 s: the first batch of 8 builds for 9-12 s on this 2-core machine, so at 15 s the
    # second batch sometimes never started (9 measured in 2 of 4 runs, before and after the
    # serving-gate changes alike)
    res = tune(low, db, budget_s=25)
    assert res.measured >= 10
    assert res.estimate_tuned_us < res.estimate_default_us
    assert all(st.best is not None and st.best.ok for st in res.states)
    tuned = compiler.module_from(low, compiler.choose_configs(low, res.configs))
    base = compiler.module_from(low, compiler.choose_configs(low))
    xs = tuned.random_inputs(0)
    ref = onnxruntime_outputs(model, {"x": xs[0]})[0]
    assert compare(tuned(*xs), ref, "float32") is None
    assert compare(base(*xs), ref, "float32") is None
    # the gain itself is the tuner's measurement above (isolated worker, medians of repeats);
    # end-to-end wall-clock comparisons of a 0.1 ms model belong in bench/, not in a unit test
    # on a shared machine (this one failed once in five runs here)
    assert any(res.configs[n] != compiler.choose_configs(low)[n] for n in low.kernels)
    # the database now answers for this device: compile picks the tuned configs
    again = compiler.compile(model, db=db)
    assert sum(k["source"] == "db" for k in again.kernels) == len(again.kernels)


def test_nothing_is_measured_twice(tmp_path, example_path):
    low = compiler.lower(example_path("mlp"))
    db = Database(tmp_path / "k.db")
    first = tune(low, db, budget_s=120)  # the whole lite space of the MLP
    assert all(not st.unmeasured for st in first.states)
    second = tune(compiler.lower(example_path("mlp")), db, budget_s=30)
    assert second.measured == 0 and second.reused == first.measured
    assert second.configs == first.configs


def test_tune_cli_and_db_commands(tmp_path, example_path):
    env = dict(os.environ, JITC_DB=str(tmp_path / "cli.db"))

    def run(*args):
        return subprocess.run([sys.executable, "-m", "jitc", *map(str, args)], capture_output=True, text=True,
                              env=env, timeout=600)

    out = tmp_path / "mlp.tuned.jitc"
    # 15 s: the worker's start and the three baselines took over 8 s once here (test-latest:
    # only the baselines were recorded, "assert 3 > 3")
    r = run("tune", example_path("mlp"), "--budget", "15s", "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.exists() and "candidates measured" in r.stdout
    # the comparison runs when it fits in what is left of the budget (wall time: on a loaded
    # machine it may not), and says so either way
    assert re.search(r"end to end: (default [\d.]+ ms, tuned [\d.]+ ms \([\d.]+x\)|comparison skipped)",
                     r.stdout), r.stdout
    assert "baseline:" in r.stderr and "GFLOP/s" in r.stderr
    r = run("compile", example_path("mlp"), "-o", tmp_path / "m.jitc")
    assert r.returncode == 0 and "3 tuned" in r.stdout, r.stdout + r.stderr
    r = run("db", "list")
    assert r.returncode == 0 and "matmul" in r.stdout and "reduction" in r.stdout
    r = run("db", "export", tmp_path / "recs.jsonl")
    assert r.returncode == 0
    lines = (tmp_path / "recs.jsonl").read_text().splitlines()
    assert len(lines) > 3
    env["JITC_DB"] = str(tmp_path / "other.db")
    r = run("db", "import", tmp_path / "recs.jsonl")
    assert r.returncode == 0 and f"imported {len(lines)} records" in r.stdout
    r = run("db", "best")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 3
    import jitc

    np.testing.assert_allclose(jitc.load(out)(np.zeros((8, 64), "float32")).sum(), 8.0, rtol=1e-5)  # softmax rows


def test_kernels_slower_in_the_model_keep_their_default(tmp_path, example_path):
    """A tuned config is checked in the model against the default: one that is slower there
    (here: the unscheduled loop nest posing as a tuning result) is reverted, and both in-model
    times are recorded so the database's best agrees."""
    from jitc.device import device_for
    from jitc.tuning.model_check import check_in_model

    low = compiler.lower(example_path("encoder"))
    defaults = compiler.choose_configs(low)
    big = max((n for n, k in low.kernels.items() if k.kind == "matmul"), key=lambda n: low.kernels[n].flops)
    slow = dict(defaults, **{big: {"rule": "fallback", "level": 0}})
    db = Database(str(tmp_path / "m.db"))
    dev = device_for(low.target)
    configs, rep = check_in_model(low, slow, db, dev)
    assert rep["reverted"] == [big] and configs[big] == defaults[big]
    d_ms, t_ms = rep["kernel_ms"][big]
    assert t_ms > d_ms
    assert db.best(dev, low.kernels[big].key).config == defaults[big]
    x = rep["tuned"].random_inputs(0)
    want = onnxruntime_outputs(example_path("encoder"), {"input": x[0]})[0]
    assert compare(rep["tuned"](*x), want, "float32") is None
    same, rep2 = check_in_model(low, defaults)  # nothing tuned: nothing to check
    assert same == defaults and rep2["reverted"] == []


def test_library_tune_is_the_cli(tmp_path, example_path):
    """jitc.tune(...) is what `jitc tune` runs: the same report, in Python and as the CLI's
    --report JSON (the CLI only parses arguments and prints)."""
    import json

    import jitc

    args = dict(budget="6s", compare=False, model_check=False)
    lib = jitc.tune(example_path("mlp"), db=str(tmp_path / "lib.db"), output=str(tmp_path / "lib.jitc"), **args)
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", example_path("mlp"), "--budget", "6s", "--no-compare",
                        "--no-model-check", "--db", tmp_path / "cli.db", "-o", tmp_path / "cli.jitc",
                        "--report", tmp_path / "cli.json"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    cli = json.loads((tmp_path / "cli.json").read_text())
    assert set(cli) == set(lib.to_json())
    same = ("target", "budget_s", "reverted", "end_to_end")
    assert {k: cli[k] for k in same} == {k: lib.to_json()[k] for k in same}
    shape = lambda rep: sorted((k["name"], k["kind"], k["space"]) for k in rep["kernels"])  # noqa: E731
    assert shape(cli) == shape(lib.to_json()) and len(lib.kernels) == 3
    assert lib.measured > 0 and cli["measured"] > 0
    assert lib.output.endswith("lib.jitc") and cli["output"].endswith("cli.jitc")
    assert r.stdout.splitlines()[0] == lib.format()[0]  # the table's header: the CLI prints report.format()
    x = np.zeros((8, 64), "float32")
    np.testing.assert_allclose(jitc.load(lib.output)(x), lib.module(x), rtol=1e-6)
