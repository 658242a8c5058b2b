"""jitc as an ONNX backend (`onnx.backend.base.Backend`), for onnx's own test suite:

    import onnx.backend.test, jitc.onnx_backend
    globals().update(onnx.backend.test.BackendTest(jitc.onnx_backend, __name__).test_cases)

jitc compiles for static shapes. A model whose inputs have dynamic dimensions is compiled at
its first `run`, for the shapes of the inputs given, and again for each new set of shapes
(one compiled module per shape signature, as a shape-specializing JIT does). Inputs that feed
shape operands (Reshape's shape, ReduceSum's axes, TopK's k...) are specialized on their
values the same way: compiled in as constants, one module per set of values.
"""

from __future__ import annotations

import numpy as np
from onnx.backend.base import Backend, BackendRep
from onnx import helper

from .errors import ShapeError
from .frontends.imported import SUB_BYTE_CONTAINER, int_range
from .compiler import compile as compile_model
from .frontends.onnx_fold import shape_inputs


def _array(x) -> np.ndarray:
    if type(x).__name__ == "TensorProto":
        from onnx import numpy_helper

        return numpy_helper.to_array(x)
    return np.asarray(x)


def _declared(out: np.ndarray, elem_type: int) -> np.ndarray:
    """An output in the type the model declares where jitc holds it in a wider one: int4 /
    uint4 / int2 / uint2 values come back one per byte as int8 / uint8."""
    try:
        want = np.dtype(helper.tensor_dtype_to_np_dtype(elem_type))
    except Exception:  # noqa: BLE001 - undeclared or exotic: as computed
        return out
    if want.name in SUB_BYTE_CONTAINER and out.dtype != want:
        return out.astype(want)
    return out


def defined_by_spec(model, inputs) -> list[np.ndarray | None]:
    """Per output of `model`, a mask of the elements whose value the ONNX spec defines, or None
    where it defines them all. A Cast (or CastLike) from a float to an integer type leaves NaN
    and out-of-range values undefined ("fixed point: undefined if OOR"): jitc saturates them
    (jitc/passes/saturating_casts.py), onnx's reference gives what ml_dtypes or numpy of the day does (ml_dtypes
    0.5 wrapped int4, 0.7 gives 0), so a conformance check compares the rest only."""
    import onnx

    nodes = list(model.graph.node)
    masks: list[np.ndarray | None] = [None] * len(model.graph.output)
    if len(nodes) != 1 or nodes[0].op_type not in ("Cast", "CastLike") or not inputs:
        return masks
    x = _array(inputs[0] if not isinstance(inputs, dict) else next(iter(inputs.values())))
    if not np.issubdtype(x.dtype, np.floating) and x.dtype.name != "bfloat16":
        return masks
    to = model.graph.output[0].type.tensor_type.elem_type
    name = onnx.helper.tensor_dtype_to_np_dtype(to).name
    if name not in SUB_BYTE_CONTAINER and not np.issubdtype(np.dtype(name), np.integer):
        return masks
    lo, hi = int_range(name)
    with np.errstate(invalid="ignore"):
        t = np.trunc(x.astype(np.float64))
        masks[0] = np.isfinite(t) & (t >= lo) & (t <= hi)
    return masks


class JitcRep(BackendRep):
    def __init__(self, model, target: str = "llvm", module=None):
        self.model = model
        self.target = target
        self.module = module

        inits = {t.name for t in model.graph.initializer}
        self.input_names = [i.name for i in model.graph.input if i.name not in inits]
        self.value_inputs = shape_inputs(model)  # specialized on their values
        self.output_types = [o.type.tensor_type.elem_type for o in model.graph.output]
        self._by_key = {}
        if module is not None:
            self._by_key[(tuple(s.shape for s in module.inputs), ())] = module

    def _module_for(self, arrays: list[np.ndarray]):
        named = dict(zip(self.input_names, arrays))
        consts = {n: named[n] for n in self.input_names if n in self.value_inputs}
        rest = [a for n, a in zip(self.input_names, arrays) if n not in consts]
        key = (tuple(a.shape for a in rest), tuple((n, v.dtype.str, v.shape, v.tobytes()) for n, v in consts.items()))
        m = self._by_key.get(key)
        if m is None:
            from .compiler import compile as compile_model

            shapes = {n: a.shape for n, a in named.items() if n not in consts}
            m = compile_model(self.model, self.target, shapes=shapes, constants=consts or None)
            self._by_key[key] = m
        self.module = m
        return m, rest

    def run(self, inputs, **kwargs):
        if isinstance(inputs, dict):
            arrays = [_array(inputs[n]) for n in self.input_names]
        else:
            if isinstance(inputs, np.ndarray) or type(inputs).__name__ == "TensorProto":
                inputs = [inputs]
            arrays = [_array(x) for x in inputs]
        m, rest = self._module_for(arrays)
        return tuple(_declared(o, t) for o, t in zip(m.run(*rest), self.output_types))


class JitcBackend(Backend):
    @classmethod
    def supports_device(cls, device: str) -> bool:
        return device.upper() == "CPU"

    @classmethod
    def prepare(cls, model, device: str = "CPU", **kwargs):
        if not isinstance(model, (str, bytes)):
            super().prepare(model, device, **kwargs)
        else:
            import onnx

            model = onnx.load(model) if isinstance(model, str) else onnx.load_model_from_string(model)

        target = kwargs.get("target", "llvm")
        module = None
        if not shape_inputs(model):  # else: compile at the first run, for the values given
            try:
                module = compile_model(model, target, shapes=kwargs.get("shapes"))
            except ShapeError:
                module = None  # dynamic dimensions: compile at the first run, for its shapes
        return JitcRep(model, target, module)

    @classmethod
    def run_model(cls, model, inputs, device: str = "CPU", **kwargs):
        return cls.prepare(model, device, **kwargs).run(inputs)


prepare = JitcBackend.prepare
run_model = JitcBackend.run_model
supports_device = JitcBackend.supports_device
run_node = JitcBackend.run_node
