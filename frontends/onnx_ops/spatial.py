"""Convolution and resampling: Conv (auto_pad SAME_* as explicit pads), Resize (per-axis
interpolation matrices from onnx's reference; plain nearest goes to TVM).
"""

from __future__ import annotations

import numpy as np
from onnx.reference.ops import op_resize as ref
from tvm.relax import op as R
from tvm.relax.frontend.onnx.onnx_frontend import Resize as TvmResize

from .common import static_shape, dtype_of, str_attr, const, constant_input, Converter, WrapsTvm


class Conv(WrapsTvm):
    """auto_pad SAME_UPPER / SAME_LOWER becomes the explicit pads it stands for (the input's
    shape is static here), so the convolution pads its input itself; TVM's converter emitted a
    TensorIR pad kernel before each such convolution, a copy of the activation (a copy that adds
    nothing before a 1x1 one: EfficientNet-B0 exported by torch has 76 of them) that no Relax
    pass can see through or fold."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        auto = str_attr(attr, "auto_pad", "NOTSET")
        shape = static_shape(inputs[0])
        wshape = static_shape(inputs[1])
        if auto not in ("SAME_UPPER", "SAME_LOWER") or len(shape) < 3 or len(wshape) != len(shape) \
                or not all(isinstance(d, int) for d in list(shape[2:]) + list(wshape[2:])):
            return tvm_conv(bb, inputs, attr, params)
        spatial = len(shape) - 2
        kernel = list(attr.get("kernel_shape", wshape[2:]))
        strides = list(attr.get("strides", [1] * spatial))
        dilations = list(attr.get("dilations", [1] * spatial))
        begin, end = [], []
        for n, k, s, d in zip(shape[2:], kernel, strides, dilations):
            total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
            small = total // 2
            begin.append(small if auto == "SAME_UPPER" else total - small)
            end.append(total - begin[-1])
        attr = {**attr, "auto_pad": b"NOTSET", "pads": begin + end}
        return tvm_conv(bb, inputs, attr, params)


class Resize(Converter):
    """Linear and cubic resizes (every coordinate transformation, antialias, exclude_outside,
    axes, keep_aspect_ratio_policy, tf_crop_and_resize's extrapolation) and nearest ones with
    `axes` or an aspect-ratio policy: per resized axis, a constant [in, out] interpolation
    matrix read off onnx's reference (its 1-D interpolation applied to unit vectors; a resize is
    separable), applied as a matmul. Other nearest resizes, integer inputs, and axes longer
    than MAX_AXIS (where a dense matrix would cost too much) go to TVM's converter."""

    MAX_AXIS = 512

    @classmethod
    def get_converter(cls, opset):
        tvm_conv = TvmResize.get_converter(opset)

        def convert(bb, inputs, attr, params):
            out = cls.lower(bb, inputs, attr, params, opset)
            return out if out is not None else tvm_conv(bb, inputs, attr, params)

        return convert

    @classmethod
    def lower(cls, bb, inputs, attr, params, opset):
        x = inputs[0]
        dt = dtype_of(x)
        shape = list(static_shape(x))
        rank = len(shape)
        mode = str_attr(attr, "mode", "nearest")
        axes = attr.get("axes")
        policy = str_attr(attr, "keep_aspect_ratio_policy", "stretch")
        if not dt.startswith("float") or (mode == "nearest" and axes is None and policy == "stretch"):
            return None

        def const_input(i):
            if len(inputs) <= i or inputs[i] is None:
                return None
            v = constant_input(inputs[i], params, "Resize", ["X", "roi", "scales", "sizes"][i])
            return v if v.size else None

        if opset < 11:
            roi, scales, sizes = None, const_input(1), None
        else:
            roi, scales, sizes = const_input(1), const_input(2), const_input(3)
        axes = [a + rank if a < 0 else a for a in axes] if axes is not None else list(range(rank))
        # the output size and per-axis scales, as onnx's reference computes them
        scale_f = [1.0] * rank
        if sizes is not None:
            out_size = list(shape)
            for i, a in enumerate(axes):
                out_size[a] = int(sizes[i])
            scale_f = [out_size[i] / shape[i] for i in range(rank)]
            if policy != "stretch":
                pick = min if policy == "not_larger" else max
                sc = pick(scale_f[a] for a in axes)
                scale_f = [sc if i in axes else 1.0 for i in range(rank)]
                out_size = [int(sc * shape[i] + 0.5) if i in axes else shape[i] for i in range(rank)]
        elif scales is not None:
            for i, a in enumerate(axes):
                scale_f[a] = float(scales[i])
            out_size = [int(scale_f[i] * shape[i]) for i in range(rank)]
        else:
            raise ValueError("Resize needs scales or sizes")
        full_roi = None
        if roi is not None:
            full_roi = [0.0] * rank + [1.0] * rank
            for i, a in enumerate(axes):
                full_roi[a], full_roi[rank + a] = float(roi[i]), float(roi[len(axes) + i])
        if any(shape[a] > cls.MAX_AXIS or out_size[a] > cls.MAX_AXIS for a in axes):
            return None
        nearest_mode = str_attr(attr, "nearest_mode", "round_prefer_floor")
        cubic_a = attr.get("cubic_coeff_a", -0.75)
        antialias = attr.get("antialias", 0)
        if mode == "nearest":
            def fct(v, scale):
                return ref._nearest_coeffs(v, mode=nearest_mode)
        elif mode == "cubic":
            base = ref._cubic_coeffs_antialias if antialias else ref._cubic_coeffs

            def fct(v, scale):
                return base(v, scale, A=cubic_a)
        else:
            fct = ref._linear_coeffs_antialias if antialias else ref._linear_coeffs
        kw = dict(extrapolation_value=float(attr.get("extrapolation_value", 0.0)),
                  coordinate_transformation_mode=str_attr(attr, "coordinate_transformation_mode", "half_pixel"),
                  exclude_outside=bool(attr.get("exclude_outside", 0)))
        y = x
        for a in axes:
            n, m = shape[a], out_size[a]
            axis_roi = None if full_roi is None else [full_roi[a], full_roi[a + rank]]
            if np.isclose(scale_f[a], 1.0) and n == m and (axis_roi is None or axis_roi == [0.0, 1.0]):
                continue
            # the map is affine: out = x @ mat + bias (bias: extrapolated positions, from a zero input)
            bias = ref._interpolate_1d_along_axis(np.zeros((1, n)), 1, scale_f[a], m, fct, roi=axis_roi, **kw)
            mat = ref._interpolate_1d_along_axis(np.eye(n), 1, scale_f[a], m, fct, roi=axis_roi, **kw) - bias
            perm = [d for d in range(rank) if d != a] + [a]
            inv = [perm.index(d) for d in range(rank)]
            t = R.matmul(R.permute_dims(y, perm), const(mat, dt))
            if np.any(bias):
                t = R.add(t, const(bias[0], dt))
            y = bb.emit(R.permute_dims(t, inv))
        return y
