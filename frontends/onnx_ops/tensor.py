"""Shape, index and reduction operators: OneHot, CumProd, ReverseSequence, CenterCropPad, EyeLike,
TensorScatter, Pad (a Pad of nothing is its input), ReduceMax (booleans, empty reductions).
"""

from __future__ import annotations

import numpy as np
from tvm import te, tirx
from tvm.relax import op as R

from .common import static_shape, dtype_of, str_attr, const, constant_input, Converter, WrapsTvm, onnx_dtype


class OneHot(Converter):
    """out[..., d, ...] = on if indices[...] == d (negative indices count from depth) else off."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        ind, depth_e, values = inputs[0], inputs[1], inputs[2]
        if not (hasattr(depth_e, "value") and hasattr(values, "value")):
            raise ValueError("OneHot's depth and values must be constants")
        depth = int(np.asarray(depth_e.value.numpy()).reshape(-1)[0])
        vals = values.value.numpy().reshape(-1)
        dt = str(vals.dtype)
        rank = len(static_shape(ind))
        axis = attr.get("axis", -1)
        axis = axis + rank + 1 if axis < 0 else axis
        i = bb.emit(R.astype(ind, "int64"))
        i = bb.emit(R.where(R.less(i, const(0, "int64")), R.add(i, const(depth, "int64")), i))
        shape = [1] * (rank + 1)
        shape[axis] = depth
        hit = bb.emit(R.equal(R.expand_dims(i, axis), const(np.arange(depth).reshape(shape), "int64")))
        return R.where(hit, const(vals[1], dt), const(vals[0], dt))


class CumProd(Converter):
    """Cumulative product along `axis` (exclusive / reverse variants): a product over a
    lower-triangular selection, in TE."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, axis_e = inputs[0], inputs[1]
        if not hasattr(axis_e, "value"):
            raise ValueError("CumProd's axis must be a constant (give it with constants= if it is an input)")
        axis = int(np.asarray(axis_e.value.numpy()).reshape(-1)[0])
        shape = static_shape(x)
        axis = axis + len(shape) if axis < 0 else axis
        n = shape[axis]
        exclusive, reverse = attr.get("exclusive", 0), attr.get("reverse", 0)

        def f(data):
            r = te.reduce_axis((0, n), name="r")
            one = tirx.const(1, data.dtype)

            def body(*idx):
                i = idx[axis]
                src = list(idx)
                src[axis] = r
                take = (r >= i) if reverse else (r <= i)
                if exclusive:
                    take = (r > i) if reverse else (r < i)
                return te.comm_reducer(lambda a, b: a * b, lambda t: tirx.const(1, t), name="prod")(
                    tirx.Select(take, data[tuple(src)], one), axis=r)

            return te.compute(shape, body, name="cumprod")

        return bb.emit_te(f, x)


