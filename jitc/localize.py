"""Where does jitc first disagree with onnxruntime? `localize(model)` bisects the ONNX graph.

onnxruntime runs the model once with every intermediate tensor as an extra output (the
reference for each node). jitc compiles prefixes of the graph — the subgraph that computes one
node's output, extracted with onnx's Extractor, so fusion inside the prefix stays as in the
whole model — and compares that output with the reference, by its error relative to the
reference's scale. A binary search over the nodes in topological order finds a node whose
output diverges while the node before it does not: about log2(nodes) compiles.

    d = localize("model.onnx")          # None when the outputs agree
    print(d.describe())                 # the node, its op type, attributes, inputs, the error
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import onnx

from .compiler import compile as compile_model
from .frontends import onnx as onnx_frontend
from .reference import random_input


@dataclass
class Divergence:
    node: str
    op_type: str
    attributes: dict
    inputs: list  # [(name, shape, dtype, producer op or "input"/"initializer")]
    output: str
    error: float  # max |jitc - onnxruntime| / max |onnxruntime|
    detail: str
    last_good: str | None = None  # the output checked just before, which agrees
    compiles: int = 0
    checked: list = field(default_factory=list)  # [(output name, relative error)] in the order checked

    def describe(self) -> str:
        attrs = ", ".join(f"{k}={v}" for k, v in self.attributes.items()) or "none"
        lines = [f"first divergence at node {self.node!r} ({self.op_type}), output {self.output!r}: "
                 f"relative error {self.error:.3g} ({self.detail})",
                 f"  attributes: {attrs}"]
        for name, shape, dtype, producer in self.inputs:
            lines.append(f"  input {name!r}: {dtype}{list(shape) if shape is not None else '[?]'} from {producer}")
        if self.last_good:
            lines.append(f"  its inputs computed by jitc agree with onnxruntime (so does {self.last_good!r}, the "
                         "output before it in graph order)")
        lines.append(f"  ({self.compiles} prefixes of the graph compiled)")
        return "\n".join(lines)


def relative_error(got: np.ndarray, want: np.ndarray) -> tuple[float, str]:
    """max |got - want| over max |want| (NaN and shape mismatches are infinite), and a note."""
    got, want = np.asarray(got), np.asarray(want)
    if got.shape != want.shape:
        return float("inf"), f"shape {list(got.shape)} vs {list(want.shape)}"
    if want.dtype == bool or not np.issubdtype(want.dtype, np.number):
        bad = int((got != want).sum())
        return (float("inf") if bad else 0.0), f"{bad} of {want.size} differ"
    g, w = got.astype(np.float64), want.astype(np.float64)
    nan_g, nan_w = np.isnan(g), np.isnan(w)
    if (nan_g != nan_w).any():
        return float("inf"), f"{int((nan_g & ~nan_w).sum())} NaN where onnxruntime has numbers"
    ok = ~nan_w
    if not ok.any():
        return 0.0, "all NaN on both sides"
    scale = float(np.abs(w[ok]).max()) or 1.0
    err = float(np.abs(g[ok] - w[ok]).max()) / scale
    i = int(np.argmax(np.where(ok, np.abs(g - w), -1)))
    return err, f"worst at flat index {i}: {g.flat[i]:.6g} vs {w.flat[i]:.6g}, output scale {scale:.3g}"


def _typed_outputs(proto):
    """{tensor name: ValueInfoProto} for every node output shape inference types."""
    inferred = onnx.shape_inference.infer_shapes(proto, data_prop=True)
    infos = {v.name: v for v in list(inferred.graph.value_info) + list(inferred.graph.output)}
    return inferred, infos


def _reference_values(proto, names: list[str], infos: dict, feeds: dict) -> dict:
    """onnxruntime's value of every tensor in `names` (one session, all as outputs)."""
    import onnxruntime as ort  # a test/reference dependency, loaded only to compare

    m = onnx.ModelProto()
    m.CopyFrom(proto)
    have = {o.name for o in m.graph.output}
    for n in names:
        if n not in have:
            m.graph.output.append(infos[n])
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL  # the graph as written
    sess = ort.InferenceSession(m.SerializeToString(), so, providers=["CPUExecutionProvider"])
    outs = sess.run(None, feeds)
    return dict(zip([o.name for o in sess.get_outputs()], outs))


