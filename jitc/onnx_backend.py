"""jitc as an ONNX backend (`onnx.backend.base.Backend`), for onnx's own test suite:

    import onnx.backend.test, jitc.onnx_backend
    globals().update(onnx.backend.test.BackendTest(jitc.onnx_backend, __name__).test_cases)

jitc compiles for static shapes. A model whose inputs have dynamic dimensions is compiled at
its first `run`, for the shapes of the inputs given, and again for each new set of shapes
(one compiled module per shape signature, as a shape-specializing JIT does).
"""

from __future__ import annotations

import numpy as np
from onnx.backend.base import Backend, BackendRep

from .errors import ShapeError


def _array(x) -> np.ndarray:
    if type(x).__name__ == "TensorProto":
        from onnx import numpy_helper

        return numpy_helper.to_array(x)
    return np.asarray(x)


class JitcRep(BackendRep):
    def __init__(self, model, target: str = "llvm", module=None):
        self.model = model
        self.target = target
        self.module = module
        inits = {t.name for t in model.graph.initializer}
        self.input_names = [i.name for i in model.graph.input if i.name not in inits]
        self._by_shapes = {}
        if module is not None:
            self._by_shapes[tuple(s.shape for s in module.inputs)] = module

    def _module_for(self, arrays: list[np.ndarray]):
        key = tuple(a.shape for a in arrays)
        m = self._by_shapes.get(key)
        if m is None:
            from .compiler import compile as compile_model

            shapes = {n: a.shape for n, a in zip(self.input_names, arrays)}
            m = compile_model(self.model, self.target, shapes=shapes)
            self._by_shapes[key] = m
        self.module = m
        return m

    def run(self, inputs, **kwargs):
        if isinstance(inputs, dict):
            arrays = [_array(inputs[n]) for n in self.input_names]
        else:
            if isinstance(inputs, np.ndarray) or type(inputs).__name__ == "TensorProto":
                inputs = [inputs]
            arrays = [_array(x) for x in inputs]
        return tuple(self._module_for(arrays).run(*arrays))


class JitcBackend(Backend):
    @classmethod
    def supports_device(cls, device: str) -> bool:
        return device.upper() == "CPU"

    @classmethod
    def prepare(cls, model, device: str = "CPU", **kwargs):
        from .compiler import compile as compile_model

        if not isinstance(model, (str, bytes)):
            super().prepare(model, device, **kwargs)
        else:
            import onnx

            model = onnx.load(model) if isinstance(model, str) else onnx.load_model_from_string(model)
        target = kwargs.get("target", "llvm")
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
