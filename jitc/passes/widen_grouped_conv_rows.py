"""Grouped and depthwise convolutions compute rows widened to a whole vector.

A grouped or depthwise convolution (NCHW) whose output width is no multiple of a vector
computes rows widened to one (more right padding: 7 -> 8, 14 -> 16, 28 -> 32), and the extra
columns are sliced off. The conv rule vectorizes a grouped convolution along the output row
(its channels share no input, so there is nothing to vectorize across them in NCHW); the
7- and 14-wide rows of MobileNet's and EfficientNet's last stages left it scalar
(5-15 GFLOP/s). The widening costs at most a quarter more arithmetic.
"""

from __future__ import annotations

from tvm import relax

from .rewrite import ints, rewrite_calls, shape, is_float, plain_nchw, conv2d_padded


def widen_grouped_conv_rows(mod, lanes: int):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        cs = shape(call)
        if cs is None or not plain_nchw(a) or int(a.groups) == 1 or not is_float(x):
            return call
        ow = cs[3]
        # the fewest extra columns to a whole number of vectors of 8 or more lanes (or of all
        # lanes where a vector has fewer): 7 -> 8, 14 -> 16, 28 -> 32, 56 stays
        steps = [s for s in (lanes, lanes // 2) if s >= min(8, lanes)]
        extra = min(-(-ow // s) * s - ow for s in steps)
        if ow < 4 or not extra or extra * 4 > ow:
            return call
        y = conv2d_padded(a, x, w, [0, 0, 0, extra * ints(a.strides)[1]])
        return relax.op.strided_slice(y, [3], [0], [ow])

    return rewrite_calls(mod, "relax.nn.conv2d", rewrite)
