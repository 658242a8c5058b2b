"""Float-to-integer casts are defined on every input (jitc/passes/saturating_casts.py): truncation toward zero,
saturation to the target's range (+/-inf included), NaN to 0; on the CPU, on wasm32 and through
both frontends. The reference is written here with Python integers, not numpy's astype (which
is the CPU's instruction, undefined out of range)."""

import math

import numpy as np
import pytest
from onnx import TensorProto, helper

import jitc

INTS = {"INT8": "int8", "UINT8": "uint8", "INT16": "int16", "UINT16": "uint16", "INT32": "int32",
        "UINT32": "uint32", "INT64": "int64", "UINT64": "uint64"}
SUB_BYTE = {"INT4": (-8, 7, "int8"), "UINT4": (0, 15, "uint8")}
FLOATS = {"FLOAT16": "float16", "FLOAT": "float32", "DOUBLE": "float64"}


def probe(src: str, lo: int, hi: int) -> np.ndarray:
    """NaN, both infinities, the largest finite values, the bounds and their neighbours,
    halves around zero, -1.5 (which truncates to -1: below an unsigned range)."""
    f = np.dtype(src).type
    big = float(np.finfo(src).max)
    vals = [math.nan, math.inf, -math.inf, big, -big, 1e30, -1e30, 3e9, -3e9, 1e10, -1e10,
            -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.7, -2.7, 100.9, -100.9]
    for b in (lo, hi):
        vals += [b, b - 1, b + 1, b - 0.5, b + 0.5, b * 2.0, b * 0.999]
    with np.errstate(over="ignore"):
        return np.array([f(v) for v in vals], dtype=src)


def saturated(x: np.ndarray, lo: int, hi: int) -> list[int]:
    out = []
    for v in x.astype(np.float64).tolist():
        if math.isnan(v):
            out.append(0)
        elif v <= lo:  # a Python float against an int compares exactly
            out.append(lo)
        elif v >= hi:
            out.append(hi)
        else:
            out.append(int(math.trunc(v)))
    return out


def cast_model(src_onnx: str, dst_onnx: str, n: int, opset: int = 21):
    src_t, dst_t = getattr(TensorProto, src_onnx), getattr(TensorProto, dst_onnx)
    node = helper.make_node("Cast", ["x"], ["y"], to=dst_t)
    g = helper.make_graph([node], "cast", [helper.make_tensor_value_info("x", src_t, [n])],
                          [helper.make_tensor_value_info("y", dst_t, [n])])
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


@pytest.mark.parametrize("src", list(FLOATS))
def test_float_to_every_integer_type_saturates(src):
    for dst, dtype in INTS.items():
        info = np.iinfo(dtype)
        lo, hi = int(info.min), int(info.max)
        x = probe(FLOATS[src], lo, hi)
        got = np.asarray(jitc.compile(cast_model(src, dst, x.size), db=None)(x))
        assert got.dtype == np.dtype(dtype), (src, dst, got.dtype)
        want = saturated(x, lo, hi)
        bad = [(float(v), int(g), w) for v, g, w in zip(x, got.tolist(), want) if int(g) != w]
        assert not bad, f"{src} -> {dst}: (input, got, want) {bad[:6]}"


@pytest.mark.parametrize("dst", list(SUB_BYTE))
def test_float_to_int4_saturates_and_ints_wrap(dst):
    """int4 / uint4 from a float saturate like the wide types; from an integer they keep the
    low bits, as ONNX says of an out-of-range integer cast."""
    lo, hi, container = SUB_BYTE[dst]
    x = probe("float32", lo, hi)
    got = np.asarray(jitc.compile(cast_model("FLOAT", dst, x.size), db=None)(x))
    assert got.dtype == np.dtype(container)
    assert got.tolist() == saturated(x, lo, hi)
    ints = np.arange(-20, 21, dtype=np.int32)
    got = np.asarray(jitc.compile(cast_model("INT32", dst, ints.size), db=None)(ints)).astype(np.int64)
    low = ints & 0xF
    want = np.where(low >= 8, low - 16, low) if dst == "INT4" else low
    np.testing.assert_array_equal(got, want)


def test_in_range_values_truncate_as_before():
    """Nothing changes for the values a cast has always been defined on."""
    rng = np.random.default_rng(0)
    x = (rng.standard_normal(4096) * 100).astype(np.float32)
    for dst in ("INT8", "INT32", "UINT8", "INT64"):
        dtype = INTS[dst]
        x_in = np.clip(x, np.iinfo(dtype).min, min(np.iinfo(dtype).max, 1e6)).astype(np.float32)
        got = np.asarray(jitc.compile(cast_model("FLOAT", dst, x.size), db=None)(x_in))
        np.testing.assert_array_equal(got, np.trunc(x_in).astype(dtype))


def test_float_to_bool_is_nonzero():
    x = np.array([0.0, -0.0, math.nan, math.inf, -math.inf, 1e-30, -2.0, 0.5], np.float32)
    got = np.asarray(jitc.compile(cast_model("FLOAT", "BOOL", x.size), db=None)(x))
    assert got.tolist() == [False, False, True, True, True, True, True, True]


def test_saturating_cast_on_wasm():
    """The same definition in WebAssembly (its i32.trunc_sat exists; LLVM's fptosi still is
    undefined out of range there): run by wasmtime."""
    pytest.importorskip("wasmtime")
    pytest.importorskip("ziglang")
    from jitc.web.targets import wasm_model

    for dst in ("INT8", "UINT16", "INT32", "UINT32"):
        info = np.iinfo(INTS[dst])
        x = probe("float32", int(info.min), int(info.max))
        got = np.asarray(wasm_model(cast_model("FLOAT", dst, x.size)).run(x)[0])
        assert got.tolist() == saturated(x, int(info.min), int(info.max)), dst


def test_torch_to_integer_saturates():
    """torch's .to(int) goes through the same cast (torch leaves out-of-range undefined too)."""
    torch = pytest.importorskip("torch")

    class M(torch.nn.Module):
        def forward(self, x):
            return x.to(torch.int32), (x * 2).to(torch.uint8)

    x = probe("float32", -(2 ** 31), 2 ** 31 - 1)
    m = jitc.compile(M(), example_inputs=(torch.from_numpy(x),), db=None)
    a, b = m.run(x)
    assert np.asarray(a).tolist() == saturated(x, -(2 ** 31), 2 ** 31 - 1)
    with np.errstate(over="ignore"):
        assert np.asarray(b).tolist() == saturated((x * np.float32(2)).astype(np.float32), 0, 255)
