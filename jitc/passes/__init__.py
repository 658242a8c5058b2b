"""The compiler's Relax rewrites, one a module, in the order `run` applies them (`PIPELINE`).

Each pass takes the Relax module a frontend made (or the one the pass before it left) and
returns it rewritten; most turn an operator the schedules do badly into one they do well,
and their docstrings give the measurement that justified them. After the last one,
jitc.kernels legalizes every operator to TensorIR and fuses them into kernels.
`jitc info --passes model` prints which passes ran on a model and what each changed.

Adding a pass: a module here with one function `name(mod, ...) -> mod` and a docstring that
says what it rewrites and why, and one `Pass(...)` line in `PIPELINE` saying when it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tvm import relax

from ..target import TargetSpec
# each module holds the function of its name (the package attributes stay the modules)
from . import (
    accumulate_half_in_float32,
    channels_last,
    clip_pool_windows,
    flatten_gemm_rows,
    fold_pads_into_convs,
    index_checks_for_gpu,
    pad_gemm_columns,
    pad_rows_to_stride,
    pointwise_conv_as_matmul,
    power_by_multiplication,
    saturating_casts,
    sigmoid_through_exp,
    sink_reshapes_into_epilogues,
    widen_grouped_conv_rows,
    winograd_convs,
)


@dataclass
class Options:
    """What the passes are asked to do: the target, and the switches of jitc.compile."""

    target: TargetSpec
    fast_math: bool = True  # polynomial exp / erf / tanh / sigmoid (jitc.kernels.lower says more)
    winograd: bool = True  # 3x3 stride-1 convolutions as Winograd where that does less work
    channels_last: bool | None = None  # NHWC activations on CPUs; None: the channels_last pass decides


@dataclass(frozen=True)
class Pass:
    name: str
    apply: Callable  # (mod, Options) -> mod
    when: Callable  # (Options) -> bool: whether it runs for these options
    when_text: str  # the same, for a reader ("CPU targets")
    doc: str  # what it does, one line

    def applies(self, opts: Options) -> bool:
        return bool(self.when(opts))


def _first_line(module) -> str:
    return (module.__doc__ or "").strip().split("\n")[0]


def _ours(module, when, when_text: str, *, lanes: bool = False) -> Pass:
    """The pass of one of this package's modules: its function `name(mod)`, or `name(mod, lanes)`
    given the float32 vector width."""
    name = module.__name__.rpartition(".")[2]
    fn = getattr(module, name)
    if lanes:
        def apply(mod, opts):
            return fn(mod, opts.target.lanes("float32"))
    else:
        def apply(mod, opts):
            return fn(mod)
    return Pass(name, apply, when, when_text, _first_line(module))


def _tvm(name: str, make, when, when_text: str, doc: str) -> Pass:
    """One of TVM's Relax passes, `make()` giving it."""
    return Pass(name, lambda mod, opts: make()(mod), when, when_text, doc)


def _channels_last(mod, opts: Options):
    """Decides (where the user did not) and converts; the decision is left in `opts`."""
    mod, opts.channels_last = channels_last.channels_last(mod, opts.channels_last)
    return mod


def _always(opts):
    return True


def _cpu(opts):
    return opts.target.is_cpu


