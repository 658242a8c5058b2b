"""Real architectures at small sizes with random weights, exported from torch to ONNX and
checked against onnxruntime: a BERT encoder, a GPT-2 decoder and a Swin Transformer from
transformers' config classes (nothing downloaded), and a MobileNetV2-style CNN; and BERT
exported with dynamic axes, as Hugging Face's exporters ship it."""

import numpy as np
import pytest
from outputs import assert_outputs

import jitc
from jitc.reference import compare, onnxruntime_outputs


@pytest.mark.parametrize("name", ["bert_tiny", "gpt2_tiny", "mobilenet", "swin_tiny"])
def test_real_model_matches_onnxruntime(name):
    pytest.importorskip("torch")
    if name != "mobilenet":
        pytest.importorskip("transformers")
    import models

    data = models.real_onnx(name)
    _, args = models.REAL[name]()
    m = jitc.compile(data, db=None)
    feeds = {s.name: a.numpy() for s, a in zip(m.inputs, args)}
    got = m.run(feeds)
    ref = onnxruntime_outputs(data, feeds)
    assert len(m.outputs) == len(ref)
    assert_outputs(got, ref, where=name)
    assert np.isfinite(got[0]).all()


def test_dynamic_axes_export_compiles_for_the_shapes_given():
    """A BERT exported with dynamic batch and sequence axes: without shapes the error names the
    input and its dim_param; with shapes=, the shape arithmetic the exporter left (the position
    ids Slice whose end is a computed Shape, the mask's Expand from a Where over shapes) folds,
    at two different lengths, and the outputs match onnxruntime's on the same file."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import models

    from jitc.errors import ShapeError

    data = models.bert_tiny_dynamic()
    with pytest.raises(ShapeError, match="'input_ids' dimension 0 \\('batch'\\) is dynamic"):
        jitc.compile(data, db=None)
    rng = np.random.default_rng(0)
    for batch, seq in ((1, 32), (2, 17)):
        shapes = {"input_ids": (batch, seq), "attention_mask": (batch, seq)}
        m = jitc.compile(data, shapes=shapes, db=None)
        mask = np.ones((batch, seq), np.int64)
        mask[:, seq - 3:] = 0
        feeds = {"input_ids": rng.integers(0, 1000, (batch, seq)).astype(np.int64), "attention_mask": mask}
        assert_outputs(m.run(feeds), onnxruntime_outputs(data, feeds), where=f"bert {batch}x{seq}")
