"""Channels-last activations (jitc/passes/channels_last.py) and the depthwise rule that runs on them
(schedules/cpu/depthwise.py), against onnxruntime; and auto_pad SAME_* turned into explicit pads
(frontends/onnx_ops/spatial.py: Conv)."""

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

import jitc
from jitc import compiler, schedules
from jitc.passes import channels_last as layout
from jitc.reference import onnxruntime_outputs

RNG = np.random.default_rng(11)


def _graph(nodes, inits, x_shape, y_shape, opset=17):
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape)],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)], inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


def _weight(name, shape, fan_in):
    return numpy_helper.from_array((RNG.standard_normal(shape) * np.sqrt(2 / fan_in)).astype("float32"), name)


def _depthwise_block(c, h, w, k, stride, pads, batch=1, expand=None):
    """[1x1 expand ->] depthwise kxk (bias) -> Relu6 [-> 1x1 project], MobileNet's pieces."""
    nodes, inits, src, ch = [], [], "x", c
    if expand:
        inits.append(_weight("we", (expand, c, 1, 1), c))
        nodes.append(helper.make_node("Conv", ["x", "we"], ["e"], kernel_shape=[1, 1]))
        src, ch = "e", expand
    inits += [_weight("wd", (ch, 1, k, k), k * k),
              numpy_helper.from_array(RNG.standard_normal(ch).astype("float32") * 0.1, "bd"),
              numpy_helper.from_array(np.array(0, "float32"), "lo"), numpy_helper.from_array(np.array(6, "float32"), "hi")]
    nodes += [helper.make_node("Conv", [src, "wd", "bd"], ["d"], kernel_shape=[k, k], strides=[stride, stride],
                               pads=pads, group=ch),
              helper.make_node("Clip", ["d", "lo", "hi"], ["r" if expand else "y"])]
    ho = (h + pads[0] + pads[2] - k) // stride + 1
    wo = (w + pads[1] + pads[3] - k) // stride + 1
    out = ch
    if expand:
        inits.append(_weight("wp", (c, ch, 1, 1), ch))
        nodes.append(helper.make_node("Conv", ["r", "wp"], ["y"], kernel_shape=[1, 1]))
        out = c
    return _graph(nodes, inits, [batch, c, h, w], [batch, out, ho, wo])


def _check(model, x, **kw):
    got = jitc.compile(model, db=None, **kw)(x)
    want = onnxruntime_outputs(model, {"x": x})[0]
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * float(np.abs(want).max()))


@pytest.mark.parametrize("c,h,w,k,stride,pads,batch", [
    (32, 16, 16, 3, 1, [1, 1, 1, 1], 1),     # whole vectors of channels, 4-pixel tiles
    (48, 15, 13, 3, 2, [0, 0, 1, 1], 2),     # stride 2, TF-style asymmetric padding, odd sizes, two images
    (24, 14, 14, 5, 1, [2, 2, 2, 2], 1),     # 5x5 (EfficientNet), channels no multiple of 16, a 14-wide row
    (20, 7, 7, 3, 1, [1, 1, 1, 1], 1),       # a 7x7 map; 20 channels: a vector of 4
])
def test_depthwise_channels_last_matches_onnxruntime(c, h, w, k, stride, pads, batch):
    model = _depthwise_block(c, h, w, k, stride, pads, batch)
    low = compiler.lower(model, channels_last=True)
    convs = [kn for kn in low.kernels.values() if kn.kind == "conv"]
    assert len(convs) == 1 and convs[0].args[0][0][-1] == c  # NHWC: channels last
    cfg = schedules.default_config(convs[0], low.target)
    assert cfg["rule"] == "cpu.depthwise"
    schedules.apply(convs[0], cfg, low.target)  # its own schedule applies (no fallback)
    _check(model, RNG.standard_normal((batch, c, h, w)).astype("float32"), channels_last=True)


def test_every_config_of_the_depthwise_space_is_right():
    """Each point of the rule's space (the tuner may pick any) computes the same convolution."""
    model = _depthwise_block(32, 12, 12, 3, 2, [1, 1, 1, 1])
    low = compiler.lower(model, channels_last=True)
    kernel = next(kn for kn in low.kernels.values() if kn.kind == "conv")
    space = schedules.space(kernel, low.target)
    assert len(space) >= 4 and all(cfg["rule"] == "cpu.depthwise" for cfg in space)
    x = RNG.standard_normal((1, 32, 12, 12)).astype("float32")
    want = onnxruntime_outputs(model, {"x": x})[0]
    for cfg in space[:8]:
        m = jitc.compile(model, db=None, channels_last=True, configs={kernel.name: cfg})
        assert next(r["config"] for r in m.kernels if r["name"] == kernel.name) == cfg
        got = m(x)
        np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * float(np.abs(want).max()), err_msg=str(cfg))


