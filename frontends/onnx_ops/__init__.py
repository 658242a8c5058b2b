"""jitc's own ONNX operator converters, tried before TVM's.

Each entry maps an ONNX op type to a class with TVM's converter protocol:
`get_converter(opset) -> fn(bb, inputs, attr, params) -> relax.Expr` (a relax.Tuple for
several outputs). Shapes are static by the time these run (jitc fixes every input shape),
so masks and index tables are built as constants here.

    Attention            ONNX's standard attention (opset 23/24): 3-D or 4-D inputs, grouped-query
                         heads, past key/value cache, boolean or additive masks, causal and
                         sliding-window masks, softcap, the four qk_matmul_output modes
    LinearAttention, CausalConvWithState, RotaryEmbedding, SwiGLU, Swish   newer transformer ops
    RNN, GRU, LSTM       unrolled over the static sequence
    Resize               per-axis interpolation matrices from onnx's reference (linear, cubic,
                         antialias, axes, aspect-ratio policies); plain nearest goes to TVM
    LayerNormalization (with Mean and InvStdDev), RMSNormalization, DFT, QLinearMatMul, BitCast,
    CenterCropPad, ReverseSequence, TensorScatter, EyeLike, Det, IsInf, Dropout, ReduceMax,
    CumProd, LpNormalization, Elu, Celu, Pow, OneHot, PRelu: ops TVM's importer lacks or gets wrong
    Clip, Pad            constant bounds as fusable Relax ops; a Pad of nothing is its input
    Conv                 auto_pad SAME_* as explicit pads (no pad kernel before the convolution)
    SoftmaxCrossEntropyLoss, NegativeLogLikelihoodLoss (all reductions, weights, ignore_index)
    Cast, CastLike, QuantizeLinear, DequantizeLinear   float8 on the bits (onnx_float8.py);
                         every other type goes to TVM's converter

One module per operator family (attention, normalization, elementwise, tensor, casts,
spatial, recurrent, math, losses); common.py holds the converter protocol and helpers.
"""

from __future__ import annotations

from .attention import Attention, CausalConvWithState, LinearAttention, RotaryEmbedding, SwiGLU
from .casts import BitCast, Cast, CastLike, DequantizeLinear, QLinearMatMul, QuantizeLinear
from .elementwise import Celu, Clip, Dropout, Elu, IsInf, PRelu, Pow, Swish
from .losses import NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss
from .math import DFT, Det
from .normalization import LayerNormalization, LpNormalization, RMSNormalization
from .recurrent import GRU, LSTM, RNN
from .spatial import Conv, Resize
from .tensor import CenterCropPad, CumProd, EyeLike, OneHot, Pad, ReduceMax, ReverseSequence, TensorScatter

CONVERTERS: dict[str, type] = {
    "Clip": Clip,
    "Conv": Conv,
    "Pad": Pad,
    "BitCast": BitCast,
    "Cast": Cast,
    "CastLike": CastLike,
    "QuantizeLinear": QuantizeLinear,
    "DequantizeLinear": DequantizeLinear,
    "QLinearMatMul": QLinearMatMul,
    "CenterCropPad": CenterCropPad,
    "RotaryEmbedding": RotaryEmbedding,
    "SwiGLU": SwiGLU,
    "Swish": Swish,
    "DFT": DFT,
    "Resize": Resize,
    "EyeLike": EyeLike,
    "Det": Det,
    "TensorScatter": TensorScatter,
    "CausalConvWithState": CausalConvWithState,
    "LinearAttention": LinearAttention,
    "RNN": RNN,
    "GRU": GRU,
    "LSTM": LSTM,
    "ReverseSequence": ReverseSequence,
    "RMSNormalization": RMSNormalization,
    "IsInf": IsInf,
    "Dropout": Dropout,
    "ReduceMax": ReduceMax,
    "Attention": Attention,
    "LayerNormalization": LayerNormalization,
    "CumProd": CumProd,
    "LpNormalization": LpNormalization,
    "Celu": Celu,
    "Elu": Elu,
    "Pow": Pow,
    "PRelu": PRelu,
    "OneHot": OneHot,
    "NegativeLogLikelihoodLoss": NegativeLogLikelihoodLoss,
    "SoftmaxCrossEntropyLoss": SoftmaxCrossEntropyLoss,
}
