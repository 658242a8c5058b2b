"""Index bounds: a data-dependent index never reads or writes outside its tensor.

TVM's gather, take and scatter kernels trust their indices: an index past the end reads or
writes arbitrary memory (a token id past the vocabulary crashed the process). The frontends
put a check in front of every index operand whose values are only known at run time
(`guard`): a small kernel that asserts -n <= i < n for each index, names the node in its
message, and maps negative indices to i + n (ONNX's rule, and torch's). On CPU and WASM a
bad index makes the kernel return an error, which the executor turns into an IndexError
naming the node, the bad value and its position (`describe_failure`). GPU kernels cannot
raise: there the check clamps into range instead (`for_gpu`), and the output of that lookup
is the nearest row's, not a crash. Constant indices are checked once, at import.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax

from ..errors import ModelError
from ..index_checks import check_func, first_bad


def check_constant(indices: np.ndarray, bounds, per_last_axis: bool, what: str) -> None:
    """A constant index tensor: checked now, at import (ModelError naming the node)."""
    bad = first_bad(indices, bounds, per_last_axis)
    if bad is not None:
        pos, value, n = bad
        raise ModelError(f"{what}: constant index {value} at position {pos} is out of range for a dimension "
                         f"of size {n} (valid: {-n}..{n - 1})")


def guard(bb, indices, bounds, per_last_axis: bool, what: str):
    """`indices` (a Relax expression) checked and with negatives mapped, as a new expression.
    A constant is checked now and returned as it is (the converters fold constants)."""
    if isinstance(indices, tvm.ir.GenericConst):
        check_constant(indices.value.numpy(), bounds, per_last_axis, what)
        return indices
    ty = indices.ty
    shape = [int(d) for d in ty.shape.values]
    gv = bb.add_func(check_func(shape, str(ty.dtype), bounds, per_last_axis, what), "index_check")
    return bb.emit(relax.call_tir(gv, [indices], relax.TensorType(shape, str(ty.dtype))))


def static_shape(expr):
    ty = getattr(expr, "ty", None)
    shape = getattr(ty, "shape", None)
    values = getattr(shape, "values", None)
    if values is None:
        return None
    try:
        return [int(d) for d in values]
    except TypeError:  # a symbolic dimension
        return None


def onnx_index_operand(op: str, inputs, attrs) -> tuple[int, tuple[int, ...], bool] | None:
    """For an ONNX node that indexes a tensor: (which input holds the indices, the bounds, whether
    they apply per position of the indices' last axis); None for other nodes or shapes unknown."""
    if op not in ("Gather", "GatherElements", "GatherND", "ScatterElements", "ScatterND"):
        return None
    data, idx = inputs[0], inputs[1]
    dshape, ishape = static_shape(data), static_shape(idx)
    if dshape is None or ishape is None or not dshape:
        return None
    if op in ("GatherND", "ScatterND"):
        b = int(attrs.get("batch_dims", 0))
        if not ishape or ishape[-1] > len(dshape) - b:
            return None
        return 1, tuple(dshape[b: b + ishape[-1]]), True
    axis = int(attrs.get("axis", 0))
    axis = axis + len(dshape) if axis < 0 else axis
    if not 0 <= axis < len(dshape):
        return None
    return 1, (dshape[axis],), False
