"""1x1 convolutions become the GEMMs they are.

Every 1x1 convolution (NCHW, OIHW, no padding, no dilation, one group) becomes the GEMM
it is: W[OC, IC] @ X[N, IC, H*W] (a strided one takes every s-th pixel first). Pixels are
the contiguous axis of both X and the output: the GEMM rule vectorizes along them and tiles
the channels, where a convolution schedule of the 1x1 case vectorized along the output
channels, whose stores are H*W apart (ResNet-50's 1x1 convolutions ran at 1-12 GFLOP/s).
The reshapes are views.
"""

from __future__ import annotations

from tvm import relax

from .rewrite import ints, out_dtype, rewrite_calls, shape, plain_nchw, channels_last_hwio


def pointwise_conv_as_matmul(mod):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        xs, ws = shape(x), shape(w)
        if xs is None or ws is None or int(a.groups) != 1 or any(ints(a.padding)) or ints(a.dilation) != [1, 1]:
            return call
        if channels_last_hwio(a) and ws[:2] == [1, 1]:
            return channels_last(x, xs, w, ws, a)
        if not plain_nchw(a) or ws[2:] != [1, 1]:
            return call
        n, c, h, wd = xs
        sh, sw = ints(a.strides)
        ho, wo = (h - 1) // sh + 1, (wd - 1) // sw + 1
        odt = out_dtype(a)
        if (sh, sw) != (1, 1):
            x = relax.op.strided_slice(x, [2, 3], [0, 0], [h, wd], [sh, sw])
        x3 = relax.op.reshape(x, [n, c, ho * wo])
        w2 = relax.op.reshape(w, [ws[0], ws[1]])
        y = relax.op.matmul(w2, x3, out_dtype=odt)
        return relax.op.reshape(y, [n, ws[0], ho, wo])

    def channels_last(x, xs, w, ws, a):
        """NHWC with an HWIO weight (jitc/passes/channels_last.py): X[N*H*W, C] @ W[C, K], channels contiguous
        in both."""
        n, h, wd, c = xs
        sh, sw = ints(a.strides)
        ho, wo = (h - 1) // sh + 1, (wd - 1) // sw + 1
        if (sh, sw) != (1, 1):
            x = relax.op.strided_slice(x, [1, 2], [0, 0], [h, wd], [sh, sw])
        y = relax.op.matmul(relax.op.reshape(x, [n * ho * wo, c]), relax.op.reshape(w, [ws[2], ws[3]]),
                            out_dtype=out_dtype(a))
        return relax.op.reshape(y, [n, ho, wo, ws[3]])

    return rewrite_calls(mod, "relax.nn.conv2d", rewrite)
