"""Kernels: the fused TensorIR functions of a model, jitc's unit of scheduling and tuning.

`lower(model, target)` runs the compiler's Relax rewrites (jitc/passes/, in their order), then
legalizes every Relax operator to TensorIR and fuses them (`legalize_and_fuse`: TVM's "zero"
pipeline: LegalizeOps, AnnotateTIROpPattern, FoldConstant, FuseOps, FuseTIR), turns pure
reshapes back into views, and returns the lowered module with one `Kernel` per PrimFunc.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import tvm
import tvm_ffi
from tvm import relax, s_tir, tirx

from . import index_checks, passes
from . import tir_analysis as ta
from .target import TargetSpec

_CALL_TIR = tvm.ir.Op.get("relax.call_tir")

KINDS = ("matmul", "conv", "reduction", "elementwise", "other")


@dataclass
class Kernel:
    name: str  # symbol of the PrimFunc in the lowered module
    func: tirx.PrimFunc  # unscheduled
    key: str  # workload key: structural hash + argument shapes and dtypes
    kind: str  # one of KINDS
    flops: int  # arithmetic operations per call
    bytes: int  # bytes of the arguments (inputs and outputs) per call
    args: list[tuple[tuple[int, ...], str]]  # (shape, dtype) per argument, inputs then outputs
    calls: int = 1  # how many times the model calls it
    n_out: int = 1  # the last n_out arguments are outputs
    meta: dict = field(default_factory=dict)

    @property
    def shapes(self) -> str:
        return ", ".join(f"{'x'.join(map(str, s)) or 'scalar'}" for s, _ in self.args)

    def to_json(self) -> dict:
        d = {"name": self.name, "key": self.key, "kind": self.kind, "flops": self.flops,
             "bytes": self.bytes, "calls": self.calls, "n_out": self.n_out,
             "args": [{"shape": list(s), "dtype": d} for s, d in self.args]}
        if self.meta.get("index_check"):
            d["index_check"] = self.meta["index_check"]
        return d


def arg_specs(func: tirx.PrimFunc) -> list[tuple[tuple[int, ...], str]]:
    out = []
    for p in func.params:
        shape = getattr(p, "shape", None)  # a buffer parameter; None for a scalar one
        if shape is None:
            out.append(((), str(p.dtype)))
            continue
        out.append((tuple(int(d) if isinstance(d, tirx.IntImm) else -1 for d in shape), str(p.dtype)))
    return out


def strip_attrs(func: tirx.PrimFunc) -> tirx.PrimFunc:
    """The function without names or attributes, so equal computations hash equal."""
    return tirx.PrimFunc(func.params, func.body, func.ret_type)


def workload_key(func: tirx.PrimFunc) -> str:
    h = tvm_ffi.structural_hash(strip_attrs(func), map_free_vars=True)
    sig = ";".join(f"{d}[{','.join(map(str, s))}]" for s, d in arg_specs(func))
    return hashlib.sha256(f"{h & 0xFFFFFFFFFFFFFFFF:016x}|{sig}".encode()).hexdigest()[:20]


def classify(func: tirx.PrimFunc) -> str:
    """matmul (dense, batch matmul, GEMV), conv, reduction (softmax, norms, pooling, sums),
    elementwise (injective: elementwise, broadcast, transpose, gather...), or other."""
    if ta.has_extern_call(func):
        return "other"
    sch = s_tir.Schedule(func)
    infos = ta.block_infos(sch)
    if infos is None:
        return "other"
    kind = "elementwise"
    for info in infos:
        if "O" in info.kinds:
            return "other"
        if "R" not in info.kinds:
            continue
        mac = ta.mac_info(sch, info)
        if mac is not None:
            return "conv" if mac.is_conv else "matmul"
        kind = "reduction"
    return kind


def count_flops(func: tirx.PrimFunc) -> int:
    """Arithmetic operations per call: ops per block iteration x iterations, summed over blocks."""
    sch = s_tir.Schedule(func)
    infos = ta.block_infos(sch)
    if infos is None:
        return 0
    total = 0
    for info in infos:
        block = sch.get(info.rv)
        ops = sum(ta.count_ops(v) for v in ta.values(block.body))
        total += ops * info.size()
    return int(total)


def count_bytes(func: tirx.PrimFunc) -> int:
    n = 0
    for shape, dtype in arg_specs(func):
        n += int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype if dtype != "bool" else "bool").itemsize
    return n


def make_kernel(name: str, func: tirx.PrimFunc, calls: int = 1, n_out: int = 1) -> Kernel:
    check = index_checks.info(func)
    return Kernel(name=name, func=func, key=workload_key(func), kind=classify(func),
                  flops=count_flops(func), bytes=count_bytes(func), args=arg_specs(func), calls=calls,
                  n_out=n_out, meta={"index_check": check} if check else {})


@dataclass
class Lowered:
    mod: object  # IRModule: Relax "main" calling the PrimFuncs
    kernels: dict[str, Kernel]  # by PrimFunc name, in the order main first calls them
    channels_last: bool = False  # activations converted to NHWC (jitc/passes/channels_last.py)


def _call_counts(main) -> dict[str, tuple[int, int]]:
    """{PrimFunc name: (calls, outputs per call)} in order of first call."""
    counts: dict[str, tuple[int, int]] = {}

    def visit(e):
        if isinstance(e, relax.Call) and e.op.same_as(_CALL_TIR):
            name = e.args[0].name_hint
            ty = e.ty
            n_out = len(ty.fields) if isinstance(ty, relax.TupleType) else 1
            counts[name] = (counts.get(name, (0, n_out))[0] + 1, n_out)

    relax.analysis.post_order_visit(main.body, visit)
    return counts


def legalize_and_fuse(mod):
    """Every Relax operator as TensorIR, fused into kernels (TVM's "zero" pipeline); pure
    reshapes as views; what nothing uses dropped. Under the target's tvm.target.Target."""
    mod = relax.get_pipeline("zero")(mod)
    mod = relax.transform.RewriteDataflowReshape()(mod)
    return relax.transform.DeadCodeElimination(["main"])(mod)


def summarize(mod, _cache: dict | None = None) -> dict:
    """What a pass trace shows of a Relax module (`jitc info --passes`): a structural hash, its
    Relax operator calls that are used by name, and the kernels it would lower to now (legalized and fused
    on a copy; `_cache` maps hashes already lowered to their count). Under the target's
    tvm.target.Target."""
    h = tvm_ffi.structural_hash(mod)
    ops: dict[str, int] = {}

    def visit(e):
        if isinstance(e, relax.Call) and isinstance(e.op, tvm.ir.Op) and not e.op.same_as(_CALL_TIR):
            ops[e.op.name] = ops.get(e.op.name, 0) + 1

    live = relax.transform.DeadCodeElimination(["main"])(mod)  # (a rewrite leaves the old binding dead)
    for func in live.functions.values():
        if isinstance(func, relax.Function):
            relax.analysis.post_order_visit(func.body, visit)
    cache = {} if _cache is None else _cache
    if h not in cache:
        cache[h] = len(_call_counts(legalize_and_fuse(mod)["main"]))
    return {"hash": h, "ops": ops, "kernels": cache[h]}


def pass_summarizer():
    """`summarize` with a cache of its own: a pass that changed nothing is not lowered again."""
    cache: dict = {}
    return lambda mod: summarize(mod, cache)


def lower(mod, target: TargetSpec, fast_math: bool = True, winograd: bool = True,
          channels_last: bool | None = None, trace: passes.Trace | None = None) -> Lowered:
    """Rewrite (jitc/passes/), legalize and fuse a Relax module for `target`; one Kernel per
    fused PrimFunc.

    fast_math (CPU and browser targets): exp, erf, tanh, sigmoid and softmax become TVM's polynomial versions
    (relative error < 1.1e-6 for exp, < 4e-7 for erf and tanh over float32), which vectorize;
    LLVM turns the precise ones into one libm call per element. Known differences: exp of
    x > 88.4 saturates at 2.4e38 instead of inf, erf(NaN) is 1.
    channels_last (CPU targets): NHWC activations (jitc/passes/channels_last.py); None lets
    that pass decide from the model's convolutions.
    trace: a passes.Trace, told what each pass changed (`jitc info --passes`).
    """
    opts = passes.Options(target, fast_math=fast_math, winograd=winograd, channels_last=channels_last)
    with tvm.target.Target(target.tvm_target()):
        mod = passes.run(mod, opts, trace)
        mod = legalize_and_fuse(mod)
    counts = _call_counts(mod["main"])
    kernels = {}
    for name, (calls, n_out) in counts.items():  # post-order visit: order of first call
        kernels[name] = make_kernel(name, mod[name], calls, n_out)
    return Lowered(mod, kernels, channels_last=bool(target.is_cpu and opts.channels_last))
