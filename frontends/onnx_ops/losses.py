"""Losses: SoftmaxCrossEntropyLoss, NegativeLogLikelihoodLoss (all reductions, weights,
ignore_index).
"""

from __future__ import annotations

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .common import static_shape, dtype_of, str_attr, const, Converter


def _loss_reduce(bb, loss, weights_sel, reduction):
    """Apply the loss reductions of ONNX's NegativeLogLikelihoodLoss."""
    if reduction == "none":
        return loss
    if reduction == "sum":
        return R.sum(loss)
    # mean: weighted mean when weights are given (ignored targets have weight 0)
    if weights_sel is not None:
        return R.divide(R.sum(loss), R.sum(weights_sel))
    return R.mean(loss)


def _nll(bb, logp, target, weight, attr):
    """-logp[n, target[n, ...], ...] with weights and ignore_index. Returns (loss, weights)."""
    shape = static_shape(logp)
    c = shape[1]
    dt = dtype_of(logp)
    ignore = attr.get("ignore_index")
    t = bb.emit(R.astype(target, "int64"))
    valid = None
    if ignore is not None:
        valid = bb.emit(R.not_equal(t, const(ignore, "int64")))
        t = bb.emit(R.where(valid, t, const(0, "int64")))  # an ignored index must still be in range
    # gather along the class axis: one-hot is C wide, cheap for classification shapes
    onehot = bb.emit(R.equal(R.expand_dims(t, 1),
                             const(np.arange(c).reshape((1, c) + (1,) * (len(shape) - 2)), "int64")))
    picked = bb.emit(R.sum(R.where(onehot, logp, const(0.0, dt)), axis=[1]))
    loss = bb.emit(R.negative(picked))
    w = None
    if weight is not None:
        w = bb.emit(R.take(weight, t, axis=0))
    if valid is not None:
        vf = bb.emit(R.astype(valid, dt))
        w = vf if w is None else bb.emit(R.multiply(w, vf))
    if w is not None:
        loss = bb.emit(R.multiply(loss, w))
    return loss, w


class NegativeLogLikelihoodLoss(Converter):
    @staticmethod
    def convert(bb, inputs, attr, params):
        logp, target = inputs[0], inputs[1]
        weight = inputs[2] if len(inputs) > 2 else None
        reduction = str_attr(attr, "reduction", "mean")
        loss, w = _nll(bb, logp, target, weight, attr)
        return bb.emit(_loss_reduce(bb, loss, w, reduction))


class SoftmaxCrossEntropyLoss(Converter):
    @staticmethod
    def convert(bb, inputs, attr, params):
        scores, labels = inputs[0], inputs[1]
        weight = inputs[2] if len(inputs) > 2 else None
        reduction = str_attr(attr, "reduction", "mean")
        logp = bb.emit(R.nn.log_softmax(scores, axis=1))
        loss, w = _nll(bb, logp, labels, weight, attr)
        out = bb.emit(_loss_reduce(bb, loss, w, reduction))
        return relax.Tuple([out, logp])
