"""Reference results and comparison: random inputs, onnxruntime / numpy references, tolerances."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import helper

# Tolerances per dtype for comparing jitc's outputs with a reference (onnxruntime, torch,
# numpy). Float32: kernels reassociate sums (tiling, vectorized reductions) and use different
# exp/tanh approximations, so results differ in the last bits, more so after long reductions.
TOLERANCES = {
    "float16": (1e-2, 1e-2),
    "bfloat16": (2e-2, 2e-2),
    "float32": (1e-4, 1e-5),
    "float64": (1e-7, 1e-9),
}


def tolerance(dtype: str) -> tuple[float, float]:
    """(rtol, atol) for outputs of `dtype`; exact for integers and booleans."""
    return TOLERANCES.get(str(dtype), (0.0, 0.0))


def random_input(shape, dtype: str, rng: np.random.Generator) -> np.ndarray:
    dtype = str(dtype)
    if dtype == "bool":
        return rng.integers(0, 2, size=shape).astype(bool)
    if np.issubdtype(np.dtype(dtype), np.integer):
        return rng.integers(0, 8, size=shape).astype(dtype)
    return rng.standard_normal(size=shape).astype(dtype)


def random_feeds(model_path_or_proto, seed: int = 0) -> dict[str, np.ndarray]:
    """Random inputs for every graph input of an ONNX model with static shapes (initializers
    listed as inputs excluded), by name, reproducible from `seed`."""
    m = model_path_or_proto if isinstance(model_path_or_proto, onnx.ModelProto) else onnx.load(model_path_or_proto)
    init = {i.name for i in m.graph.initializer}
    rng = np.random.default_rng(seed)
    feeds = {}
    for vi in m.graph.input:
        if vi.name in init:
            continue
        tt = vi.type.tensor_type
        shape = [d.dim_value for d in tt.shape.dim]
        feeds[vi.name] = random_input(shape, str(helper.tensor_dtype_to_np_dtype(tt.elem_type)), rng)
    return feeds


def compare(got, want, dtype: str | None = None, rtol: float | None = None, atol: float | None = None) -> str | None:
    """None when `got` matches `want` within tolerance, else a one-line description."""
    got, want = np.asarray(got), np.asarray(want)
    if got.shape != want.shape:
        return f"shape {list(got.shape)} != reference {list(want.shape)}"
    r, a = tolerance(dtype or str(want.dtype))
    r = r if rtol is None else rtol
    a = a if atol is None else atol
    if got.dtype == bool or np.issubdtype(got.dtype, np.integer):
        bad = int(np.count_nonzero(got != want))
        return None if bad == 0 else f"{bad} of {got.size} elements differ"
    g, w = got.astype(np.float64), want.astype(np.float64)
    both_nan = np.isnan(g) & np.isnan(w)
    ok = np.isclose(g, w, rtol=r, atol=a) | both_nan
    if ok.all():
        return None
    err = np.abs(g - w)
    err[both_nan] = 0
    i = int(np.nanargmax(np.where(ok, 0, err)))
    return (f"{int((~ok).sum())} of {g.size} elements differ (rtol={r}, atol={a}); worst at flat index {i}: "
            f"{g.flat[i]!r} vs {w.flat[i]!r}")


def onnxruntime_outputs(model_path_or_proto, feeds: dict, threads: int | None = None) -> list[np.ndarray]:
    """Run the ONNX model with onnxruntime on the CPU (the reference)."""
    import onnxruntime as ort  # a test/reference dependency, loaded only to compare

    so = ort.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
    src = model_path_or_proto
    if not isinstance(src, (str, bytes)):
        src = src.SerializeToString() if hasattr(src, "SerializeToString") else str(src)
    sess = ort.InferenceSession(src, so, providers=["CPUExecutionProvider"])
    return sess.run(None, feeds)
