"""Index-check kernels, wherever they came from: the marker the core, the schedules and the
executor read.

A frontend puts a small kernel in front of every data-dependent index operand
(frontends/index_check.py says why). The kernel carries the attribute `ATTR` (the node it
guards) and `jitc.index_bounds`; this module makes such kernels (`check_func`), tells them
apart (`is_check`, `info`), gives the asserting (CPU, WASM) or clamping (GPU kernels cannot
raise) variant of one, and turns a failed check's error into the IndexError text naming the
node, the bad value and its position (`describe_failure`).
"""

from __future__ import annotations

import numpy as np
import tvm

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
