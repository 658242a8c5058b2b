"""End to end: the example models against onnxruntime, and the torch frontend against torch.

Tolerances (jitc.reference.TOLERANCES): float32 rtol 1e-4, atol 1e-5 — kernels reassociate
sums (tiles, vectorized reductions) and use their own exp/erf, so the last bits differ.
"""

import numpy as np
import pytest
from outputs import assert_outputs

import jitc
from jitc.reference import compare, onnxruntime_outputs

MODELS = ["mlp", "cnn", "encoder"]


@pytest.mark.parametrize("name", MODELS)
def test_onnx_model_matches_onnxruntime(name, compiled, example_path):
    m = compiled(name)
    for seed in (0, 1):
        xs = m.random_inputs(seed)
        got = m.run(*xs)
        ref = onnxruntime_outputs(example_path(name), {s.name: x for s, x in zip(m.inputs, xs)})
        assert len(m.outputs) == len(ref)
        assert_outputs(got, ref, where=name)


@pytest.mark.parametrize("name", MODELS)
def test_default_schedules_are_used(name, compiled):
    """Every matmul/conv/reduction kernel of the examples gets its class rule, not the fallback."""
    m = compiled(name)
    for k in m.kernels:
        if k["kind"] in ("matmul", "conv", "reduction"):
            assert k["config"]["rule"] == f"cpu.{k['kind']}", (k["name"], k["config"])


@pytest.mark.parametrize("name", MODELS)
def test_torch_frontend_matches_torch(name):
    torch = pytest.importorskip("torch")
    import models

    module, args = models.MODELS[name]()
    m = jitc.compile(module, example_inputs=args)
    with torch.no_grad():
        want = module(*args).numpy()
    got = m(*[a.numpy() for a in args])
    assert compare(got, want, "float32") is None, compare(got, want, "float32")
    # torch tensors are accepted as inputs too
    assert compare(m(*args), want, "float32") is None


def test_inputs_by_name_and_dict(compiled):
    m = compiled("mlp")
    x = m.random_inputs(3)[0]
    a = m(x)
    np.testing.assert_array_equal(a, m(input=x))
    np.testing.assert_array_equal(a, m.run({"input": x})[0])


def test_wrong_inputs_are_named(compiled):
    m = compiled("mlp")
    x = m.random_inputs()[0]
    with pytest.raises(jitc.InputError, match=r"input 'input': expected shape \[8, 64\], got \[4, 64\]"):
        m(x[:4])
    with pytest.raises(jitc.InputError, match="expected dtype float32, got float64"):
        m(x.astype("float64"))
    with pytest.raises(jitc.InputError, match="takes 1 input"):
        m(x, x)
    with pytest.raises(jitc.InputError, match="unknown input"):
        m(inp=x)


def test_concurrent_runs_are_independent(compiled):
    """Each thread has its own workspace: parallel runs never mix their intermediates."""
    from concurrent.futures import ThreadPoolExecutor

    m = compiled("encoder")
    xs = [m.random_inputs(s)[0] for s in range(6)]
    want = [m(x) for x in xs]
    with ThreadPoolExecutor(4) as ex:
        got = list(ex.map(lambda i: m(xs[i % 6]), range(24)))
    for i, g in enumerate(got):
        np.testing.assert_array_equal(g, want[i % 6])


def test_intermediates_share_storage(compiled):
    """Liveness-based reuse: the encoder's temporaries take less memory than their sum."""
    m = compiled("encoder")
    ws = m._workspace()
    total = sum(d.nbytes for d in m.plan.buffers if d.kind == "temp" and d.view_of is None)
    assert 0 < ws.temp_bytes < total
