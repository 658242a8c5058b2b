"""Frontends: what imports, and the errors for what does not."""

import os
import sys

import numpy as np
import onnx
import pytest
from conftest import make_onnx
from outputs import assert_outputs
from onnx import TensorProto, helper

import jitc
from jitc.errors import ModelError, ShapeError, UnsupportedOperatorError
from jitc.frontends import onnx as onnx_frontend


def test_onnx_import_specs(example_path):
    m = onnx_frontend.load(example_path("encoder"))
    assert [s.name for s in m.inputs] == ["input"]
    assert m.inputs[0].shape == (1, 16, 64) and m.inputs[0].dtype == "float32"
    assert m.outputs[0].shape == (1, 16, 64)


def test_missing_file(tmp_path):
    with pytest.raises(ModelError, match="no such file"):
        onnx_frontend.load(tmp_path / "nope.onnx")


def test_not_onnx(tmp_path):
    p = tmp_path / "notes.onnx"
    p.write_text("this is a text file, not a model\n" * 20)
    with pytest.raises(ModelError, match="not an ONNX model"):
        onnx_frontend.load(p)


def test_truncated(tmp_path, example_path):
    data = open(example_path("cnn"), "rb").read()
    p = tmp_path / "cut.onnx"
    p.write_bytes(data[: len(data) // 3])
    with pytest.raises(ModelError) as e:
        onnx_frontend.load(p)
    assert str(p) in str(e.value)


def test_every_unsupported_operator_in_one_error():
    nodes = [
        helper.make_node("Relu", ["x"], ["a"], name="relu0"),
        helper.make_node("FancyOp", ["a"], ["b"], name="fancy1"),
        helper.make_node("FancyOp", ["b"], ["c"], name="fancy2"),
        helper.make_node("WeirdOp", ["c"], ["y"], name="weird"),
    ]
    model = make_onnx(nodes, [("x", TensorProto.FLOAT, [2])], [("y", TensorProto.FLOAT, [2])])
    with pytest.raises(UnsupportedOperatorError) as e:
        onnx_frontend.load(model)
    msg = str(e.value)
    assert "FancyOp x2" in msg and "'fancy1'" in msg and "'fancy2'" in msg
    assert "WeirdOp x1" in msg and "'weird'" in msg and "3 node(s)" in msg
    # operators of other domains are named with their domain
    for n in nodes[1:]:
        n.domain = "com.example"
    model = make_onnx(nodes, [("x", TensorProto.FLOAT, [2])], [("y", TensorProto.FLOAT, [2])])
    model.opset_import.append(helper.make_opsetid("com.example", 1))
    with pytest.raises(UnsupportedOperatorError) as e:
        onnx_frontend.load(model)
    assert "com.example::FancyOp x2" in str(e.value)


def test_out_of_scope_operator_says_so():
    nodes = [helper.make_node("StringNormalizer", ["x"], ["y"], name="norm")]
    model = make_onnx(nodes, [("x", TensorProto.STRING, [2])], [("y", TensorProto.STRING, [2])])
    with pytest.raises(UnsupportedOperatorError, match="out of scope"):
        onnx_frontend.load(model)


def _dynamic_model():
    nodes = [helper.make_node("Relu", ["x"], ["y"])]
    return make_onnx(nodes, [("x", TensorProto.FLOAT, ["batch", 8])], [("y", TensorProto.FLOAT, ["batch", 8])])


def test_dynamic_dimension_named():
    with pytest.raises(ShapeError) as e:
        onnx_frontend.load(_dynamic_model())
    msg = str(e.value)
    assert "'x'" in msg and "dimension 0" in msg and "'batch'" in msg and "--shape x=Nx8" in msg


def test_dynamic_dimension_fixed_by_user(rng):
    m = jitc.compile(_dynamic_model(), shapes={"x": (3, 8)})
    x = rng.standard_normal((3, 8)).astype("float32")
    np.testing.assert_allclose(m(x), np.maximum(x, 0))


def test_bad_user_shapes():
    with pytest.raises(ShapeError, match="unknown input"):
        onnx_frontend.load(_dynamic_model(), shapes={"y": (1, 8)})
    with pytest.raises(ShapeError, match="rank"):
        onnx_frontend.load(_dynamic_model(), shapes={"x": (8,)})
    with pytest.raises(ShapeError, match="fixed to 8"):
        onnx_frontend.load(_dynamic_model(), shapes={"x": (2, 9)})


def test_shape_inference_error_names_the_model():
    nodes = [helper.make_node("Add", ["a", "b"], ["y"])]
    model = make_onnx(nodes, [("a", TensorProto.FLOAT, [2, 3]), ("b", TensorProto.FLOAT, [4, 5])],
                      [("y", TensorProto.FLOAT, [2, 3])])
    with pytest.raises(ModelError, match="shape inference|checker"):
        onnx_frontend.load(model)


def test_torch_frontend_imports():
    torch = pytest.importorskip("torch")
    from models import mlp

    from jitc.frontends import torch as torch_frontend

    module, args = mlp()
    imported = torch_frontend.load(module, args)
    assert imported.inputs[0].shape == (8, 64)
    assert imported.outputs[0].shape == (8, 10)
    del torch


def test_torch_unsupported_ops_listed(monkeypatch):
    pytest.importorskip("torch")
    from models import mlp

    from jitc.frontends import torch as torch_frontend

    module, args = mlp()
    ep, _ = torch_frontend.export(module, args, "mlp")
    real = torch_frontend.unsupported_ops(ep)
    assert real == {}
    # pretend TVM's importer lost its converters for two ops: both are named in one error
    from tvm.relax.frontend.torch import exported_program_translator as ept

    orig = ept.ExportedProgramImporter.create_convert_map

    def fewer(self):
        cm = orig(self)
        for k in [k for k in cm if "relu" in str(k) or "softmax" in str(k)]:
            cm.pop(k)
        return cm

    monkeypatch.setattr(ept.ExportedProgramImporter, "create_convert_map", fewer)
    with pytest.raises(UnsupportedOperatorError) as e:
        torch_frontend.load(module, args)
    assert "relu" in str(e.value) and "softmax" in str(e.value)


def _half_net(torch, dtype):
    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(32, 32)

        def forward(self, x, y):
            h = self.fc(x)  # 3-D input: linear
            a = torch.addmm(self.fc.bias, x[0], self.fc.weight.t())  # 2-D: addmm
            return torch.bmm(h, y) + (a @ y[0]).unsqueeze(0)

    torch.manual_seed(0)
    net = Net().eval().to(getattr(torch, dtype))
    x = (torch.randn(2, 8, 32) * 0.5).to(getattr(torch, dtype))
    y = (torch.randn(2, 32, 8) * 0.5).to(getattr(torch, dtype))
    return net, x, y


def test_torch_half_precision_model_keeps_its_dtype():
    """TVM's importer makes every matrix product float32 whatever its inputs, so a float16
    model failed at its first bias add; jitc's keeps the dtype (linear, addmm, bmm, matmul)."""
    torch = pytest.importorskip("torch")
    import numpy as np

    net, x, y = _half_net(torch, "float16")
    m = jitc.compile(net, example_inputs=(x, y), db=None)
    assert m.outputs[0].dtype == "float16"
    with torch.no_grad():
        want = net(x, y).float().numpy()
    got = np.asarray(m(x.numpy(), y.numpy())).astype("float32")
    np.testing.assert_allclose(got, want, rtol=0.05, atol=0.03)


def test_torch_bfloat16_model_runs_and_builds_for_cuda():
    """bfloat16 too: on the CPU (where one of its kernels hits a TVM code-generation error and
    is rebuilt with another schedule) against torch, and built for CUDA."""
    import shutil

    import numpy as np

    torch = pytest.importorskip("torch")
    from jitc import compiler
    from jitc.build import build
    from jitc.backends import cuda
    from jitc.target import parse

    net, x, y = _half_net(torch, "bfloat16")
    m = jitc.compile(net, example_inputs=(x, y), db=None)
    feeds = [t.view(torch.int16).numpy().view("bfloat16") for t in (x, y)]
    with torch.no_grad():
        want = net(x, y).float().numpy()
    np.testing.assert_allclose(np.asarray(m(*feeds)).astype("float32"), want, rtol=0.05, atol=0.1)
    low = compiler.lower(net, parse("cuda -arch=sm_80"), example_inputs=(x, y))
    assert low.imported.outputs[0].dtype == "bfloat16"
    if shutil.which("nvcc"):
        lib, _, _, _ = build(low, compiler.choose_configs(low))
        assert cuda.compile_check(lib, "sm_80") > 0


def test_a_kernel_that_does_not_build_is_rebuilt_with_another_schedule(example_path):
    """TVM's code generation rejects a config (here a test rule binding a GPU thread axis on
    the CPU): the model still compiles, that kernel with its rule's default, with a warning
    naming it; the outputs are right."""
    import numpy as np

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import fault_rules  # noqa: F401 - registers test.fault

    from jitc import compiler
    from jitc.reference import compare, onnxruntime_outputs

    low = compiler.lower(example_path("mlp"))
    name = next(iter(low.kernels))
    configs = compiler.choose_configs(low)
    configs[name] = {"rule": "test.fault", "module": "fault_rules", "fault": "codegen"}
    with pytest.warns(RuntimeWarning, match=f"{name}: .* does not build"):
        m = compiler.module_from(low, configs)
    assert m.kernels[0]["config"]["rule"] != "test.fault"
    x = np.random.default_rng(0).standard_normal(m.inputs[0].shape).astype("float32")
    want = onnxruntime_outputs(example_path("mlp"), {m.inputs[0].name: x})[0]
    assert compare(m(x), want, "float32", rtol=1e-4, atol=1e-5) is None


def test_compile_rejects_other_objects():
    with pytest.raises(ModelError, match="cannot compile"):
        jitc.compile(42)


def test_onnx_proto_and_bytes_accepted(example_path, rng):
    proto = onnx.load(example_path("mlp"))
    m1 = jitc.compile(proto)
    m2 = jitc.compile(proto.SerializeToString())
    x = rng.standard_normal((8, 64)).astype("float32")
    np.testing.assert_array_equal(m1(x), m2(x))


def test_torch_graph_reading_a_constant_scalar_with_item():
    """A captured graph that takes a hyper-parameter as a 0-d tensor and reads it with
    `.item()` (GraphNet's graphs pass a dropout's p and a norm's eps so): as an input,
    torch.export stops at the data-dependent guard `p < 0`; compiled in as a constant
    (jitc.torch_backend._bind_constants), its value is inlined and the graph compiles."""
    torch = pytest.importorskip("torch")
    from jitc.torch_backend import _bind_constants

    def f(x, p, eps):
        y = torch.nn.functional.dropout(x, p.item(), False)
        return torch.nn.functional.layer_norm(y, (8,), eps=eps.item())

    gm = torch.fx.symbolic_trace(f)
    x = torch.randn(4, 8)
    consts = {1: torch.tensor(0.1), 2: torch.tensor(1e-5)}
    with pytest.raises(ModelError, match="torch.export failed"):
        jitc.compile(_bind_constants(gm, {}), example_inputs=(x, *consts.values()), db=None)
    m = jitc.compile(_bind_constants(gm, consts), example_inputs=(x,), db=None)
    np.testing.assert_allclose(m.run(x.numpy())[0], f(x, *consts.values()).numpy(), rtol=1e-5, atol=1e-5)


def test_torch_division_with_rounding_mode_promotes_like_torch():
    """torch.div(x, 2, rounding_mode="floor") on a float tensor (Table Transformer's position
    embedding): TVM's importer made the 2 an int32 constant and the graph failed to
    type-check. Float and integer tensors, floor and trunc, tensor and scalar divisors."""
    torch = pytest.importorskip("torch")

    class M(torch.nn.Module):
        def forward(self, x, i):
            return (torch.div(x, 2, rounding_mode="floor"), torch.div(x, -3, rounding_mode="trunc"),
                    torch.div(i, 3, rounding_mode="floor"), torch.div(i, -2, rounding_mode="trunc"),
                    torch.div(i, x.abs() + 1, rounding_mode="floor"))

    x = torch.randn(4, 8) * 10
    i = torch.randint(-50, 50, (4, 8), dtype=torch.int32)
    m = jitc.compile(M(), example_inputs=(x, i), db=None)
    assert_outputs(m.run(x.numpy(), i.numpy()), M()(x, i), rtol=1e-5, atol=1e-5)


def test_torch_index_with_index_tensors_of_different_shapes():
    """x[rows, cols] with rows [4, 1] and cols [3] gathers a [4, 3] block (torch broadcasts the
    index tensors together; ConvBERT's span gather): TVM's index_tensor aligned them from the
    first axis and refused. Indices out of range still stop with an error naming the node."""
    torch = pytest.importorskip("torch")

    class M(torch.nn.Module):
        def forward(self, x, rows, cols):
            return x[rows[:, None], cols] * 2

    x = torch.randn(6, 5)
    rows, cols = torch.tensor([5, 0, 3, 1]), torch.tensor([4, 0, 2])
    m = jitc.compile(M(), example_inputs=(x, rows, cols), db=None)
    np.testing.assert_allclose(m.run(x.numpy(), rows.numpy(), cols.numpy())[0], M()(x, rows, cols).numpy(), rtol=1e-6)
    with pytest.raises(Exception, match="index"):
        m.run(x.numpy(), np.array([6, 0, 0, 0]), cols.numpy())


def test_torch_unfold_and_indexing_with_sliced_axes():
    """F.unfold (ConvBERT's span convolution) decomposes to x[:, :, i, j] with index tensors
    [9, 16, 1, 1] and [1, 1]: broadcast together, the sliced axes kept in torch's order; and
    non-adjacent indices (x[i, :, j]) put the indexed axes first, as torch does."""
    torch = pytest.importorskip("torch")

    class M(torch.nn.Module):
        def forward(self, x, i, j):
            u = torch.nn.functional.unfold(x, kernel_size=[9, 1], padding=[4, 0])
            return u, x[i, :, j], x[:, :, i[:, None], j]

    x = torch.randn(3, 8, 16, 3)
    i, j = torch.tensor([2, 0, 1, 1]), torch.tensor([2, 1, 0])
    m = jitc.compile(M(), example_inputs=(x, i[:3], j), db=None)
    assert_outputs(m.run(x.numpy(), i[:3].numpy(), j.numpy()), M()(x, i[:3], j), rtol=1e-6, atol=0.0)
