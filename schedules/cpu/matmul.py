"""CPU rule for contractions C[b, i, j] += A[b, i, k] * B[b, k, j] (dense, matmul, batch
matmul, GEMV), with their fused elementwise epilogues (bias, activation, residual).

The schedule is the GotoBLAS loop nest, written with TVM's schedule primitives:

    parallel for (b, j0)          # an nr-wide panel of B and C per task
      for k0                      # a kc-deep slice of the panel stays in L1
        for i0                    # all mr-row strips of A
          for k1 in kc            # the micro-kernel: mr x nr accumulators in registers
            unroll i1 in mr
              unroll j1o; vectorize j1i   (nr = lanes x nvec)
      epilogue of the panel       # bias/activation while the panel is hot in cache

`order="ij"` puts (i0, j0) outside k (a local accumulator tile, for small K or few panels;
the default for one-vector-wide panels and for a one-slice K whose C panel outgrows L1).
The epilogue includes the slice that drops a padded GEMM's extra rows and columns.
`pack_b` stores a constant weight B as [N/nr, K, nr] panels at build time (see
`param_transforms`), so the micro-kernel streams B contiguously.
Knobs: mr, nr, kc, order, pack_b.

`vec_m` (W[M, K] x X[K, N] with a few pixels N that pad badly to the vector width: a 1x1
convolution on a 7x7 map, 49 pixels, which vectors along N pad to 64): vectors run along M,
the weight is laid out as [M/vm, K, vm] panels at build time, each tile holds vm x mr
accumulators (mr pixels, 7 for 49) in a local [mr, vm] block, and the write-back with the
epilogue stores columns of C. MobileNetV2's 7x7-stage GEMMs measured 1.25-1.4x onnxruntime's
padded and reach its times with it (1280x320x49: 314 -> 188-217 us); the model 5.21 -> 4.90 ms,
EfficientNet-B0 9.31 -> 9.07, ResNet-50 44.8 -> 44.2 (in turns, one process each).
Knobs: vec_m, mr, kc, order.
"""

from __future__ import annotations

from .. import common as c
from ..analysis import aligned, narrow_gemm_in_place
from ..analysis import analyze_matmul as analyze


def _acc_budget(target) -> int:
    """Vector registers the accumulators may take: 32 registers with AVX-512 (24 leave room
    for the A broadcasts and B loads), 16 with AVX2/NEON (12)."""
    return 24 if target.vector_bits >= 512 else 12


