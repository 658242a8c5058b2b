"""Small regression tests for bugs the model zoo found (each also caught by its zoo model)."""

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper
from outputs import assert_outputs

import jitc
from jitc.reference import onnxruntime_outputs

RNG = np.random.default_rng(0)


def _conv_clip_pad(k: int, pads: list[int], c_in: int = 8, c_out: int = 16, hw: int = 12):
    """Conv (k x k) -> Clip(0, 6) -> Pad: TF-style "same" padding before a strided depthwise
    convolution (MobileNetV2, EfficientNet), which fuses into the convolution's kernel."""
    inits = [numpy_helper.from_array(RNG.standard_normal((c_out, c_in, k, k)).astype("float32"), "w"),
             numpy_helper.from_array(RNG.standard_normal(c_out).astype("float32"), "b"),
             numpy_helper.from_array(np.array(0, np.float32), "lo"), numpy_helper.from_array(np.array(6, np.float32), "hi"),
             numpy_helper.from_array(np.array(pads, np.int64), "pads")]
    nodes = [helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[k, k], pads=[k // 2] * 4),
             helper.make_node("Clip", ["c", "lo", "hi"], ["r"]),
             helper.make_node("Pad", ["r", "pads"], ["y"], mode="constant")]
    out = [1, c_out, hw + pads[2] + pads[6], hw + pads[3] + pads[7]]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c_in, hw, hw])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, out)], inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])


@pytest.mark.parametrize("k", [1, 3])
@pytest.mark.parametrize("pads", [[0, 0, 0, 0, 0, 0, 1, 1], [0, 0, 1, 1, 0, 0, 1, 1], [0, 0, 0, 2, 0, 0, 1, 0]])
def test_pad_fused_after_convolution_writes_its_border(k, pads):
    model = _conv_clip_pad(k, pads)
    x = RNG.standard_normal((1, 8, 12, 12)).astype("float32")
    got = jitc.compile(model, db=None)(x)
    want = onnxruntime_outputs(model, {"x": x})[0]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("stride,batch", [(1, 1), (2, 1), (2, 2), (1, 3)])
