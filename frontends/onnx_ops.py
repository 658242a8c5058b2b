"""jitc's own ONNX operator converters, tried before TVM's.

Each entry maps an ONNX op type to a class with TVM's converter protocol:
`get_converter(opset) -> fn(bb, inputs, attr, params) -> relax.Expr`.
"""

CONVERTERS: dict[str, type] = {}
