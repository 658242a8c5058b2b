"""`jitc debug model.onnx`: find the first node where jitc and onnxruntime disagree."""

from __future__ import annotations

import sys

from ..localize import localize
from .args import shapes


def cmd_debug(a) -> int:
    print(f"comparing jitc with onnxruntime on {a.model} (random inputs, seed {a.seed}; tolerance {a.tol:g} "
          "of each output's scale)", file=sys.stderr)
    d = localize(a.model, shapes=shapes(a.shape), tol=a.tol, seed=a.seed,
                 log=(lambda s: print(s, file=sys.stderr)) if a.verbose else None)
    if d is None:
        print("the outputs agree with onnxruntime")
        return 0
    print(d.describe())
    return 1


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("debug", help="find the first node whose output differs from onnxruntime's")
    sp.add_argument("model", help="ONNX model file")
    sp.add_argument("--shape", action="append", metavar="NAME=AxB", help="fix a dynamic input dimension")
    sp.add_argument("--tol", type=float, default=1e-3, help="largest error relative to an output's scale (1e-3)")
    sp.add_argument("--seed", type=int, default=0, help="seed of the random inputs")
    sp.add_argument("-v", "--verbose", action="store_true", help="print every output checked")
    sp.set_defaults(fn=cmd_debug)
