"""What every frontend hands to the core: a Relax module plus named input and output specs."""

from __future__ import annotations

from dataclasses import dataclass, field

from tvm import relax

from ..errors import ModelError, ShapeError


# Sub-byte integers are held one value per byte in these containers (numpy's ml_dtypes stores
# them so; TVM's runtime would want them packed): frontends take such inputs in the container,
# casts to them keep the low bits there, the ONNX backend hands them back in the declared type.
SUB_BYTE_CONTAINER = {"int4": "int8", "uint4": "uint8", "int2": "int8", "uint2": "uint8"}


def int_range(dtype: str) -> tuple[int, int]:
    """The smallest and largest value of the integer type `dtype`: int8 ... uint64, and the
    sub-byte int4 / uint4 / int2 / uint2."""
    if dtype in SUB_BYTE_CONTAINER:
        bits = int(dtype[-1])
        return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if dtype.startswith("int") else (0, (1 << bits) - 1)
    import numpy as np

    info = np.iinfo(np.dtype(dtype))
    return int(info.min), int(info.max)


@dataclass(frozen=True)
class TensorSpec:
    name: str
    shape: tuple[int, ...]
    dtype: str

    def to_json(self) -> dict:
        return {"name": self.name, "shape": list(self.shape), "dtype": self.dtype}

    @staticmethod
    def from_json(d: dict) -> "TensorSpec":
        return TensorSpec(d["name"], tuple(int(x) for x in d["shape"]), d["dtype"])

    def describe(self) -> str:
        return f"{self.name}: {self.dtype}[{', '.join(map(str, self.shape))}]"


@dataclass
class ImportedModel:
    mod: object  # tvm.IRModule with a Relax "main" whose parameters are the inputs, in order
    inputs: list[TensorSpec]
    outputs: list[TensorSpec]
    source: str  # file path or a short description, used in messages
    meta: dict = field(default_factory=dict)  # frontend, opset, producer...


def relax_output_specs(mod, names: list[str] | None = None) -> list[TensorSpec]:
    """Output specs read off the return type of the Relax "main" (static shapes required)."""
    ret = mod["main"].ret_ty
    fields = list(ret.fields) if isinstance(ret, relax.TupleType) else [ret]
    names = list(names or [])
    names += [f"output_{i}" for i in range(len(names), len(fields))]
    specs = []
    for name, f in zip(names, fields):
        if not isinstance(f, relax.TensorType) or f.shape is None:
            raise ModelError(f"output {name!r} is not a tensor of known shape after import ({f})")
        try:
            shape = tuple(int(d) for d in f.shape.values)
        except TypeError:
            raise ShapeError(f"output {name!r} has a data-dependent shape {f.shape}; jitc needs static shapes") from None
        specs.append(TensorSpec(name, shape, str(f.dtype)))
    return specs
