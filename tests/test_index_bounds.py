"""Index bounds: gather, scatter and embedding lookups with a run-time index outside the tensor
raise a jitc error naming the node and the bad index (never a crash), follow ONNX's negative
index rule, and leave the module serving; constant indices are checked at import; WebGPU and
CUDA kernels clamp."""

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import jitc
from jitc.errors import IndexBoundsError, ModelError
from jitc.reference import onnxruntime_outputs

RNG = np.random.default_rng(0)


def _model(nodes, inputs, outputs, inits=()):
    g = helper.make_graph(nodes, "g", inputs, outputs, list(inits))
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 18)])


def _vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


F, I64 = TensorProto.FLOAT, TensorProto.INT64

# (op, model, feeds in range with negatives, (input name, bad value))
CASES = {
    "Gather": (
        _model([helper.make_node("Gather", ["data", "idx"], ["y"], name="g0", axis=1)],
               [_vi("data", F, [3, 5, 2]), _vi("idx", I64, [2, 4])], [_vi("y", F, [3, 2, 4, 2])]),
        {"data": RNG.standard_normal((3, 5, 2)).astype("float32"), "idx": np.array([[0, 4, -1, -5], [2, 3, 1, -2]])},
        ("idx", 5)),
    "GatherElements": (
        _model([helper.make_node("GatherElements", ["data", "idx"], ["y"], name="ge0", axis=0)],
               [_vi("data", F, [4, 3]), _vi("idx", I64, [2, 3])], [_vi("y", F, [2, 3])]),
        {"data": RNG.standard_normal((4, 3)).astype("float32"), "idx": np.array([[0, -1, 3], [-4, 2, 1]])},
        ("idx", -5)),
    "GatherND": (
        _model([helper.make_node("GatherND", ["data", "idx"], ["y"], name="gnd0")],
               [_vi("data", F, [3, 4, 2]), _vi("idx", I64, [5, 2])], [_vi("y", F, [5, 2])]),
        {"data": RNG.standard_normal((3, 4, 2)).astype("float32"),
         "idx": np.array([[0, 3], [2, -1], [-3, 0], [1, 2], [2, 3]])},
        ("idx", 4)),  # the last row's second index: axis 1 has 4 entries
    "ScatterElements": (
        _model([helper.make_node("ScatterElements", ["data", "idx", "upd"], ["y"], name="se0", axis=1)],
               [_vi("data", F, [3, 4]), _vi("idx", I64, [3, 2]), _vi("upd", F, [3, 2])], [_vi("y", F, [3, 4])]),
        {"data": RNG.standard_normal((3, 4)).astype("float32"), "idx": np.array([[0, 3], [-1, 1], [2, -4]]),
         "upd": RNG.standard_normal((3, 2)).astype("float32")},
        ("idx", 4)),
    "ScatterND": (
        _model([helper.make_node("ScatterND", ["data", "idx", "upd"], ["y"], name="snd0")],
               [_vi("data", F, [4, 3]), _vi("idx", I64, [2, 1]), _vi("upd", F, [2, 3])], [_vi("y", F, [4, 3])]),
        {"data": RNG.standard_normal((4, 3)).astype("float32"), "idx": np.array([[1], [-1]]),
         "upd": RNG.standard_normal((2, 3)).astype("float32")},
        ("idx", 4)),
}


@pytest.mark.parametrize("op", sorted(CASES))
def test_index_ops_match_onnxruntime_and_reject_bad_indices(op, tmp_path):
    model, feeds, (name, bad_value) = CASES[op]
    path = str(tmp_path / f"{op}.onnx")
    onnx.save(model, path)
    m = jitc.compile(path, db=None)
    want = onnxruntime_outputs(path, feeds)
    got = m.run(feeds)
    np.testing.assert_allclose(got[0], want[0], rtol=1e-6, atol=1e-6)
    bad = dict(feeds)
    bad[name] = feeds[name].copy()
    bad[name].flat[-1] = bad_value
    with pytest.raises(IndexBoundsError) as e:
        m.run(bad)
    msg = str(e.value)
    node = model.graph.node[0].name
    assert f"node {node!r} ({op})" in msg and f"index {bad_value}" in msg and "out of range" in msg
    assert isinstance(e.value, IndexError)  # a user's `except IndexError` catches it too
    # the module goes on serving, with the same outputs
    np.testing.assert_allclose(m.run(feeds)[0], want[0], rtol=1e-6, atol=1e-6)


