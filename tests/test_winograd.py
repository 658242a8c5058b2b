"""Winograd convolutions (jitc/passes/winograd_convs.py, schedules/cpu/winograd.py): a 3x3 stride-1
convolution as input transform, batched GEMM and output transform, against onnxruntime."""

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

import jitc
from jitc import compiler
from jitc.passes import winograd_convs as winograd
from jitc.reference import onnxruntime_outputs

RNG = np.random.default_rng(7)


def _conv_block(c_in, c_out, h, w, pads, batch=1, residual=False):
    """Conv 3x3 (bias) -> [+ x] -> Relu, at a trained network's scale (Kaiming weights)."""
    wt = (RNG.standard_normal((c_out, c_in, 3, 3)) * np.sqrt(2 / (9 * c_in))).astype("float32")
    inits = [numpy_helper.from_array(wt, "w"), numpy_helper.from_array(RNG.standard_normal(c_out).astype("float32") * 0.1, "b")]
    ho, wo = h + pads[0] + pads[2] - 2, w + pads[1] + pads[3] - 2
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=pads)]
    if residual:
        nodes.append(helper.make_node("Add", ["c", "x"], ["s"]))
    nodes.append(helper.make_node("Relu", ["s" if residual else "c"], ["y"]))
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [batch, c_in, h, w])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [batch, c_out, ho, wo])], inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])


def _kernels(model, **kw):
    return compiler.lower(model, **kw).kernels


@pytest.mark.parametrize("m", [2, 4])
@pytest.mark.parametrize("c_in,c_out,h,w,pads,batch,residual", [
    (32, 32, 16, 16, [1, 1, 1, 1], 1, True),     # whole tiles; the residual add fuses into the output transform
    (24, 40, 13, 11, [1, 1, 1, 1], 2, False),    # partial last tiles, two images, C != K
    (16, 24, 9, 14, [0, 1, 2, 0], 1, False),     # asymmetric padding (and none on one side)
    (32, 16, 7, 7, [1, 1, 1, 1], 1, False),      # a 7x7 map: fewer tiles than a vector (padded columns)
])
def test_winograd_convolution_matches_onnxruntime(monkeypatch, m, c_in, c_out, h, w, pads, batch, residual):
    monkeypatch.setattr(winograd, "choose_tile", lambda *a: m)
    model = _conv_block(c_in, c_out, h, w, pads, batch, residual)
    ks = _kernels(model)
    assert not any(k.kind == "conv" for k in ks.values())
    roles = {winograd.role(k.func) for k in ks.values()}
    assert {"input", "output"} <= roles
    from jitc import schedules
    low = compiler.lower(model)
    for k in low.kernels.values():
        if winograd.role(k.func):
            cfg = schedules.default_config(k, low.target)
            assert cfg["rule"] == "cpu.winograd"
            schedules.apply(k, cfg, low.target)  # its own schedule applies (no fallback)
    x = RNG.standard_normal((batch, c_in, h, w)).astype("float32")
    got = jitc.compile(model, db=None)(x)
    want = onnxruntime_outputs(model, {"x": x})[0]
    scale = float(np.abs(want).max())
    # F(4x4, 3x3) multiplies by up to 8 and 1/24 on the way: ~1e-6 of the scale, like a reordered sum
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * scale)


def test_choice_of_tile_follows_the_work():
    """F(4x4) for ResNet-50's 56x56, 28x28 and 14x14 stages; the direct convolution where the
    weights the GEMM streams outweigh what it saves (512 channels on a 7x7 map), and for few
    channels (the transforms cost what they save) or an image's first convolution (3 channels)."""
    assert winograd.choose_tile(1, 64, 64, 56, 56, 16) == 4
    assert winograd.choose_tile(1, 128, 128, 28, 28, 16) == 4
    assert winograd.choose_tile(1, 256, 256, 14, 14, 16) == 4
    assert winograd.choose_tile(1, 512, 512, 7, 7, 16) is None
    assert winograd.choose_tile(1, 8, 8, 64, 64, 16) is None
    assert winograd.choose_tile(1, 3, 64, 224, 224, 16) is None


