"""What building one tuning candidate costs: jitc's lite path against tvm.compile.

    python bench/compile_cost.py [--candidates 16]

Per kernel, over the first N candidates of its lite space:
  jitc lite      schedule the config + the CPU-only TensorIR pipeline, several candidates per
                 LLVM module (what the tuner does)
  jitc single    the same, one candidate per module
  tvm.compile    tvm.compile(IRModule{scheduled kernel}, target): TVM's default pipeline
  tvm model      tvm.compile of the one-operator Relax model the kernel came from (what
                 rebuilding a model per candidate would cost)
milliseconds per candidate, and tvm.compile / jitc lite as a ratio.
On CPUs LLVM's own code generation (-O3) is most of the cost, and it is the same on both paths;
what jitc saves is the TensorIR passes that do nothing for CPU code, per-module overheads
(by batching), and the Relax-level work.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, table  # noqa: E402
from tune_vs_metaschedule import KERNELS, main_kernel, onnx_model  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--candidates", type=int, default=16)
    ap.add_argument("--kernels", nargs="+", default=["dense_768", "bmm_qk", "conv_56", "layernorm", "softmax"])
    a = ap.parse_args(argv)
    import tvm
    from tvm import relax

    from jitc import compiler, schedules
    from jitc.backends import llvm

    rows = [["kernel", "candidates", "jitc lite ms", "jitc single ms", "tvm.compile ms", "tvm model ms",
             "tvm.compile/jitc", "model/jitc"]]
    for name in a.kernels:
        kind, p, _ = KERNELS[name]
        model = onnx_model(kind, p)
        low = compiler.lower(model)
        k = main_kernel(low)
        target = low.target
        cands = schedules.space(k, target)[: a.candidates]
        # warm everything once (imports, pass registration, LLVM init)
        llvm.build_candidates({"w": schedules.apply(k, cands[0], target)}, target)
        # jitc lite, batched as the tuner does (8 per module)
        t0 = time.perf_counter()
        for i in range(0, len(cands), 8):
            funcs = {}
            for j, cfg in enumerate(cands[i:i + 8]):
                try:
                    funcs[f"c{j}"] = schedules.apply(k, cfg, target)
                except schedules.ScheduleError:
                    pass
            llvm.build_candidates(funcs, target)
        lite = (time.perf_counter() - t0) * 1e3 / len(cands)
        # one per module
        t0 = time.perf_counter()
        for cfg in cands:
            try:
                llvm.build_candidates({"c": schedules.apply(k, cfg, target)}, target)
            except schedules.ScheduleError:
                pass
        single = (time.perf_counter() - t0) * 1e3 / len(cands)
        # tvm.compile of the scheduled kernel, TVM's default pipeline
        t0 = time.perf_counter()
        for cfg in cands:
            try:
                f = schedules.apply(k, cfg, target)
            except schedules.ScheduleError:
                continue
            tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}), target.tvm_target())
        full = (time.perf_counter() - t0) * 1e3 / len(cands)
        # the Relax model, rebuilt (legalize, fuse, lower, build) as a model-level rebuild would
        n_model = min(4, len(cands))
        t0 = time.perf_counter()
        for _ in range(n_model):
            from jitc.frontends import onnx as fo

            mod = fo.load(model).mod
            with tvm.target.Target(target.tvm_target()):
                mod = relax.get_pipeline("zero")(mod)
            tvm.compile(mod, target.tvm_target())
        whole = (time.perf_counter() - t0) * 1e3 / n_model
        rows.append([name, str(len(cands)), f"{lite:.1f}", f"{single:.1f}", f"{full:.1f}", f"{whole:.1f}",
                     f"{full / lite:.2f}x", f"{whole / lite:.2f}x"])
        print(f"{name}: done", flush=True)
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
