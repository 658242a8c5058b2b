"""Kernels: the fused TensorIR functions of a model, jitc's unit of scheduling and tuning.

`lower(model, target)` legalizes every Relax operator to TensorIR and fuses them (TVM's
"zero" pipeline: LegalizeOps, AnnotateTIROpPattern, FoldConstant, FuseOps, FuseTIR), turns
pure reshapes back into views, and returns the lowered module with one `Kernel` per PrimFunc.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

import numpy as np
import tvm
import tvm_ffi
from tvm import relax, s_tir, tirx
from tvm.relax.expr_functor import PyExprMutator, mutator

from . import casts, layout
from .relax_rewrite import bound as _bound
from .relax_rewrite import ints as _ints
from .relax_rewrite import out_dtype as _out_dtype
from .relax_rewrite import rewrite_calls as _rewrite_calls
from .relax_rewrite import rewrite_functions as _rewrite_functions
from .relax_rewrite import shape as _shape
from . import tir_analysis as ta
from . import winograd
from .frontends import index_check
from .schedules.cpu.matmul import narrow_gemm_in_place
from .target import TargetSpec

_CALL_TIR = tvm.ir.Op.get("relax.call_tir")

KINDS = ("matmul", "conv", "reduction", "elementwise", "other")


@dataclass
class Kernel:
    name: str  # symbol of the PrimFunc in the lowered module
    func: tirx.PrimFunc  # unscheduled
    key: str  # workload key: structural hash + argument shapes and dtypes
    kind: str  # one of KINDS
    flops: int  # arithmetic operations per call
    bytes: int  # bytes of the arguments (inputs and outputs) per call
    args: list[tuple[tuple[int, ...], str]]  # (shape, dtype) per argument, inputs then outputs
    calls: int = 1  # how many times the model calls it
    n_out: int = 1  # the last n_out arguments are outputs
    meta: dict = field(default_factory=dict)

    @property
    def shapes(self) -> str:
        return ", ".join(f"{'x'.join(map(str, s)) or 'scalar'}" for s, _ in self.args)

    def to_json(self) -> dict:
        d = {"name": self.name, "key": self.key, "kind": self.kind, "flops": self.flops,
             "bytes": self.bytes, "calls": self.calls, "n_out": self.n_out,
             "args": [{"shape": list(s), "dtype": d} for s, d in self.args]}
        if self.meta.get("index_check"):
            d["index_check"] = self.meta["index_check"]
        return d


def arg_specs(func: tirx.PrimFunc) -> list[tuple[tuple[int, ...], str]]:
    out = []
    for p in func.params:
        shape = getattr(p, "shape", None)  # a buffer parameter; None for a scalar one
        if shape is None:
            out.append(((), str(p.dtype)))
            continue
        out.append((tuple(int(d) if isinstance(d, tirx.IntImm) else -1 for d in shape), str(p.dtype)))
    return out


def strip_attrs(func: tirx.PrimFunc) -> tirx.PrimFunc:
    """The function without names or attributes, so equal computations hash equal."""
    return tirx.PrimFunc(func.params, func.body, func.ret_type)


def workload_key(func: tirx.PrimFunc) -> str:
    h = tvm_ffi.structural_hash(strip_attrs(func), map_free_vars=True)
    sig = ";".join(f"{d}[{','.join(map(str, s))}]" for s, d in arg_specs(func))
    return hashlib.sha256(f"{h & 0xFFFFFFFFFFFFFFFF:016x}|{sig}".encode()).hexdigest()[:20]


def classify(func: tirx.PrimFunc) -> str:
    """matmul (dense, batch matmul, GEMV), conv, reduction (softmax, norms, pooling, sums),
    elementwise (injective: elementwise, broadcast, transpose, gather...), or other."""
    if ta.has_extern_call(func):
        return "other"
    sch = s_tir.Schedule(func)
    infos = ta.block_infos(sch)
    if infos is None:
        return "other"
    kind = "elementwise"
    for info in infos:
        if "O" in info.kinds:
            return "other"
        if "R" not in info.kinds:
            continue
        mac = ta.mac_info(sch, info)
        if mac is not None:
            return "conv" if mac.is_conv else "matmul"
        kind = "reduction"
    return kind


def count_flops(func: tirx.PrimFunc) -> int:
    """Arithmetic operations per call: ops per block iteration x iterations, summed over blocks."""
    sch = s_tir.Schedule(func)
    infos = ta.block_infos(sch)
    if infos is None:
        return 0
    total = 0
    for info in infos:
        block = sch.get(info.rv)
        ops = sum(ta.count_ops(v) for v in ta.values(block.body))
        total += ops * info.size()
    return int(total)


def count_bytes(func: tirx.PrimFunc) -> int:
    n = 0
    for shape, dtype in arg_specs(func):
        n += int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype if dtype != "bool" else "bool").itemsize
    return n


def make_kernel(name: str, func: tirx.PrimFunc, calls: int = 1, n_out: int = 1) -> Kernel:
    check = index_check.info(func)
    return Kernel(name=name, func=func, key=workload_key(func), kind=classify(func),
                  flops=count_flops(func), bytes=count_bytes(func), args=arg_specs(func), calls=calls,
                  n_out=n_out, meta={"index_check": check} if check else {})


@dataclass
class Lowered:
    mod: object  # IRModule: Relax "main" calling the PrimFuncs
    kernels: dict[str, Kernel]  # by PrimFunc name, in the order main first calls them
    channels_last: bool = False  # activations converted to NHWC (jitc.layout)


def _call_counts(main) -> dict[str, tuple[int, int]]:
    """{PrimFunc name: (calls, outputs per call)} in order of first call."""
    counts: dict[str, tuple[int, int]] = {}

    def visit(e):
        if isinstance(e, relax.Call) and e.op.same_as(_CALL_TIR):
            name = e.args[0].name_hint
            ty = e.ty
            n_out = len(ty.fields) if isinstance(ty, relax.TupleType) else 1
            counts[name] = (counts.get(name, (0, n_out))[0] + 1, n_out)

    relax.analysis.post_order_visit(main.body, visit)
    return counts


def _is_float(e) -> bool:
    return str(getattr(e.ty, "dtype", "")).startswith(("float", "bfloat"))


def _plain_nchw(attrs) -> bool:
    """A conv2d with NCHW data and output and an OIHW weight."""
    return (str(attrs.data_layout), str(attrs.kernel_layout), str(attrs.out_layout or attrs.data_layout)) \
        == ("NCHW", "OIHW", "NCHW")


def _channels_last_hwio(attrs) -> bool:
    """A conv2d with NHWC data and output and an HWIO weight (jitc.layout)."""
    return (str(attrs.data_layout), str(attrs.kernel_layout), str(attrs.out_layout or attrs.data_layout)) \
        == ("NHWC", "HWIO", "NHWC")


def _conv2d_padded(attrs, x, w, more: list[int]):
    """An NCHW conv2d with `attrs`, on (x, w), its padding [top, left, bottom, right] grown by `more`."""
    pad = [p + m for p, m in zip(_ints(attrs.padding), more)]
    return relax.op.nn.conv2d(x, w, strides=_ints(attrs.strides), padding=pad, dilation=_ints(attrs.dilation),
                              groups=int(attrs.groups), data_layout="NCHW", kernel_layout=str(attrs.kernel_layout),
                              out_layout=str(attrs.out_layout or "NCHW"), out_dtype=_out_dtype(attrs))


def _is_weight(e, m, depth: int = 4) -> bool:
    """`e` is a constant, or a reshape / transpose of one (a 1x1 convolution's weight as a
    matrix), following variable bindings through mutator `m`."""
    for _ in range(depth):
        e = _bound(e, m)
        if isinstance(e, tvm.ir.Constant):
            return True
        if isinstance(e, relax.Call) and getattr(e.op, "name", "") in ("relax.reshape", "relax.permute_dims") and e.args:
            e = e.args[0]
            continue
        return False
    return False


def _constant_value(e, m) -> np.ndarray | None:
    """The value of `e` where it is (bound to) a constant, else None."""
    e = _bound(e, m)
    return e.value.numpy() if isinstance(e, tvm.ir.Constant) else None


def winograd_default() -> bool:
    """Winograd convolutions on, unless $JITC_WINOGRAD is 0 (the switch for the CLI)."""
    return os.environ.get("JITC_WINOGRAD", "1").strip() not in ("0", "false", "off", "no")


def winograd_convs(mod, lanes: int):
    """Every 3x3 stride-1 convolution with a constant weight whose Winograd form does less
    work (jitc.winograd.choose_tile) becomes it: input transform, (m+2)² batched GEMMs on the
    weight transformed here, output transform (into which the epilogue fuses)."""
    bb = relax.BlockBuilder()  # gives the transform functions typed GlobalVars
    added: dict[str, tvm.ir.GlobalVar] = {}

    def add_func(name, make):
        if name not in added:
            added[name] = bb.add_func(make(), name)
        return added[name]

    mod = _rewrite_calls(mod, "relax.nn.conv2d",
                         lambda call, mut: winograd.rewrite_call(call, mut, lanes, _constant_value, add_func),
                         with_mutator=True)
    new = bb.get()
    for gv in added.values():
        mod[gv] = new[gv]
    return mod


def accumulate_half_in_float32(mod):
    """Every matmul of float16 / bfloat16 operands sums in float32 and rounds once at the end
    (what cuBLAS does for torch): a half-precision sum of K terms rounds K times, and tensor
    cores take bfloat16 only with a float32 accumulator."""

    def rewrite(call):
        a, b = call.args
        dts = {str(getattr(x.ty, "dtype", "")) for x in (a, b)}
        out = str(call.attrs.out_dtype) if call.attrs.out_dtype is not None else ""
        if len(dts) != 1 or dts.pop() not in ("float16", "bfloat16") or out not in ("", "void", str(a.ty.dtype)):
            return call
        return relax.op.astype(relax.op.matmul(a, b, out_dtype="float32"), str(a.ty.dtype))

    return _rewrite_calls(mod, "relax.matmul", rewrite)


def sigmoid_through_exp(mod):
    """Every float32 sigmoid becomes 1 / (1 + exp(-x)), so that FastMathTransform gives it the
    polynomial exp, which vectorizes: TVM lowers sigmoid to a libm exp call per element (SiLU /
    swish, the activation of EfficientNet and CLIP's quick-GELU, ran at 0.6-2.4 GFLOP/s). The
    tails stay exact: exp(-x) saturates at 2.4e38 for x < -88.4, giving 4e-39, and underflows
    to 0 for x > 88.4, giving 1."""

    def rewrite(call):
        x = call.args[0]
        if str(getattr(x.ty, "dtype", "")) != "float32":
            return call
        one = relax.const(1.0, "float32")
        return relax.op.divide(one, relax.op.add(one, relax.op.exp(relax.op.negative(x))))

    return _rewrite_calls(mod, "relax.sigmoid", rewrite)


def power_by_multiplication(mod):
    """x ** c for a constant c in {2, 3, 4} is multiplications, x ** 0.5 a square root: TVM
    lowers power to one libm powf call per element (GPT-2's tanh-GELU, x + 0.044715 x^3, ran
    at 9 GFLOP/s and took a seventh of the model)."""

    def rewrite(call):
        x, c = call.args
        xs = _shape(x)
        if not isinstance(c, tvm.ir.Constant) or not _is_float(x) or xs is None:
            return call
        v = c.value.numpy()
        if v.size != 1 or v.ndim > len(xs):
            return call  # a broadcast that would change the result's shape
        e = float(v.reshape(()))
        if e == 2.0:
            return relax.op.multiply(x, x)
        if e == 3.0:
            return relax.op.multiply(relax.op.multiply(x, x), x)
        if e == 4.0:
            sq = relax.op.multiply(x, x)
            return relax.op.multiply(sq, sq)
        if e == 0.5:
            return relax.op.sqrt(x)
        return call

    return _rewrite_calls(mod, "relax.power", rewrite)


def pointwise_conv_as_matmul(mod):
    """Every 1x1 convolution (NCHW, OIHW, no padding, no dilation, one group) becomes the GEMM
    it is: W[OC, IC] @ X[N, IC, H*W] (a strided one takes every s-th pixel first). Pixels are
    the contiguous axis of both X and the output: the GEMM rule vectorizes along them and tiles
    the channels, where a convolution schedule of the 1x1 case vectorized along the output
    channels, whose stores are H*W apart (ResNet-50's 1x1 convolutions ran at 1-12 GFLOP/s).
    The reshapes are views."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        xs, ws = _shape(x), _shape(w)
        if xs is None or ws is None or int(a.groups) != 1 or any(_ints(a.padding)) or _ints(a.dilation) != [1, 1]:
            return call
        if _channels_last_hwio(a) and ws[:2] == [1, 1]:
            return channels_last(x, xs, w, ws, a)
        if not _plain_nchw(a) or ws[2:] != [1, 1]:
            return call
        n, c, h, wd = xs
        sh, sw = _ints(a.strides)
        ho, wo = (h - 1) // sh + 1, (wd - 1) // sw + 1
        out_dtype = _out_dtype(a)
        if (sh, sw) != (1, 1):
            x = relax.op.strided_slice(x, [2, 3], [0, 0], [h, wd], [sh, sw])
        x3 = relax.op.reshape(x, [n, c, ho * wo])
        w2 = relax.op.reshape(w, [ws[0], ws[1]])
        y = relax.op.matmul(w2, x3, out_dtype=out_dtype)
        return relax.op.reshape(y, [n, ws[0], ho, wo])

    def channels_last(x, xs, w, ws, a):
        """NHWC with an HWIO weight (jitc.layout): X[N*H*W, C] @ W[C, K], channels contiguous
        in both."""
        n, h, wd, c = xs
        sh, sw = _ints(a.strides)
        ho, wo = (h - 1) // sh + 1, (wd - 1) // sw + 1
        if (sh, sw) != (1, 1):
            x = relax.op.strided_slice(x, [1, 2], [0, 0], [h, wd], [sh, sw])
        y = relax.op.matmul(relax.op.reshape(x, [n * ho * wo, c]), relax.op.reshape(w, [ws[2], ws[3]]),
                            out_dtype=_out_dtype(a))
        return relax.op.reshape(y, [n, ho, wo, ws[3]])

    return _rewrite_calls(mod, "relax.nn.conv2d", rewrite)


def fold_pads_into_convs(mod):
    """conv2d(pad(x)) with zeros added only along H and W (MobileNet's TF-style "same" padding,
    computed in the graph) is conv2d(x) with that much more padding: the convolution pads its
    input in its own kernel, where the separate Pad was one more pass over the activation."""
    conv_op, pad_op = tvm.ir.Op.get("relax.nn.conv2d"), tvm.ir.Op.get("relax.nn.pad")

    @mutator
    class _Fold(PyExprMutator):
        def visit_call_(self, call):
            call = super().visit_call_(call)
            if not call.op.same_as(conv_op) or not isinstance(call.args[0], relax.Var):
                return call
            a = call.attrs
            if str(a.data_layout) != "NCHW":
                return call
            value = self.lookup_binding(call.args[0])
            if not isinstance(value, relax.Call) or not value.op.same_as(pad_op):
                return call
            p = value.attrs
            try:
                width = _ints(p.pad_width)
                fill = float(p.pad_value) if p.pad_value is not None else 0.0
            except (TypeError, AttributeError, ValueError):
                return call
            if str(p.pad_mode) != "constant" or fill != 0.0 or len(width) != 8 or any(width[:4]):
                return call
            pt, pb, pl, pr = width[4:]
            return _conv2d_padded(a, value.args[0], call.args[1], [pt, pl, pb, pr])

    return _rewrite_functions(mod, _Fold)


def widen_grouped_conv_rows(mod, lanes: int):
    """A grouped or depthwise convolution (NCHW) whose output width is no multiple of a vector
    computes rows widened to one (more right padding: 7 -> 8, 14 -> 16, 28 -> 32), and the extra
    columns are sliced off. The conv rule vectorizes a grouped convolution along the output row
    (its channels share no input, so there is nothing to vectorize across them in NCHW); the
    7- and 14-wide rows of MobileNet's and EfficientNet's last stages left it scalar
    (5-15 GFLOP/s). The widening costs at most a quarter more arithmetic."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        cs = _shape(call)
        if cs is None or not _plain_nchw(a) or int(a.groups) == 1 or not _is_float(x):
            return call
        ow = cs[3]
        # the fewest extra columns to a whole number of vectors of 8 or more lanes (or of all
        # lanes where a vector has fewer): 7 -> 8, 14 -> 16, 28 -> 32, 56 stays
        steps = [s for s in (lanes, lanes // 2) if s >= min(8, lanes)]
        extra = min(-(-ow // s) * s - ow for s in steps)
        if ow < 4 or not extra or extra * 4 > ow:
            return call
        y = _conv2d_padded(a, x, w, [0, 0, 0, extra * _ints(a.strides)[1]])
        return relax.op.strided_slice(y, [3], [0], [ow])

    return _rewrite_calls(mod, "relax.nn.conv2d", rewrite)


def pad_rows_to_stride(mod):
    """A strided convolution (NCHW) that pads its input pads each row to a whole number of
    strides where one more zero column leaves the output unchanged (TF "same" padding makes
    112 -> 113 for a stride of 2). The conv rule can then store the padded rows split by phase
    (x[2i] then x[2i+1]) and load each tap's inputs as one contiguous vector, not a gather."""

    def rewrite(call):
        a = call.attrs
        x, w = call.args
        xs, ws = _shape(x), _shape(w)
        if xs is None or ws is None or not _plain_nchw(a) or not _is_float(x):
            return call
        sw, pad = _ints(a.strides)[1], _ints(a.padding)
        if sw < 2 or not any(pad):
            return call
        kw = (ws[3] - 1) * _ints(a.dilation)[1] + 1
        width = xs[3] + pad[1] + pad[3]
        more = -width % sw
        if not more or (width + more - kw) // sw != (width - kw) // sw:
            return call
        return _conv2d_padded(a, x, w, [0, 0, 0, more])

    return _rewrite_calls(mod, "relax.nn.conv2d", rewrite)


_ELEMENTWISE = ("relax.add", "relax.subtract", "relax.multiply", "relax.divide", "relax.maximum",
                "relax.minimum", "relax.power", "relax.nn.relu", "relax.clip", "relax.sigmoid",
                "relax.tanh", "relax.exp", "relax.negative", "relax.nn.gelu", "relax.nn.gelu_tanh",
                "relax.nn.silu", "relax.erf", "relax.sqrt", "relax.rsqrt", "relax.abs", "relax.square",
                "relax.nn.leakyrelu")


def sink_reshapes_into_epilogues(mod):
    """An elementwise op on reshape(y) runs on y instead, and the reshape moves after it: the
    [N, OC, H*W] -> [N, OC, H, W] of a 1x1 convolution done as a GEMM, GPT-2's [T, 4C] ->
    [1, T, 4C] after its addmm. The op's other operands are reshaped alike where that is a view
    with the same broadcast: scalars, a tensor of the output's shape (a residual), a per-channel
    [1, OC, 1, 1] bias when the reshape split the last axis, a vector along a last axis the
    reshape kept. TVM fuses a GEMM with the elementwise ops that follow it but not across a
    reshape, so every such bias, activation and residual add ran as a kernel of its own, one
    more pass over the output."""
    ops = {tvm.ir.Op.get(n) for n in _ELEMENTWISE}
    reshape_op = tvm.ir.Op.get("relax.reshape")

    def adapt(a, s, ys, out):
        """`a` (shape s) as an operand beside y (shape ys) with the same broadcast it had beside
        reshape(y) (shape out); None if there is no such view."""
        if not s or all(d == 1 for d in s):
            return relax.op.reshape(a, [1]) if s else a
        if s == out:
            return relax.op.reshape(a, ys)
        split = len(out) == len(ys) + 1 and out[:-2] == ys[:-1] and out[-2] * out[-1] == ys[-1]
        if split and len(s) >= 2 and len(s) <= len(out):
            if s[-2:] == [1, 1]:
                return relax.op.reshape(a, s[:-2] + [1])
            if s[-2:] == out[-2:]:
                return relax.op.reshape(a, s[:-2] + [out[-2] * out[-1]])
        if ys[-1] == out[-1] and s[-1] == out[-1] and all(d == 1 for d in s[:-1]):
            return relax.op.reshape(a, [s[-1]])
        return None

    @mutator
    class _Sink(PyExprMutator):
        def reshaped(self, arg):
            """y when `arg` is bound to reshape(y) of a static shape, else None."""
            if not isinstance(arg, relax.Var):
                return None
            value = self.lookup_binding(arg)
            if not isinstance(value, relax.Call) or not value.op.same_as(reshape_op):
                return None
            y = value.args[0]
            ys = _shape(y)
            return y if ys and _shape(arg) is not None else None

        def visit_call_(self, call):
            call = super().visit_call_(call)
            if call.op not in ops:
                return call
            out = _shape(call)
            if out is None:
                return call
            sources = [self.reshaped(a) if _shape(a) == out else None for a in call.args]
            found = [s for s in sources if s is not None]
            if not found:
                return call
            ys = _shape(found[0])
            if any(_shape(s) != ys for s in found):
                return call
            args = []
            for a, src in zip(call.args, sources):
                if src is not None:
                    args.append(src)
                    continue
                s = _shape(a)
                new = adapt(a, s, ys, out) if s is not None else None
                if new is None:
                    return call
                args.append(new)
            inner = relax.Call(call.op, args, call.attrs, call.ty_args)
            return relax.op.reshape(inner, out)

    return _rewrite_functions(mod, _Sink)


def flatten_gemm_rows(mod):
    """x[..., K] @ W[K, N] with x of rank 3 or more is one GEMM over all of x's rows: the leading
    axes fold into M (a view) and unfold after (a view, which jitc.kernels.sink_reshapes_into_epilogues
    moves past the epilogue). ConvNeXt's MLP on [1, 7, 7, C] was a batch of seven 7-row GEMMs,
    each tiled one row at a time (55 GFLOP/s)."""

    def rewrite(call):
        a, b = call.args
        as_, bs = _shape(a), _shape(b)
        if as_ is None or bs is None or len(bs) != 2 or len(as_) < 3 or all(d == 1 for d in as_[:-2]):
            return call
        rows = int(np.prod(as_[:-1]))
        y = relax.op.matmul(relax.op.reshape(a, [rows, as_[-1]]), b, out_dtype=call.attrs.out_dtype)
        return relax.op.reshape(y, as_[:-1] + [bs[1]])

    return _rewrite_calls(mod, "relax.matmul", rewrite)


def pad_gemm_columns(mod, lanes: int):
    """A matmul whose column count N (the contiguous axis of B and of the output) is no
    multiple of the vector width computes on B padded with zero columns up to one, and one
    whose row count M has no register-tile divisor (4, 6, 8: ViT's 197 tokens is prime, CLIP's
    77 is 7 x 11) on A padded with zero rows to a multiple of 8 (unless that adds over 10% and
    7 divides M: a 7x7 map's 49 pixels as rows take tiles of 7), and a reduction length K with
    no slice size (197) on zeros appended to both; the extra rows and columns are sliced off. The GEMM rule tiles exactly, and 49, 196, 197 or 77 left it 1- to 4-wide tiles.
    A constant operand is padded at compile time; an activation costs one copy, a few percent
    of the GEMM. A constant weight times a few pixels that pad badly (a 7x7 map:
    schedules.cpu.matmul.narrow_gemm_in_place) is left unpadded: the GEMM rule vectorizes it
    along the weight's rows instead (vec_m)."""

    def rewrite(call, mut):
        a, b = call.args
        as_, bs, cs = _shape(a), _shape(b), _shape(call)
        if as_ is None or bs is None or cs is None or len(bs) < 2 or len(as_) < 2 or not _is_float(b):
            return call
        m, k, n = as_[-2], as_[-1], bs[-1]
        if k < 8 or n == 1:  # (a matrix x vector product is a reduction per row: no tiles to fill)
            return call
        if len(as_) == 2 and len(bs) == 3 and bs[0] == 1 and narrow_gemm_in_place(m, n, lanes) and _is_weight(a, mut):
            return call  # vectors along M (cpu.matmul vec_m; W laid out at build time): nothing to pad
        pad_n = -(-n // lanes) * lanes - n if n % lanes and n >= lanes else 0
        pad_m = -(-m // 8) * 8 - m if m >= 8 and all(m % d for d in (4, 6, 8)) else 0
        if pad_m and m % 7 == 0 and pad_m > 0.1 * m:  # 49 pixels (7x7, channels-last): tiles of 7 rows, not 14% zeros
            pad_m = 0
        # K with no slice size that keeps B's panel in cache (a prime like 197): zero columns
        # of A and zero rows of B add nothing to the sums
        pad_k = -(-k // 8) * 8 - k if k >= 16 and k % 4 else 0
        if not pad_n and not pad_m and not pad_k:
            return call
        if pad_k and bs[-2] == k:
            width = [0] * (2 * len(bs))
            width[-3] = pad_k
            b = relax.op.nn.pad(b, width)
        else:
            pad_k = 0
        if pad_n:
            width = [0] * (2 * len(bs))
            width[-1] = pad_n
            b = relax.op.nn.pad(b, width)
        if pad_m or pad_k:
            width = [0] * (2 * len(as_))
            width[-3] = pad_m  # after axis -2 (pad widths are (before, after) per axis)
            width[-1] = pad_k
            a = relax.op.nn.pad(a, width)
        y = relax.op.matmul(a, b, out_dtype=call.attrs.out_dtype)
        rank = len(cs)
        return relax.op.strided_slice(y, [rank - 2, rank - 1], [0, 0], [m, n])

    return _rewrite_calls(mod, "relax.matmul", rewrite, with_mutator=True)


def lower(mod, target: TargetSpec, fast_math: bool = True, winograd: bool = True,
          channels_last: bool | None = None) -> Lowered:
    """Legalize and fuse a Relax module for `target`; one Kernel per fused PrimFunc.

    fast_math (CPU and browser targets): exp, erf, tanh, sigmoid and softmax become TVM's polynomial versions
    (relative error < 1.1e-6 for exp, < 4e-7 for erf and tanh over float32), which vectorize;
    LLVM turns the precise ones into one libm call per element. Known differences: exp of
    x > 88.4 saturates at 2.4e38 instead of inf, erf(NaN) is 1.
    channels_last (CPU targets): NHWC activations (jitc.layout); None lets
    jitc.layout.wants_channels_last decide from the model's convolutions.
    """
    if not target.kernels_can_raise:  # GPU kernels cannot raise: index checks clamp there
        for gv, func in list(mod.functions.items()):
            if isinstance(func, tirx.PrimFunc) and index_check.is_check(func):
                mod[gv] = index_check.for_gpu(func)
    with tvm.target.Target(target.tvm_target()):
        mod = casts.saturating_casts(mod)
        mod = fold_pads_into_convs(mod)
        mod = power_by_multiplication(mod)
        if target.is_cpu:  # rewrites for the CPU GEMM rule's tiles
            channels_last = bool(channels_last or (channels_last is None and layout.wants_channels_last(mod)))
            if channels_last:
                mod = layout.to_channels_last(mod)
            if winograd:
                mod = winograd_convs(mod, target.lanes("float32"))
            mod = pointwise_conv_as_matmul(mod)
            mod = flatten_gemm_rows(mod)
            mod = pad_gemm_columns(mod, target.lanes("float32"))
            mod = widen_grouped_conv_rows(mod, target.lanes("float32"))
            mod = pad_rows_to_stride(mod)
            mod = sink_reshapes_into_epilogues(mod)
            mod = relax.transform.RemoveRedundantReshape()(mod)  # reshape(reshape(x)): one view, not a copy kernel
        if fast_math and target.fast_math:  # after the sinking: fast_erf & co. are opaque TensorIR calls
            mod = sigmoid_through_exp(mod)
            mod = relax.transform.FastMathTransform()(mod)
        if target.half_sums_in_float32:
            mod = accumulate_half_in_float32(mod)
        # sort, top-k, cumsum and sampling ops become TensorIR (or library calls) first
        mod = relax.backend.DispatchSampling()(mod)
        mod = relax.backend.DispatchSortScan()(mod)
        mod = relax.get_pipeline("zero")(mod)
        mod = relax.transform.RewriteDataflowReshape()(mod)
        mod = relax.transform.DeadCodeElimination(["main"])(mod)
    counts = _call_counts(mod["main"])
    kernels = {}
    for name, (calls, n_out) in counts.items():  # post-order visit: order of first call
        kernels[name] = make_kernel(name, mod[name], calls, n_out)
    return Lowered(mod, kernels, channels_last=bool(target.is_cpu and channels_last))
