"""Synthetic workloads for training and evaluating the cost model, the way GraphNet and
LOOPerSet sample real and synthetic loop nests: one-operator ONNX models (dense, batch
matmul, conv, pooling, layernorm, softmax, reductions, elementwise chains, transposes) over
shapes drawn from what real models use.

    spec = {"op": "dense", "m": 128, "k": 768, "n": 768}
    model = onnx_for(spec)             # an onnx.ModelProto
    specs = sample(80, seed=0)         # varied specs, never one of HELDOUT

HELDOUT (heldout.json beside this file) is the fixed list of workloads the pretrained model
never sees; bench/cost_model_eval.py evaluates on them.
"""

from __future__ import annotations

import json
import os
import random

import numpy as np
from onnx import helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT_FILE = os.path.join(HERE, "heldout.json")

DIMS = [16, 32, 48, 64, 96, 128, 196, 256, 384, 512, 768, 1024, 1536, 2048, 3072]
SPATIAL = [7, 8, 14, 16, 28, 32, 56]
CHANNELS = [3, 16, 24, 32, 64, 96, 128, 256]


def heldout() -> list[dict]:
    with open(HELDOUT_FILE) as f:
        return json.load(f)


def key(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True)


def onnx_for(spec: dict):
    rng = np.random.default_rng(0)
    dtype = spec.get("dtype", "float32")
    f32 = helper.np_dtype_to_tensor_dtype(np.dtype(dtype))
    op = spec["op"]

    def init(name, shape):
        return numpy_helper.from_array((rng.standard_normal(shape) * 0.05).astype(dtype), name)

    inits = []
    if op == "dense":
        m, k, n = spec["m"], spec["k"], spec["n"]
        nodes = [helper.make_node("MatMul", ["x", "w"], ["t"]), helper.make_node("Add", ["t", "b"], ["y"])]
        act = spec.get("act")
        if act:
            nodes[-1].output[0] = "u"
            nodes.append(helper.make_node({"relu": "Relu", "gelu": "Gelu", "sigmoid": "Sigmoid"}[act], ["u"], ["y"]))
        ins, outs = [("x", [m, k])], [("y", [m, n])]
        inits = [init("w", [k, n]), init("b", [n])]
    elif op == "bmm":
        b, m, k, n = spec["b"], spec["m"], spec["k"], spec["n"]
        nodes = [helper.make_node("MatMul", ["a", "c"], ["y"])]
        ins, outs = [("a", [b, m, k]), ("c", [b, k, n])], [("y", [b, m, n])]
    elif op == "conv":
        n, c, h, w, f = spec["n"], spec["c"], spec["h"], spec["w"], spec["f"]
        kk, s = spec.get("k", 3), spec.get("stride", 1)
        pad = kk // 2
        nodes = [helper.make_node("Conv", ["x", "w", "bias"], ["t"], pads=[pad] * 4, strides=[s, s],
                                  group=spec.get("group", 1)),
                 helper.make_node("Relu", ["t"], ["y"])]
        oh, ow = (h + 2 * pad - kk) // s + 1, (w + 2 * pad - kk) // s + 1
        ins, outs = [("x", [n, c, h, w])], [("y", [n, f, oh, ow])]
        inits = [init("w", [f, c // spec.get("group", 1), kk, kk]), init("bias", [f])]
    elif op == "pool":
        n, c, h, w = spec["n"], spec["c"], spec["h"], spec["w"]
        kind = spec.get("kind", "max")
        if kind == "global":
            nodes = [helper.make_node("GlobalAveragePool", ["x"], ["y"])]
            outs = [("y", [n, c, 1, 1])]
        else:
            nodes = [helper.make_node("MaxPool", ["x"], ["y"], kernel_shape=[2, 2], strides=[2, 2])]
            outs = [("y", [n, c, h // 2, w // 2])]
        ins = [("x", [n, c, h, w])]
    elif op == "layernorm":
        m, n = spec["m"], spec["n"]
        nodes = [helper.make_node("LayerNormalization", ["x", "g", "b"], ["y"], axis=-1, epsilon=1e-5)]
        ins, outs = [("x", [m, n])], [("y", [m, n])]
        inits = [init("g", [n]), init("b", [n])]
    elif op == "softmax":
        b, m, n = spec["b"], spec["m"], spec["n"]
        nodes = [helper.make_node("Softmax", ["x"], ["y"], axis=-1)]
        ins, outs = [("x", [b, m, n])], [("y", [b, m, n])]
    elif op == "reduce":
        shape, axis = spec["shape"], spec["axis"]
        nodes = [helper.make_node(spec.get("kind", "ReduceMean"), ["x", "axes"], ["y"], keepdims=0)]
        inits = [numpy_helper.from_array(np.array([axis], dtype="int64"), "axes")]
        ins = [("x", shape)]
        outs = [("y", [d for i, d in enumerate(shape) if i != axis])]
    elif op == "elementwise":
        shape = spec["shape"]
        chain = spec.get("chain", ["Add", "Relu"])
        nodes, prev = [], "x"
        for i, o in enumerate(chain):
            out = "y" if i == len(chain) - 1 else f"t{i}"
            nodes.append(helper.make_node(o, [prev, "x2"] if o in ("Add", "Mul", "Sub") else [prev], [out]))
            prev = out
        ins = [("x", shape), ("x2", shape)] if any(o in ("Add", "Mul", "Sub") for o in chain) else [("x", shape)]
        outs = [("y", shape)]
    elif op == "transpose":
        shape, perm = spec["shape"], spec["perm"]
        nodes = [helper.make_node("Transpose", ["x"], ["y"], perm=perm)]
        ins, outs = [("x", shape)], [("y", [shape[p] for p in perm])]
    else:
        raise ValueError(f"unknown workload op {op!r}")
    g = helper.make_graph(nodes, op, [helper.make_tensor_value_info(n, f32, s) for n, s in ins],
                          [helper.make_tensor_value_info(n, f32, s) for n, s in outs], initializer=inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 20)])


def _flops_ok(spec: dict, limit: float = 1.5e9) -> bool:
    op = spec["op"]
    if op == "dense":
        return 2 * spec["m"] * spec["k"] * spec["n"] <= limit
    if op == "bmm":
        return 2 * spec["b"] * spec["m"] * spec["k"] * spec["n"] <= limit
    if op == "conv":
        k = spec.get("k", 3)
        return 2 * spec["n"] * spec["f"] * spec["h"] * spec["w"] * spec["c"] * k * k / spec.get("group", 1) \
            / spec.get("stride", 1) ** 2 <= limit
    return True


OPS = ["dense", "dense", "dense", "bmm", "bmm", "conv", "conv", "pool", "layernorm", "softmax", "reduce",
       "elementwise", "transpose"]


def sample(n: int, seed: int = 0, ops: list[str] | None = None) -> list[dict]:
    """n varied workload specs (of `ops`, default a mix weighted towards contractions; an op
    name ending in "_fp16" gives float16 operands), none of them held out."""
    rnd = random.Random(seed)
    held = {key(s) for s in heldout()}
    out, seen = [], set(held)
    ops = list(ops or OPS)
    unknown = sorted({o for o in ops if o.removesuffix("_fp16") not in OPS})
    if unknown:
        raise ValueError(f"{', '.join(unknown)} (known: {', '.join(sorted(set(OPS)))})")
    tries = 0
    while len(out) < n and tries < 100 * n:
        tries += 1
        picked = rnd.choice(ops)
        op = picked.removesuffix("_fp16")  # "dense_fp16", "bmm_fp16": float16 operands
        if op == "dense":
            s = {"op": op, "m": rnd.choice([1, 8, 16, 32, 64, 128, 256, 512]), "k": rnd.choice(DIMS),
                 "n": rnd.choice(DIMS)}
            if rnd.random() < 0.4:
                s["act"] = rnd.choice(["relu", "gelu", "sigmoid"])
        elif op == "bmm":
            s = {"op": op, "b": rnd.choice([1, 4, 8, 12, 16]), "m": rnd.choice([16, 32, 64, 128, 256]),
                 "k": rnd.choice([16, 32, 64, 128, 256]), "n": rnd.choice([16, 32, 64, 128, 256])}
        elif op == "conv":
            hw = rnd.choice(SPATIAL)
            c = rnd.choice(CHANNELS)
            s = {"op": op, "n": 1, "c": c, "h": hw, "w": hw, "f": rnd.choice(CHANNELS[1:]),
                 "k": rnd.choice([1, 3, 3, 5]), "stride": rnd.choice([1, 1, 2])}
        elif op == "pool":
            hw = rnd.choice([8, 14, 16, 28, 32, 56])
            s = {"op": op, "n": 1, "c": rnd.choice(CHANNELS), "h": hw, "w": hw,
                 "kind": rnd.choice(["max", "global"])}
        elif op == "layernorm":
            s = {"op": op, "m": rnd.choice([1, 16, 64, 128, 256, 512]), "n": rnd.choice([64, 128, 256, 384, 768, 1024])}
        elif op == "softmax":
            s = {"op": op, "b": rnd.choice([1, 2, 4, 8, 12]), "m": rnd.choice([16, 50, 64, 128, 256]),
                 "n": rnd.choice([16, 32, 64, 100, 128, 256, 512])}
        elif op == "reduce":
            shape = [rnd.choice([1, 4, 16, 32]), rnd.choice([16, 64, 128, 256]), rnd.choice([16, 64, 256, 768])]
            s = {"op": op, "shape": shape, "axis": rnd.choice([0, 1, 2]),
                 "kind": rnd.choice(["ReduceMean", "ReduceSum", "ReduceMax"])}
        elif op == "elementwise":
            shape = [rnd.choice([1, 8, 32, 50, 128]), rnd.choice([16, 64, 256, 576, 768, 1024, 3072])]
            s = {"op": op, "shape": shape, "chain": rnd.choice([["Add", "Relu"], ["Mul", "Sigmoid"], ["Add"],
                                                               ["Tanh"], ["Add", "Mul", "Relu"]])}
        else:
            shape = [rnd.choice([1, 4, 8, 12, 16]), rnd.choice([16, 48, 64, 100, 128, 196]),
                     rnd.choice([16, 32, 64, 96, 128, 256])]
            s = {"op": op, "shape": shape, "perm": rnd.choice([[0, 2, 1], [1, 0, 2], [2, 1, 0], [1, 2, 0]])}
        if picked != op:
            s["dtype"] = "float16"
        if not _flops_ok(s) or key(s) in seen:
            continue
        seen.add(key(s))
        out.append(s)
    return out
