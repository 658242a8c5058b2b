"""Casts and quantization: BitCast, Cast and CastLike (float8 on the bits, sub-byte integers, float
to integer saturating), QuantizeLinear, DequantizeLinear, QLinearMatMul.
"""

from __future__ import annotations

import numpy as np
from tvm import te, tirx
from tvm.relax import op as R
from tvm.relax.frontend.onnx import onnx_frontend
from tvm.relax.frontend.onnx.onnx_frontend import DequantizeLinear as TvmDQ
from tvm.relax.frontend.onnx.onnx_frontend import QuantizeLinear as TvmQ

from ..imported import SUB_BYTE_CONTAINER, int_range
from .. import onnx_float8
from .common import dtype_of, const, Converter, onnx_dtype, tensor_dtype


class BitCast(Converter):
    """The same bits read as another type of the same width (bool <-> uint8/int8 too)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        src, dst = dtype_of(x), onnx_dtype(attr["to"])
        if src == dst:
            return x
        if "bool" in (src, dst):
            if {src, dst} - {"bool", "uint8", "int8"}:
                raise ValueError(f"BitCast: {src} and {dst} differ in width")
            return R.astype(x, dst)  # a bool is one byte, 0 or 1
        if np.dtype(src).itemsize != np.dtype(dst).itemsize:
            raise ValueError(f"BitCast: {src} and {dst} differ in width")
        return bb.call_te(lambda t: te.compute(t.shape, lambda *i: tirx.reinterpret(dst, t(*i)), name="bitcast"), x,
                          primfunc_name_hint="bitcast")


def _to_sub_byte(bb, x, dst: str):
    """Cast to int4 / uint4 / int2 / uint2, held one value per byte in int8 / uint8
    (frontends/onnx.py takes such inputs the same way). From an integer: keep the low bits
    (two's complement), as ONNX says for an out-of-range integer cast. From a float: truncate
    and saturate to the type's range, NaN to 0, as jitc casts every float to an integer
    (jitc/passes/saturating_casts.py; ONNX leaves it undefined, onnx's reference wraps or zeroes by the version of
    ml_dtypes, onnxruntime clamps)."""
    bits, container = int(dst[-1]), SUB_BYTE_CONTAINER[dst]  # int4 -> 4 bits, in int8
    signed = dst.startswith("int")
    t = bb.emit(R.astype(x, "int32"))  # a float saturates to int32 here (jitc/passes/saturating_casts.py)
    if str(x.ty.dtype).startswith(("float", "bfloat")):
        lo, hi = int_range(dst)
        t = bb.emit(R.minimum(R.maximum(t, const(lo, "int32")), const(hi, "int32")))
        return R.astype(t, container)
    low = bb.emit(R.bitwise_and(t, const((1 << bits) - 1, "int32")))
    if signed:
        low = bb.emit(R.where(R.greater_equal(low, const(1 << (bits - 1), "int32")),
                              R.subtract(low, const(1 << bits, "int32")), low))
    return R.astype(low, container)


class Cast(Converter):
    """Casts to and from float8 on the bits, as ONNX defines them (frontends/onnx_float8.py:
    saturation, the FN / FNUZ NaN codes), to int4 / int2 (_to_sub_byte), float to integer as a
    plain astype (saturated by jitc/passes/saturating_casts.py); every other cast is TVM's converter's."""

    tvm_name = "Cast"
    sub_byte = True  # Cast's `to` may name int4 / int2; CastLike's like-input never has them

    @staticmethod
    def _dst(inputs, attr):
        return onnx_dtype(attr["to"])

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = getattr(onnx_frontend, cls.tvm_name).get_converter(opset)

        def convert(bb, inputs, attr, params):
            src, dst = tensor_dtype(inputs[0]), cls._dst(inputs, attr)
            if src is not None and dst is not None and onnx_float8.converts(src, dst):
                return onnx_float8.cast(bb, inputs[0], dst, bool(attr.get("saturate", 1)))
            if src is not None and cls.sub_byte and dst in SUB_BYTE_CONTAINER:
                return _to_sub_byte(bb, inputs[0], dst)
            if src is not None and dst is not None and src.startswith(("float", "bfloat")) \
                    and dst.startswith(("int", "uint")):
                # a plain astype, which jitc saturates (jitc/passes/saturating_casts.py); TVM's converter wraps
                # a float through int64 (+/-inf and NaN to 0, 3e9 to int32 -1294967296)
                return R.astype(inputs[0], dst)
            return tvm_conv(bb, inputs, attr, params)

        return convert


class CastLike(Cast):
    """CastLike: Cast to the second input's type (float8 on the bits, as in Cast). Sub-byte
    inputs arrive as int8 / uint8 (frontends/onnx.py), so `like` never names int4 / int2."""

    tvm_name = "CastLike"
    sub_byte = False

    @staticmethod
    def _dst(inputs, attr):
        return tensor_dtype(inputs[1])


class QuantizeLinear(Converter):
    """To a float8 type on the bits (onnx_float8); every other QuantizeLinear is TVM's."""

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmQ.get_converter(opset)

        def convert(bb, inputs, attr, params):
            zp = inputs[2] if len(inputs) > 2 else None
            dst = tensor_dtype(zp) if zp is not None else None
            if attr.get("output_dtype"):
                dst = onnx_dtype(attr["output_dtype"])
            if dst in onnx_float8.FORMATS and not attr.get("block_size"):
                return onnx_float8.quantize(bb, inputs[0], inputs[1], zp, dst, int(attr.get("axis", 1)),
                                            bool(attr.get("saturate", 1)))
            return tvm_conv(bb, inputs, attr, params)

        return convert


class DequantizeLinear(Converter):
    """From a float8 type on the bits (onnx_float8); every other DequantizeLinear is TVM's."""

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmDQ.get_converter(opset)

        def convert(bb, inputs, attr, params):
            if tensor_dtype(inputs[0]) in onnx_float8.FORMATS and not attr.get("block_size"):
                zp = inputs[2] if len(inputs) > 2 else None
                return onnx_float8.dequantize(bb, inputs[0], inputs[1], zp, int(attr.get("axis", 1)))
            return tvm_conv(bb, inputs, attr, params)

        return convert


class QLinearMatMul(Converter):
    """y = saturate(round((a - a_zp) @ (b - b_zp) * a_scale * b_scale / y_scale) + y_zp),
    the products summed exactly in int32, as onnx's reference does."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp = (list(inputs) + [None] * 8)[:8]

        def centered(x, zp):
            x = R.astype(x, "int32")
            return R.subtract(x, R.astype(zp, "int32")) if zp is not None else x

        c = bb.emit(R.matmul(centered(a, a_zp), centered(b, b_zp), out_dtype="int32"))
        fdt = dtype_of(a_scale)
        calc = "float64" if fdt == "float64" else "float32"
        mult = R.divide(R.multiply(R.astype(a_scale, calc), R.astype(b_scale, calc)), R.astype(y_scale, calc))
        if fdt != calc:  # the reference multiplies the scales in their own (float16) precision
            mult = R.astype(R.divide(R.multiply(a_scale, b_scale), y_scale), calc)
        d = R.multiply(R.astype(c, calc), mult)
        out = dtype_of(y_zp) if y_zp is not None else dtype_of(a)
        if y_zp is not None:
            d = R.add(d, R.astype(y_zp, calc))
        info = np.iinfo(out)
        return R.astype(R.clip(R.round(d), float(info.min), float(info.max)), out)