def test_only_plain_3x3_stride_1_convolutions_become_winograd():
    """Strided, dilated, grouped and 5x5 convolutions stay direct; so does every one with
    winograd=False or $JITC_WINOGRAD=0."""
    # 64 channels on a 32x32 map, where F(4x4) is chosen
    def conv(**attrs):
        k = attrs.pop("k", 3)
        groups = attrs.get("group", 1)
        wt = RNG.standard_normal((64, 64 // groups, k, k)).astype("float32")
        g = helper.make_graph([helper.make_node("Conv", ["x", "w"], ["y"], kernel_shape=[k, k], **attrs)], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 64, 32, 32])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", "c", "h", "w"])], [numpy_helper.from_array(wt, "w")])
        return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])

    def uses_winograd(model, **kw):
        return any(winograd.role(k.func) for k in _kernels(model, **kw).values())

    assert uses_winograd(conv(pads=[1, 1, 1, 1]))
    assert not uses_winograd(conv(pads=[1, 1, 1, 1], strides=[2, 2]))
    assert not uses_winograd(conv(pads=[2, 2, 2, 2], dilations=[2, 2]))
    assert not uses_winograd(conv(pads=[1, 1, 1, 1], group=4))
    assert not uses_winograd(conv(pads=[2, 2, 2, 2], k=5))
    assert not uses_winograd(conv(pads=[1, 1, 1, 1]), winograd=False)


def test_winograd_can_be_switched_off_from_the_environment(monkeypatch):
    model = _conv_block(64, 64, 32, 32, [1, 1, 1, 1])
    monkeypatch.setenv("JITC_WINOGRAD", "0")
    assert not any(winograd.role(k.func) for k in _kernels(model).values())
    monkeypatch.setenv("JITC_WINOGRAD", "1")
    assert any(winograd.role(k.func) for k in _kernels(model).values())


def test_weight_transform_gives_the_direct_convolution():
    """U = G g Gᵀ, V = Bᵀ d B, Y = Aᵀ (U ⊙ V) A on one tile, in float64: the matrices are right."""
    for m in winograd.TILES:
        bt, g_mat, at = winograd._MATRICES[m]
        g = RNG.standard_normal((3, 3))
        d = RNG.standard_normal((m + 2, m + 2))
        u = g_mat @ g @ g_mat.T
        y = at @ (u * (bt @ d @ bt.T)) @ at.T
        want = np.array([[np.sum(d[i:i + 3, j:j + 3] * g) for j in range(m)] for i in range(m)])
        np.testing.assert_allclose(y, want, rtol=1e-10, atol=1e-10)


def test_winograd_convolution_on_wasm(tmp_path):
    """The same kernels for WebAssembly (4-lane vectors, one thread), run by wasmtime."""
    pytest.importorskip("wasmtime")
    pytest.importorskip("ziglang")
    import onnx

    from jitc.target import wasm_spec
    from jitc.web.targets import wasm_model

    model = _conv_block(32, 32, 32, 32, [1, 1, 1, 1], residual=True)
    path = str(tmp_path / "conv.onnx")
    onnx.save(model, path)
    assert any(winograd.role(k.func) for k in compiler.lower(path, wasm_spec()).kernels.values())
    x = RNG.standard_normal((1, 32, 32, 32)).astype("float32")
    got = wasm_model(path).run(x)[0]
    want = onnxruntime_outputs(model, {"x": x})[0]
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * float(np.abs(want).max()))


def test_winograd_convolution_through_both_torch_paths():
    """jitc.compile(module) and torch.compile(backend="jitc") (parameters arrive as graph
    inputs there and are compiled in as constants), against torch."""
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Conv2d(32, 48, 3, padding=1), torch.nn.BatchNorm2d(48), torch.nn.ReLU(),
                              torch.nn.Conv2d(48, 32, 3, padding=1)).eval()
    with torch.no_grad():
        net[1].running_mean.uniform_(-1, 1)
        net[1].running_var.uniform_(0.5, 2)
    x = torch.randn(1, 32, 32, 32)
    assert any(winograd.role(k.func) for k in compiler.lower(net, example_inputs=(x,)).kernels.values())
    with torch.no_grad():
        want = net(x).numpy()
        got = jitc.compile(net, example_inputs=(x,), db=None)(x.numpy())
        got2 = torch.compile(net, backend="jitc")(x).numpy()
    scale = float(np.abs(want).max())
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * scale)
    np.testing.assert_allclose(got2, want, rtol=0, atol=2e-5 * scale)
