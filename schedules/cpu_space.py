"""The lite CPU schedule space: a few knobs per kernel class, derived from the target (vector
lanes, L1/L2 sizes, cores), and the rules that prune their product. Every rule says why.

The space is ordered by a rule-based score (what the tuner measures first when no cost model
is trained), the rule's default first, and capped at MAX_CANDIDATES.
"""

from __future__ import annotations

import numpy as np

from . import common as c

MAX_CANDIDATES = 64


def _item(dtype: str) -> int:
    bits = int("".join(ch for ch in dtype if ch.isdigit()) or 32)
    return max(1, bits // 8)


def _finish(default: dict, scored: list[tuple[float, dict]]) -> list[dict]:
    """Default first, then by descending score, duplicates dropped, at most MAX_CANDIDATES."""
    out, seen = [], set()
    for cfg in [default] + [cfg for _, cfg in sorted(scored, key=lambda t: -t[0])]:
        key = tuple(sorted(cfg.items()))
        if key not in seen:
            seen.add(key)
            out.append(cfg)
    return out[:MAX_CANDIDATES]


def _min_accumulators(target) -> int:
    """FMA latency (4 cycles) x FMA ports (2): fewer independent accumulators leave the FMA
    units idle."""
    return 8


def matmul_space(rule, kernel, target) -> list[dict]:
    from .cpu_matmul import _acc_budget, analyze

    _, r = analyze(kernel.func)
    lanes = target.lanes(r.dtype)
    item = _item(r.dtype)
    budget = _acc_budget(target)
    cores = max(1, target.num_cores)
    # nr is a whole number of vectors: no masked lanes in the micro-kernel
    nrs = [lanes * m for m in (1, 2, 3, 4) if r.N % (lanes * m) == 0]
    if not nrs:  # a narrow N (e.g. 10 classes): the widest vector that divides it
        nrs = [c.vector_factor(r.N, lanes)]
    # B can be packed into [N/nr, K, nr] panels at build time only if it is a plain 2-D weight
    packs = [False, True] if (r.b_arg >= 0 and r.b_layout in ("kn", "nk") and not r.b) else [False]
    scored = []
    for nr in nrs:
        vecs = max(1, nr // lanes)
        mrs = [m for m in (1, 2, 3, 4, 6, 8, 12, 16) if r.M % m == 0]  # a tail would bounds-check the micro-kernel
        mrs = [m for m in mrs if m * vecs <= budget]  # accumulators must stay in vector registers
        most = max((m * vecs for m in mrs), default=1)
        mrs = [m for m in mrs if m * vecs >= min(_min_accumulators(target), most)]  # enough FMA chains in flight
        # kc: a kc x nr panel of B stays in L1 while the A strips stream past; or K whole
        l1_kc = max([d for d in c.divisors(r.K) if d * nr * item <= target.l1d_bytes // 2] or [1])
        kcs = sorted({l1_kc, r.K})
        for mr in mrs:
            for kc in kcs:
                if not r.tile_ok(mr, nr, kc):
                    continue  # a tile straddling a row of fused axes: the epilogue would read unproduced outputs
                for order in ("goto", "ij"):
                    panels = r.B_batch * (r.N // nr)
                    tiles = panels * (r.M // mr)
                    if order == "goto" and panels < cores and tiles >= cores:
                        continue  # goto parallelizes panels only: too few to cover the cores
                    for pack in packs:
                        intensity = mr * nr / (mr + vecs)  # FMAs per load in the micro-kernel
                        s = intensity
                        s *= 1.10 if kc * nr * item <= target.l1d_bytes // 2 else 1.0
                        s *= 1.15 if pack else 1.0
                        s *= 1.05 if (order == "goto") == (panels >= 2 * cores) else 1.0
                        scored.append((s, {"rule": rule.name, "mr": mr, "nr": nr, "kc": kc, "order": order,
                                           "pack_b": pack}))
    return _finish(rule.default(kernel, target), scored)


def conv_space(rule, kernel, target) -> list[dict]:
    from .cpu_conv import _budget, analyze

    _, ci = analyze(kernel.func)
    lanes = target.lanes(ci.dtype)
    info = ci.info
    xe = info.extents[ci.xpos]
    has_oc = ci.ocpos is not None and ci.ocpos != ci.xpos
    oce = info.extents[ci.ocpos] if has_oc else 1
    budget = _budget(target)
    scored = []
    # vec="ow": whole vectors (or half of one) that divide the innermost output axis
    ows = [w for w in (lanes // 2, lanes, 2 * lanes, 3 * lanes, 4 * lanes) if w >= 1 and xe % w == 0]
    if not ows:
        ows = [c.vector_factor(xe, lanes)]
    for ow in ows:
        vecs = max(1, ow // lanes)
        ofs = [f for f in (1, 2, 3, 4, 6, 8, 12, 16) if oce % f == 0] if has_oc else [1]
        ofs = [f for f in ofs if f * vecs <= budget]  # accumulators must stay in vector registers
        most = max((f * vecs for f in ofs), default=1)
        ofs = [f for f in ofs if f * vecs >= min(_min_accumulators(target), most)]  # enough FMA chains
        for of in ofs:
            s = (of * ow) / (of + vecs) * (1.0 if ow % lanes == 0 else 0.6)  # half vectors waste lanes
            scored.append((s, {"rule": rule.name, "vec": "ow", "of": of, "ow": ow}))
    # vec="oc": output channels in whole vectors, weight packed [OC/lanes, IC, KH, KW, lanes]
    if has_oc and ci.weight_oihw and ci.weight_arg >= 0 and oce % lanes == 0:
        for nv in (1, 2, 3, 4):
            of = nv * lanes
            if oce % of:
                continue
            # ow: output pixels per tile, any divisor of the width (no vector constraint here)
            tiles = [d for d in c.divisors(xe) if 2 <= d * nv <= budget and d * nv >= min(_min_accumulators(target), budget)]
            for ow in sorted(tiles)[-3:]:  # the largest tiles that fit: more reuse per weight load
                s = (of * ow) / (ow + nv) / lanes * lanes
                scored.append((s, {"rule": rule.name, "vec": "oc", "of": of, "ow": ow, "lanes": lanes}))
    return _finish(rule.default(kernel, target), scored)


def reduction_space(rule, kernel, target) -> list[dict]:
    from .cpu_reduction import _natural_order

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
    return _finish(rule.default(kernel, target), scored)


def elementwise_space(rule, kernel, target) -> list[dict]:
    shape, dtype = (tuple(kernel.args[-1][0]), kernel.args[-1][1]) if kernel.args else ((), "float32")
    inner = shape[-1] if shape else 1
    lanes = target.lanes(dtype)
    vecs = sorted({v for v in (lanes, lanes // 2, lanes // 4, 1) if v >= 1 and inner % v == 0}, reverse=True)
    scored = []
    for v in vecs:
        for unroll in (0, 4, 16):
            if v == 1 and unroll:
                continue  # unrolling scalar chunks only grows code; LLVM unrolls scalar loops itself
            for par_min in (8192, 32768, 1 << 30):
                if par_min != 32768 and target.num_cores == 1:
                    continue  # one core: every threshold gives the same schedule
                s = v + (0.5 if par_min == 32768 else 0) + (0.1 if unroll == 4 else 0)
                scored.append((s, {"rule": rule.name, "vec": v, "unroll": unroll, "par_min": par_min}))
    return _finish(rule.default(kernel, target), scored)
