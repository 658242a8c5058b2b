"""The compiler's passes (jitc/passes/): one Relax rewrite a module, in an ordered list that
says when each runs, and a trace of what each changed (`jitc info --passes`)."""

import importlib
import os
import pkgutil
import subprocess
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

from jitc import compiler, passes
from jitc.kernels import pass_summarizer
from jitc.target import parse

RNG = np.random.default_rng(0)
HELPERS = {"rewrite"}  # modules of jitc/passes/ that are tools for passes, not passes


def _pad_then_convs(tmp_path):
    """Pad -> 3x3 conv -> ReLU -> 1x1 conv: fold_pads_into_convs and pointwise_conv_as_matmul
    have something to do."""
    c = 8
    inits = [numpy_helper.from_array(RNG.standard_normal((c, c, 3, 3)).astype("float32") * 0.2, "w3"),
             numpy_helper.from_array(RNG.standard_normal((16, c, 1, 1)).astype("float32") * 0.2, "w1"),
             numpy_helper.from_array(np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64), "pads")]
    nodes = [helper.make_node("Pad", ["x", "pads"], ["p"], mode="constant"),
             helper.make_node("Conv", ["p", "w3"], ["c3"], kernel_shape=[3, 3], strides=[2, 2]),
             helper.make_node("Relu", ["c3"], ["r"]),
             helper.make_node("Conv", ["r", "w1"], ["y"], kernel_shape=[1, 1])]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, 16, 16])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 16, 8, 8])], inits)
    path = tmp_path / "pad_convs.onnx"
    path.write_bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    return str(path)


def test_every_pass_module_is_in_the_pipeline_once_with_a_docstring():
    names = [p.name for p in passes.PIPELINE]
    assert len(names) == len(set(names))
    for info in pkgutil.iter_modules(passes.__path__):
        if info.name in HELPERS:
            continue
        mod = importlib.import_module(f"jitc.passes.{info.name}")
        assert (mod.__doc__ or "").strip(), f"jitc/passes/{info.name}.py has no docstring"
        assert info.name in names, f"jitc/passes/{info.name}.py is not in passes.PIPELINE"
        assert callable(getattr(mod, info.name, None)), f"jitc/passes/{info.name}.py: no function {info.name}"
    for p in passes.PIPELINE:
        assert p.doc and p.when_text, p.name


def test_the_trace_says_what_each_pass_changed(tmp_path):
    path = _pad_then_convs(tmp_path)
    trace = passes.Trace(pass_summarizer())
    low = compiler.lower(path, trace=trace)
    steps = {p.name: (ran, before, after) for p, ran, before, after in trace.steps}
    assert [p.name for p, *_ in trace.steps] == [p.name for p in passes.PIPELINE]
    ran, before, after = steps["fold_pads_into_convs"]
    assert ran and before["ops"]["relax.nn.pad"] == 1 and "relax.nn.pad" not in after["ops"]
    assert after["kernels"] < before["kernels"]  # the Pad's kernel is gone
    ran, before, after = steps["pointwise_conv_as_matmul"]
    assert ran and after["ops"].get("relax.matmul", 0) == before["ops"].get("relax.matmul", 0) + 1
    assert not steps["index_checks_for_gpu"][0]  # a CPU's kernels can raise
    # the trace's last state is what was lowered
    assert trace.steps[-1][3]["kernels"] == len(low.kernels)
    lines = "\n".join(trace.report())
    assert "fold_pads_into_convs" in lines and "nn.pad 1 -> 0" in lines and "skipped" in lines


def test_cpu_passes_skip_on_gpu_targets(tmp_path):
    trace = passes.Trace(lambda mod: None)
    compiler.lower(_pad_then_convs(tmp_path), target=parse("webgpu"), trace=trace)
    ran = {p.name: r for p, r, *_ in trace.steps}
    assert ran["saturating_casts"] and ran["fold_pads_into_convs"]
    assert not ran["pointwise_conv_as_matmul"] and not ran["winograd_convs"] and not ran["channels_last"]


def test_info_passes_cli(tmp_path):
    path = _pad_then_convs(tmp_path)
    env = dict(os.environ, TVM_NUM_THREADS="2")
    r = subprocess.run([sys.executable, "-m", "jitc", "info", "--passes", path], capture_output=True, text=True,
                       env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "passes (jitc/passes/" in out
    assert any(line.lstrip().startswith("+  fold_pads_into_convs") and "kernels" in line for line in out.splitlines())
    assert "skipped: runs for targets whose kernels cannot raise" in out
