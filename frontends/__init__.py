"""Frontends: models in, Relax out.

`jitc.frontends.onnx.load(path_or_proto, shapes=...)` and
`jitc.frontends.torch.load(module, example_inputs)` both return an `ImportedModel`:
a Relax IRModule whose "main" takes the model's inputs, plus the input and output specs.
"""

from .imported import ImportedModel, TensorSpec

__all__ = ["ImportedModel", "TensorSpec"]