def test_pointwise_convolution_as_gemm(stride, batch):
    """A 1x1 convolution runs as W[OC, IC] @ X[IC, pixels] (jitc/passes/pointwise_conv_as_matmul.py):
    strided, batched, with bias and an activation, against onnxruntime; its kernel is a matmul."""
    from jitc import compiler

    c_in, c_out, hw = 24, 40, 14
    inits = [numpy_helper.from_array(RNG.standard_normal((c_out, c_in, 1, 1)).astype("float32"), "w"),
             numpy_helper.from_array(RNG.standard_normal(c_out).astype("float32"), "b")]
    out_hw = (hw - 1) // stride + 1
    g = helper.make_graph([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[1, 1], strides=[stride] * 2),
                           helper.make_node("Relu", ["c"], ["y"])], "g",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [batch, c_in, hw, hw])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [batch, c_out, out_hw, out_hw])], inits)
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    low = compiler.lower(model)
    assert not any(k.kind == "conv" for k in low.kernels.values())
    x = RNG.standard_normal((batch, c_in, hw, hw)).astype("float32")
    np.testing.assert_allclose(jitc.compile(model, db=None)(x), onnxruntime_outputs(model, {"x": x})[0],
                               rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("n,transposed", [(49, False), (197, True), (10, False), (16, False)])
def test_gemm_columns_padded_to_the_vector_width(n, transposed):
    """MatMul with a column count that is no multiple of the vector width (7x7 pixels, ViT's 197
    tokens as Q.K^T): computed on zero-padded columns, the padding sliced off; whole-vector
    tiles in the schedule."""
    from jitc import compiler, schedules

    k, m = 64, 32
    b_shape = [n, k] if transposed else [k, n]
    nodes = [helper.make_node("Transpose", ["b"], ["bt"], perm=[1, 0])] if transposed else []
    nodes.append(helper.make_node("MatMul", ["a", "bt" if transposed else "b"], ["y"]))
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("a", TensorProto.FLOAT, [m, k]),
                                       helper.make_tensor_value_info("b", TensorProto.FLOAT, b_shape)],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [m, n])])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    feeds = {"a": RNG.standard_normal((m, k)).astype("float32"), "b": RNG.standard_normal(b_shape).astype("float32")}
    low = compiler.lower(model)
    lanes = low.target.lanes("float32")
    mm = [kk for kk in low.kernels.values() if kk.kind == "matmul"]
    assert mm
    if n >= lanes:
        assert all(schedules.default_config(kk, low.target)["nr"] % lanes == 0 for kk in mm)
    np.testing.assert_allclose(jitc.compile(model, db=None).run(feeds)[0], onnxruntime_outputs(model, feeds)[0],
                               rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("op,ceil", [("AveragePool", 1), ("AveragePool", 0), ("MaxPool", 1)])
def test_pool_window_larger_than_its_input_is_a_global_pool(op, ceil):
    """AvgPool2d(1280, ceil_mode=True) on a 7x7 map (transformers' EfficientNet pooler): the
    answer of a global pool, computed as one (not over a 1280x1280 window of zeros)."""
    from jitc import compiler

    k = 1280 if ceil else 7
    node = helper.make_node(op, ["x"], ["y"], kernel_shape=[k, k], strides=[k, k], ceil_mode=ceil)
    g = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 32, 7, 7])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 32, 1, 1])])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    low = compiler.lower(model)
    assert sum(kk.flops for kk in low.kernels.values()) < 10 * 32 * 49  # the 49 pixels, not 1280^2
    x = RNG.standard_normal((1, 32, 7, 7)).astype("float32")
    np.testing.assert_allclose(jitc.compile(model, db=None)(x), onnxruntime_outputs(model, {"x": x})[0],
                               rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("m", [197, 77, 49])
def test_gemm_rows_without_a_register_tile_divisor_are_padded(m):
    """ViT's 197 tokens (prime), CLIP's 77 (7 x 11): rows padded to a multiple of 8, sliced off."""
    from jitc import compiler, schedules

    k, n = 64, 96
    w = numpy_helper.from_array(RNG.standard_normal((k, n)).astype("float32"), "w")
    g = helper.make_graph([helper.make_node("MatMul", ["a", "w"], ["y"])], "g",
                          [helper.make_tensor_value_info("a", TensorProto.FLOAT, [1, m, k])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, m, n])], [w])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    low = compiler.lower(model)
    mm = [kk for kk in low.kernels.values() if kk.kind == "matmul"]
    assert all(schedules.default_config(kk, low.target)["mr"] >= 4 for kk in mm)
    a = RNG.standard_normal((1, m, k)).astype("float32")
    np.testing.assert_allclose(jitc.compile(model, db=None)(a), onnxruntime_outputs(model, {"a": a})[0],
                               rtol=1e-4, atol=1e-4)


def test_attention_with_197_tokens_pads_rows_columns_and_k():
    """softmax(Q K^T) V with 197 tokens: every GEMM tiles whole vectors and slices, the softmax
    keeps its reduction schedule though a pad is fused after it; the result matches."""
    from jitc import compiler, schedules

    t, d = 197, 64
    nodes = [helper.make_node("Transpose", ["k"], ["kt"], perm=[0, 2, 1]),
             helper.make_node("MatMul", ["q", "kt"], ["s"]),
             helper.make_node("Softmax", ["s"], ["p"], axis=-1),
             helper.make_node("MatMul", ["p", "v"], ["y"])]
    ins = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [2, t, d]) for n in ("q", "k", "v")]
    g = helper.make_graph(nodes, "g", ins, [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, t, d])])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    low = compiler.lower(model)
    for k in low.kernels.values():
        cfg = schedules.default_config(k, low.target)
        if k.kind == "matmul":
            assert cfg["mr"] >= 4 and cfg["kc"] >= 8, (k.name, cfg)
        if k.kind == "reduction":
            assert cfg["rule"] == "cpu.reduction"
            schedules.apply(k, cfg, low.target)  # applies (not the fallback)
    feeds = {n: RNG.standard_normal((2, t, d)).astype("float32") for n in ("q", "k", "v")}
    np.testing.assert_allclose(jitc.compile(model, db=None).run(feeds)[0], onnxruntime_outputs(model, feeds)[0],
                               rtol=1e-4, atol=1e-4)


def _model(nodes, inputs, outputs, inits=(), opset=17):
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in inputs],
                          [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in outputs], list(inits))
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


