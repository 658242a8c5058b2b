"""Small regression tests for bugs the model zoo found (each also caught by its zoo model)."""

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

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
