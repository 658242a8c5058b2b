"""ONNX frontend: a file path or an `onnx.ModelProto` -> checked -> Relax, via TVM's importer.

What this adds to TVM's `from_onnx`:
- errors that name the file, node and input (never a bare traceback from deep inside TVM);
- every unsupported operator of the model in one error, not the first one only;
- dynamic dimensions fixed by the user (`shapes={"input_ids": (1, 128)}`) or reported by name;
- jitc's own converters (`onnx_ops.CONVERTERS`) tried before TVM's.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from google.protobuf.message import DecodeError
from tvm.relax.frontend.onnx.onnx_frontend import _get_convert_map
from onnx import helper
from tvm import relax
from tvm.relax.frontend.onnx.onnx_frontend import ONNXGraphImporter

from ..errors import ModelError, ShapeError, UnsupportedOperatorError
from . import index_check
from .imported import SUB_BYTE_CONTAINER, ImportedModel, TensorSpec, relax_output_specs
from .onnx_fold import fold, fold_shapes
from .onnx_ops import CONVERTERS

# Operators that a tensor compiler does not compile (strings, sequences, optionals, optimizer
# updates); they fail with this reason, not as "missing". (Loss functions are compiled.)
OUT_OF_SCOPE = {
    "StringNormalizer", "StringConcat", "StringSplit", "RegexFullMatch", "TfIdfVectorizer",
    "SequenceAt", "SequenceConstruct", "SequenceEmpty", "SequenceErase", "SequenceInsert",
    "SequenceLength", "SequenceMap", "SplitToSequence", "ConcatFromSequence",
    "Optional", "OptionalHasElement", "OptionalGetElement",
    "Momentum", "Adagrad", "Adam", "Gradient",
}


def _read(model, what: str):
    """Parse a path / bytes / ModelProto into a ModelProto with a readable error."""
    if isinstance(model, onnx.ModelProto):
        return model, what
    if isinstance(model, (bytes, bytearray)):
        try:
            return onnx.load_model_from_string(bytes(model)), what
        except (DecodeError, ValueError) as e:
            raise ModelError(f"{what}: not an ONNX model ({e})") from None
    path = Path(os.fspath(model))
    what = str(path)
    if not path.exists():
        raise ModelError(f"{what}: no such file. Check the path to the ONNX model.")
    if path.is_dir():
        raise ModelError(f"{what}: is a directory, not an ONNX model file.")
    try:
        proto = onnx.load(str(path), load_external_data=False)
    except (DecodeError, ValueError, RuntimeError) as e:
        raise ModelError(
            f"{what}: not an ONNX model, or the file is truncated or corrupt ({type(e).__name__}: {e})"
        ) from None
    try:
        from onnx.external_data_helper import load_external_data_for_model, uses_external_data  # loaded with the first model that needs it

        if any(uses_external_data(t) for t in proto.graph.initializer):
            load_external_data_for_model(proto, str(path.parent))
    except (OSError, ValueError) as e:
        raise ModelError(f"{what}: cannot read the weights stored outside the model file ({e})") from None
    return proto, what


def _check(proto, what: str) -> None:
    if proto.ir_version <= 0 or not proto.HasField("graph") or not proto.opset_import:
        raise ModelError(
            f"{what}: not an ONNX model (no graph, IR version or opset); the file may be truncated "
            "or be some other kind of file"
        )
    try:
        onnx.checker.check_model(proto)
    except Exception as e:  # noqa: BLE001 - onnx raises ValidationError and others
        msg = str(e).strip().splitlines()
        raise ModelError(f"{what}: the ONNX checker rejects the model: {' '.join(msg[:6])}") from None


def _all_nodes(graph):
    """Nodes of the graph and of every subgraph (If / Loop / Scan bodies)."""
    for node in graph.node:
        yield node
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                yield from _all_nodes(attr.g)
            elif attr.type == onnx.AttributeProto.GRAPHS:
                for g in attr.graphs:
                    yield from _all_nodes(g)


def supported_ops() -> set[str]:
    return (set(_get_convert_map()) | set(CONVERTERS) | {"Constant", "If"}) - OUT_OF_SCOPE


def _check_operators(proto, what: str, unregistered_only: bool = False) -> None:
    """One error listing every operator jitc cannot import (with `unregistered_only`, only
    those ONNX itself does not know: checked before onnx's checker, which stops at the first)."""
    ok = supported_ops()
    missing: dict[str, list[str]] = {}
    for i, node in enumerate(_all_nodes(proto.graph)):
        if unregistered_only and onnx.defs.has(node.op_type, node.domain or ""):
            continue
        domain_ok = node.domain in ("", "ai.onnx") or node.op_type in OUT_OF_SCOPE
        if node.op_type not in ok or not domain_ok:
            op = node.op_type if node.domain in ("", "ai.onnx") or node.op_type in OUT_OF_SCOPE else f"{node.domain}::{node.op_type}"
            missing.setdefault(op, []).append(node.name or f"#{i}")
    if missing:
        raise UnsupportedOperatorError(what, missing, OUT_OF_SCOPE)


def _dtype(elem_type: int, what: str, name: str) -> str:
    try:
        return str(np.dtype(helper.tensor_dtype_to_np_dtype(elem_type)))
    except Exception:  # noqa: BLE001
        raise ModelError(f"{what}: input {name!r} has element type {elem_type}, which jitc cannot take") from None


def _input_specs(proto, shapes: dict, what: str) -> list[TensorSpec]:
    """Graph inputs (not initializers) with every dimension fixed, or an error naming the gap."""
    inits = {t.name for t in proto.graph.initializer}
    graph_inputs = [i for i in proto.graph.input if i.name not in inits]
    names = [i.name for i in graph_inputs]
    unknown = set(shapes) - set(names)
    if unknown:
        raise ShapeError(f"{what}: shapes given for unknown input(s) {sorted(unknown)}; the inputs are {names}")
    specs = []
    for inp in graph_inputs:
        if not inp.type.HasField("tensor_type"):
            raise ModelError(f"{what}: input {inp.name!r} is not a tensor; jitc compiles tensor inputs only")
        tt = inp.type.tensor_type
        dtype = _dtype(tt.elem_type, what, inp.name)
        # a sub-byte integer input in its byte container: a Cast of it is computed on the
        # byte; arithmetic on such an input wraps at 8 bits, not at 4 or 2
        dtype = SUB_BYTE_CONTAINER.get(dtype, dtype)
        dims = list(tt.shape.dim) if tt.HasField("shape") else None
        given = shapes.get(inp.name)
        if given is not None:
            given = tuple(int(d) for d in given)
            if dims is not None and len(dims) != len(given):
                raise ShapeError(
                    f"{what}: input {inp.name!r} has rank {len(dims)} but the shape given is {given}"
                )
            for i, (d, g) in enumerate(zip(dims or [], given)):
                if d.HasField("dim_value") and d.dim_value != g:
                    raise ShapeError(
                        f"{what}: input {inp.name!r} dimension {i} is fixed to {d.dim_value} in the "
                        f"model, but the shape given is {given}"
                    )
            specs.append(TensorSpec(inp.name, given, dtype))
            continue
        if dims is None:
            raise ShapeError(
                f"{what}: input {inp.name!r} has no shape in the model; give one with "
                f"shapes={{{inp.name!r}: (...)}} or --shape {inp.name}=AxB"
            )
        shape = []
        for i, d in enumerate(dims):
            if d.HasField("dim_value") and d.dim_value > 0:
                shape.append(d.dim_value)
            else:
                label = f" ({d.dim_param!r})" if d.dim_param else ""
                raise ShapeError(
                    f"{what}: input {inp.name!r} dimension {i}{label} is dynamic; fix it with "
                    f"shapes={{{inp.name!r}: (...)}} in Python or --shape {inp.name}="
                    + "x".join(str(x.dim_value) if x.HasField("dim_value") and x.dim_value > 0 else "N" for x in dims)
                    + " on the command line"
                )
        specs.append(TensorSpec(inp.name, tuple(shape), dtype))
    return specs


def _fix_shapes(proto, specs: list[TensorSpec], what: str):
    """A copy of the model with the fixed input shapes written in, shape-inferred."""
    fixed = onnx.ModelProto()
    fixed.CopyFrom(proto)
    by_name = {s.name: s for s in specs}
    for inp in fixed.graph.input:
        s = by_name.get(inp.name)
        if s is None:
            continue
        shape = inp.type.tensor_type.shape
        shape.ClearField("dim")
        for d in s.shape:
            shape.dim.add().dim_value = d
    try:
        fixed = onnx.shape_inference.infer_shapes(fixed, check_type=True, strict_mode=True, data_prop=True)
    except Exception as e:  # noqa: BLE001 - InferenceError and friends
        raise ModelError(f"{what}: ONNX shape inference fails with the input shapes "
                         f"{', '.join(s.describe() for s in specs)}: {str(e).strip()}") from None
    return fixed


def global_pool(op: str, spatial: list[int], attrs: dict) -> str | None:
    """"GlobalAveragePool" / "GlobalMaxPool" for an AveragePool / MaxPool whose window covers the
    whole (unpadded) input and leaves one output pixel; None otherwise. transformers'
    EfficientNet pools its last 7x7 map with AvgPool2d(1280, ceil_mode=True), which TVM computes
    over the whole 1280x1280 window (two billion additions of zeros) where the global pool adds
    49 numbers. With no padding, the ceil-mode window is clipped to the input, as ONNX and torch
    define it."""
    if op not in ("AveragePool", "MaxPool"):
        return None
    kernel = [int(k) for k in attrs.get("kernel_shape", ())]
    pads = [int(x) for x in attrs.get("pads", ())]
    auto = attrs.get("auto_pad", "NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else str(auto)
    dil = [int(x) for x in attrs.get("dilations", ())] or [1] * len(spatial)
    if (len(kernel) != len(spatial) or any(pads) or auto not in ("NOTSET", "VALID") or any(d != 1 for d in dil)
            or any(k < n for k, n in zip(kernel, spatial))):
        return None
    strides = [int(x) for x in attrs.get("strides", ())] or [1] * len(spatial)
    ceil = int(attrs.get("ceil_mode", 0)) == 1
    out = [((n - k + st - 1) // st if ceil else (n - k) // st) + 1 if n >= k else 1
           for n, k, st in zip(spatial, kernel, strides)]
    if any(o != 1 for o in out):
        return None
    return "GlobalAveragePool" if op == "AveragePool" else "GlobalMaxPool"


def _opset(proto) -> int:
    for o in proto.opset_import:
        if o.domain in ("", "ai.onnx"):
            return o.version
    return 1


def _importer_class():
    class JitcOnnxImporter(ONNXGraphImporter):
        """TVM's importer with jitc's converters first and node names in every error."""

        def _check_for_unsupported_ops(self, graph):
            pass  # jitc checked already, knowing its own converters too (and listing every op)

        def _parse_value_proto(self, value_proto):
            if isinstance(value_proto, onnx.NodeProto) and not value_proto.name:
                out = value_proto.output[0] if value_proto.output else "?"
                return f"{value_proto.op_type} -> {out}"  # unnamed node: name it by its output
            return super()._parse_value_proto(value_proto)

        def _convert_operator(self, op_name, inputs, attrs, opset):
            node = attrs.get("tvm_custom", {}).get("name", "?")
            try:
                operand = index_check.onnx_index_operand(op_name, inputs, attrs)
                if operand is not None:  # run-time indices: checked before the op reads memory with them
                    i, bounds, last = operand
                    inputs = type(inputs)(list(inputs))
                    inputs[i] = index_check.guard(self.bb, inputs[i], bounds, last, f"node {node!r} ({op_name})")
                spatial = index_check.static_shape(inputs[0]) if inputs else None
                pool = global_pool(op_name, spatial[2:], attrs) if spatial and len(spatial) > 2 else None
                if pool is not None:  # a window covering the whole input: the global pool
                    op_name, attrs = pool, {"tvm_custom": attrs.get("tvm_custom", {})}
                conv = CONVERTERS.get(op_name)
                if conv is not None:
                    sym = conv.get_converter(opset)(self.bb, inputs, attrs, [self._nodes, self._params])
                    return self.bb.normalize(sym) if isinstance(sym, relax.Expr) else sym
                return super()._convert_operator(op_name, inputs, attrs, opset)
            except ModelError:
                raise
            except Exception as e:  # noqa: BLE001 - any converter failure becomes a named error
                msg = str(e).strip().splitlines()
                text = " ".join(m.strip() for m in msg if m.strip())[:600]
                raise ModelError(f"node {node!r} ({op_name}): {type(e).__name__}: {text}") from e

    return JitcOnnxImporter


@dataclass
class Prepared:
    """An ONNX model read, checked and with every input's shape fixed, before import."""

    proto: object  # the ModelProto with the fixed input shapes (constants folded in, if given)
    inputs: list[TensorSpec]
    what: str  # the file (or a description), for messages


def prepare(model, shapes: dict | None = None, name: str | None = None, constants: dict | None = None) -> Prepared:
    """Read an ONNX model (path, bytes or ModelProto), check it, fold the `constants` it is
    given, and fix its inputs' shapes (`shapes` for the dynamic ones): what `load` imports, and
    what jitc.localize compares node by node. ModelError / ShapeError name the file and what
    to do."""
    proto, what = _read(model, name or "<onnx model>")
    if proto.ir_version > 0 and proto.HasField("graph"):
        _check_operators(proto, what, unregistered_only=True)  # first: all of them, not the checker's first
    _check(proto, what)
    constants = dict(constants or {})
    if constants:
        inits = {t.name for t in proto.graph.initializer}
        names = [i.name for i in proto.graph.input if i.name not in inits]
        unknown = set(constants) - set(names)
        if unknown:
            raise ModelError(f"{what}: constants given for {sorted(unknown)}, which are not inputs; inputs: {names}")
        proto = fold(proto, {k: np.asarray(v) for k, v in constants.items()})
    specs = _input_specs(proto, dict(shapes or {}), what)
    return Prepared(_fix_shapes(proto, specs, what), specs, what)


def load(model, shapes: dict | None = None, name: str | None = None, constants: dict | None = None) -> ImportedModel:
    """Import an ONNX model (path, bytes or ModelProto) into Relax with all shapes fixed.

    constants: {input name: array} for inputs that are constants in disguise (a shape, axes,
    pads, k...): they become initializers, and what they determine is folded before import.
    """
    prepared = prepare(model, shapes, name, constants)
    proto, specs, what = prepared.proto, prepared.inputs, prepared.what
    fixed = fold_shapes(proto)  # Shape/Size of static shapes, Constant nodes, constant sub-graphs
    _check_operators(fixed, what)
    importer = _importer_class()(
        {s.name: list(s.shape) for s in specs}, {s.name: s.dtype for s in specs},
        keep_params_in_input=False, sanitize=True,
    )
    sink = io.StringIO()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(sink):
            warnings.simplefilter("ignore")
            mod = importer.from_onnx(fixed.graph, _opset(fixed))
    except ModelError as e:
        raise ModelError(f"{what}: {e}") from e.__cause__
    except Exception as e:  # noqa: BLE001
        raise ModelError(f"{what}: import failed: {type(e).__name__}: {str(e).strip()[:600]}") from e
    params = mod["main"].params
    if len(params) != len(specs):
        raise ModelError(f"{what}: imported main takes {len(params)} inputs, the model declares {len(specs)}")
    return ImportedModel(
        mod=mod, inputs=specs, outputs=relax_output_specs(mod, [o.name for o in proto.graph.output]), source=what,
        meta={"frontend": "onnx", "opset": _opset(proto), "producer": proto.producer_name},
    )
