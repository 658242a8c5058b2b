"""The execution plan: a model as data — buffers, and the kernel calls that fill them.

`make_plan(lowered)` reads the lowered Relax "main" (calls of fused PrimFuncs, reshape views,
tuples, constants) into a `Plan` that jitc's own executor runs, that the .jitc file stores as
JSON, and that the web bundle's manifest reuses. Owning the plan (rather than TVM's Relax VM)
is what lets jitc swap single kernels while a model serves, and ship kernels without a VM.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import tvm
from tvm import relax

from .errors import ModelError


@dataclass
class BufferDecl:
    shape: tuple[int, ...]
    dtype: str
    kind: str  # "input" | "param" | "temp"
    name: str = ""
    view_of: int | None = None  # a reshape view shares the storage of this buffer

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) * np.dtype(self.dtype).itemsize

    def to_json(self) -> dict:
        d = {"shape": list(self.shape), "dtype": self.dtype, "kind": self.kind, "name": self.name}
        if self.view_of is not None:
            d["view_of"] = self.view_of
        return d

    @staticmethod
    def from_json(d) -> "BufferDecl":
        return BufferDecl(tuple(d["shape"]), d["dtype"], d["kind"], d.get("name", ""), d.get("view_of"))


@dataclass
class Step:
    kernel: str  # PrimFunc symbol
    args: list[int]  # buffer ids, inputs then outputs (the PrimFunc's parameter order)

    def to_json(self) -> dict:
        return {"kernel": self.kernel, "args": self.args}


@dataclass
class Plan:
    buffers: list[BufferDecl]
    steps: list[Step]
    inputs: list[int]
    outputs: list[int]
    params: dict[int, np.ndarray] = field(default_factory=dict)  # param buffer id -> data

    def storage_of(self, b: int) -> int:
        while self.buffers[b].view_of is not None:
            b = self.buffers[b].view_of
        return b

    def to_json(self) -> dict:
        return {"buffers": [b.to_json() for b in self.buffers], "steps": [s.to_json() for s in self.steps],
                "inputs": self.inputs, "outputs": self.outputs}

    @staticmethod
    def from_json(d, params: dict[int, np.ndarray]) -> "Plan":
        return Plan([BufferDecl.from_json(b) for b in d["buffers"]],
                    [Step(s["kernel"], list(s["args"])) for s in d["steps"]],
                    list(d["inputs"]), list(d["outputs"]), params)


def _tensor_type(ty, what: str) -> tuple[tuple[int, ...], str]:
    if not isinstance(ty, relax.TensorType) or ty.shape is None:
        raise ModelError(f"{what}: expected a tensor of static shape, got {ty}")
    try:
        return tuple(int(d) for d in ty.shape.values), str(ty.dtype)
    except TypeError:
        raise ModelError(f"{what}: shape {ty.shape} is not static; fix the input shapes") from None


def make_plan(mod, input_names: list[str]) -> Plan:
    """Read the lowered Relax main into a Plan."""
    main = mod["main"]
    op_call_tir = tvm.ir.Op.get("relax.call_tir")
    op_reshape = tvm.ir.Op.get("relax.reshape")
    buffers: list[BufferDecl] = []
    params: dict[int, np.ndarray] = {}
    env: dict = {}  # relax Var -> buffer id, or list of ids for tuples
    consts: dict = {}  # id(Constant) -> buffer id

    def new(shape, dtype, kind, name="", view_of=None) -> int:
        buffers.append(BufferDecl(tuple(shape), dtype, kind, name, view_of))
        return len(buffers) - 1

    def value_of(expr, what):
        if isinstance(expr, relax.Var):
            if expr not in env:
                raise ModelError(f"{what}: uses {expr.name} before it is defined")
            return env[expr]
        if isinstance(expr, tvm.ir.Constant):
            key = expr  # TVM objects hash and compare by identity
            if key not in consts:
                data = expr.value.numpy()
                b = new(data.shape, str(data.dtype), "param", f"const{len(params)}")
                params[b] = data
                consts[key] = b
            return consts[key]
        if isinstance(expr, relax.Tuple):
            return [value_of(f, what) for f in expr.fields]
        raise ModelError(f"{what}: jitc's executor cannot take {type(expr).__name__} here")

    inputs = []
    for p, name in zip(main.params, input_names):
        shape, dtype = _tensor_type(p.ty, f"input {name!r}")
        b = new(shape, dtype, "input", name)
        env[p] = b
        inputs.append(b)

    steps: list[Step] = []
    body = main.body
    for block in body.blocks:
        for binding in block.bindings:
            var, val = binding.var, binding.value
            what = f"binding {var.name}"
            if isinstance(val, relax.Call) and val.op.same_as(op_call_tir):
                gv = val.args[0]
                if len(val.args) > 2:
                    raise ModelError(f"{what}: kernel {gv.name_hint} takes symbolic shape arguments; "
                                     "fix every dynamic dimension of the inputs")
                args = value_of(val.args[1], what)
                args = args if isinstance(args, list) else [args]
                ty = var.ty
                if isinstance(ty, relax.TupleType):
                    outs = [new(*_tensor_type(f, what), "temp", f"{var.name}.{i}") for i, f in enumerate(ty.fields)]
                    env[var] = outs
                else:
                    outs = [new(*_tensor_type(ty, what), "temp", var.name)]
                    env[var] = outs[0]
                steps.append(Step(gv.name_hint, _flat(args) + outs))
            elif isinstance(val, relax.Call) and val.op.same_as(op_reshape):
                src = value_of(val.args[0], what)
                shape, dtype = _tensor_type(var.ty, what)
                env[var] = new(shape, dtype, "temp", var.name, view_of=src)
            elif isinstance(val, relax.TupleGetItem):
                tup = value_of(val.tuple_value, what)
                env[var] = tup[val.index]
            elif isinstance(val, (relax.Var, tvm.ir.Constant, relax.Tuple)):
                env[var] = value_of(val, what)
            else:
                op = getattr(getattr(val, "op", None), "name", type(val).__name__)
                raise ModelError(f"{what}: the operator {op} is left after lowering and jitc's "
                                 "executor cannot run it (it has no TensorIR lowering for these inputs)")
    out = value_of(body.body, "output")
    outputs = out if isinstance(out, list) else [out]
    return Plan(buffers, steps, inputs, _flat(outputs), params)


def _flat(xs) -> list[int]:
    out = []
    for x in xs:
        out.extend(_flat(x) if isinstance(x, list) else [x])
    return out


def c_array(a) -> np.ndarray:
    """`a` as a C-contiguous array, keeping 0-d arrays 0-d (np.ascontiguousarray makes them 1-d)."""
    a = np.asarray(a)
    return a if a.flags.c_contiguous else np.ascontiguousarray(a)
