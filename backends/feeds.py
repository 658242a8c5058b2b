"""The inputs of a plan's runner (wgpu, wasmtime), checked: positional arrays in the model's
order, or one dict keyed by input name. A wrong count, name, shape or dtype is an InputError
naming the input (before, a dict was read as one garbage array and the outputs were junk)."""

from __future__ import annotations

import numpy as np

from ..errors import InputError


def ordered(feeds: tuple, plan, specs) -> list[np.ndarray]:
    names = [getattr(s, "name", f"input {i}") for i, s in enumerate(specs)]
    if len(feeds) == 1 and isinstance(feeds[0], dict):
        given = feeds[0]
        missing = [n for n in names if n not in given]
        extra = [k for k in given if k not in names]
        if missing or extra:
            raise InputError(f"inputs: missing {missing}, unexpected {extra}; the model takes {names}")
        feeds = tuple(given[n] for n in names)
    if len(feeds) != len(plan.inputs):
        raise InputError(f"{len(feeds)} inputs given; the model takes {len(plan.inputs)}: {names}")
    out = []
    for name, b, a in zip(names, plan.inputs, feeds):
        d = plan.buffers[b]
        a = np.asarray(a)
        if tuple(a.shape) != tuple(d.shape) or str(a.dtype) != str(d.dtype):
            raise InputError(f"input {name!r}: expected {d.dtype}{list(d.shape)}, got {a.dtype}{list(a.shape)}")
        out.append(np.ascontiguousarray(a))
    return out