PIPELINE: tuple[Pass, ...] = (
    _ours(index_checks_for_gpu, lambda o: not o.target.kernels_can_raise, "targets whose kernels cannot raise"),
    _ours(saturating_casts, _always, "always"),
    _ours(fold_pads_into_convs, _always, "always"),
    _ours(power_by_multiplication, _always, "always"),
    _ours(clip_pool_windows, _always, "always"),
    # the CPU GEMM and convolution rules' shapes
    Pass("channels_last", _channels_last, lambda o: o.target.is_cpu and o.channels_last is not False,
         "CPU targets, a depthwise-separable CNN (or channels_last=True)",
         _first_line(channels_last)),
    _ours(winograd_convs, lambda o: o.target.is_cpu and o.winograd, "CPU targets, winograd on", lanes=True),
    _ours(pointwise_conv_as_matmul, _cpu, "CPU targets"),
    _ours(flatten_gemm_rows, _cpu, "CPU targets"),
    _ours(pad_gemm_columns, _cpu, "CPU targets", lanes=True),
    _ours(widen_grouped_conv_rows, _cpu, "CPU targets", lanes=True),
    _ours(pad_rows_to_stride, _cpu, "CPU targets"),
    _ours(sink_reshapes_into_epilogues, _cpu, "CPU targets"),
    _tvm("RemoveRedundantReshape", relax.transform.RemoveRedundantReshape, _cpu, "CPU targets",
         "TVM: reshape(reshape(x)) is one view, not a copy kernel"),
    # after the sinking: fast_erf and the like are opaque TensorIR calls to it
    _ours(sigmoid_through_exp, lambda o: o.fast_math and o.target.fast_math, "fast_math on a target that takes it"),
    _tvm("FastMathTransform", relax.transform.FastMathTransform, lambda o: o.fast_math and o.target.fast_math,
         "fast_math on a target that takes it", "TVM: exp, erf, tanh and softmax become polynomials that vectorize"),
    _ours(accumulate_half_in_float32, lambda o: o.target.half_sums_in_float32, "targets that sum halves in float32"),
    # sort, top-k, cumsum and sampling become TensorIR (or library calls) before legalization
    _tvm("DispatchSampling", relax.backend.DispatchSampling, _always, "always",
         "TVM: multinomial sampling as TensorIR for the target"),
    _tvm("DispatchSortScan", relax.backend.DispatchSortScan, _always, "always",
         "TVM: sort, argsort, top-k and cumsum as TensorIR or library calls"),
)


def run(mod, opts: Options, trace=None):
    """`mod` through every pass of PIPELINE that applies to `opts` (under the target's
    tvm.target.Target, which the caller enters). The passes rewrite `mod` in place as well.
    `trace` (a Trace) is told the module's state before the first pass and after each."""
    if trace is not None:
        trace.start(mod)
    for p in PIPELINE:
        ran = p.applies(opts)
        if ran:
            mod = p.apply(mod, opts)
        if trace is not None:
            trace.step(p, ran, mod)
    if opts.channels_last is None:
        opts.channels_last = False
    return mod


class Trace:
    """What each pass changed, as `summarize(mod)` sees it (a summary made at once: the passes
    rewrite the module in place). `steps`: (pass, ran, summary before, summary after)."""

    def __init__(self, summarize: Callable):
        self.summarize = summarize
        self.steps: list[tuple[Pass, bool, object, object]] = []
        self._last = None

    def start(self, mod) -> None:
        self._last = self.summarize(mod)

    def step(self, p: Pass, ran: bool, mod) -> None:
        after = self.summarize(mod) if ran else self._last
        self.steps.append((p, ran, self._last, after))
        self._last = after

    def report(self) -> list[str]:
        """One line per pass: whether it ran, and what changed (with a summary of the form
        jitc.kernels.summarize gives: operator counts and kernels)."""
        lines = []
        for p, ran, before, after in self.steps:
            if not ran:
                lines.append(f"  -  {p.name:30s} skipped: runs for {p.when_text}")
                continue
            change = _describe_change(before, after)
            lines.append(f"  +  {p.name:30s} {change}")
        return lines


def _describe_change(before, after) -> str:
    if not isinstance(before, dict) or not isinstance(after, dict):
        return "changed" if before != after else "no change"
    parts = []
    if before.get("kernels") != after.get("kernels"):
        parts.append(f"kernels {before.get('kernels')} -> {after.get('kernels')}")
    ob, oa = before.get("ops", {}), after.get("ops", {})
    for name in sorted(set(ob) | set(oa), key=lambda n: -abs(oa.get(n, 0) - ob.get(n, 0))):
        if ob.get(name, 0) != oa.get(name, 0):
            parts.append(f"{name.removeprefix('relax.')} {ob.get(name, 0)} -> {oa.get(name, 0)}")
    if len(parts) > 6:
        parts = parts[:6] + [f"{len(parts) - 6} more"]
    if not parts:
        return "no change" if before.get("hash") == after.get("hash") else "rewritten (same operators and kernels)"
    return "; ".join(parts)