def _check(model, feeds, rtol=1e-5, atol=1e-5):
    got = jitc.compile(model, db=None).run(feeds)
    assert not any(np.isnan(g).any() for g in got)
    assert_outputs(got, onnxruntime_outputs(model, feeds), rtol=rtol, atol=atol, atol_scaled=True)


def test_sigmoid_runs_on_the_vectorized_exp():
    """SiLU (EfficientNet's activation): sigmoid becomes 1 / (1 + exp(-x)) with the polynomial
    exp (a libm call per element before), right in the saturated tails too."""
    from jitc import compiler

    model = _model([helper.make_node("Sigmoid", ["x"], ["s"]), helper.make_node("Mul", ["x", "s"], ["y"])],
                   [("x", [2, 8, 9, 9])], [("y", [2, 8, 9, 9])])
    low = compiler.lower(model)
    assert not any("sigmoid" in name for name in low.kernels)
    assert any("fast_exp" in name for name in low.kernels)
    x = (RNG.standard_normal((2, 8, 9, 9)) * 30).astype("float32")
    x.flat[:4] = [-200, -88.5, 88.5, 200]
    _check(model, {"x": x})


@pytest.mark.parametrize("hw,stride", [(7, 1), (14, 1), (28, 2), (14, 2)])
def test_depthwise_convolution_rows_widened_to_whole_vectors(hw, stride):
    """A depthwise convolution on 7- and 14-wide maps (MobileNet's and EfficientNet's last
    stages) computes rows widened to a vector and slices them: no scalar schedule."""
    from jitc import compiler, schedules

    c = 32
    inits = [numpy_helper.from_array(RNG.standard_normal((c, 1, 3, 3)).astype("float32"), "w"),
             numpy_helper.from_array(RNG.standard_normal(c).astype("float32"), "b")]
    out = (hw + 2 - 3) // stride + 1
    model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=[1] * 4,
                                     strides=[stride] * 2, group=c),
                    helper.make_node("Clip", ["c"], ["y"], min=0.0, max=6.0)],
                   [("x", [1, c, hw, hw])], [("y", [1, c, out, out])], inits, opset=6 if stride == 1 else 17)
    if stride == 2:  # opset 11+: Clip's bounds are inputs
        model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=[1] * 4,
                                         strides=[stride] * 2, group=c),
                        helper.make_node("Clip", ["c", "lo", "hi"], ["y"])],
                       [("x", [1, c, hw, hw])], [("y", [1, c, out, out])],
                       inits + [numpy_helper.from_array(np.array(0, np.float32), "lo"),
                                numpy_helper.from_array(np.array(6, np.float32), "hi")])
    low = compiler.lower(model, channels_last=False)  # (NCHW; channels-last: tests/test_channels_last.py)
    convs = [k for k in low.kernels.values() if k.kind == "conv"]
    assert len(convs) == 1 and len(low.kernels) == 1  # bias, clip and slice fused into it
    if low.target.lanes("float32") >= 8 and out % 8:
        assert schedules.default_config(convs[0], low.target)["ow"] >= 8
    _check(model, {"x": RNG.standard_normal((1, c, hw, hw)).astype("float32")}, rtol=1e-4, atol=1e-5)


def test_pointwise_convolution_epilogue_fuses_through_the_reshape():
    """1x1 conv (a GEMM) -> bias -> Clip -> residual Add: one kernel (the reshape back to NCHW
    used to stop TVM's fusion, and the epilogue ran as a second pass)."""
    from jitc import compiler

    c, hw = 32, 16
    inits = [numpy_helper.from_array(RNG.standard_normal((c, c, 1, 1)).astype("float32") * 0.2, "w"),
             numpy_helper.from_array(RNG.standard_normal(c).astype("float32"), "b"),
             numpy_helper.from_array(np.array(0, np.float32), "lo"), numpy_helper.from_array(np.array(6, np.float32), "hi")]
    model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[1, 1]),
                    helper.make_node("Clip", ["c", "lo", "hi"], ["r"]),
                    helper.make_node("Add", ["r", "x"], ["y"])],
                   [("x", [1, c, hw, hw])], [("y", [1, c, hw, hw])], inits)
    low = compiler.lower(model)
    # (the graph's output is the reshape back to NCHW: a copy, as an output is not a view)
    assert [k.kind for n, k in low.kernels.items() if not n.startswith("reshape")] == ["matmul"], list(low.kernels)
    _check(model, {"x": RNG.standard_normal((1, c, hw, hw)).astype("float32")}, rtol=1e-4)


