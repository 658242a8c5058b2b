"""PyTorch frontend: an `nn.Module` plus example inputs -> `torch.export` -> Relax."""

from __future__ import annotations

import contextlib
import io
import operator
import warnings

import numpy as np
from tvm import relax
from tvm.relax.frontend.torch.exported_program_translator import ExportedProgramImporter

from ..errors import ModelError, UnsupportedOperatorError
from . import index_check
from .imported import ImportedModel, TensorSpec, relax_output_specs


def _torch():
    try:
        import torch  # optional dependency (jitc[torch])
    except ImportError:
        raise ModelError("the PyTorch frontend needs torch: pip install 'jitc[torch]' (torch==2.13.0)") from None
    return torch


def _dtype_name(torch, dt) -> str:
    return str(dt).replace("torch.", "")


def export(module, example_inputs, what: str):
    """torch.export the module in eval mode, decomposed to the ops TVM's importer knows."""
    torch = _torch()
    if not isinstance(module, torch.nn.Module):
        raise ModelError(f"{what}: expected a torch.nn.Module, got {type(module).__name__}")
    args = tuple(example_inputs) if isinstance(example_inputs, (list, tuple)) else (example_inputs,)
    for i, a in enumerate(args):
        if not isinstance(a, torch.Tensor):
            raise ModelError(f"{what}: example input {i} is a {type(a).__name__}; jitc takes tensors")
    try:
        with torch.no_grad():
            ep = torch.export.export(module.eval(), args)
        return ep.run_decompositions(), args
    except Exception as e:  # noqa: BLE001 - torch raises many kinds
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise ModelError(f"{what}: torch.export failed: {type(e).__name__}: {first[:500]}") from e


def unsupported_ops(ep) -> dict[str, list[str]]:
    """ATen ops of the exported graph that TVM's importer has no converter for, with node names."""
    known = ExportedProgramImporter().convert_map
    missing: dict[str, list[str]] = {}
    for node in ep.graph_module.graph.nodes:
        if node.op == "call_function":
            name = getattr(node.target, "__name__", str(node.target))
            if name not in known:
                missing.setdefault(name, []).append(node.name)
    return missing


def _importer():
    """TVM's ExportedProgram importer, with matrix products keeping their inputs' dtype: TVM's
    asks for a float32 result of `mm`, `bmm`, `matmul`, `addmm` and `linear` whatever the
    inputs, so a float16 or bfloat16 model fails to type-check at its first bias add. (On
    CUDA, jitc then sums half-precision products in float32 anyway: jitc.kernels.)"""
    def matmul(a, b):
        return relax.op.linear_algebra.matmul(a, b, out_dtype=None)

    class Importer(ExportedProgramImporter):
        def create_convert_map(self):
            m = super().create_convert_map()
            for name in ("matmul.default", "mm.default", "bmm.default"):
                m[name] = self._binary_op(matmul, operator.matmul)
            for name in _INDEXING:
                if name in m:
                    m[name] = self._index_guarded(name, m[name])
            return m

        def _index_guarded(self, op: str, convert):
            """`convert` with the node's run-time index operands bounds-checked first."""

            def conv(node):
                saved = {}
                for arg, bound in _index_operands(op, node, self.env):
                    if arg in saved:
                        continue
                    saved[arg] = self.env[arg]
                    self.env[arg] = index_check.guard(self.block_builder, saved[arg], (bound,), False,
                                                      f"node {node.name!r} ({op.split('.')[0]})")
                try:
                    return convert(node)
                finally:
                    self.env.update(saved)

            return conv

        def _index_tensor(self, node):
            """x[..., i, j, ...] (aten index.Tensor) as torch computes it: the index tensors
            broadcast together (shapes [9, 16, 1, 1] and [1, 1]: F.unfold's decomposition in
            ConvBERT), the sliced (None) axes kept; TVM's converter aligned index shapes from
            the first axis and refused, and took slices with None only in special cases."""
            indices = list(node.args[1])
            at = [k for k, a in enumerate(indices) if a is not None]
            if len(at) < 2:
                return super()._index_tensor(node)  # one index: a take
            bb = self.block_builder
            data = self.env[node.args[0]]
            try:
                shapes = [tuple(int(d) for d in self.env[indices[k]].ty.shape) for k in at]
                common = tuple(int(d) for d in np.broadcast_shapes(*shapes))
                ndim = len(data.ty.shape)
            except (TypeError, ValueError, AttributeError, KeyError):
                return super()._index_tensor(node)  # symbolic shapes: as TVM does
            idx = [self.env[indices[k]] for k in at]
            idx = [i if s == common else bb.emit(relax.op.broadcast_to(i, common)) for i, s in zip(idx, shapes)]
            sliced = [k for k in range(ndim) if k not in at]  # None entries and the axes past the list
            if sliced:
                data = bb.emit(relax.op.permute_dims(data, at + sliced))
            out = bb.emit(relax.op.index_tensor(data, idx))
            nb = len(common)
            before = [k for k in sliced if k < at[0]]
            if sliced and before and at == list(range(at[0], at[-1] + 1)):
                # adjacent indices: their result takes their place, after the axes before them
                perm = [nb + j for j in range(len(before))] + list(range(nb)) + \
                       [nb + len(before) + j for j in range(len(sliced) - len(before))]
                out = bb.emit(relax.op.permute_dims(out, perm))
            return out

        def _div(self, node):
            """div with a rounding mode, operands promoted as torch does (TVM's made a Python
            divisor an int32 constant whatever the tensor's dtype: float // 2 failed to type-check)."""
            args = self.retrieve_args(node)
            a, b = args[0], args[1]
            mode = args[2] if len(node.args) > 2 else node.kwargs.get("rounding_mode", None)

            def dtype(x):
                ty = getattr(x, "ty", None) if isinstance(x, relax.Expr) else None
                return str(ty.dtype) if isinstance(ty, relax.TensorType) else None

            bb = self.block_builder
            da, db_ = dtype(a), dtype(b)
            if da is None and db_ is None:
                raise ValueError("div of two Python numbers reached the importer")
            if da is None:
                a, da = relax.const(a, db_ if isinstance(a, int) or db_.startswith("float") else "float32"), None
            if db_ is None:
                b = relax.const(b, da if isinstance(b, int) or da.startswith("float") else "float32")
            target = self._promote_common_dtype(dtype(a), dtype(b))
            if target is not None:
                a = a if dtype(a) == target else bb.emit(relax.op.astype(a, target))
                b = b if dtype(b) == target else bb.emit(relax.op.astype(b, target))
            if mode is None:
                if not dtype(a).startswith(("float", "bfloat")):  # true division of integers: float
                    a, b = bb.emit(relax.op.astype(a, "float32")), bb.emit(relax.op.astype(b, "float32"))
                return bb.emit(relax.op.divide(a, b))
            if mode == "floor":
                return bb.emit(relax.op.floor_divide(a, b))
            if mode == "trunc":
                if dtype(a).startswith(("float", "bfloat")):
                    return bb.emit(relax.op.trunc(bb.emit(relax.op.divide(a, b))))
                return bb.emit(relax.op.divide(a, b))  # integer division truncates
            raise ValueError(f"Unsupported rounding_mode: {mode}")

        def _linear(self, node):
            args = self.retrieve_args(node)
            bias = args[2] if len(args) > 2 else None
            return self.block_builder.emit(relax.op.linear(args[0], args[1], bias, None))

        def _addmm(self, node):
            x, y, z = (self.env[a] for a in node.args[:3])
            alpha, beta = node.kwargs.get("alpha", 1), node.kwargs.get("beta", 1)
            bb = self.block_builder
            res = None
            if alpha != 0:
                res = bb.emit(matmul(y, z))
                if alpha != 1:
                    res = bb.emit(relax.op.multiply(res, relax.const(alpha, res.ty.dtype)))
            if beta != 0:
                bias = x if beta == 1 else bb.emit(relax.op.multiply(x, relax.const(beta, x.ty.dtype)))
                res = bias if res is None else bb.emit(relax.op.add(bias, res))
            return res

    return Importer()


