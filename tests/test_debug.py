"""`jitc debug`: the first node whose output jitc computes differently from onnxruntime."""

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from jitc import schedules
from jitc.cli import main
from jitc.localize import localize, relative_error


def _chain(path):
    w = numpy_helper.from_array(np.random.default_rng(0).standard_normal((16, 16)).astype("float32"), "w")
    nodes = [helper.make_node("MatMul", ["x", "w"], ["a"], name="mm"),
             helper.make_node("Relu", ["a"], ["r"], name="relu"),
             helper.make_node("Tanh", ["r"], ["t"], name="squash"),
             helper.make_node("ReduceSum", ["t"], ["s"], name="total", keepdims=1),
             helper.make_node("Add", ["s", "x"], ["y"], name="residual")]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 16])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 16])], [w])
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)]), path)
    return path


@pytest.fixture
def wrong_tanh(monkeypatch):
    """Every kernel that computes a tanh computes nothing (its output stays zero)."""
    import fault_rules  # noqa: F401 - registers test.fault

    real = schedules.default_config

    def default(kernel, target):
        if "tanh" in kernel.name:
            return {"rule": "test.fault", "module": "fault_rules", "fault": "wrong"}
        return real(kernel, target)

    monkeypatch.setattr(schedules, "default_config", default)


def test_agreeing_model_has_no_divergence(tmp_path):
    assert localize(_chain(str(tmp_path / "m.onnx"))) is None


def test_finds_the_node_that_diverges(tmp_path, wrong_tanh):
    d = localize(_chain(str(tmp_path / "m.onnx")))
    assert d is not None and d.node == "squash" and d.op_type == "Tanh"
    assert d.error > 0.1 and d.inputs[0][0] == "r" and "Relu 'relu'" in d.inputs[0][3]
    assert "first divergence at node 'squash' (Tanh)" in d.describe()


def test_cli(tmp_path, wrong_tanh, capsys):
    assert main(["debug", _chain(str(tmp_path / "m.onnx"))]) == 1
    assert "first divergence at node 'squash' (Tanh)" in capsys.readouterr().out


def test_relative_error_counts_nan_as_divergence():
    assert relative_error(np.array([1.0, np.nan]), np.array([1.0, 2.0]))[0] == float("inf")
    assert relative_error(np.array([1.0, 2.001]), np.array([1.0, 2.0]))[0] == pytest.approx(0.0005)
