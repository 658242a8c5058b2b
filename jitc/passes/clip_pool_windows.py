"""A pooling window larger than its input becomes one the input's size.

A 2-D average or max pool whose output has one position per spatial axis, with no padding
and no dilation, but a window past the input's edge (Hugging Face's EfficientNet pools with
`nn.AvgPool2d(1280, ceil_mode=True)`, its channel count, on a 7x7 map) reads only the input:
the window clipped to the input computes the same numbers (the average divides by the
elements inside, as it did). Left as it was, TVM's pooling pads the input out to the window:
a 1282 x 1282 x 1280 float32 buffer (8.4 GB) and 2 G additions of zeros, 610 ms of a model
whose other 200 kernels took 60 ms (EfficientNet-B0 at 96x96, through torch), and 18 s for the
first call while the buffer was allocated.
"""

from __future__ import annotations

from tvm import relax

from .rewrite import ints, rewrite_calls, shape


def _clipped(call, pool_op):
    a = call.attrs
    xs, ys = shape(call.args[0]), shape(call)
    if xs is None or ys is None or len(xs) != 4 or str(a.layout) != str(a.out_layout or a.layout):
        return call
    layout = str(a.layout)
    if layout not in ("NCHW", "NHWC"):
        return call
    h, w = (2, 3) if layout == "NCHW" else (1, 2)
    if any(ints(a.padding)) or ints(a.dilation) != [1, 1] or ys[h] != 1 or ys[w] != 1:
        return call
    ph, pw = ints(a.pool_size)
    if ph <= xs[h] and pw <= xs[w]:
        return call  # the window fits: nothing to clip
    size = [min(ph, xs[h]), min(pw, xs[w])]
    kw = dict(pool_size=size, strides=size, padding=[0, 0, 0, 0], dilation=[1, 1], ceil_mode=False,
              layout=layout, out_layout=layout)
    if pool_op == "avg":
        kw["count_include_pad"] = bool(a.count_include_pad)
        return relax.op.nn.avg_pool2d(call.args[0], **kw)
    return relax.op.nn.max_pool2d(call.args[0], **kw)


def clip_pool_windows(mod):
    """`mod` with the rewrite of this module's docstring applied."""
    mod = rewrite_calls(mod, "relax.nn.avg_pool2d", lambda call: _clipped(call, "avg"))
    return rewrite_calls(mod, "relax.nn.max_pool2d", lambda call: _clipped(call, "max"))