def test_bad_index_in_graph_is_caught_after_saving_and_loading(tmp_path):
    """An index computed in the graph (ids + 1): the check is in the kernel, and a loaded .jitc
    (no frontend, no PrimFuncs) still names the node and the value."""
    W = numpy_helper.from_array(RNG.standard_normal((10, 4)).astype("float32"), "W")
    one = numpy_helper.from_array(np.array(1, np.int64), "one")
    model = _model([helper.make_node("Add", ["ids", "one"], ["ids1"], name="shift"),
                    helper.make_node("Gather", ["W", "ids1"], ["y"], name="lookup")],
                   [_vi("ids", I64, [1, 5])], [_vi("y", F, [1, 5, 4])], [W, one])
    path = str(tmp_path / "m.onnx")
    onnx.save(model, path)
    jitc.compile(path, db=None).save(tmp_path / "m.jitc")
    m = jitc.load(tmp_path / "m.jitc")
    ok = np.array([[0, 1, 2, 3, 8]])
    want = onnxruntime_outputs(path, {"ids": ok})[0]
    with pytest.raises(IndexBoundsError, match=r"node 'lookup' \(Gather\): index 10 at position \[0, 4\]"):
        m(np.array([[0, 1, 2, 3, 9]]))
    np.testing.assert_allclose(m(ok), want, rtol=1e-6)


def test_constant_bad_index_is_an_import_error(tmp_path):
    idx = numpy_helper.from_array(np.array([0, 7], np.int64), "idx")
    model = _model([helper.make_node("Gather", ["x", "idx"], ["y"], name="pick", axis=0)],
                   [_vi("x", F, [3, 2])], [_vi("y", F, [2, 2])], [idx])
    path = str(tmp_path / "m.onnx")
    onnx.save(model, path)
    with pytest.raises(ModelError, match=r"node 'pick' \(Gather\): constant index 7 .* size 3"):
        jitc.compile(path, db=None)


def test_onehot_follows_onnx_for_negative_and_out_of_range(tmp_path):
    depth = numpy_helper.from_array(np.array(5, np.int64), "depth")
    values = numpy_helper.from_array(np.array([0.0, 1.0], np.float32), "values")
    model = _model([helper.make_node("OneHot", ["idx", "depth", "values"], ["y"], name="oh", axis=-1)],
                   [_vi("idx", I64, [6])], [_vi("y", F, [6, 5])], [depth, values])
    path = str(tmp_path / "m.onnx")
    onnx.save(model, path)
    m = jitc.compile(path, db=None)
    feeds = {"idx": np.array([0, 4, -1, -5, 5, -6])}  # the last two: out of range -> all off
    np.testing.assert_array_equal(m.run(feeds)[0], onnxruntime_outputs(path, feeds)[0])


def test_torch_embedding_out_of_vocabulary_raises_and_serves_on():
    torch = pytest.importorskip("torch")

    class Tok(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = torch.nn.Embedding(30, 8)
            self.out = torch.nn.Linear(8, 3)

        def forward(self, ids):
            return self.out(self.emb(ids)).sum(1) + self.emb.weight.index_select(0, ids[:, 0]).sum(-1, keepdim=True)

    model = Tok().eval()
    ids = torch.randint(0, 30, (2, 7))
    m = jitc.compile(model, example_inputs=(ids,), db=None)
    np.testing.assert_allclose(m(ids), model(ids).detach().numpy(), rtol=1e-5, atol=1e-5)
    bad = ids.clone()
    bad[1, 5] = 30
    with pytest.raises(IndexBoundsError, match=r"node 'embedding' \(embedding\): index 30 at position \[1, 5\]"):
        m(bad)
    np.testing.assert_allclose(m(ids), model(ids).detach().numpy(), rtol=1e-5, atol=1e-5)


def test_gpu_targets_clamp_instead_of_asserting(tmp_path):
    """WebGPU and CUDA kernels cannot raise: their index checks clamp into range (and the CUDA
    source holds no trap)."""
    from jitc import compiler

    model, feeds, _ = CASES["Gather"]
    path = str(tmp_path / "g.onnx")
    onnx.save(model, path)
    for target in ("webgpu", "cuda -arch=sm_80"):
        low = compiler.lower(path, target)
        checks = [k for k in low.kernels.values() if k.meta.get("index_check")]
        assert checks, target
        for k in checks:
            text = k.func.script()
            assert "assert" not in text and "T.max" in text and "T.min" in text
