"""`jitc info model.onnx`: inputs, outputs and the kernel table; `--passes`: which of the
compiler's Relax rewrites ran and what each changed."""

from __future__ import annotations

from ..compiler import lower
from ..kernels import pass_summarizer
from ..passes import Trace
from .args import shapes, target


def cmd_info(a) -> int:
    trace = Trace(pass_summarizer()) if a.passes else None
    low = lower(a.model, target(a), shapes(a.shape), trace=trace)
    print(f"model   {low.imported.source}")
    print(f"target  {low.target.describe()}")
    for s in low.imported.inputs:
        print(f"input   {s.describe()}")
    for s in low.imported.outputs:
        print(f"output  {s.describe()}")
    total = sum(k.flops * k.calls for k in low.kernels.values()) or 1
    rows = [("kernel", "class", "calls", "shapes (args)", "GFLOP", "share")]
    for k in low.kernels.values():
        rows.append((k.name, k.kind, str(k.calls), k.shapes, f"{k.flops * k.calls / 1e9:.4f}",
                     f"{100 * k.flops * k.calls / total:5.1f}%"))
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c[:60].ljust(w) for c, w in zip(r, widths)).rstrip())
    print(f"{len(low.kernels)} kernels, {len(low.plan.steps)} calls, {total / 1e9:.4f} GFLOP per inference")
    if trace is not None:
        print()
        print("passes (jitc/passes/, in order; kernels: the model lowered after each)")
        first = trace.steps[0][2] if trace.steps else None
        if isinstance(first, dict):
            print(f"     {'(imported)':30s} kernels {first['kernels']}")
        for line in trace.report():
            print(line)
    return 0


def register(sub, model_args) -> None:
    sp = sub.add_parser("info", help="print a model's inputs, outputs and kernel table")
    model_args(sp)
    sp.add_argument("--passes", action="store_true",
                    help="also list the compiler's passes: which ran and what each changed (slower: the model "
                         "is lowered once per pass that ran)")
    sp.set_defaults(fn=cmd_info)