@pytest.mark.parametrize("pads", [[0, 0, 0, 0, 0, 0, 1, 1], [0, 0, 1, 1, 0, 0, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0]])
def test_pad_before_a_convolution_becomes_its_padding(pads):
    """Pad -> depthwise Conv (TF-style "same" padding computed in MobileNetV2's graph): the pad
    is the convolution's own; a Pad of nothing disappears."""
    from jitc import compiler

    c, hw = 16, 12
    inits = [numpy_helper.from_array(RNG.standard_normal((c, 1, 3, 3)).astype("float32"), "w"),
             numpy_helper.from_array(np.array(pads, np.int64), "pads")]
    h = hw + pads[2] + pads[6]
    out = (h - 3) // 2 + 1
    w_out = (hw + pads[3] + pads[7] - 3) // 2 + 1
    model = _model([helper.make_node("Pad", ["x", "pads"], ["p"], mode="constant"),
                    helper.make_node("Conv", ["p", "w"], ["y"], kernel_shape=[3, 3], strides=[2, 2], group=c)],
                   [("x", [1, c, hw, hw])], [("y", [1, c, out, w_out])], inits)
    low = compiler.lower(model, channels_last=False)  # (channels-last adds a transpose in and out)
    assert [k.kind for k in low.kernels.values()] == ["conv"], list(low.kernels)
    _check(model, {"x": RNG.standard_normal((1, c, hw, hw)).astype("float32")}, rtol=1e-4)


def test_pad_that_is_not_zeros_or_crops_still_converts():
    """Pads the fold does not take: a non-zero fill value, a negative pad (a crop), edge mode."""
    x = RNG.standard_normal((1, 3, 6, 6)).astype("float32")
    for pads, mode, value in (([0, 0, 1, 1, 0, 0, 1, 1], "constant", 2.5), ([0, 0, -1, 1, 0, 0, 1, -2], "constant", 0.0),
                              ([0, 0, 1, 2, 0, 0, 2, 1], "edge", 0.0)):
        inits = [numpy_helper.from_array(np.array(pads, np.int64), "pads"),
                 numpy_helper.from_array(np.array(value, np.float32), "v")]
        shape = [1, 3, 6 + pads[2] + pads[6], 6 + pads[3] + pads[7]]
        model = _model([helper.make_node("Pad", ["x", "pads", "v"], ["y"], mode=mode)], [("x", [1, 3, 6, 6])],
                       [("y", shape)], inits)
        _check(model, {"x": x})


def test_clip_with_a_nan_bound_or_one_bound():
    """ONNX Clip: a NaN bound is no bound (onnxruntime), a missing one is none."""
    x = (RNG.standard_normal((2, 5, 7)) * 5).astype("float32")
    for lo, hi in ((np.nan, 1.0), (-1.0, None), (None, 2.0)):
        inits, names = [], ["x"]
        for n, v in (("lo", lo), ("hi", hi)):
            if v is None:
                names.append("")
            else:
                inits.append(numpy_helper.from_array(np.array(v, np.float32), n))
                names.append(n)
        model = _model([helper.make_node("Clip", names, ["y"])], [("x", [2, 5, 7])], [("y", [2, 5, 7])], inits)
        _check(model, {"x": x})


@pytest.mark.parametrize("hw,stride", [(14, 1), (28, 2)])
def test_grouped_convolution_tiles_channels_within_a_group(hw, stride):
    """RegNet's grouped 3x3 convolutions (group width 8): the schedule keeps several output
    channels of one group in registers (they read the same input vector), not one."""
    from jitc import compiler, schedules

    c, width = 32, 8
    inits = [numpy_helper.from_array(RNG.standard_normal((c, width, 3, 3)).astype("float32") * 0.3, "w"),
             numpy_helper.from_array(RNG.standard_normal(c).astype("float32"), "b")]
    out = (hw + 2 - 3) // stride + 1
    model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=[1] * 4,
                                     strides=[stride] * 2, group=c // width),
                    helper.make_node("Relu", ["c"], ["y"])],
                   [("x", [1, c, hw, hw])], [("y", [1, c, out, out])], inits)
    low = compiler.lower(model)
    conv = [k for k in low.kernels.values() if k.kind == "conv"][0]
    cfg = schedules.default_config(conv, low.target)
    assert cfg["rule"] == "cpu.conv" and cfg["of"] > 1 and width % cfg["of"] == 0
    for alt in schedules.space(conv, low.target):
        if alt.get("rule") == "cpu.conv":
            assert width % alt["of"] == 0 or alt["of"] == 1
    _check(model, {"x": RNG.standard_normal((1, c, hw, hw)).astype("float32")}, rtol=1e-4)


