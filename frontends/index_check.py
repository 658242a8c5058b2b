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

ATTR = "jitc.index_check"  # the PrimFunc attribute: the node's description
MARK = "jitc-index-check"  # the assert message's prefix, to find it in a kernel's error


def _bounds_text(bounds: tuple[int, ...], per_last_axis: bool) -> str:
    return ",".join(map(str, bounds)) + (";last" if per_last_axis else "")


def parse_bounds(text: str) -> tuple[tuple[int, ...], bool]:
    """(bounds, whether they apply per position of the last axis) from the attribute text."""
    body, _, last = text.partition(";")
    return tuple(int(b) for b in body.split(",") if b), last == "last"


def _source(shape, dtype: str, bounds, per_last_axis: bool, what: str, clamp: bool) -> str:
    """TVMScript of the check: out[i] = idx[i] + n if idx[i] < 0 else idx[i], after asserting
    -n <= idx[i] < n (or clamping into that range)."""
    rank = len(shape)
    buf = f"T.Buffer(({', '.join(map(str, shape))}{',' if rank == 1 else ''}), \"{dtype}\")"
    ivs = [f"i{k}" for k in range(rank)]
    vs = [f"v{k}" for k in range(rank)]
    at = f"[{', '.join(vs)}]" if rank else "[()]"
    if per_last_axis and rank:  # GatherND / ScatterND: the bound depends on the last index
        n = "T.int64(0)"
        for j, b in reversed(list(enumerate(bounds))):
            n = f"T.Select({vs[-1]} == {j}, T.int64({b}), {n})"
    else:
        n = f"T.int64({bounds[0]})"
    v = f"T.Cast(\"int64\", idx{at})"
    norm = f"T.Select({v} < T.int64(0), {v} + {n}, {v})"
    if clamp:
        norm = f"T.max(T.int64(0), T.min({norm}, {n} - T.int64(1)))"
    lines = [
        "@T.prim_func(private=True)",
        f"def main(idx: {buf}, out: {buf}):",
        f"    T.func_attr({{\"tir.noalias\": True, \"op_pattern\": 8, \"{ATTR}\": {what!r}, "
        f"\"jitc.index_bounds\": {_bounds_text(tuple(bounds), per_last_axis)!r}}})",
    ]
    lines.append("    with T.sblock(\"root\"):")
    ind = "        "
    if rank:
        lines.append(f"{ind}for {', '.join(ivs)} in T.grid({', '.join(map(str, shape))}):")
        ind += "    "
    lines.append(f"{ind}with T.sblock(\"index_check\"):")
    ind += "    "
    if rank:
        lines.append(f"{ind}{', '.join(vs)} = T.axis.remap(\"{'S' * rank}\", [{', '.join(ivs)}])")
    lines.append(f"{ind}T.reads(idx{at})")
    lines.append(f"{ind}T.writes(out{at})")
    if not clamp:
        lines.append(f"{ind}assert {v} >= T.int64(0) - {n} and {v} < {n}, {MARK + ': ' + what!r}")
    lines.append(f"{ind}out{at} = T.Cast(\"{dtype}\", {norm})")
    return "\n".join(lines) + "\n"


def check_func(shape, dtype: str, bounds, per_last_axis: bool, what: str, clamp: bool = False):
    """The PrimFunc checking (or, with `clamp`, clamping) an index tensor of `shape`."""
    src = _source(tuple(int(d) for d in shape), dtype, tuple(int(b) for b in bounds), per_last_axis, what, clamp)
    return tvm.script.from_source(src, s_tir=True, check_well_formed=False)


def is_check(func) -> bool:
    attrs = getattr(func, "attrs", None)
    return attrs is not None and ATTR in attrs


def variant(func, clamp: bool):
    """The check function asserting (CPU, WASM) or clamping (GPU kernels cannot raise)."""
    bounds, last = parse_bounds(str(func.attrs["jitc.index_bounds"]))
    p = func.params[0]  # a buffer parameter (TVM 0.27)
    return check_func([int(d) for d in p.shape], str(p.dtype), bounds, last, str(func.attrs[ATTR]), clamp=clamp)


def for_gpu(func):
    return variant(func, clamp=True)


def for_cpu(func):
    return variant(func, clamp=False)


def check_constant(indices: np.ndarray, bounds, per_last_axis: bool, what: str) -> None:
    """A constant index tensor: checked now, at import (ModelError naming the node)."""
    bad = first_bad(indices, bounds, per_last_axis)
    if bad is not None:
        pos, value, n = bad
        raise ModelError(f"{what}: constant index {value} at position {pos} is out of range for a dimension "
                         f"of size {n} (valid: {-n}..{n - 1})")


def first_bad(indices: np.ndarray, bounds, per_last_axis: bool):
    """(position, value, bound) of the first index outside [-n, n), or None."""
    a = np.asarray(indices).astype(np.int64)
    if per_last_axis and a.ndim:
        n = np.broadcast_to(np.asarray(bounds, np.int64), a.shape)
    else:
        n = np.full(a.shape, int(bounds[0]), np.int64)
    bad = (a < -n) | (a >= n)
    if not bad.any():
        return None
    pos = tuple(int(x) for x in np.argwhere(bad)[0])
    return pos, int(a[pos]), int(n[pos])


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


def _static_shape(expr):
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
    dshape, ishape = _static_shape(data), _static_shape(idx)
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


def info(func) -> dict | None:
    """What the executor needs to explain a failed check (kept in the module's kernel table)."""
    if not is_check(func):
        return None
    return {"what": str(func.attrs[ATTR]), "bounds": str(func.attrs["jitc.index_bounds"])}


def describe_failure(message: str, check: dict | None, index_tensor: np.ndarray) -> str | None:
    """The IndexError text for a check kernel's error, or None if `message` is not one."""
    if MARK not in message or not check:
        return None
    bounds, last = parse_bounds(check["bounds"])
    bad = first_bad(index_tensor, bounds, last)
    if bad is None:
        return f"{check['what']}: an index is out of range"
    pos, value, n = bad
    where = f" at position {list(pos)}" if pos else ""
    return (f"{check['what']}: index {value}{where} is out of range for a dimension of size {n} "
            f"(valid: {-n}..{n - 1}); check the input that feeds it")
