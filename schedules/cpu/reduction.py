"""CPU rule for reductions that are not contractions: softmax, layer/RMS norm, mean/sum/max
over axes, pooling.

Two orders, picked by where the data is contiguous:
- "row": the reduced axes are innermost in memory (softmax, layernorm, mean over the last
  axis). The leading spatial axes shared by every block ("rows") are fused and parallelized;
  every block is computed per row; elementwise blocks vectorize along the row; reductions
  unroll their inner chunk so LLVM keeps several partial results in flight.
- "column": the innermost output axis is also innermost in memory (pooling, reductions over
  a leading axis). The reduction loops move outside that axis, which is then vectorized.
Knobs: `order`, `vec`, `unroll`, `rf` (row reductions: partial results per row, rfactor),
`inline` (inline elementwise producers, e.g. padding), `par`
(parallel rows; a parallel launch costs ~1 us, so small reductions run on one core).
"""

from __future__ import annotations

from tvm import s_tir

import numpy as np

from ... import tir_analysis as ta
from .. import common as c
from ..analysis import RowVector, analyze_matmul


def _is_gemv(kernel) -> bool:
    """A contraction without a column axis (matrix x vector: squeeze-and-excitation's 1x1
    convolutions on a 1x1 map), which the GEMM rule declines."""
    try:
        analyze_matmul(kernel.func)
    except RowVector:
        return True
    except c.NotApplicable:
        return False
    return False


def _leading_s(kinds: str) -> int:
    return len(kinds) - len(kinds.lstrip("S"))


def _expensive(sch, info) -> bool:
    """A block computing a transcendental: inlining it into several consumers recomputes it."""
    hit = []
    for value in ta.values(sch.get(info.rv).body):
        ta.walk(value, lambda e: hit.append(e) if isinstance(e, ta.CALL) else None, into_indices=False)
    return bool(hit)


def _natural_order(kernel) -> str:
    """'column' when the reduction's input is contiguous along the output's last axis."""
    sch = s_tir.Schedule(kernel.func)
    infos = ta.block_infos(sch)
    if not infos:
        return "row"
    for info in infos:
        if "R" not in info.kinds:
            continue
        block = sch.get(info.rv)
        spatial = [iv.var for iv, k in zip(block.iter_vars, info.kinds) if k == "S"]
        reduce = [iv.var for iv, k in zip(block.iter_vars, info.kinds) if k == "R"]
        for ld in [ld for v in ta.values(block.body) for ld in ta.loads(v)]:
            if any(ld.source.same_as(st.buffer) for st in ta.stores(block.body)) or not ld.indices:
                continue
            last = ta.vars_in(ld.indices[-1])
            if spatial and spatial[-1] in last:
                return "column"
        return "row"
    return "row"