@pytest.mark.parametrize("hw,stride,pads", [(112, 1, [1, 1, 1, 1]), (112, 2, [0, 0, 1, 1]), (56, 2, [1, 1, 1, 1]),
                                            (30, 2, [0, 0, 1, 1])])
def test_depthwise_convolution_pads_per_channel_and_splits_strided_rows(hw, stride, pads):
    """MobileNetV2's and EfficientNet's depthwise convolutions (one vector accumulator per
    tile, a whole padded copy of the input written and read back, stride-2 taps loaded as
    gathers) ran at 20-60 GFLOP/s. Each parallel task now pads its own channel (`pad_at`), a
    tile holds several output rows (`oh`), and a stride-2 convolution stores its padded rows
    split by phase (`phase`; TF "same" padding 112 -> 113 gets one more zero column so the
    row splits evenly). Every config of the space agrees with onnxruntime."""
    from jitc import compiler, schedules
    from jitc.schedules.cpu.conv import x_stride

    c = 24
    inits = [numpy_helper.from_array(RNG.standard_normal((c, 1, 3, 3)).astype("float32") * 0.3, "w"),
             numpy_helper.from_array(RNG.standard_normal(c).astype("float32"), "b")]
    out = (hw + pads[2] + pads[3] - 3) // stride + 1
    model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=pads,
                                     strides=[stride] * 2, group=c),
                    helper.make_node("Clip", ["c", "lo", "hi"], ["y"])],
                   [("x", [1, c, hw, hw])], [("y", [1, c, out, out])],
                   inits + [numpy_helper.from_array(np.array(v, np.float32), n) for n, v in (("lo", 0.0), ("hi", 6.0))])
    low = compiler.lower(model, channels_last=False)  # the NCHW rule (channels-last: tests/test_channels_last.py)
    (name, conv), = [(n, k) for n, k in low.kernels.items() if k.kind == "conv"]
    assert x_stride(conv.func)[1] % stride == 0  # the padded row splits into whole phases
    cfg = schedules.default_config(conv, low.target)
    assert cfg["rule"] == "cpu.conv" and cfg.get("pad_at")
    if hw >= 112:
        assert cfg.get("oh", 1) > 1 and cfg.get("phase") == (stride if stride > 1 else None)
    x = RNG.standard_normal((1, c, hw, hw)).astype("float32")
    want = onnxruntime_outputs(model, {"x": x})[0]
    space = [k for k in schedules.space(conv, low.target) if k.get("rule") == "cpu.conv"]
    assert any(k.get("phase") for k in space) == (stride > 1)
    for k in space:
        schedules.apply(conv, k, low.target)  # applies as given (no silent fallback to the default)
        got = compiler.module_from(low, compiler.choose_configs(low, {name: k})).run({"x": x})[0]
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5 * float(np.abs(want).max()), err_msg=str(k))


