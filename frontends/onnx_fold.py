"""Constants in disguise, made constants before import.

TVM's importer wants shapes, axes, sizes, pads, repeats, k... as constants. Models often
compute them (Shape -> Gather -> Concat -> Reshape chains from exporters), or take them as
graph inputs. `fold(model, known)`:
  - evaluates every node whose inputs are all known (initializers, Constant nodes, inputs
    the caller fixed with `constants=`) with onnx's reference evaluator, and replaces it by
    initializers of its outputs;
  - turns Shape and Size of tensors whose shapes are static (they are, once the input
    shapes are fixed) into constants;
  - drops nodes nothing uses any more.
`fold_shapes(model)` repeats that with shape inference in between until nothing changes: a
Slice whose ends were a computed shape (BERT's position ids, from transformers' exporter) has
an unknown output shape until its ends are folded, and the Shape of what follows it folds only
on the next round.
`shape_inputs(model)` names the graph inputs that feed shape-like operands (Reshape's shape,
Slice's starts, ReduceSum's axes, TopK's k, ...): a runtime that knows their values (the ONNX
backend, at its first run) passes them as `constants=` and compiles for those values.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper
from onnx.reference import ReferenceEvaluator

# (op type -> operand positions that must be constant for TVM's importer)
SHAPE_OPERANDS = {
    "Reshape": (1,), "Expand": (1,), "Tile": (1,), "Slice": (1, 2, 3, 4), "Squeeze": (1,), "Unsqueeze": (1,),
    "ReduceSum": (1,), "ReduceMean": (1,), "ReduceMax": (1,), "ReduceMin": (1,), "ReduceProd": (1,),
    "ReduceL1": (1,), "ReduceL2": (1,), "ReduceLogSum": (1,), "ReduceLogSumExp": (1,), "ReduceSumSquare": (1,),
    "Pad": (1, 2, 3), "Resize": (1, 2, 3), "Upsample": (1,), "TopK": (1,), "OneHot": (1, 2),
    "ConstantOfShape": (0,), "Range": (0, 1, 2), "Split": (1,), "CumSum": (1,), "CumProd": (1,), "Trilu": (1,),
    "AffineGrid": (1,), "Compress": (1,), "CenterCropPad": (1,), "Col2Im": (1, 2), "DFT": (1, 2),
    "MaxUnpool": (2,), "RandomNormalLike": (), "Bernoulli": (), "ScatterElements": (), "GridSample": (),
    "RoiAlign": (), "NonMaxSuppression": (2, 3, 4), "Clip": (1, 2), "BlackmanWindow": (0,),
    "HannWindow": (0,), "HammingWindow": (0,), "MelWeightMatrix": (0, 1, 2, 3, 4), "STFT": (1, 3),
    "Mod": (), "EyeLike": (), "Dropout": (1, 2),
}
# ops a shape value may pass through on its way to a shape operand
_PASS = {"Cast", "Identity", "Concat", "Unsqueeze", "Squeeze", "Gather", "Add", "Sub", "Mul", "Div", "Neg",
         "Abs", "Max", "Min", "ReduceProd", "Slice"}
# never evaluated at compile time: their results differ run to run
_NONDETERMINISTIC = {"RandomNormal", "RandomUniform", "RandomNormalLike", "RandomUniformLike", "Multinomial",
                     "Bernoulli", "Dropout"}
_MAX_FOLD_ELEMENTS = 1 << 24


def shape_inputs(model) -> set[str]:
    """Graph inputs that flow (directly or through shape arithmetic) into shape operands."""
    g = model.graph
    inits = {t.name for t in g.initializer}
    inputs = [i.name for i in g.input if i.name not in inits]
    consumers: dict[str, list] = {}
    for n in g.node:
        for pos, name in enumerate(n.input):
            consumers.setdefault(name, []).append((n, pos))
    out = set()
    for name in inputs:
        stack, seen = [name], set()
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            for node, pos in consumers.get(v, []):
                if pos in SHAPE_OPERANDS.get(node.op_type, ()):
                    out.add(name)
                elif node.op_type in _PASS:
                    stack.extend(node.output)
    return out


def _constant_value(node):
    for a in node.attribute:
        if a.name == "value":
            return numpy_helper.to_array(a.t)
        if a.name == "value_float":
            return np.array(a.f, dtype=np.float32)
        if a.name == "value_floats":
            return np.array(list(a.floats), dtype=np.float32)
        if a.name == "value_int":
            return np.array(a.i, dtype=np.int64)
        if a.name == "value_ints":
            return np.array(list(a.ints), dtype=np.int64)
        if a.name == "sparse_value":
            return numpy_helper.to_array(helper.make_tensor("x", a.sparse_tensor.values.data_type,
                                                            a.sparse_tensor.dims, []))  # rarely used
    return None


def _static_shapes(model) -> dict[str, tuple]:
    shapes = {}
    for vi in list(model.graph.value_info) + list(model.graph.input) + list(model.graph.output):
        tt = vi.type.tensor_type
        if not vi.type.HasField("tensor_type") or not tt.HasField("shape"):
            continue
        dims = []
        for d in tt.shape.dim:
            if d.HasField("dim_value") and d.dim_value >= 0:
                dims.append(d.dim_value)
            else:
                dims = None
                break
        if dims is not None:
            shapes[vi.name] = tuple(dims)
    return shapes


def _evaluate(node, values: dict, opsets) -> list | None:
    """Run one node with onnx's reference evaluator on known inputs; None if it cannot."""
    try:
        ins = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(values[n].dtype), values[n].shape)
               for n in node.input if n]
        outs = [helper.make_tensor_value_info(n, 0, None) for n in node.output if n]
        g = helper.make_graph([node], "fold", ins, outs)
        m = helper.make_model(g, opset_imports=list(opsets))
        m.ir_version = min(m.ir_version, 10)
        res = ReferenceEvaluator(m).run(None, {n: values[n] for n in node.input if n})
    except Exception:  # noqa: BLE001 - anything the reference evaluator cannot do stays a node
        return None
    out = []
    for r in res:
        if not isinstance(r, np.ndarray):
            if isinstance(r, (np.generic, int, float, bool)):
                r = np.asarray(r)
            else:
                return None  # sequences, optionals: not tensors
        out.append(r)
    return out


