"""PyTorch frontend: an `nn.Module` plus example inputs -> `torch.export` -> Relax."""

from __future__ import annotations

import contextlib
import io
import warnings

from ..errors import ModelError, UnsupportedOperatorError
from .imported import ImportedModel, TensorSpec, relax_output_specs


def _torch():
    try:
        import torch
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
    from tvm.relax.frontend.torch.exported_program_translator import ExportedProgramImporter

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
    import operator

    from tvm import relax
    from tvm.relax.frontend.torch.exported_program_translator import ExportedProgramImporter

    def matmul(a, b):
        return relax.op.linear_algebra.matmul(a, b, out_dtype=None)

    class Importer(ExportedProgramImporter):
        def create_convert_map(self):
            m = super().create_convert_map()
            for name in ("matmul.default", "mm.default", "bmm.default"):
                m[name] = self._binary_op(matmul, operator.matmul)
            return m

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