# ATen ops that read or write memory at run-time indices: (data argument, dim argument or a
# fixed axis, index argument); index.Tensor takes a list of index tensors, one per dimension.
_INDEXING = {
    "embedding.default": (0, 0, 1),
    "index_select.default": (0, "dim@1", 2),
    "gather.default": (0, "dim@1", 2),
    "take.default": (0, None, 1),
    "scatter.src": (0, "dim@1", 2),
    "scatter.value": (0, "dim@1", 2),
    "index.Tensor": (0, "list", 1),
}


def _index_operands(op: str, node, env) -> list:
    """[(fx node of an index tensor, the size of the dimension it indexes)] for one node."""
    data_i, axis, idx_i = _INDEXING[op]
    if len(node.args) <= max(data_i, idx_i):
        return []
    data = env.get(node.args[data_i])
    shape = getattr(getattr(getattr(data, "ty", None), "shape", None), "values", None)
    try:
        dims = [int(d) for d in shape]
    except TypeError:
        return []
    out = []
    if axis == "list":
        for d, arg in enumerate(node.args[idx_i]):
            if arg is not None and arg in env and d < len(dims) and "int" in str(getattr(env[arg].ty, "dtype", "")):
                out.append((arg, dims[d]))
        return out
    arg = node.args[idx_i]
    if arg not in env or not hasattr(env[arg], "ty"):
        return []
    if axis is None:  # torch.take: flat indices
        n = 1
        for d in dims:
            n *= d
        return [(arg, n)]
    if isinstance(axis, str):
        axis = node.args[1] if len(node.args) > 1 else node.kwargs.get("dim", 0)
    axis = int(axis) + (len(dims) if int(axis) < 0 else 0)
    return [(arg, dims[axis])] if 0 <= axis < len(dims) else []


def load(module, example_inputs, name: str | None = None) -> ImportedModel:
    """Import `module` traced at the shapes and dtypes of `example_inputs`."""
    torch = _torch()
    what = name or f"<torch {type(module).__name__}>"
    ep, args = export(module, example_inputs, what)
    missing = unsupported_ops(ep)
    if missing:
        raise UnsupportedOperatorError(what, missing)
    sink = io.StringIO()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(sink):
            warnings.simplefilter("ignore")
            mod = _importer().from_exported_program(ep, False, True, False, None)
    except Exception as e:  # noqa: BLE001
        raise ModelError(f"{what}: import failed: {type(e).__name__}: {str(e).strip()[:600]}") from e
    user_inputs = [s.arg.name for s in ep.graph_signature.input_specs if s.kind.name == "USER_INPUT"]
    inputs = [TensorSpec(n, tuple(a.shape), _dtype_name(torch, a.dtype)) for n, a in zip(user_inputs, args)]
    outputs = relax_output_specs(mod)
    return ImportedModel(mod=mod, inputs=inputs, outputs=outputs, source=what, meta={"frontend": "torch"})
