"""Data to run one kernel on: random inputs and zeroed outputs, reproducible from a seed.

Integer inputs are zero: in gathers and scatters they are indices, and zero is the only index
valid for every dimension; floats are standard normal, booleans random.
"""

from __future__ import annotations

import numpy as np
import tvm


def kernel_arrays(kernel, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    n_in = len(kernel.args) - kernel.n_out
    out = []
    for i, (shape, dtype) in enumerate(kernel.args):
        if i >= n_in:
            out.append(np.zeros(shape, dtype=dtype))
        elif dtype == "bool":
            out.append(rng.integers(0, 2, size=shape).astype(bool))
        elif str(dtype).startswith(("float", "bfloat")):  # ml_dtypes' bfloat16 is no np.floating
            out.append(rng.standard_normal(size=shape).astype(dtype))
        else:
            out.append(np.zeros(shape, dtype=dtype))
    return out


def kernel_inputs(kernel, seed: int = 0, device=None):
    """(TVM tensors for every argument, number of outputs at the end)."""
    dev = device if device is not None else tvm.cpu(0)
    return [tvm.runtime.tensor(a, dev) for a in kernel_arrays(kernel, seed)], kernel.n_out
