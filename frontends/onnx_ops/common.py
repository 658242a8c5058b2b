"""What jitc's ONNX converters share: the converter protocol (`Converter`, `WrapsTvm`) and
small readers of static shapes, dtypes, attributes and constant inputs."""

from __future__ import annotations

import numpy as np
import onnx
import tvm
from tvm import relax
from tvm.relax.frontend.onnx import onnx_frontend
from tvm.relax.frontend.onnx.onnx_frontend import get_constant


def static_shape(e) -> tuple:
    return tuple(int(d) for d in e.ty.shape.values)


def dtype_of(e) -> str:
    return str(e.ty.dtype)


def str_attr(attr, name, default):
    """A string attribute (TVM's importer hands them over as bytes)."""
    v = attr.get(name, default)
    return v.decode() if isinstance(v, bytes) else v


def const(value, dtype):
    return relax.const(np.asarray(value, dtype=dtype), dtype)


def constant_input(e, params, op: str, what: str) -> np.ndarray:
    """The value of an input that must be constant, or an error naming it."""
    c = get_constant(e, params)
    if not isinstance(c, tvm.ir.GenericConst):
        raise ValueError(f"{op}: the {what} input must be a constant")
    return c.value.numpy()


class Converter:
    """Base: one implementation for every opset."""

    @classmethod
    def get_converter(cls, opset):
        return cls.convert


class WrapsTvm(Converter):
    """Base: a converter that handles some cases itself and hands the rest to TVM's converter
    of the same op (`wrap(tvm_convert, opset, bb, inputs, attr, params)`)."""

    @classmethod
    def get_converter(cls, opset):
        tvm_convert = getattr(onnx_frontend, cls.__name__).get_converter(opset)
        return lambda bb, inputs, attr, params: cls.wrap(tvm_convert, opset, bb, inputs, attr, params)


def onnx_dtype(to: int) -> str:
    return str(np.dtype(onnx.helper.tensor_dtype_to_np_dtype(to)))


def tensor_dtype(e) -> str | None:
    ty = getattr(e, "ty", None)
    return str(ty.dtype) if ty is not None and hasattr(ty, "dtype") else None
