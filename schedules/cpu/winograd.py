"""CPU rule for the two transform kernels of a Winograd convolution (jitc/passes/winograd_convs.py).

Input transform (block `winograd_input`, V[m+2, m+2, C, P]): per channel (the parallel loop)
the channel's padded plane is copied into a buffer of its own (3-4x faster than loads that
check the border themselves), then per tile its (m+2)² outputs, both loops unrolled so that
the tile's (m+2)² loads are shared by every output and the coefficient selects fold to
constants (left rolled: 7-40x slower).

Output transform (block `winograd_output`, y[N, K, H, W], the epilogue inlined into it): per
output channel (the parallel loop) and tile, the m x m outputs of the tile, unrolled the same
way, so the (m+2)² products of the tile are loaded once.

The algorithm's knob is the tile size m, chosen when the graph is rewritten
(jitc/passes/winograd_convs.py: choose_tile); the batched GEMM between the transforms is an ordinary kernel,
which cpu.matmul schedules and the tuner searches. These two kernels have one schedule each:
the alternatives above were measured slower on every shape tried, and a lite space holds no
candidate known to lose.
"""

from __future__ import annotations

from tvm import s_tir

from ...tir_analysis import block_infos
from .. import common as c

INPUT_BLOCK = "winograd_input"  # the blocks jitc/passes/winograd_convs.py's transforms are built with
OUTPUT_BLOCK = "winograd_output"
_POINTS = (4, 6)  # m + 2 for F(2x2, 3x3) and F(4x4, 3x3)


def role(func) -> str | None:
    """"input" or "output" for a kernel holding a Winograd transform block, else None."""
    names = {i.name for i in block_infos(s_tir.Schedule(func)) or ()}
    if INPUT_BLOCK in names:
        return "input"
    if OUTPUT_BLOCK in names:
        return "output"
    return None


class CpuWinograd:
    name = "cpu.winograd"
    kinds = ("elementwise",)

    def default(self, kernel, target) -> dict:
        if role(kernel.func) is None:
            raise c.NotApplicable("not a Winograd transform")
        return {"rule": self.name}

    def space(self, kernel, target) -> list[dict]:
        return [self.default(kernel, target)]

    def apply(self, func, cfg: dict, target):
        which = role(func)
        if which is None:
            raise c.NotApplicable("not a Winograd transform")
        sch = s_tir.Schedule(func)
        if which == "input":
            _input(sch, target)
        else:
            _output(sch, target)
        return c.finish(sch)


def _tile_size(sch, block) -> int:
    """m, from the transform buffer's leading extent m+2."""
    buf = sch.get(block).writes[0].source if sch.get(block).name_hint == INPUT_BLOCK \
        else sch.get(block).reads[0].source
    a = int(buf.shape[0])
    if a not in _POINTS:
        raise c.NotApplicable(f"a transform of {a} x {a} points")
    return a - 2


def _input(sch, target) -> None:
    block = sch.get_sblock(INPUT_BLOCK)
    pad = sch.get_sblock("winograd_pad")
    _tile_size(sch, block)  # (declines a transform of another size)
    ta, tb, ch, p = sch.get_loops(block)
    # (p stays one loop: split by the tiles per row, or partitioned at the padding columns,
    # the pad plane's buffer is no longer compacted to one channel, and each task allocates
    # the whole padded input: 6x slower)
    sch.reorder(ch, p, ta, tb)
    if target.num_cores > 1:
        sch.parallel(ch)
    sch.unroll(ta)
    sch.unroll(tb)
    sch.compute_at(pad, ch)


def _output(sch, target) -> None:
    c.inline_spatial(sch, keep={OUTPUT_BLOCK})  # (a bias's reshape into the epilogue)
    block = sch.get_sblock(OUTPUT_BLOCK)
    consumers, others = c.epilogue_and_producers(sch, block, OUTPUT_BLOCK)
    if others:
        raise c.NotApplicable("blocks besides the transform and its epilogue")
    for info in consumers:
        sch.reverse_compute_inline(info.rv)
    block = sch.get_sblock(OUTPUT_BLOCK)  # (inlining replaced it)
    m = _tile_size(sch, block)
    *outer, y, x = sch.get_loops(block)  # (batch and channels; a unit batch may be gone)
    ty, i = sch.split(y, [None, m])
    tx, j = sch.split(x, [None, m])
    sch.reorder(*outer, ty, tx, i, j)
    outer = sch.fuse(*outer) if len(outer) > 1 else outer[0]
    if target.num_cores > 1:
        sch.parallel(outer)
    sch.unroll(i)
    sch.unroll(j)
    # a partial last tile (14 = 3 x 4 + 2) in loops of its own: predicated, every output of
    # the unrolled tile was a branch (ResNet-50's 14x14 transform 194 -> 95 us)
    h, w = (int(d) for d in sch.get(block).writes[0].source.shape[-2:])
    if w % m:
        sch.loop_partition(tx, [w // m, None])
    if h % m:
        sch.loop_partition(ty, [h // m, None])
