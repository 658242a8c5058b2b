"""`jitc info model.onnx`: inputs, outputs and the kernel table."""

from __future__ import annotations

from ..compiler import lower
from .args import shapes, target


def cmd_info(a) -> int:
    low = lower(a.model, target(a), shapes(a.shape))
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
    return 0


def register(sub, model_args) -> None:
    sp = sub.add_parser("info", help="print a model's inputs, outputs and kernel table")
    model_args(sp)
    sp.set_defaults(fn=cmd_info)
