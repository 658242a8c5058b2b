"""The lite CPU schedule space: candidate configs per kernel class, derived from the target
(vector lanes, L1/L2 sizes, cores) and pruned by rules that each carry their reason."""

from __future__ import annotations

from . import common as c


def _dedupe(configs: list[dict]) -> list[dict]:
    seen, out = set(), []
    for cfg in configs:
        key = tuple(sorted(cfg.items()))
        if key not in seen:
            seen.add(key)
            out.append(cfg)
    return out


def matmul_space(rule, kernel, target) -> list[dict]:
    from .cpu_matmul import _acc_budget, _pick_kc, analyze

    _, r = analyze(kernel.func)
    lanes = target.lanes(r.dtype)
    budget = _acc_budget(target)
    out = [rule.default(kernel, target)]
    nrs = [lanes * m for m in (1, 2, 3, 4) if r.N % (lanes * m) == 0]
    if not nrs:
        nrs = [c.vector_factor(r.N, lanes)]
    for nr in nrs:
        for mr in (1, 2, 4, 6, 8, 12):
            if r.M % mr:
                continue  # tails would put a bounds check inside the micro-kernel
            if mr * max(1, nr // lanes) > budget:
                continue  # accumulators would spill out of the vector registers
            for kc in sorted({_pick_kc(r.K, nr, r.dtype, target), min(r.K, 64) if r.K % 64 == 0 else r.K}):
                for order in ("goto", "ij"):
                    out.append({"rule": rule.name, "mr": mr, "nr": nr, "kc": kc, "order": order,
                                "pack_b": False})
    return _dedupe(out)


def conv_space(rule, kernel, target) -> list[dict]:
    from .cpu_conv import analyze

    _, info, xpos, ocpos, dtype = analyze(kernel.func)
    lanes = target.lanes(dtype)
    out = [rule.default(kernel, target)]
    xe = info.extents[xpos]
    oce = info.extents[ocpos] if ocpos is not None else 1
    budget = 24 if target.vector_bits >= 512 else 12
    for ow in (lanes // 2, lanes, 2 * lanes):
        if ow < 1 or xe % ow:
            continue
        for of in (1, 2, 4, 6, 8, 12):
            if oce % of or of * max(1, ow // lanes) > budget:
                continue
            out.append({"rule": rule.name, "of": of, "ow": ow})
    return _dedupe(out)