class CpuReduction:
    name = "cpu.reduction"
    kinds = ("reduction", "matmul")  # matmul: the GEMVs the GEMM rule declines (a dot product per row)

    def default(self, kernel, target) -> dict:
        if kernel.kind == "matmul" and not _is_gemv(kernel):
            raise c.NotApplicable("a contraction with columns: the GEMM rule's")
        dtype = kernel.args[0][1] if kernel.args else "float32"
        work = sum(int(np.prod(s)) for s, _ in kernel.args)
        # a parallel launch costs ~1 us: small reductions run faster on one core
        order = _natural_order(kernel)
        lanes = target.lanes(dtype)
        row_len = kernel.args[0][0][-1] if kernel.args and kernel.args[0][0] else 1
        # partial results per row: one vector, two for long rows (more adds in flight)
        rf = (2 * lanes if row_len >= 16 * lanes else lanes) if order == "row" else 0
        return {"rule": self.name, "order": order, "vec": lanes, "unroll": 4, "inline": True,
                "par": work >= 32768, "rf": rf}

    def space(self, kernel, target) -> list[dict]:
        return _space(self, kernel, target)

    # ---- apply ----------------------------------------------------------------------------
    def apply(self, func, cfg: dict, target):
        sch = s_tir.Schedule(func)
        infos = c.infos_or_fail(sch)
        # a trailing block of another shape (a Pad fused after a softmax: the next GEMM's operand
        # padded to whole tiles) is scheduled on its own, after the rows it reads are complete;
        # the block it reads stays (inlined into the pad, the rows would have a consumer outside)
        tail_name = infos[-1].name if len(infos) > 1 and infos[-1].is_injective and \
            _shape_changes(infos[-1], infos) else None
        if cfg.get("inline", True):
            keep = {i.name for i in infos if i.is_injective and _expensive(sch, i)}
            if tail_name:
                keep.add(infos[-2].name)
            c.inline_spatial(sch, keep)
        infos = c.infos_or_fail(sch)
        if all(i.is_injective for i in infos):
            raise c.NotApplicable("no reduction left")
        tail = [infos.pop()] if tail_name and infos[-1].name == tail_name else []
        if cfg.get("order", "row") == "column":
            self._column(sch, infos, cfg, target)
        else:
            self._row(sch, infos, cfg, target)
        for t in tail:
            c.schedule_spatial(sch, t.rv, target.lanes(), target.num_cores)
        return c.finish(sch)

    def _rfactor(self, sch, infos, rf: int) -> dict:
        """Split each row reduction's inner axis by `rf` and rfactor it: `rf` partial results
        per row, updated as one vector, instead of one serial chain of dependent adds.
        Returns {reduction block name: (its rfactor block, the rf buffer's lanes axis)}."""
        out = {}
        for info in infos:
            kinds = info.kinds
            lead = _leading_s(kinds)
            if info.is_injective or kinds[lead:] != "R" * (len(kinds) - lead):
                continue  # only reductions whose reduced axes are all innermost
            loops = sch.get_loops(info.rv)
            if len(loops) != len(kinds):
                continue
            r_loops = loops[lead:]
            r = sch.fuse(*r_loops) if len(r_loops) > 1 else r_loops[0]
            ext = c.extent(sch, r)
            f = _rf_factor(ext, rf)
            if f is None:
                continue
            _, ki = sch.split(r, [None, f])
            try:
                out[info.name] = (sch.rfactor(ki, factor_axis=lead), lead)
            except Exception:  # noqa: BLE001 - a reduction rfactor does not take (e.g. argmax's tuple)
                continue
        return out

    @staticmethod
    def _rf_vectorize(sch, rv, row, lead: int, width: int) -> None:
        """An rfactor block's partial results (the lanes axis, written at position `lead` of its
        buffer) go innermost under the row and are vectorized (an odd count of them, 30 for
        rows of 1500, as one vector LLVM splits into registers)."""
        block = sch.get(rv)
        lane_var = block.writes[0].region[lead].min
        lane_iter = next((i for i, iv in enumerate(block.iter_vars) if iv.var.same_as(lane_var)), None)
        loops = sch.get_loops(rv)
        row_at = next((i for i, lp in enumerate(loops) if sch.get(lp).same_as(sch.get(row))), None)
        if lane_iter is None or row_at is None:
            return
        inner = loops[row_at + 1:]
        realize = sch.get(inner[-1]).body if inner else None
        if not hasattr(realize, "iter_values"):  # not a lone block under its loops: leave it scalar
            return
        binding = realize.iter_values[lane_iter]
        lanes_loop = next((lp for lp in inner if sch.get(lp).loop_var.same_as(binding)), None)
        k_loop = next((lp for lp in inner if c.extent(sch, lp) > 1 and lanes_loop is not None
                       and not sch.get(lp).same_as(sch.get(lanes_loop))), None)
        if lanes_loop is None or k_loop is None:
            return
        sch.reorder(k_loop, lanes_loop)
        n = c.extent(sch, lanes_loop)
        v = n if n <= width else c.vector_factor(n, width)
        if v > 1:
            sch.vectorize(sch.split(lanes_loop, [None, v])[1] if n > v else lanes_loop)

    def _row(self, sch, infos, cfg, target):
        n = min(_leading_s(i.kinds) for i in infos)
        if n == 0:
            raise c.NotApplicable("a block has no leading spatial axis")
        rows = infos[-1].extents[:n]
        if any(i.extents[:n] != rows for i in infos):
            raise c.NotApplicable("blocks disagree on the row axes")
        rf = self._rfactor(sch, infos, int(cfg["rf"])) if cfg.get("rf", 0) > 1 else {}
        # (handle, kind, the rf buffer's lanes axis) in producer order; rfactor blocks come
        # before the reduction they feed
        blocks = []
        for info in infos:
            if info.name in rf:
                rf_block, lead = rf[info.name]
                blocks.append((rf_block, "rf", lead))
            blocks.append((info.rv, "injective" if info.is_injective else "reduction", None))
        last = infos[-1]
        loops = sch.get_loops(last.rv)
        row = sch.fuse(*loops[:n]) if n > 1 else loops[0]
        nrows = 1
        for e in rows:
            nrows *= e
        if target.num_cores > 1 and nrows > 1 and cfg.get("par", True):
            sch.parallel(row)
        for rv, _, _ in reversed(blocks[:-1]):
            sch.compute_at(rv, row, preserve_unit_loops=True)
        vec, unroll = cfg.get("vec", target.lanes()), cfg.get("unroll", 0)
        for rv, kind, lead in blocks:  # block handles stay valid; the normal form does not after compute_at
            inner = sch.get_loops(rv)[-1]
            ext = c.extent(sch, inner)
            if sch.get(inner).same_as(sch.get(row)):
                continue  # a block with nothing but the row loop: its rows are not contiguous
            if kind == "rf":  # partial results: their (spatial) lanes go innermost and are vectorized
                self._rf_vectorize(sch, rv, row, lead, vec * 4)
            elif kind == "injective":
                c.vectorize_with_tail(sch, inner, vec)
            elif unroll > 1 and ext > unroll and ext % unroll == 0:
                _, ui = sch.split(inner, [None, unroll])
                sch.unroll(ui)

    def _column(self, sch, infos, cfg, target):
        vec = cfg.get("vec", target.lanes())
        for info in infos:
            kinds = info.kinds
            loops = sch.get_loops(info.rv)
            if len(loops) != len(kinds) or "S" not in kinds:
                raise c.NotApplicable("loops do not match block iters")
            has_r = "R" in kinds
            if has_r and kinds[-1] == "R":
                # move the innermost spatial loop inside the reduction loops
                s_pos = max(i for i, k in enumerate(kinds) if k == "S")
                sch.reorder(*[lp for i, lp in enumerate(loops) if i != s_pos], loops[s_pos])
                kinds = "".join(k for i, k in enumerate(kinds) if i != s_pos) + "S"
            loops = sch.get_loops(info.rv)
            n_outer = _leading_s(kinds)
            inner = loops[-1]
            ext = c.extent(sch, inner)
            v = c.vector_factor(ext, vec)
            if v > 1:
                vi = sch.split(inner, [None, v])[1] if ext > v else inner
                sch.vectorize(vi)
            outer = loops[:n_outer] if n_outer < len(loops) else loops[:-1]
            first_r = n_outer
            if target.num_cores > 1 and cfg.get("par", True) and outer:
                sch.parallel(sch.fuse(*outer) if len(outer) > 1 else outer[0])
                first_r = 1
            if has_r and n_outer < len(loops):
                # last: vectorize and parallel need the reduction block with its init
                init = sch.decompose_reduction(info.rv, sch.get_loops(info.rv)[first_r])
                il = sch.get_loops(init)
                ext = c.extent(sch, il[-1])
                v = c.vector_factor(ext, vec)
                if v > 1:
                    sch.vectorize(sch.split(il[-1], [None, v])[1] if ext > v else il[-1])