def _shape_value(node, shp) -> np.ndarray:
    """The value of a Shape (with its start/end) or Size node of a static shape."""
    if node.op_type == "Size":
        return np.array(int(np.prod(shp, dtype=np.int64)), dtype=np.int64)
    start = next((a.i for a in node.attribute if a.name == "start"), 0)
    end = next((a.i for a in node.attribute if a.name == "end"), None)
    return np.array(shp[start:end], dtype=np.int64)


def fold(model, known_inputs: dict | None = None):
    """A copy of `model` with constant sub-graphs, static Shape/Size, and the inputs given in
    `known_inputs` ({name: array}) replaced by initializers."""
    m = onnx.ModelProto()
    m.CopyFrom(model)
    g = m.graph
    known: dict[str, np.ndarray] = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    for name, value in (known_inputs or {}).items():
        known[name] = np.asarray(value)
    shapes = _static_shapes(m)
    graph_outputs = {o.name for o in g.output}
    keep = []
    changed = bool(known_inputs)
    for node in g.node:
        outs = [o for o in node.output if o]
        if graph_outputs & set(outs):
            # an output stays computed (the importer returns initializers oddly); a static
            # Shape/Size output becomes Identity(constant): TVM's importer returns shapes as
            # R.Shape values, not tensors
            value = None
            if node.op_type in ("Shape", "Size") and node.input and node.input[0] in shapes and len(outs) == 1:
                value = _shape_value(node, shapes[node.input[0]])
            elif (node.op_type not in _NONDETERMINISTIC and node.domain in ("", "ai.onnx") and len(outs) == 1
                  and all((not i) or i in known for i in node.input)):
                res = _evaluate(node, known, m.opset_import)  # e.g. a window function of a constant size
                if res is not None and len(res) == 1 and res[0].size <= _MAX_FOLD_ELEMENTS:
                    value = res[0]
            if value is not None:
                known[outs[0] + "__jitc_const"] = value
                node = onnx.helper.make_node("Identity", [outs[0] + "__jitc_const"], outs, name=node.name)
                changed = True
            keep.append(node)
            continue
        if node.op_type == "Constant":
            v = _constant_value(node)
            if v is not None and len(outs) == 1:
                known[outs[0]] = v
                changed = True
                continue
        if node.op_type in ("Shape", "Size") and node.input and node.input[0] in shapes and len(outs) == 1:
            known[outs[0]] = _shape_value(node, shapes[node.input[0]])
            changed = True
            continue
        if (node.op_type not in _NONDETERMINISTIC and node.domain in ("", "ai.onnx") and outs
                and all((not i) or i in known for i in node.input) and any(node.input)):
            res = _evaluate(node, known, m.opset_import)
            if res is not None and len(res) == len(outs) and all(r.size <= _MAX_FOLD_ELEMENTS for r in res):
                for o, r in zip(outs, res):
                    known[o] = r
                changed = True
                continue
        keep.append(node)
    if not changed:
        return model
    # initializers: every known value that a remaining node or a graph output still reads
    used = {i for n in keep for i in n.input if i} | {o.name for o in g.output}
    for n in keep:  # values read inside subgraphs (If/Loop bodies) count too
        for a in n.attribute:
            if a.type == onnx.AttributeProto.GRAPH:
                used |= {i for sn in a.g.node for i in sn.input}
    del g.node[:]
    g.node.extend(keep)
    del g.initializer[:]
    for name, v in known.items():
        if name in used:
            arr = np.asarray(v, order="C")  # (ascontiguousarray would make a scalar 1-D)
            g.initializer.append(numpy_helper.from_array(arr, name))
    # inputs that are constants now (given by the caller, or old-style inputs with an initializer)
    # are inputs no more
    remaining = [i for i in g.input if i.name not in known]
    del g.input[:]
    g.input.extend(remaining)
    return m


def _unresolved_shapes(model) -> bool:
    """Whether a Shape/Size node is left whose input's shape is not static (yet)."""
    shapes = _static_shapes(model)
    return any(n.op_type in ("Shape", "Size") and n.input and n.input[0] not in shapes for n in model.graph.node)


def fold_shapes(model, rounds: int = 8):
    """`fold` to a fixed point: fold, infer shapes again, and fold what became static, while a
    Shape or Size of an unknown shape is left and the last round changed something."""
    m = fold(model)
    for _ in range(rounds):
        if m is model or not _unresolved_shapes(m):
            return m
        before = len(m.graph.node)
        again = onnx.ModelProto()
        again.CopyFrom(m)
        del again.graph.value_info[:]  # the shapes of the last round, some unknown then, inferred anew
        try:
            again = onnx.shape_inference.infer_shapes(again, check_type=True, strict_mode=True, data_prop=True)
        except Exception:  # noqa: BLE001 - the last round's graph is as good as it gets
            return m
        model, m = m, fold(again)
        if len(m.graph.node) >= before:
            return m
    return m
