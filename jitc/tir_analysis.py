"""Reading TensorIR: blocks, their iteration kinds, arithmetic counts and access patterns.

Shared by `jitc.kernels` (to classify kernels and count FLOPs) and `jitc.schedules`
(to find the block a schedule is built around).
"""

from __future__ import annotations

from dataclasses import dataclass

from tvm import ir, s_tir, tirx
from tvm_ffi import get_global_func

_normalize = get_global_func("s_tir.schedule.NormalizePrimFunc")

_LOAD = ir.TensorLoad  # TVM 0.27: buffer loads are TensorLoad(source, indices)
CALL = ir.Call  # a TensorIR call node's type
_BINARY = (tirx.Add, tirx.Sub, tirx.Mul, tirx.Div, tirx.Mod, tirx.FloorDiv, tirx.FloorMod,
           tirx.Min, tirx.Max)
_COMPARE = (tirx.EQ, tirx.NE, tirx.LT, tirx.LE, tirx.GT, tirx.GE, tirx.And, tirx.Or)


@dataclass
class BlockInfo:
    name: str
    rv: object  # SBlockRV
    kinds: str  # one letter per block iter: S spatial, R reduction, O other
    extents: list  # int, or a PrimExpr where symbolic
    loops: list  # LoopRV per iter
    is_reduction: bool

    @property
    def is_injective(self) -> bool:
        return all(k == "S" for k in self.kinds)

    def size(self) -> int:
        n = 1
        for e in self.extents:
            n *= e if isinstance(e, int) else 1
        return n


def block_infos(sch: s_tir.Schedule) -> list[BlockInfo] | None:
    """Blocks of the scheduled function in order, or None when it is not in normal form
    (opaque blocks, non-affine loops, extern calls)."""
    try:
        res = _normalize(sch)
    except Exception:  # noqa: BLE001 - TVM raises for functions it cannot normalize
        return None
    if res is None:
        return None
    out = []
    for blk, loops, iters, is_red in zip(*res):
        kinds = "".join({tirx.IterVar.DataPar: "S", tirx.IterVar.CommReduce: "R"}.get(int(i.iter_type), "O")
                        for i in iters)
        exts = [int(i.dom.extent) if isinstance(i.dom.extent, tirx.IntImm) else i.dom.extent for i in iters]
        out.append(BlockInfo(sch.get(blk).name_hint, blk, kinds, exts, list(loops), bool(is_red)))
    return out


def walk(expr, fn, into_indices: bool = True) -> None:
    """Call fn on every node of a TIR expression, pre-order."""
    stack = [expr]
    while stack:
        e = stack.pop()
        if e is None:
            continue
        fn(e)
        if isinstance(e, _BINARY + _COMPARE):
            stack += [e.a, e.b]
        elif isinstance(e, tirx.Not):
            stack.append(e.a)
        elif isinstance(e, tirx.Cast):
            stack.append(e.value)
        elif isinstance(e, tirx.Select):
            stack += [e.condition, e.true_value, e.false_value]
        elif isinstance(e, CALL):
            stack += list(e.args)
        elif isinstance(e, _LOAD):
            if into_indices:
                stack += list(e.indices)
        elif isinstance(e, tirx.Let):
            stack += [e.value, e.body]
        elif isinstance(e, (tirx.Ramp,)):
            stack += [e.base, e.stride]
        elif isinstance(e, tirx.Broadcast):
            stack.append(e.value)


def count_ops(expr) -> int:
    """Arithmetic operations of a value expression (index arithmetic not counted)."""
    n = 0

    def f(e):
        nonlocal n
        if isinstance(e, _BINARY):
            n += 1
        elif isinstance(e, CALL) and isinstance(e.op, ir.Op):
            name = e.op.name
            if name.startswith("tirx.") and name not in ("tirx.if_then_else", "tirx.likely", "tirx.reinterpret"):
                n += 1

    walk(expr, f, into_indices=False)
    return n


