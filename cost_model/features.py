"""Features of a candidate, read from its scheduled TensorIR — as text, the way a language
model reads tokens, and as a loop nest.

    featurize(kernel, config, scheduled_func, target) -> np.ndarray of FEATURE_NAMES

Groups (FEATURE_NAMES says which slot is which; SCHEMA_VERSION changes when they change):
  tok:*    hashed counts of unigrams and bigrams of the normalized TVMScript tokens (loop
           kinds, annotations, buffer scopes, intrinsics, dtypes with their vector widths;
           names become ID, numbers become their log2 bucket)
  loop:*   the loop nest: loops, depth, parallel / vectorized / unrolled counts and extents,
           innermost extents, predicates, local (register/stack) buffers
  mem:*    memory accesses of the innermost statements: how many loads and stores are
           contiguous, invariant (reused) or strided along the innermost loop, and which of
           them are vector loads or gathers (strided in a vectorized loop); bytes of the
           arguments; working sets of the config's tiles against L1 and L2
  work:*   the workload: FLOPs, bytes, arithmetic intensity, kernel class
  cfg:*    the config's knobs (log2 of numbers, 0/1 of flags, one-hot of choices)
  dev:*    the target: SIMD width, cores, L1, L2, kind — so records of several devices can
           share one model

Deterministic (crc32 hashing, no randomness), independent of the measuring device except
through dev:*, and fast: tens of microseconds on the text and tree of a scheduled kernel.
"""

from __future__ import annotations

import math
import re
import zlib

import numpy as np
from tvm import s_tir, tirx

from .. import tir_analysis as ta

SCHEMA_VERSION = 2
N_TOKEN_BUCKETS = 128

_KINDS = ("matmul", "conv", "reduction", "elementwise", "other")
_RULES = ("cpu.matmul", "cpu.conv", "cpu.reduction", "cpu.elementwise", "fallback")
_TARGET_KINDS = ("llvm", "cuda", "webgpu", "wasm")
_NUM_KNOBS = ("mr", "nr", "kc", "of", "ow", "vec", "unroll", "rf", "par_min", "level", "lanes", "tx", "ty", "tile")
_BOOL_KNOBS = ("pack_b", "inline", "par")
_CHOICE_KNOBS = {"order": ("goto", "ij", "row", "column"), "vec": ("ow", "oc")}

_LOOP = ("loop:n", "loop:depth", "loop:parallel", "loop:log_parallel_extent", "loop:vectorized",
         "loop:max_vector", "loop:unrolled", "loop:log_unroll_extent", "loop:log_inner_extent",
         "loop:blocks", "loop:predicates", "loop:local_buffers", "loop:log_local_bytes", "loop:serial",
         "loop:log_serial_extent")
_MEM = ("mem:loads", "mem:stores", "mem:contiguous", "mem:invariant", "mem:strided", "mem:gathers",
        "mem:vector_contiguous", "mem:log_arg_bytes",
        "mem:tile_l1", "mem:tile_l2", "mem:log_tile_bytes")
_WORK = ("work:log_flops", "work:log_bytes", "work:intensity") + tuple(f"work:kind_{k}" for k in _KINDS)
_CFG = (tuple(f"cfg:rule_{r}" for r in _RULES) + tuple(f"cfg:{k}" for k in _NUM_KNOBS)
        + tuple(f"cfg:{k}" for k in _BOOL_KNOBS)
        + tuple(f"cfg:{k}_{v}" for k, vs in _CHOICE_KNOBS.items() for v in vs))
_DEV = ("dev:log_vector_bits", "dev:cores", "dev:log_l1", "dev:log_l2") + tuple(f"dev:kind_{k}" for k in _TARGET_KINDS)

FEATURE_NAMES = tuple(f"tok:{i}" for i in range(N_TOKEN_BUCKETS)) + _LOOP + _MEM + _WORK + _CFG + _DEV
_INDEX = {n: i for i, n in enumerate(FEATURE_NAMES)}

_TOKEN = re.compile(r'"[^"]*"|[A-Za-z_][A-Za-z0-9_.]*|\d+\.\d+(?:e[-+]?\d+)?|\d+|//|\*\*|[-+*/%<>=!]=?|[()\[\],:]')


