"""The model zoo (examples/zoo.py) at reduced depth and resolution: every architecture through
ONNX against onnxruntime, and through PyTorch (jitc.compile of the module, and
torch.compile(backend="jitc")) against torch. Tolerance: relative to the output's scale
(max |jitc - reference| <= 1e-3 x max |reference|); NaN is a failure. The full-size models
run in bench/zoo.py."""

import os
import sys

import numpy as np
import pytest

import jitc
from jitc.localize import relative_error

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples"))
import zoo  # noqa: E402

TOL = 1e-3


@pytest.mark.parametrize("name", sorted(zoo.ZOO))
def test_zoo_onnx_matches_onnxruntime(name):
    from jitc.reference import onnxruntime_outputs

    module, args = zoo.build(name, small=True)
    data = zoo.to_onnx(name, True, (module, args))
    m = jitc.compile(data, db=None)
    feeds = {s.name: a.numpy() for s, a in zip(m.inputs, args)}
    got = m.run(feeds)[0]
    want = onnxruntime_outputs(data, feeds)[0]
    assert np.isfinite(got).all()
    err, note = relative_error(got, want)
    assert err <= TOL, f"{name}: {note}"
    assert np.abs(want).max() > 1e-3, "the reference vanished: weights not at a trained scale"


@pytest.mark.parametrize("name", ["resnet50", "mobilenet_v2", "efficientnet_b0", "regnet_y", "vit_b16", "clip_text"])
def test_zoo_torch_frontend_matches_torch(name):
    module, args = zoo.build(name, small=True)
    m = jitc.compile(module, example_inputs=args, db=None)
    with torch.no_grad():
        want = module(*args).numpy()
    err, note = relative_error(m(*args), want)
    assert err <= TOL, f"{name}: {note}"


@pytest.mark.parametrize("name", ["resnet50", "mobilenet_v2", "convnext_tiny", "bert_base"])
def test_zoo_torch_compile_matches_torch(name):
    import jitc.torch_backend as tb

    torch._dynamo.reset()
    module, args = zoo.build(name, small=True)
    graphs = []
    real = tb.jitc_backend

    def spy(gm, ex, options=None):
        g = real(gm, ex, options)
        graphs.append(g)
        return g

    compiled = torch.compile(module, backend=spy, options={"budget": 0, "db": None})
    with torch.no_grad():
        got = compiled(*args).numpy()
        want = module(*args).numpy()
    assert graphs and all(isinstance(g, tb.JitcGraph) for g in graphs), f"{name}: a graph fell back to eager"
    err, note = relative_error(got, want)
    assert err <= TOL, f"{name}: {note}"
