"""Small schedule helpers shared by the rules: inlining, loop facts, spatial-block schedules."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.tirx import IndexMap
from tvm_ffi import structural_equal

from ..tir_analysis import BlockInfo, block_infos


class NotApplicable(Exception):
    """A rule does not fit this kernel (the caller falls back to another rule)."""


def extent(sch: s_tir.Schedule, loop) -> int:
    e = sch.get(loop).extent
    if not isinstance(e, tirx.IntImm):
        raise NotApplicable("symbolic loop extent")
    return int(e)


def divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def vector_factor(n: int, lanes: int) -> int:
    """The widest power-of-two vector (<= lanes) dividing n; 1 if none of width >= 2 does."""
    v = lanes
    while v >= 2:
        if n % v == 0:
            return v
        v //= 2
    return 1


def read_index(sch: s_tir.Schedule, block, func, arg_index: int, what: str) -> int:
    """Position of parameter `arg_index` of `func` among `block`'s reads (for transform_layout
    of a weight); NotApplicable naming `what` where the block does not read it."""
    name = getattr(func.params[arg_index], "name", None)
    for n, rd in enumerate(sch.get(block).reads):
        if rd.source.name == name:
            return n
    raise NotApplicable(f"{what} is not read by the block")


def vectorize_with_tail(sch: s_tir.Schedule, loop, lanes: int) -> int:
    """Vectorize `loop` by `lanes`; where its extent is no multiple of `lanes` (1500 tokens, 197
    patches), the whole vectors and the remainder become two loops (loop_partition), both
    vectorized (LLVM lowers the remainder's odd width to a narrower vector), instead of falling
    back to the widest power of two dividing the extent (4 lanes for 1500). Returns the width
    of the main vectors (1: not vectorized)."""
    n = extent(sch, loop)
    if lanes < 2 or n < 2:
        return 1
    if n <= lanes:
        sch.vectorize(loop)
        return n
    tail = n % lanes
    if tail:
        main, rest = sch.loop_partition(loop, [n - tail, None])
        if tail > 1:
            sch.vectorize(rest)
        loop = main
    sch.vectorize(sch.split(loop, [None, lanes])[1])
    return lanes


def move_axis_last(ndim: int, axis: int):
    """The layout map (i0, .., i_axis, .., i_n) -> (i0, .., i_n, i_axis), in int64 indices.
    (IndexMap.from_func with a variadic lambda builds one transform_layout rejects.)"""
    iv = [tirx.Var(f"i{j}", "int64") for j in range(ndim)]
    return IndexMap(iv, iv[:axis] + iv[axis + 1:] + [iv[axis]], None)


def root_block(sch: s_tir.Schedule):
    return sch.get_sblock("root")


def is_output(sch: s_tir.Schedule, rv) -> bool:
    outs = sch.get_output_blocks(root_block(sch))
    return any(sch.get(o).same_as(sch.get(rv)) for o in outs)


def inline_spatial(sch: s_tir.Schedule, keep: set[str] = frozenset()) -> None:
    """compute_inline every non-output, injective block (not in `keep`) until none is left.
    Inlining only re-expresses values where they are used; it never changes results."""
    changed = True
    while changed:
        changed = False
        infos = block_infos(sch)
        if infos is None:
            return
        for info in infos:
            if info.name in keep or not info.is_injective or is_output(sch, info.rv):
                continue
            try:
                sch.compute_inline(info.rv)
            except Exception:  # noqa: BLE001 - not inlinable here (e.g. multiple consumers of a reduction)
                continue
            changed = True
            break


def epilogue_and_producers(sch: s_tir.Schedule, anchor, anchor_name: str, slices: bool = False) -> tuple[list, list]:
    """The other blocks of the function (after inlining): those that read the anchor's output
    element for element (its epilogue: bias, activation, residual), and the rest (producers
    feeding it, and consumers that change the shape — a Pad fused after a convolution — which
    the rules schedule on their own, after the contraction: computed per tile, a padded output
    would never get its border written)."""
    buf = sch.get(anchor).writes[0].source
    shape = [int(d) for d in buf.shape]
    others = [i for i in infos_or_fail(sch) if i.name != anchor_name]
    consumers = [i for i in others if any(rd.source.same_as(buf) for rd in sch.get(i.rv).reads)
                 and ([int(d) for d in sch.get(i.rv).writes[0].source.shape] == shape
                      or (slices and _reads_a_corner(sch.get(i.rv), buf, shape)))]
    return consumers, [i for i in others if i not in consumers]


def convolution_epilogue(sch: s_tir.Schedule, info) -> tuple[object, list]:
    """A convolution's blocks after inlining every elementwise one but the convolution and the
    stages it reads (its padded input): (its one epilogue block, or None; the other blocks).
    Raises NotApplicable for more than one epilogue."""
    anchor = info.rv
    keep = {info.name} | {i.name for i in infos_or_fail(sch) if feeds(sch, i, anchor)}
    inline_spatial(sch, keep=keep)
    consumers, producers = epilogue_and_producers(sch, anchor, info.name, slices=True)
    if len(consumers) > 1:
        raise NotApplicable("more than one epilogue block")
    return (consumers[0] if consumers else None), producers


def _same(a, b) -> bool:
    return bool(structural_equal(a, b))


def _reads_a_corner(block, buf, shape) -> bool:
    """Whether `block` writes a leading corner of `buf` (each extent at most buf's) and reads
    each element of `buf` at the coordinates it writes: the slice that drops a padded GEMM's
    extra rows and columns, an epilogue on the elements it keeps."""
    out = block.writes[0]
    dims = [int(d) for d in out.source.shape]
    if len(dims) != len(shape) or any(d > s for d, s in zip(dims, shape)):
        return False
    reads = [r for r in block.reads if r.source.same_as(buf)]
    return len(reads) == 1 and all(_same(a.min, b.min) and _same(a.extent, b.extent)
                                   for a, b in zip(reads[0].region, out.region))


def infos_or_fail(sch: s_tir.Schedule) -> list[BlockInfo]:
    infos = block_infos(sch)
    if infos is None:
        raise NotApplicable("function is not in normal form")
    return infos


def schedule_spatial(sch: s_tir.Schedule, rv, lanes: int, cores: int, *, vec: int | None = None,
                     parallel_min: int = 4096, unroll: int = 0) -> None:
    """Fuse the outer loops and parallelize them; vectorize the innermost loop by the widest
    vector dividing it. `parallel_min`: below this many elements a parallel launch costs more
    than it saves."""
    loops = sch.get_loops(rv)
    if not loops:
        return
    exts = [extent(sch, lp) for lp in loops]
    total = 1
    for e in exts:
        total *= e
    if total == 0:
        return  # an empty block (a slice of nothing): vectorizing a loop of extent 0 fails
    inner = loops[-1]
    v = vec if vec is not None else vector_factor(exts[-1], lanes)
    if v > 1 and exts[-1] % v == 0:
        if exts[-1] > v:
            io, vi = sch.split(inner, [None, v])
            if unroll > 1:
                sch.annotate(io, "pragma_auto_unroll_max_step", unroll)
        else:
            vi = inner
        sch.vectorize(vi)
    outer = loops[:-1]
    if cores > 1 and total >= parallel_min:
        if outer:
            fused = sch.fuse(*outer) if len(outer) > 1 else outer[0]
            sch.parallel(fused)
        elif v == 1 or exts[-1] // max(v, 1) >= cores:
            pass  # a single loop: leave it serial rather than fight the vectorized split


def loops_inside(sch, block, outer) -> list:
    """The loops of `block` nested inside the loop `outer` (empty when `outer` is not one of
    its loops)."""
    loops = sch.get_loops(block)
    anchor = sch.get(outer)
    for i, lp in enumerate(loops):
        if sch.get(lp).same_as(anchor):
            return loops[i + 1:]
    return []


def unroll_inner(sch, block, below) -> None:
    """Unroll the loops of `block` nested inside the loop `below`: a GPU thread's write-back of
    its accumulators then indexes them with constants, so they can stay in registers (a loop
    index makes the array addressable memory unless the shader compiler unrolls it itself)."""
    for lp in loops_inside(sch, block, below):
        sch.unroll(lp)


def finish(sch: s_tir.Schedule) -> tirx.PrimFunc:
    """The scheduled function, marked so later passes keep the schedule."""
    return sch.mod["main"].with_attr("tirx.is_scheduled", True)


# ---- shared by the CPU rules' spaces ------------------------------------------------------
MAX_CANDIDATES = 64  # a lite space: dozens of candidates per kernel, never more than this


def item_bytes(dtype: str) -> int:
    bits = int("".join(ch for ch in dtype if ch.isdigit()) or 32)
    return max(1, bits // 8)


def finish_space(default: dict, scored: list[tuple[float, dict]]) -> list[dict]:
    """A rule's space: its default first, then by descending score, duplicates dropped, at
    most MAX_CANDIDATES."""
    out, seen = [], set()
    for cfg in [default] + [cfg for _, cfg in sorted(scored, key=lambda t: -t[0])]:
        key = tuple(sorted(cfg.items()))
        if key not in seen:
            seen.add(key)
            out.append(cfg)
    return out[:MAX_CANDIDATES]


def min_accumulators(target) -> int:
    """FMA latency (4 cycles) x FMA ports (2): fewer independent accumulators leave the FMA
    units idle."""
    return 8


def feeds(sch, info, anchor) -> bool:
    """Whether `info` is read by the anchor (its padding stage: kept, not inlined)."""
    buf = sch.get(info.rv).writes[0].source
    return any(r.source.same_as(buf) for r in sch.get(anchor).reads)


def vectorize_inner(sch, blk, lanes):
    """Vectorize a block's innermost loop by the widest vector dividing it (split off if longer)."""
    loops = sch.get_loops(blk)
    if not loops:
        return
    ext = extent(sch, loops[-1])
    v = vector_factor(ext, lanes)
    if v > 1:
        vi = sch.split(loops[-1], [None, v])[1] if ext > v else loops[-1]
        sch.vectorize(vi)