class ReverseSequence(Converter):
    """Reverse the first seq_lens[b] steps of each batch entry along time_axis: a gather
    whose indices are computed from seq_lens (which may be a runtime input)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x, lens = inputs[0], inputs[1]
        shape = static_shape(x)
        ta, ba = attr.get("time_axis", 0), attr.get("batch_axis", 1)
        T = shape[ta]
        t_shape = [1] * len(shape)
        t_shape[ta] = T
        l_shape = [1] * len(shape)
        l_shape[ba] = shape[ba]
        t = const(np.arange(T, dtype=np.int64).reshape(t_shape), "int64")
        n = bb.emit(R.reshape(R.astype(lens, "int64"), l_shape))
        idx = bb.emit(R.where(R.less(t, n), R.subtract(R.subtract(n, const(1, "int64")), t), t))
        idx = bb.emit(R.broadcast_to(idx, shape))
        return R.gather_elements(x, idx, axis=ta)


class CenterCropPad(Converter):
    """Crop or zero-pad each of `axes` to the target size, centered (the odd element goes
    to the end, as onnx's reference puts it)."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        x = inputs[0]
        shape = [int(v) for v in constant_input(inputs[1], params, "CenterCropPad", "shape").ravel()]
        dims = list(static_shape(x))
        rank = len(dims)
        axes = attr.get("axes")
        axes = list(range(rank)) if axes is None else [a + rank if a < 0 else a for a in axes]
        begin, end, pad_before, pad_after = [0] * rank, list(dims), [0] * rank, [0] * rank
        for a, target in zip(axes, shape):
            d = dims[a]
            if target < d:
                begin[a] = (d - target) // 2
                end[a] = begin[a] + target
            elif target > d:
                pad_before[a] = (target - d) // 2
                pad_after[a] = target - d - pad_before[a]
        if begin != [0] * rank or end != dims:
            x = bb.emit(R.strided_slice(x, list(range(rank)), begin, end))
        if any(pad_before) or any(pad_after):
            widths = [w for pair in zip(pad_before, pad_after) for w in pair]
            x = bb.emit(R.nn.pad(x, widths, pad_value=0.0))
        return x


class EyeLike(Converter):
    """An identity matrix (diagonal k) of the input's 2-D shape, in `dtype` or the input's."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        shape = static_shape(inputs[0])
        sh = (shape[0], shape[0]) if len(shape) == 1 else shape
        if len(sh) != 2:
            raise ValueError(f"EyeLike takes a 1-D or 2-D input, not {len(shape)}-D")
        dt = onnx_dtype(attr["dtype"]) if attr.get("dtype") else dtype_of(inputs[0])
        return const(np.eye(*sh, k=attr.get("k", 0)), dt)


class TensorScatter(Converter):
    """Write `update` into a KV cache at each batch entry's write index along `axis`
    (linear or circular): a gather of the update where a position is written, the past
    elsewhere."""

    @staticmethod
    def convert(bb, inputs, attr, params):
        past, update = inputs[0], inputs[1]
        widx = inputs[2] if len(inputs) > 2 and inputs[2] is not None else None
        shape = static_shape(past)
        rank = len(shape)
        axis = attr.get("axis", -2) % rank
        L, S, B = shape[axis], static_shape(update)[axis], shape[0]
        circular = str_attr(attr, "mode", "linear") == "circular"
        pos = const(np.arange(L).reshape(1, L), "int64")
        w = R.reshape(R.astype(widx, "int64"), (B, 1)) if widx is not None else const(np.zeros((B, 1)), "int64")
        src = bb.emit(R.subtract(pos, w))  # (B, L): which update step lands at each position
        if circular:
            src = bb.emit(R.floor_mod(src, const(L, "int64")))
        valid = bb.emit(R.logical_and(R.greater_equal(src, const(0, "int64")), R.less(src, const(S, "int64"))))
        src = bb.emit(R.clip(src, 0, S - 1))
        view = [B] + [1] * (rank - 1)
        view[axis] = L
        if axis == 0:
            raise ValueError("TensorScatter: the axis cannot be the batch axis")
        idx = bb.emit(R.broadcast_to(R.reshape(src, view), shape))
        ok = bb.emit(R.broadcast_to(R.reshape(valid, view), shape))
        return R.where(ok, R.gather_elements(update, idx, axis=axis), past)


class Pad(WrapsTvm):
    """A Pad that adds nothing (TF-style "same" padding computed in the graph is zero for
    stride-1 layers) is its input; a constant Pad of floats is Relax's nn.pad, which
    jitc/passes/fold_pads_into_convs.py merges into the convolution that reads it (one kernel, not
    two); the other modes go to TVM's converter."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        if opset < 11:
            pads = attr.get("pads")
        else:
            try:
                pads = constant_input(inputs[1], params, "Pad", "pads")
            except (ValueError, TypeError):
                pads = None
        if pads is not None and not np.any(np.asarray(pads)):
            return inputs[0]
        mode = str_attr(attr, "mode", "constant")
        value = 0.0
        if opset < 11:
            value = float(attr.get("value", 0.0))
        elif len(inputs) > 2 and inputs[2] is not None:
            try:
                value = float(constant_input(inputs[2], params, "Pad", "value").reshape(()))
            except (ValueError, TypeError):
                value = None
        axes = len(inputs) > 3 and inputs[3] is not None
        if (pads is None or mode != "constant" or value is None or axes or np.any(np.asarray(pads) < 0)
                or not dtype_of(inputs[0]).startswith(("float", "bfloat"))):
            return tvm_conv(bb, inputs, attr, params)

        pads = [int(p) for p in np.asarray(pads).reshape(-1)]
        rank = len(pads) // 2
        width = [w for a in range(rank) for w in (pads[a], pads[rank + a])]
        return R.nn.pad(inputs[0], width, "constant", value)  # a Relax op: jitc.kernels folds it into a following convolution


class ReduceMax(WrapsTvm):
    """TVM's ReduceMax, plus boolean inputs (as int8) and empty reductions (-inf, as numpy's
    identity for max over nothing would be)."""

    @staticmethod
    def wrap(tvm_conv, opset, bb, inputs, attr, params):
        x = inputs[0]
        dt = dtype_of(x)
        if 0 in static_shape(x):  # max over nothing: the identity of max
            y = bb.normalize(tvm_conv(bb, inputs, attr, params))
            ident = False if dt == "bool" else -np.inf if dt.startswith("float") else np.iinfo(dt).min
            return const(np.full(static_shape(y), ident), dt)  # (R.full with a dtype fails to legalize)
        if dt == "bool":
            y = bb.emit(tvm_conv(bb, [R.astype(x, "int8")] + list(inputs[1:]), attr, params))
            return R.astype(y, "bool")
        return tvm_conv(bb, inputs, attr, params)