def _norm_uncached(tok: str) -> str | None:
    if tok[0] == '"':
        # strings: buffer scopes are kept, block and buffer names dropped
        return tok if tok in ('"local"', '"global"', '"shared"') else None
    if tok[0].isdigit():
        if "." in tok:
            return "FLOAT"
        return f"N{min(20, int(tok).bit_length())}"
    if tok.startswith("T."):
        return tok  # T.parallel, T.vectorized, T.unroll, T.exp, T.float32x16, T.where, ...
    if tok in ("for", "in", "with", "if", "else", "range", "scope", "and", "or", "not"):
        return tok
    if tok[0].isalpha() or tok[0] == "_":
        return "ID"
    return tok if tok in ("+", "-", "*", "/", "//", "%", "<", ">", "<=", ">=", "==", "!=") else None


_NORM: dict = {}
_BUCKET: dict = {}


def _bucket(s: str) -> int:
    b = _BUCKET.get(s)
    if b is None:
        b = _BUCKET[s] = zlib.crc32(s.encode()) % N_TOKEN_BUCKETS
    return b


_SKIP = re.compile(r"^\s*(#|T\.reads|T\.writes).*$", re.M)  # comments, and regions that repeat the body


def token_counts(text: str) -> np.ndarray:
    """Hashed unigram + bigram counts of the normalized tokens, log1p-scaled."""
    out = np.zeros(N_TOKEN_BUCKETS, dtype=np.float32)
    prev = None
    norm = _NORM
    for tok in _TOKEN.findall(_SKIP.sub("", text)):
        t = norm.get(tok, 0)
        if t == 0:
            t = norm[tok] = _norm_uncached(tok)
        if t is None:
            continue
        out[_bucket(t)] += 1
        if prev is not None:
            out[_bucket(prev + " " + t)] += 1
        prev = t
    return np.log1p(out)


def _log2(x: float) -> float:
    return math.log2(x) if x and x > 0 else 0.0


def _loop_features(func) -> tuple[dict, dict]:
    """Walk the scheduled function: loop-nest facts, and access patterns of innermost stores."""
    f = {k: 0.0 for k in _LOOP}
    m = {"mem:loads": 0.0, "mem:stores": 0.0, "mem:contiguous": 0.0, "mem:invariant": 0.0, "mem:strided": 0.0,
         "mem:gathers": 0.0, "mem:vector_contiguous": 0.0}
    par_ext, unroll_ext, serial_ext = 1, 1, 1
    inner_ext = []

    def visit(st, loops, binding):
        nonlocal par_ext, unroll_ext, serial_ext
        if st is None:
            return
        if isinstance(st, tirx.For):
            f["loop:n"] += 1
            ext = int(st.extent) if isinstance(st.extent, tirx.IntImm) else 1
            kind = st.kind
            if kind == tirx.ForKind.PARALLEL:
                f["loop:parallel"] += 1
                par_ext *= ext
            elif kind == tirx.ForKind.VECTORIZED:
                f["loop:vectorized"] += 1
                f["loop:max_vector"] = max(f["loop:max_vector"], float(ext))
            elif kind == tirx.ForKind.UNROLLED:
                f["loop:unrolled"] += 1
                unroll_ext *= ext
            else:
                f["loop:serial"] += 1
                serial_ext *= ext
            f["loop:depth"] = max(f["loop:depth"], float(len(loops) + 1))
            visit(st.body, loops + [(st.loop_var, ext, kind)], binding)
        elif isinstance(st, s_tir.SBlockRealize):
            blk = st.block
            if blk.name_hint != "root":
                f["loop:blocks"] += 1
            if not (isinstance(st.predicate, tirx.IntImm) and int(st.predicate) == 1):
                f["loop:predicates"] += 1
            b = dict(binding)
            for iv, val in zip(blk.iter_vars, st.iter_values):
                b[iv.var] = ta.vars_in(val)
            for buf in blk.alloc_buffers:
                if buf.scope() == "local":
                    f["loop:local_buffers"] += 1
                    size = 1
                    for d in buf.shape:
                        size *= int(d) if isinstance(d, tirx.IntImm) else 1
                    f["loop:log_local_bytes"] = max(f["loop:log_local_bytes"], _log2(size * 4))
            visit(blk.body, loops, b)
        elif isinstance(st, s_tir.SBlock):
            visit(st.body, loops, binding)
        elif isinstance(st, tirx.SeqStmt):
            for s in st.seq:
                visit(s, loops, binding)
        elif isinstance(st, tirx.IfThenElse):
            f["loop:predicates"] += 1
            visit(st.then_case, loops, binding)
            visit(st.else_case, loops, binding)
        elif isinstance(st, tirx.AttrStmt):
            visit(st.body, loops, binding)
        elif isinstance(st, tirx.BufferStore):
            if loops:
                inner_ext.append(loops[-1][1])
            inner = loops[-1][0] if loops else None

            def pattern(indices):
                if inner is None or not indices:
                    return "invariant"
                used = []
                for x in indices:
                    vs = set()
                    for v in ta.vars_in(x):
                        vs |= b_vars(v)
                    used.append(inner in vs)
                if not any(used):
                    return "invariant"
                return "contiguous" if used[-1] and not any(used[:-1]) else "strided"

            def b_vars(v):
                return binding.get(v, {v})

            vectorized = bool(loops) and loops[-1][2] == tirx.ForKind.VECTORIZED

            def note(indices):
                p = pattern(indices)
                m["mem:" + p] += 1
                if vectorized and p == "strided":
                    m["mem:gathers"] += 1  # a vector access with a stride: one element per lane
                elif vectorized and p == "contiguous":
                    m["mem:vector_contiguous"] += 1

            m["mem:stores"] += 1
            note(list(st.indices))
            for ld in ta.loads(st.value):
                m["mem:loads"] += 1
                note(list(ld.indices))

    visit(func.body, [], {})
    f["loop:log_parallel_extent"] = _log2(par_ext)
    f["loop:log_unroll_extent"] = _log2(unroll_ext)
    f["loop:log_serial_extent"] = _log2(serial_ext)
    f["loop:log_inner_extent"] = _log2(max(inner_ext) if inner_ext else 1)
    f["loop:max_vector"] = _log2(f["loop:max_vector"]) if f["loop:max_vector"] else 0.0
    return f, m