@pytest.mark.parametrize("m,k,n", [(300, 64, 300), (197, 64, 197)])
def test_padded_gemm_slices_its_output_tile_by_tile(m, k, n):
    """A GEMM padded to whole tiles (1500 or 197 columns -> 1504, 208) drops the extra columns
    with a slice. The slice ran after the whole product as a pass of its own (Whisper's Q.K^T:
    54 MB of padded scores written, read back and written again, 14 ms); it is now the tile's
    epilogue (the scores are written once: 8.6 ms), and one-vector-wide panels or a one-slice K
    whose C panel outgrows L1 are tiled tile by tile ("ij"). Every config agrees with onnxruntime."""
    from tvm import tirx

    from jitc import compiler, schedules

    model = _model([helper.make_node("MatMul", ["a", "b"], ["y"])], [("a", [2, m, k]), ("b", [2, k, n])],
                   [("y", [2, m, n])])
    low = compiler.lower(model)
    (name, mm), = [(nm, kk) for nm, kk in low.kernels.items() if kk.kind == "matmul"]
    assert "strided_slice" in name
    f, cfg = schedules.schedule(mm, low.target)
    assert cfg["rule"] == "cpu.matmul" and cfg["order"] == "ij"
    body = f.body.block.body
    assert isinstance(body, tirx.For), "the slice is a loop nest of its own, not the GEMM's epilogue"
    feeds = {"a": RNG.standard_normal((2, m, k)).astype("float32"), "b": RNG.standard_normal((2, k, n)).astype("float32")}
    want = onnxruntime_outputs(model, feeds)[0]
    for c in schedules.space(mm, low.target)[:12]:
        schedules.apply(mm, c, low.target)
        got = compiler.module_from(low, compiler.choose_configs(low, {name: c})).run(feeds)[0]
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * float(np.abs(want).max()), err_msg=str(c))


@pytest.mark.parametrize("c_in,c_out,hw", [(160, 960, 7), (96, 64, 7), (32, 48, 5)])
def test_pointwise_convolution_on_a_few_pixels_vectorizes_its_channels(c_in, c_out, hw):
    """A 1x1 convolution on a 7x7 map is a GEMM over 49 pixels, which vectors along the pixels
    padded to 64 (31% of the work on zeros; MobileNetV2's 7x7 stage ran 1.25-1.4x onnxruntime).
    It stays unpadded, and cpu.matmul's vec_m puts the vectors along the output channels (the
    weight laid out as panels at build time); every config of its space against onnxruntime."""
    from jitc import compiler, schedules

    inits = [numpy_helper.from_array(RNG.standard_normal((c_out, c_in, 1, 1)).astype("float32") * 0.1, "w"),
             numpy_helper.from_array(RNG.standard_normal(c_out).astype("float32"), "b"),
             numpy_helper.from_array(np.array(0, np.float32), "lo"), numpy_helper.from_array(np.array(6, np.float32), "hi")]
    model = _model([helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[1, 1]),
                    helper.make_node("Clip", ["c", "lo", "hi"], ["y"])],
                   [("x", [1, c_in, hw, hw])], [("y", [1, c_out, hw, hw])], inits)
    low = compiler.lower(model)
    (name, mm), = [(nm, kk) for nm, kk in low.kernels.items() if kk.kind == "matmul"]
    assert "strided_slice" not in name and f"x{hw * hw}," in mm.shapes  # no padded pixels
    cfg = schedules.default_config(mm, low.target)
    assert cfg.get("vec_m") and (hw * hw) % cfg["mr"] == 0, cfg
    feeds = {"x": RNG.standard_normal((1, c_in, hw, hw)).astype("float32")}
    want = onnxruntime_outputs(model, feeds)[0]
    space = schedules.space(mm, low.target)
    assert space[0] == cfg and all(c.get("vec_m") for c in space)
    for c in space:
        got = compiler.module_from(low, compiler.choose_configs(low, {name: c})).run(feeds)[0]
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * float(np.abs(want).max()), err_msg=str(c))