def _rf_factor(ext: int, rf: int) -> int | None:
    """The count of partial results for a row of `ext`: `rf` where it divides the row, else the
    divisor of `ext` nearest to it within [rf/2, 2 rf] (rows of 1500 tokens: 30 for 32); None
    where there is none (a prime row such as 197: one chain)."""
    if ext <= rf // 2 or rf < 2:
        return None
    if ext % rf == 0 and ext > rf:
        return rf
    near = [d for d in range(max(2, rf // 2), min(2 * rf, ext - 1) + 1) if ext % d == 0]
    return min(near, key=lambda d: (abs(d - rf), -d)) if near else None


def _space(rule, kernel, target) -> list[dict]:
    """The lite space: the knobs above, pruned (each rule says why), ordered by a rule-based score."""
    dtype = kernel.args[0][1] if kernel.args else "float32"
    lanes = target.lanes(dtype)
    natural = _natural_order(kernel)
    scored = []
    work = sum(int(np.prod(s)) for s, _ in kernel.args)
    default = rule.default(kernel, target)
    for order in ("row", "column"):
        for vec in sorted({lanes, max(lanes // 2, 1)}, reverse=True):
            for unroll in (0, 4):
                for inline in (True, False):
                    for par in (True, False):
                        if par and target.num_cores == 1:
                            continue  # one core: parallel is the same schedule
                        # rfactor splits row reductions only; a column schedule has no use for it
                        for rf in ((0, lanes, 2 * lanes, 4 * lanes) if order == "row" else (0,)):
                            s = (2.0 if order == natural else 1.0) + vec / lanes * 0.5 + (0.1 if unroll == 4 else 0)
                            s += 0.3 if par == (work >= 32768) else 0
                            s += 0.4 if rf == default.get("rf") else (0.2 if rf else 0)
                            scored.append((s, {"rule": rule.name, "order": order, "vec": vec, "unroll": unroll,
                                               "inline": inline, "par": par, "rf": rf}))
    return c.finish_space(rule.default(kernel, target), scored)


def _shape_changes(last, infos) -> bool:
    """Whether `last` (the output block) iterates over another domain than the reductions: its
    rows are not theirs, so it cannot be computed row by row with them."""
    reductions = [i for i in infos if not i.is_injective]
    if not reductions:
        return False
    n = _leading_s(reductions[-1].kinds)
    return last.extents[:n] != reductions[-1].extents[:n] or len(last.extents) != len(reductions[-1].extents)
