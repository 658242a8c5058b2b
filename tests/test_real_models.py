"""Real architectures at small sizes with random weights, exported from torch to ONNX and
checked against onnxruntime: a BERT encoder and a GPT-2 decoder from transformers' config
classes (nothing downloaded), and a MobileNetV2-style CNN."""

import numpy as np
import pytest
from outputs import assert_outputs

import jitc
from jitc.reference import compare, onnxruntime_outputs


@pytest.mark.parametrize("name", ["bert_tiny", "gpt2_tiny", "mobilenet"])
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