def _prefix(proto, output: str, graph_inputs: list[str]):
    """The subgraph computing `output` from the graph inputs it needs."""
    producers = {o: n for n in proto.graph.node for o in n.output}
    need, stack, seen = set(), [output], set()
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        if t in graph_inputs:
            need.add(t)
        elif t in producers:
            stack.extend(i for i in producers[t].input if i)
    ins = [i for i in graph_inputs if i in need]
    return onnx.utils.Extractor(proto).extract_model(ins, [output]), ins


def localize(model, shapes: dict | None = None, feeds: dict | None = None, tol: float = 1e-3,
             log=None, seed: int = 0) -> Divergence | None:
    """The first node (by bisection over graph order) whose output jitc computes differently
    from onnxruntime by more than `tol` of the output's scale; None if the outputs agree."""
    log = log or (lambda s: None)
    prepared = onnx_frontend.prepare(model, shapes)
    specs, fixed = prepared.inputs, prepared.proto
    if feeds is None:
        rng = np.random.default_rng(seed)
        feeds = {s.name: random_input(s.shape, s.dtype, rng) for s in specs}
    inferred, infos = _typed_outputs(fixed)
    graph_inputs = [s.name for s in specs]
    order = [o for n in inferred.graph.node for o in n.output[:1] if o and o in infos]
    final = [o.name for o in inferred.graph.output]
    ref = _reference_values(inferred, order, infos, feeds)
    compiles = 0
    checked: list = []

    def check(name: str) -> tuple[float, str]:
        nonlocal compiles
        sub, ins = _prefix(inferred, name, graph_inputs)
        try:
            m = compile_model(sub, db=None)
            got = m.run({k: feeds[k] for k in ins})[0]
        except Exception as e:  # noqa: BLE001 - a prefix that fails to compile or run is a divergence
            compiles += 1
            return float("inf"), f"jitc fails on it: {type(e).__name__}: {str(e).strip()[:300]}"
        compiles += 1
        err, note = relative_error(got, ref[name])
        checked.append((name, err))
        log(f"  {name}: relative error {err:.3g}")
        return err, note

    log(f"checking the outputs {final}")
    for name in final:
        err, note = check(name)
        if err > tol:
            break
    else:
        return None
    # bisect: order[lo] agrees (or lo = -1: the inputs), order[hi] diverges; then make sure
    # the node's own inputs agree (graph order is not data order): if one does not, bisect
    # again below it
    producers = {o: n for n in inferred.graph.node for o in n.output}
    lo, hi = -1, order.index(name) if name in order else len(order) - 1
    bad = (err, note)
    while True:
        while hi - lo > 1:
            mid = (lo + hi) // 2
            e, n = check(order[mid])
            if e > tol:
                hi, bad = mid, (e, n)
            else:
                lo = mid
        node = producers[order[hi]]
        upstream = [i for i in node.input if i in producers and i in order and order.index(i) < hi]
        for i in upstream:
            e, n = check(i)
            if e > tol:
                lo, hi, bad = -1, order.index(i), (e, n)
                break
        else:
            break
    out = order[hi]
    node = producers[out]
    inits = {t.name for t in inferred.graph.initializer}
    inputs = []
    for i in node.input:
        if not i:
            continue
        vi = infos.get(i)
        shape = dtype = None
        if vi is not None and vi.type.HasField("tensor_type"):
            tt = vi.type.tensor_type
            shape = [d.dim_value if d.HasField("dim_value") else "?" for d in tt.shape.dim]
            dtype = onnx.helper.tensor_dtype_to_np_dtype(tt.elem_type).name if tt.elem_type else "?"
        elif i in feeds:
            shape, dtype = list(feeds[i].shape), str(feeds[i].dtype)
        src = "initializer" if i in inits else ("input" if i in graph_inputs else
                                               f"{producers[i].op_type} {producers[i].name!r}" if i in producers else "?")
        inputs.append((i, shape, dtype, src))
    attrs = {a.name: _attr_value(a) for a in node.attribute}
    return Divergence(node.name or f"{node.op_type} -> {out}", node.op_type, attrs, inputs, out, bad[0], bad[1],
                      order[lo] if lo >= 0 else None, compiles, checked)


def _attr_value(a):
    v = onnx.helper.get_attribute_value(a)
    if isinstance(v, bytes):
        return v.decode(errors="replace")
    if isinstance(v, (list, tuple)) and len(v) > 8:
        return f"[{len(v)} values]"
    if isinstance(v, onnx.TensorProto):
        arr = onnx.numpy_helper.to_array(v)
        return arr.tolist() if arr.size <= 8 else f"tensor{list(arr.shape)}"
    if isinstance(v, onnx.GraphProto):
        return f"graph({len(v.node)} nodes)"
    return v