def stores(stmt) -> list:
    """Buffer stores inside a block body (SeqStmt, IfThenElse, LetStmt and loops searched)."""
    out, stack = [], [stmt]
    while stack:
        st = stack.pop()
        if st is None:
            continue
        if isinstance(st, tirx.BufferStore):
            out.append(st)
        elif isinstance(st, tirx.SeqStmt):
            stack += list(st.seq)
        elif isinstance(st, tirx.IfThenElse):
            stack += [st.then_case, st.else_case]
        elif isinstance(st, (tirx.For, tirx.AttrStmt)):
            stack.append(st.body)
    return out


def values(stmt) -> list:
    """Every computed value of a block body: what it stores, and what it binds to locals."""
    out, stack = [], [stmt]
    while stack:
        st = stack.pop()
        if st is None:
            continue
        if isinstance(st, tirx.BufferStore):
            out.append(st.value)
        elif isinstance(st, tirx.Bind):
            out.append(st.value)
        elif isinstance(st, tirx.SeqStmt):
            stack += list(st.seq)
        elif isinstance(st, tirx.IfThenElse):
            stack += [st.then_case, st.else_case]
        elif isinstance(st, (tirx.For, tirx.AttrStmt)):
            stack.append(st.body)
    return out


def loads(expr) -> list:
    """Buffer loads of a value expression, outermost first (indices not searched)."""
    out = []
    walk(expr, lambda e: out.append(e) if isinstance(e, _LOAD) else None, into_indices=False)
    return out


def vars_in(expr) -> set:
    out = set()
    walk(expr, lambda e: out.add(e) if isinstance(e, tirx.Var) else None)
    return out


def has_extern_call(func) -> bool:
    """Whether the function calls packed/extern functions (sort, etc.): not schedulable as loops."""
    text = func.script()
    return "T.call_packed" in text or "T.call_extern" in text or "T.call_pure_extern" in text or "T.call_cpacked" in text


def _strip_cast(e):
    while isinstance(e, tirx.Cast):
        e = e.value
    return e


@dataclass
class MacInfo:
    """A block computing C[...] += A[...] * B[...] (a matmul- or conv-like contraction)."""

    a: object  # BufferLoad
    b: object  # BufferLoad
    c: object  # BufferStore
    spatial: list  # block iter Vars of kind S, in order
    reduce: list  # block iter Vars of kind R, in order
    is_conv: bool  # an operand is indexed by a sum of a spatial and a reduction var


def mac_info(sch: s_tir.Schedule, info: BlockInfo) -> MacInfo | None:
    block = sch.get(info.rv)
    store = block.body
    if not isinstance(store, tirx.BufferStore) or "R" not in info.kinds:
        return None
    val = store.value
    if not isinstance(val, tirx.Add):
        return None
    lhs, rhs = _strip_cast(val.a), _strip_cast(val.b)
    if isinstance(rhs, _LOAD) and rhs.source.same_as(store.buffer):
        lhs, rhs = rhs, lhs
    if not (isinstance(lhs, _LOAD) and lhs.source.same_as(store.buffer)):
        return None
    if not isinstance(rhs, tirx.Mul):
        return None
    a, b = _strip_cast(rhs.a), _strip_cast(rhs.b)
    if not (isinstance(a, _LOAD) and isinstance(b, _LOAD)):
        return None
    spatial = [iv.var for iv, k in zip(block.iter_vars, info.kinds) if k == "S"]
    reduce = [iv.var for iv, k in zip(block.iter_vars, info.kinds) if k == "R"]
    red_set = set(reduce)
    sp_set = set(spatial)

    def compound(load):
        for idx in load.indices:
            vs = vars_in(idx)
            if vs & red_set and vs & sp_set:
                return True
        return False

    a_vars, b_vars = set().union(*[vars_in(i) for i in a.indices]), set().union(*[vars_in(i) for i in b.indices])
    if not (red_set & a_vars and red_set & b_vars):
        return None
    return MacInfo(a, b, store, spatial, reduce, compound(a) or compound(b))
