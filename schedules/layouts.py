"""Weight layouts that schedules ask for, applied to constant parameters at build time."""

from __future__ import annotations

import numpy as np


def _row_panels(data: np.ndarray, v: int) -> np.ndarray:
    """[R, K] -> [R/v, K, v]: panels of v rows, interleaved along K."""
    r, k = data.shape
    return np.ascontiguousarray(data.reshape(r // v, v, k).transpose(0, 2, 1))


def transform_param(data: np.ndarray, spec: tuple) -> np.ndarray:
    """Apply a layout `spec` from a rule's `param_transforms` to a weight array."""
    kind = spec[0]
    if kind == "pack_b":
        _, layout, nr = spec
        if layout == "kn":  # [K, N] -> [N/nr, K, nr]
            k, n = data.shape
            return np.ascontiguousarray(data.reshape(k, n // nr, nr).transpose(1, 0, 2))
        if layout == "nk":  # [N, K] -> [N/nr, K, nr]
            return _row_panels(data, nr)
    if kind == "pack_a":  # A[M, K] -> [M/vm, K, vm] (cpu.matmul's vec_m)
        return _row_panels(data, spec[1])
    if kind == "pack_oc":  # [OC, ...] -> [OC/v, ..., v]
        _, v = spec
        oc = data.shape[0]
        return np.ascontiguousarray(np.moveaxis(data.reshape(oc // v, v, *data.shape[1:]), 1, -1))
    raise ValueError(f"unknown parameter layout {spec!r}")