def test_inverted_residual_block_channels_last():
    """1x1 expand (a GEMM over pixels x channels), stride-2 depthwise, 1x1 project: the layout
    is chosen by itself, the 1x1 convolutions become matmuls, one transpose in and one out."""
    model = _depthwise_block(16, 20, 20, 3, 2, [0, 0, 1, 1], expand=96)
    low = compiler.lower(model)
    assert low.channels_last
    kinds = sorted(kn.kind for kn in low.kernels.values())
    assert kinds.count("matmul") == 2 and kinds.count("conv") == 1
    _check(model, RNG.standard_normal((1, 16, 20, 20)).astype("float32"))


def test_which_networks_go_channels_last(monkeypatch):
    """Depthwise-separable networks (a stem on the image's 3 channels allowed) go NHWC; a
    network with a full 3x3 convolution on more channels (ResNet's, Winograd's in NCHW), or
    none with depthwise ones, stays NCHW; the switch and $JITC_CHANNELS_LAST override."""
    mobile = _depthwise_block(16, 20, 20, 3, 1, [1, 1, 1, 1], expand=32)
    dense = _graph([helper.make_node("Conv", ["x", "w"], ["y"], kernel_shape=[3, 3], pads=[1, 1, 1, 1])],
                   [_weight("w", (16, 16, 3, 3), 144)], [1, 16, 10, 10], [1, 16, 10, 10])
    stem = _graph([helper.make_node("Conv", ["x", "w"], ["s"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1]),
                   helper.make_node("Conv", ["s", "wd"], ["y"], kernel_shape=[3, 3], pads=[1, 1, 1, 1], group=16)],
                  [_weight("w", (16, 3, 3, 3), 27), _weight("wd", (16, 1, 3, 3), 9)], [1, 3, 20, 20], [1, 16, 10, 10])
    imported = {n: compiler.import_model(m).mod for n, m in (("mobile", mobile), ("dense", dense), ("stem", stem))}
    assert layout.wants_channels_last(imported["mobile"])
    assert layout.wants_channels_last(imported["stem"])
    assert not layout.wants_channels_last(imported["dense"])
    assert compiler.lower(stem).channels_last
    assert not compiler.lower(dense).channels_last
    assert not compiler.lower(mobile, channels_last=False).channels_last
    assert compiler.lower(dense, channels_last=True).channels_last
    monkeypatch.setenv("JITC_CHANNELS_LAST", "0")
    assert not compiler.lower(mobile).channels_last
    monkeypatch.setenv("JITC_CHANNELS_LAST", "1")
    assert compiler.lower(dense).channels_last
    _check(dense, RNG.standard_normal((1, 16, 10, 10)).astype("float32"))  # forced: still right
    m = jitc.compile(stem, db=None)
    assert m.manifest["channels_last"] is True


@pytest.mark.parametrize("auto_pad,k,stride,h", [("SAME_UPPER", 3, 2, 15), ("SAME_LOWER", 3, 2, 16),
                                                 ("SAME_UPPER", 1, 1, 16), ("SAME_UPPER", 5, 1, 11)])
def test_auto_pad_same_is_explicit_padding(auto_pad, k, stride, h):
    """torch's padding="same" exports auto_pad=SAME_UPPER: the convolution pads itself (no pad
    kernel in front of it, none at all for a 1x1 one), SAME_LOWER puts the odd pixel first."""
    model = _graph([helper.make_node("Conv", ["x", "w"], ["y"], kernel_shape=[k, k], strides=[stride, stride],
                                     auto_pad=auto_pad)],
                   [_weight("w", (8, 8, k, k), 8 * k * k)], [1, 8, h, h], [1, 8, -(-h // stride), -(-h // stride)])
    low = compiler.lower(model, channels_last=False)
    assert not any("pad" in name and kn.kind == "elementwise" for name, kn in low.kernels.items())
    _check(model, RNG.standard_normal((1, 8, h, h)).astype("float32"), channels_last=False)
