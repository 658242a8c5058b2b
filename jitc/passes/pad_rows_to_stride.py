"""A strided, padded convolution pads its rows to a whole number of strides.

A strided convolution (NCHW) that pads its input pads each row to a whole number of
strides where one more zero column leaves the output unchanged (TF "same" padding makes
112 -> 113 for a stride of 2). The conv rule can then store the padded rows split by phase
(x[2i] then x[2i+1]) and load each tap's inputs as one contiguous vector, not a gather.
"""

from __future__ import annotations

from .rewrite import ints, rewrite_calls, shape, is_float, plain_nchw, conv2d_padded


def pad_rows_to_stride(mod):
    """`mod` with the rewrite of this module's docstring applied."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        xs, ws = shape(x), shape(w)
        if xs is None or ws is None or not plain_nchw(a) or not is_float(x):
            return call
        sw, pad = ints(a.strides)[1], ints(a.padding)
        if sw < 2 or not any(pad):
            return call
        kw = (ws[3] - 1) * ints(a.dilation)[1] + 1
        width = xs[3] + pad[1] + pad[3]
        more = -width % sw
        if not more or (width + more - kw) // sw != (width - kw) // sw:
            return call
        return conv2d_padded(a, x, w, [0, 0, 0, more])

    return rewrite_calls(mod, "relax.nn.conv2d", rewrite)
