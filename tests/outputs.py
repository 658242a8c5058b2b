"""The one way the suite checks a module's outputs against a reference's (onnxruntime, torch,
numpy, onnx's test data): the number of outputs first, then each output's dtype, shape and
values (jitc.reference.compare: per-dtype tolerances, exact for integers, NaN equal to NaN)."""

from __future__ import annotations

import numpy as np

from jitc.reference import compare


def as_array(x) -> np.ndarray:
    """A numpy array of an ndarray, a torch tensor, an onnx TensorProto or a nested list."""
    if type(x).__name__ == "TensorProto":
        from onnx import numpy_helper

        return numpy_helper.to_array(x)
    if hasattr(x, "detach"):  # torch
        return x.detach().cpu().numpy()
    return np.asarray(x)


def assert_outputs(got, want, *, rtol=None, atol=None, atol_scaled=False, dtype=None, flat=False,
                   defined=None, where: str = ""):
    """Assert that `got` (a sequence or a dict's values) matches `want` output by output.

    flat: `got` crossed a JSON boundary (a browser, Node) as flat float lists: its values are
    compared as float32 in want's shape (the element count must still match), not its dtype.
    atol_scaled: atol is relative to each reference output's largest magnitude (at least 1).
    defined: per output, a mask of the elements to compare (None: all), for values a spec leaves
    undefined (jitc.onnx_backend.defined_by_spec).
    """
    got = list(got.values()) if isinstance(got, dict) else list(got)
    want = list(want.values()) if isinstance(want, dict) else list(want)
    pre = f"{where}: " if where else ""
    assert len(got) == len(want), f"{pre}{len(got)} outputs, the reference has {len(want)}"
    for i, (g, w) in enumerate(zip(got, want)):
        g, w = as_array(g), as_array(w)
        if flat:
            assert g.size == w.size, f"{pre}output {i}: {g.size} values, the reference has {w.size}"
            g, w = g.astype(np.float32).reshape(w.shape), w.astype(np.float32)
        assert g.dtype == w.dtype, f"{pre}output {i}: dtype {g.dtype}, the reference's {w.dtype}"
        assert g.shape == w.shape, f"{pre}output {i}: shape {list(g.shape)}, the reference's {list(w.shape)}"
        mask = defined[i] if defined is not None else None
        if mask is not None:
            g, w = g[mask], w[mask]
        a = atol
        if atol_scaled and w.size:
            a = (atol or 0.0) * max(1.0, float(np.abs(w.astype(np.float64)).max()))
        msg = compare(g, w, dtype, rtol, a)
        assert msg is None, f"{pre}output {i}: {msg}"