class CpuMatmul:
    name = "cpu.matmul"
    kinds = ("matmul",)

    def default(self, kernel, target) -> dict:
        _, r = analyze(kernel.func)
        lanes = target.lanes(r.dtype)
        budget = _acc_budget(target)
        if _vec_m_fits(r, lanes):
            return _vec_m_configs(self, r, target)[0]
        nvec = 1
        for cand in (4, 3, 2, 1):
            if r.N % (lanes * cand) == 0 and cand <= budget // 2:
                nvec = cand
                break
        nr = lanes * nvec if r.N % (lanes * nvec) == 0 else c.vector_factor(r.N, lanes)
        if r.K <= 12 * lanes and r.N % lanes == 0 and r.M >= 128 and not r.b and r.B_batch == 1:
            # a short K on many rows (a 1x1 convolution channels-last: pixels x a few channels)
            # writes far more than it reads: one-vector panels tile by tile, the epilogue while
            # the tile is in L1 (MobileNetV2 channels-last 4.68 -> 4.23 ms, EfficientNet-B0
            # 6.87 -> 6.66; 12544x16x96 260 -> 170 us; also ConvNeXt-T's and SegFormer-B0's
            # MLPs on pixels: 66.0 -> 61.1 and 36.7 -> 34.9 ms; ResNet-50, RegNetY level)
            nr = lanes

        def rows_for(nr):
            for cand in (8, 6, 4, 7, 3, 2, 1):  # (7: a 7x7 map's 49 pixels as rows, channels-last)
                if r.M % cand == 0 and cand * max(1, nr // lanes) <= budget and aligned(r.i_ext, cand):
                    return cand
            return 1

        mr = rows_for(nr)
        # rows that fit only narrower panels (49 = 7 x 7 beside 4 vectors: 28 accumulators):
        # narrower panels of 7 rows, not 1-row tiles of 4 vectors (96 -> 69 us on 49x160x960)
        while mr < 4 and nr > lanes and nr % lanes == 0:
            narrower = max(v * lanes for v in range(1, nr // lanes) if r.N % (v * lanes) == 0)
            if rows_for(narrower) <= mr:
                break
            nr, mr = narrower, rows_for(narrower)
        kc = _pick_kc(r.K, nr, r.dtype, target)
        while not aligned(r.k_ext, kc):
            kc = max(d for d in c.divisors(r.K) if d < kc)
        if not aligned(r.j_ext, nr):
            nr = max(d for d in c.divisors(r.N) if aligned(r.j_ext, d) and d <= nr)
        panels = r.B_batch * (r.N // nr)
        order = "goto" if panels >= target.num_cores else "ij"
        # measured (ResNet-50, MobileNetV2, ViT, Whisper): panels one vector wide run 6-45% faster
        # tile by tile (the epilogue follows each tile while it is in L1, and many small tasks
        # balance the cores), and so does a one-slice K (kc = K) whose C panel outgrows L1
        # (Whisper's 1500 x 32 scores: 8.6 vs 10.7 ms)
        if nr <= lanes or (kc == r.K and r.M * nr * c.item_bytes(r.dtype) > target.l1d_bytes):
            order = "ij"
        return {"rule": self.name, "mr": mr, "nr": nr, "kc": kc, "order": order, "pack_b": False}

    def space(self, kernel, target) -> list[dict]:
        return _space(self, kernel, target)

    def param_transforms(self, kernel, cfg) -> dict:
        """Weight layouts the schedule expects: {param index: ("pack_b", layout, nr)}, or
        ("pack_a", vm) for vec_m's A panels."""
        if cfg.get("vec_m"):
            _, r = analyze(kernel.func)
            return {r.a_arg: ("pack_a", int(cfg["vec_m"]))}
        if not cfg.get("pack_b"):
            return {}
        _, r = analyze(kernel.func)
        return {r.b_arg: ("pack_b", r.b_layout, int(cfg["nr"]))}

    def apply(self, func, cfg: dict, target):
        if cfg.get("vec_m"):
            return _apply_vec_m(func, cfg, target)
        sch, r = analyze(func)
        lanes = target.lanes(r.dtype)
        mr, nr, kc = int(cfg["mr"]), int(cfg["nr"]), int(cfg["kc"])
        if r.M % mr or r.N % nr or r.K % kc:
            raise c.NotApplicable(f"tile {mr}x{nr}x{kc} does not divide {r.M}x{r.N}x{r.K}")
        if not r.tile_ok(mr, nr, kc):
            raise c.NotApplicable(f"tile {mr}x{nr}x{kc} straddles rows of the fused axes")
        anchor = r.anchor.rv
        # epilogue: inline the elementwise chain after the contraction into the output block
        c.inline_spatial(sch, keep={r.anchor.name})
        consumers, producers = c.epilogue_and_producers(sch, anchor, r.anchor.name, slices=True)
        if len(consumers) > 1:
            raise c.NotApplicable("more than one epilogue block")
        epilogue = consumers[0] if consumers else None

        if cfg.get("pack_b"):
            if r.b_arg < 0 or r.b_layout not in ("kn", "nk") or r.b:
                raise c.NotApplicable("B is not a plain 2-D parameter")
            nb = nr
            if r.b_layout == "kn":
                sch.transform_layout(anchor, ("read", c.read_index(sch, anchor, func, r.b_arg, "B")),
                                     lambda k, j: (j // nb, k, j % nb))
            else:
                sch.transform_layout(anchor, ("read", c.read_index(sch, anchor, func, r.b_arg, "B")),
                                     lambda j, k: (j // nb, k, j % nb))

        outer_b, (i0, i1), (j0, j1), (k0, k1) = _tile(sch, r, anchor, mr, nr, kc)
        if cfg.get("order", "goto") == "goto":
            sch.reorder(*outer_b, j0, k0, i0, k1, i1, j1)
            par = sch.fuse(*outer_b, j0) if outer_b else j0
        else:
            sch.reorder(*outer_b, i0, j0, k0, k1, i1, j1)
            par = sch.fuse(*outer_b, i0, j0)
        if epilogue is not None:  # before decompose_reduction: it needs the complete reduction block
            sch.reverse_compute_at(epilogue.rv, par, preserve_unit_loops=True)
        flops = 2 * r.M * r.N * r.K * r.B_batch
        if target.num_cores > 1 and flops >= 200_000:
            sch.parallel(par)
        if mr > 1:
            sch.unroll(i1)
        vec = min(lanes, nr)
        if nr % vec == 0 and vec > 1:
            j1o, j1i = sch.split(j1, [None, vec])
            sch.unroll(j1o)
            sch.vectorize(j1i)
        init = sch.decompose_reduction(anchor, k0)  # last: vectorize needs the block with its init
        il = sch.get_loops(init)
        _vectorize_last(sch, il[-1], lanes)
        if epilogue is not None:
            el = sch.get_loops(epilogue.rv)
            _vectorize_last(sch, el[-1], lanes)
        for p in producers:
            c.schedule_spatial(sch, p.rv, lanes, target.num_cores)
        return c.finish(sch)


def _tile(sch, r, anchor, ti: int, tj: int, tk: int):
    """The contraction's loops fused per role and split into tiles of ti x tj x tk:
    ([batch loop] or [], (i0, i1), (j0, j1), (k0, k1))."""
    loops = sch.get_loops(anchor)
    if len(loops) != len(r.anchor.kinds):
        raise c.NotApplicable("loop nest does not match the block")
    lb, li, lj, lk = r.fused_loops(sch, loops)
    return ([lb] if lb is not None else [], tuple(sch.split(li, [None, ti])), tuple(sch.split(lj, [None, tj])),
            tuple(sch.split(lk, [None, tk])))


def _vec_m_fits(r, lanes: int) -> bool:
    """A narrow GEMM (narrow_gemm_in_place) of a plain 2-D weight A[i, k] and one column axis."""
    return (narrow_gemm_in_place(r.M, r.N, lanes) and r.a_arg >= 0 and r.a_layout == "mk" and not r.b
            and len(r.j) == 1)


def _vec_m_configs(rule, r, target) -> list[dict]:
    """vec_m tiles, the default first: vm = two vectors along M where M allows, mr pixels (a
    divisor of N, 7 first: 49 = 7 x 7) per tile, vm/lanes x mr accumulators within the register
    budget; kc the deepest slice whose kc x vm panel of A fits half of L1, tile by tile ("ij").
    Measured alone on MobileNetV2's and ResNet-50's 7x7-stage GEMMs, the default is within 4%
    of the best of this space on 7 of 8 (ResNet-50's 512x2048: 556 vs 532 us, goto)."""
    lanes = target.lanes(r.dtype)
    budget = _acc_budget(target)
    item = c.item_bytes(r.dtype)
    out = []
    for v in (2, 3, 1, 4):
        vm = lanes * v
        if r.M % vm:
            continue
        for mr in (7, 8, 6, 5, 4, 3, 2, 1):
            if r.N % mr or mr * v > budget or mr * v < min(8, budget):
                continue
            fits = [d for d in c.divisors(r.K) if d * vm * item <= target.l1d_bytes // 2] or [1]
            for kc in sorted({max(fits), r.K}):
                for order in ("ij", "goto"):
                    if order == "goto" and kc == r.K:
                        continue  # one slice: the same loop nest as tile by tile, with C in memory
                    out.append({"rule": rule.name, "vec_m": vm, "mr": mr, "kc": kc, "order": order})
    if not out:
        out.append({"rule": rule.name, "vec_m": lanes, "mr": 1, "kc": r.K, "order": "ij"})
    return out


def _apply_vec_m(func, cfg: dict, target):
    """C[i, j] = sum_k A[i, k] B[k, j] with vectors along i (M, the output channels): A is
    read from [M/vm, K, vm] panels laid out at build time, B[k, j] broadcast, an mr x vm tile
    of accumulators in registers (a local [mr, vm] block), written back with the epilogue as
    columns of C (stores N apart). For a few pixels N (a 7x7 map) where vectors along N pad
    49 to 64."""
    sch, r = analyze(func)
    lanes = target.lanes(r.dtype)
    vm, mr, kc = int(cfg["vec_m"]), int(cfg["mr"]), int(cfg["kc"])
    if r.a_arg < 0 or r.a_layout != "mk" or r.b or len(r.j) != 1:
        raise c.NotApplicable("vec_m needs a plain 2-D weight A[i, k] and one column axis")
    if r.M % vm or r.N % mr or r.K % kc or vm % lanes:
        raise c.NotApplicable(f"tile {vm}x{mr}x{kc} does not divide {r.M}x{r.N}x{r.K}")
    anchor = r.anchor.rv
    c.inline_spatial(sch, keep={r.anchor.name})
    consumers, producers = c.epilogue_and_producers(sch, anchor, r.anchor.name)
    if len(consumers) > 1 or producers:
        raise c.NotApplicable("more than one epilogue block, or producers")
    sch.transform_layout(anchor, ("read", c.read_index(sch, anchor, func, r.a_arg, "A")),
                         lambda i, k: (i // vm, k, i % vm))
    outer, (i0, i1), (j0, j1), (k0, k1) = _tile(sch, r, anchor, vm, mr, kc)
    if cfg.get("order", "ij") == "goto":  # a kc x vm slice of A stays in L1 while every pixel tile passes
        sch.reorder(*outer, i0, k0, j0, k1, j1, i1)
        par = sch.fuse(*outer, i0) if outer else i0
    else:  # tile by tile: the accumulators stay in registers over all of K
        sch.reorder(*outer, i0, j0, k0, k1, j1, i1)
        par = sch.fuse(*outer, i0, j0)
    acc = sch.cache_write(anchor, 0, "local")
    sch.reverse_compute_at(acc, par, preserve_unit_loops=True)
    ndim = len(sch.get(anchor).writes[0].region)
    # the accumulators as [.., j, i]: vectors along i, contiguous (registers once unrolled)
    sch.transform_layout(anchor, ("write", 0),
                         lambda *ix: (*ix[:ndim - 2], ix[ndim - 1], ix[ndim - 2]))
    if consumers:
        sch.reverse_compute_inline(consumers[0].rv)
    # write-back: the tile's loops under par, in C's order (.., i, j): j outside, i vectorized
    inner = c.loops_inside(sch, acc, par)
    if len(inner) < 2:
        raise c.NotApplicable("write-back without its (i, j) loops")
    ti, tj = inner[-2], inner[-1]
    sch.reorder(tj, ti)
    sch.unroll(tj)
    vo, vi = sch.split(ti, [None, lanes])
    sch.unroll(vo)
    sch.vectorize(vi)
    flops = 2 * r.M * r.N * r.K
    if target.num_cores > 1 and flops >= 200_000:
        sch.parallel(par)
    sch.unroll(j1)
    i1o, i1i = sch.split(i1, [None, lanes])
    sch.unroll(i1o)
    sch.vectorize(i1i)
    init = sch.decompose_reduction(anchor, k0)
    il = sch.get_loops(init)
    _vectorize_last(sch, il[-1], lanes)
    return c.finish(sch)


def _vectorize_last(sch, loop, lanes: int) -> None:
    ext = c.extent(sch, loop)
    v = c.vector_factor(ext, lanes)
    if v > 1:
        vi = sch.split(loop, [None, v])[1] if ext > v else loop
        sch.vectorize(vi)


def _pick_kc(K: int, nr: int, dtype: str, target) -> int:
    """The deepest k-slice (a divisor of K) whose B panel (kc x nr) fits half of L1: the
    panel stays resident while all row strips of A stream past it."""
    item = 2 if "16" in dtype else 1 if "8" in dtype else 8 if "64" in dtype else 4
    limit = max(1, target.l1d_bytes // 2 // (nr * item))
    best = 1
    for d in c.divisors(K):
        if d <= limit:
            best = d
    return best


def _space(rule, kernel, target) -> list[dict]:
    """The lite space: the knobs above, pruned (each rule says why), ordered by a rule-based score."""
    _, r = analyze(kernel.func)
    lanes = target.lanes(r.dtype)
    if _vec_m_fits(r, lanes):
        return _vec_m_configs(rule, r, target)
    item = c.item_bytes(r.dtype)
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
        mrs = [m for m in (1, 2, 3, 4, 6, 7, 8, 12, 16) if r.M % m == 0]  # a tail would bounds-check the micro-kernel
        mrs = [m for m in mrs if m * vecs <= budget]  # accumulators must stay in vector registers
        most = max((m * vecs for m in mrs), default=1)
        mrs = [m for m in mrs if m * vecs >= min(c.min_accumulators(target), most)]  # enough FMA chains in flight
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
    return c.finish_space(rule.default(kernel, target), scored)