def _tile_bytes(kernel, config: dict) -> float:
    """Working set of the config's inner tile in bytes (0 when the rule has no tile)."""
    item = 4
    if config.get("rule") == "cpu.matmul":
        mr, nr, kc = config.get("mr", 1), config.get("nr", 1), config.get("kc", 1)
        return float(item * (mr * kc + kc * nr + mr * nr))
    if config.get("rule") == "cpu.conv":
        return float(item * config.get("of", 1) * config.get("ow", 1) * 2)
    return 0.0


def featurize(kernel, config: dict, func, target, text: str | None = None) -> np.ndarray:
    """The feature vector of one candidate: `func` is `kernel` scheduled by `config`."""
    v = np.zeros(len(FEATURE_NAMES), dtype=np.float32)
    v[:N_TOKEN_BUCKETS] = token_counts(text if text is not None else func.script())
    loop, mem = _loop_features(func)
    for k, x in {**loop, **mem}.items():
        v[_INDEX[k]] = x
    arg_bytes = float(max(kernel.bytes, 1))
    tile = _tile_bytes(kernel, config)
    v[_INDEX["mem:log_arg_bytes"]] = _log2(arg_bytes)
    v[_INDEX["mem:log_tile_bytes"]] = _log2(tile)
    v[_INDEX["mem:tile_l1"]] = tile / max(target.l1d_bytes, 1)
    v[_INDEX["mem:tile_l2"]] = tile / max(target.l2_bytes, 1)
    v[_INDEX["work:log_flops"]] = _log2(kernel.flops)
    v[_INDEX["work:log_bytes"]] = _log2(arg_bytes)
    v[_INDEX["work:intensity"]] = kernel.flops / arg_bytes
    if kernel.kind in _KINDS:
        v[_INDEX[f"work:kind_{kernel.kind}"]] = 1.0
    rule = config.get("rule")
    if rule in _RULES:
        v[_INDEX[f"cfg:rule_{rule}"]] = 1.0
    for k in _NUM_KNOBS:
        x = config.get(k)
        if isinstance(x, (int, float)) and not isinstance(x, bool):
            v[_INDEX[f"cfg:{k}"]] = _log2(float(x) + 1.0)
    for k in _BOOL_KNOBS:
        if k in config:
            v[_INDEX[f"cfg:{k}"]] = 1.0 if config[k] else 0.0
    for k, choices in _CHOICE_KNOBS.items():
        if config.get(k) in choices:
            v[_INDEX[f"cfg:{k}_{config[k]}"]] = 1.0
    v[_INDEX["dev:log_vector_bits"]] = _log2(target.vector_bits)
    v[_INDEX["dev:cores"]] = float(target.num_cores)
    v[_INDEX["dev:log_l1"]] = _log2(target.l1d_bytes)
    v[_INDEX["dev:log_l2"]] = _log2(target.l2_bytes)
    if target.kind in _TARGET_KINDS:
        v[_INDEX[f"dev:kind_{target.kind}"]] = 1.0
    return v
