"""ONNX Cast / CastLike to and from the float8 types, computed on the bits.

TVM's own float8 conversions do not follow ONNX: no saturation (`saturate=1`, the default,
clamps to the largest finite value), and the FN / FNUZ types have no infinities and other
NaN codes than IEEE's. Here a float8 tensor is read and written as its uint8 bits:

    decode: sign, exponent, mantissa -> the float32 with the same value (exact; NaN, and
            e5m2's infinities, where the format has them)
    encode: float32 -> round to nearest even on the bits (a carry into the exponent is the
            right result), subnormals by rounding |x| / smallest subnormal, then overflow:
            saturate to the largest finite code, or NaN (FN, FNUZ) / infinity (e5m2)

Formats (bits: exponent, mantissa, bias; largest finite code; NaN; infinity):
    float8_e4m3fn    4, 3, 7   0x7E (448)    S.1111.111      none
    float8_e4m3fnuz  4, 3, 8   0x7F (240)    0x80            none, no -0
    float8_e5m2      5, 2, 15  0x7B (57344)  exponent 31, m != 0   exponent 31, m == 0
    float8_e5m2fnuz  5, 2, 16  0x7F (57344)  0x80            none, no -0
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from tvm import te, tirx
from tvm.relax import op as R


@dataclass(frozen=True)
class Format:
    exp: int
    man: int
    bias: int
    max_code: int  # largest finite magnitude, as bits without the sign
    uz: bool  # "unsigned zero": 0x80 is the only NaN, no negative zero
    ieee: bool  # an IEEE-style all-ones exponent (infinities and NaNs)


FORMATS = {
    "float8_e4m3fn": Format(4, 3, 7, 0x7E, False, False),
    "float8_e4m3fnuz": Format(4, 3, 8, 0x7F, True, False),
    "float8_e5m2": Format(5, 2, 15, 0x7B, False, True),
    "float8_e5m2fnuz": Format(5, 2, 16, 0x7F, True, False),
}


def decode(bits, f: Format):
    """tirx expression: the float32 value of float8 bits (a uint8 expression)."""
    u32 = bits.astype("uint32")
    sign = (u32 >> tirx.const(7, "uint32")) & tirx.const(1, "uint32")
    e = (u32 >> tirx.const(f.man, "uint32")) & tirx.const((1 << f.exp) - 1, "uint32")
    m = u32 & tirx.const((1 << f.man) - 1, "uint32")
    # a normal number: rebias the exponent, widen the mantissa
    normal = tirx.reinterpret("float32", (sign << tirx.const(31, "uint32"))
                              | ((e + tirx.const(127 - f.bias, "uint32")) << tirx.const(23, "uint32"))
                              | (m << tirx.const(23 - f.man, "uint32")))
    # a subnormal: m units of the smallest subnormal, 2^(1 - bias - man)
    mag = m.astype("float32") * tirx.const(2.0 ** (1 - f.bias - f.man), "float32")
    sub = tirx.Select(sign == tirx.const(1, "uint32"), -mag, mag)
    val = tirx.Select(e == tirx.const(0, "uint32"), sub, normal)
    nan = tirx.const(float("nan"), "float32")
    if f.uz:
        return tirx.Select(u32 == tirx.const(0x80, "uint32"), nan, val)
    if f.ieee:
        top = e == tirx.const((1 << f.exp) - 1, "uint32")
        inf = tirx.Select(sign == tirx.const(1, "uint32"), tirx.const(-np.inf, "float32"),
                          tirx.const(np.inf, "float32"))
        return tirx.Select(top, tirx.Select(m == tirx.const(0, "uint32"), inf, nan), val)
    return tirx.Select((u32 & tirx.const(0x7F, "uint32")) == tirx.const(0x7F, "uint32"), nan, val)


def encode(x, f: Format, saturate: bool):
    """tirx expression: the float8 bits (uint8) nearest a float32 expression."""
    def c(v):
        return tirx.const(v, "uint32")

    u = tirx.reinterpret("uint32", x)
    sign = u >> c(31)
    a = u & c(0x7FFFFFFF)
    shift = 23 - f.man
    # normal range: round to nearest even on the exponent|mantissa bits, then rebias
    rounded = (a + c((1 << (shift - 1)) - 1) + ((a >> c(shift)) & c(1))) >> c(shift)
    normal = rounded - c((127 - f.bias) << f.man)
    # below the smallest normal: units of the smallest subnormal, rounded half to even (the
    # count reaching 2^man is the smallest normal's code, as it should be)
    absx = tirx.reinterpret("float32", a)
    units = tirx.nearbyint(absx * tirx.const(2.0 ** (f.bias + f.man - 1), "float32")).astype("uint32")
    is_normal = a >= c((127 - f.bias + 1) << 23)
    code = tirx.Select(is_normal, normal, units)
    is_nan = a > c(0x7F800000)
    # past the largest finite value (infinity included): saturate, or NaN / infinity
    if saturate:
        over = c(f.max_code)
    elif f.ieee:
        over = c(0x7C)  # infinity
    else:
        over = c(0x80) if f.uz else c(0x7F)
    code = tirx.Select(tirx.Or(a == c(0x7F800000), code > c(f.max_code)), over, code)
    nan_code = c(0x80) if f.uz else c(0x7F)
    if f.uz:
        # no negative zero; 0x80 is NaN, whatever the sign
        signed = tirx.Select(tirx.Or(code == c(0), code == c(0x80)), code, code | (sign << c(7)))
    else:
        signed = code | (sign << c(7))
    return tirx.Select(is_nan, nan_code, signed).astype("uint8")


def _te_cast(bb, x, src: str, dst: str, saturate: bool):
    def body(t):
        def f(*i):
            v = t(*i)
            if src in FORMATS:
                v = decode(tirx.reinterpret("uint8", v), FORMATS[src])
            elif src != "float32":
                v = v.astype("float32")
            if dst in FORMATS:
                return tirx.reinterpret(dst, encode(v, FORMATS[dst], saturate))
            return v.astype(dst) if dst != "float32" else v

        return te.compute(t.shape, f, name="cast_float8")

    return bb.call_te(body, x, primfunc_name_hint="cast_float8")


def converts(src: str, dst: str) -> bool:
    return src != dst and (src in FORMATS or dst in FORMATS)


def cast(bb, x, dst: str, saturate: bool):
    """A Cast with a float8 source or destination, as a relax expression."""
    return _te_cast(bb, x, str(x.ty.dtype), dst, saturate)


def _along(bb, v, x_ndim: int, axis: int):
    """A per-axis (1-D) scale or zero point shaped to broadcast against x along `axis`."""
    shape = [int(d) for d in v.ty.shape.values]
    if len(shape) != 1 or x_ndim <= 1:
        return v
    axis = axis % x_ndim
    return bb.emit(R.reshape(v, [shape[0] if i == axis else 1 for i in range(x_ndim)]))


def quantize(bb, x, scale, zero_point, dst: str, axis: int, saturate: bool):
    """QuantizeLinear to a float8 type: saturate(x / scale + zero_point), rounded to nearest even."""
    nd = len(x.ty.shape.values)
    v = bb.emit(R.divide(R.astype(x, "float32"), _along(bb, bb.emit(R.astype(scale, "float32")), nd, axis)))
    if zero_point is not None:
        zp = bb.emit(cast(bb, zero_point, "float32", True))
        v = bb.emit(R.add(v, _along(bb, zp, nd, axis)))
    return cast(bb, v, dst, saturate)


def dequantize(bb, x, scale, zero_point, axis: int):
    """DequantizeLinear of a float8 tensor: (x - zero_point) * scale, in the scale's type."""
    nd = len(x.ty.shape.values)
    v = bb.emit(cast(bb, x, "float32", True))
    if zero_point is not None:
        zp = bb.emit(cast(bb, zero_point, "float32", True))
        v = bb.emit(R.subtract(v, _along(bb, zp, nd, axis)))
    out = str(scale.ty.dtype)
    v = bb.emit(R.multiply(v, _along(bb, bb.emit(R.astype(scale, "float32")), nd, axis)))
    return R.astype(v, out) if out != "float32" else v