def test_squeeze_and_excitation_gate_is_computed_once_and_its_gemvs_are_reductions():
    """EfficientNet's and RegNet's squeeze-and-excitation: two 1x1 convolutions on a 1x1 map
    (matrix x vector: the GEMM rule declines them, they ran on the serial fallback at 1-4
    GFLOP/s) and a sigmoid gate scaling every pixel of its channel (inlined, the sigmoid ran
    once per pixel). The GEMVs now go to the reduction rule, and the gate is a stage of its own
    computed once per channel."""
    from jitc import compiler, schedules
    from jitc.schedules.cpu.elementwise import _broadcast_sources
    from tvm import s_tir

    c, r, hw = 96, 8, 14
    inits = [numpy_helper.from_array(RNG.standard_normal((r, c, 1, 1)).astype("float32") * 0.2, "w1"),
             numpy_helper.from_array(RNG.standard_normal((c, r, 1, 1)).astype("float32") * 0.2, "w2"),
             numpy_helper.from_array(RNG.standard_normal(r).astype("float32"), "b1"),
             numpy_helper.from_array(RNG.standard_normal(c).astype("float32"), "b2")]
    model = _model([helper.make_node("GlobalAveragePool", ["x"], ["p"]),
                    helper.make_node("Conv", ["p", "w1", "b1"], ["q"], kernel_shape=[1, 1]),
                    helper.make_node("Relu", ["q"], ["q2"]),
                    helper.make_node("Conv", ["q2", "w2", "b2"], ["g"], kernel_shape=[1, 1]),
                    helper.make_node("Sigmoid", ["g"], ["s"]),
                    helper.make_node("Mul", ["x", "s"], ["y"])],
                   [("x", [1, c, hw, hw])], [("y", [1, c, hw, hw])], inits)
    low = compiler.lower(model)
    gemvs = [k for k in low.kernels.values() if k.kind == "matmul"]
    assert len(gemvs) == 2 and all(schedules.default_config(k, low.target)["rule"] == "cpu.reduction" for k in gemvs)
    gate = [k for k in low.kernels.values() if k.kind == "elementwise" and "exp" in k.name]
    assert gate and _broadcast_sources(s_tir.Schedule(gate[0].func))
    _check(model, {"x": RNG.standard_normal((1, c, hw, hw)).astype("float32")}, rtol=1e-4)


@pytest.mark.parametrize("row", [300, 197])
def test_softmax_rows_no_multiple_of_the_vector_width_stay_vectorized(row):
    """Softmax over rows of 1500 (Whisper's frames) ran 4 lanes wide and with one chain of
    dependent adds: the widest power of two dividing the row was 4, and the partial sums
    (rfactor) needed a multiple of 32. Rows now run full vectors with a partitioned-off tail,
    the partial results use a divisor of the row (30 of 300), vectorized; a prime row (197, ViT)
    keeps full vectors. Every row config of the space agrees with onnxruntime."""
    from jitc import compiler, schedules
    from jitc.schedules.cpu.reduction import _rf_factor

    model = _model([helper.make_node("Softmax", ["x"], ["y"], axis=-1)], [("x", [2, 6, row])], [("y", [2, 6, row])])
    low = compiler.lower(model)
    (name, k), = low.kernels.items()
    lanes = low.target.lanes("float32")
    f, cfg = schedules.schedule(k, low.target)
    text = f.script()
    assert cfg["rule"] == "cpu.reduction" and f"T.vectorized(T.int64({lanes}))" in text
    rf = _rf_factor(row, cfg["rf"])
    if rf is not None:
        assert row % rf == 0 and f"T.vectorized(T.int64({rf}))" in text
    x = (RNG.standard_normal((2, 6, row)) * 4).astype("float32")
    want = onnxruntime_outputs(model, {"x": x})[0]
    for c in [c for c in schedules.space(k, low.target) if c.get("order") == "row"][:8]:
        got = compiler.module_from(low, compiler.choose_configs(low, {name: c})).run({"x": x})[0]
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6, err_msg=str(c))


@pytest.mark.parametrize("pool", ["avg", "max"])
def test_a_pool_window_past_its_input_is_clipped(pool):
    """Hugging Face's EfficientNet pools with nn.AvgPool2d(1280, ceil_mode=True) on a 7x7 map:
    the window clipped to the input (jitc/passes/clip_pool_windows.py) gives the same numbers,
    where TVM padded the input out to the window (8.4 GB and 2 G additions of zeros)."""
    torch = pytest.importorskip("torch")
    from jitc import compiler

    layer = (torch.nn.AvgPool2d(1280, ceil_mode=True) if pool == "avg" else torch.nn.MaxPool2d(1280, ceil_mode=True))
    x = torch.randn(1, 16, 3, 5)
    low = compiler.lower(layer, example_inputs=(x,))
    assert sum(k.flops * k.calls for k in low.kernels.values()) <= 4 * 16 * 3 * 5
    assert max(k.bytes for k in low.kernels.values()) <= 4 * (16 * 3 * 5 + 16)
    got = jitc.compile(layer, example_inputs=(x,), db=None)(x)
    np.testing.assert_allclose(got, layer(x).numpy(), rtol=1e-6, atol=1e-6)
