"""`jitc compile model.onnx -o model.jitc`."""

from __future__ import annotations

import os

from ..compiler import compile as compile_model
from .args import db_arg, shapes, target


def cmd_compile(a) -> int:
    m = compile_model(a.model, target(a), shapes=shapes(a.shape), db=db_arg(a))
    out = a.output or os.path.splitext(os.path.basename(a.model))[0] + ".jitc"
    m.save(out)
    tuned = sum(1 for k in m.kernels if k.get("source") == "db")
    print(f"wrote {out}: {len(m.kernels)} kernels for {m.target.describe()}, {tuned} tuned (from the kernel database)")
    return 0


def register(sub, model_args) -> None:
    sp = sub.add_parser("compile", help="compile a model into a .jitc runtime module")
    model_args(sp)
    sp.add_argument("-o", "--output", help="output .jitc file (default: MODEL.jitc in the current directory)")
    sp.add_argument("--db", default=None, help="kernel database to take tuned kernels from "
                    "(default: $JITC_DB or ~/.cache/jitc/kernels.db, if it exists)")
    sp.add_argument("--no-db", action="store_true", help="ignore the kernel database: default schedules only")
    sp.set_defaults(fn=cmd_compile)
