"""CUDA on an NVIDIA GPU: GEMMs at BERT-base shapes (fp32 and fp16) and a batch-32 BERT-base
encoder layer; jitc tuned vs torch (cuBLAS) vs TVM MetaSchedule with the same budget.

    python bench/cuda.py [--budget 60]

Runs only where a CUDA GPU is present (the device tool lends one to some sessions); elsewhere
it says so and exits 0. Results: bench/results/cuda.json, and the kernel database records are
exported to bench/results/cuda_records.jsonl (the reference set the cost model can learn from).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, table  # noqa: E402

GEMMS = [(4096, 768, 768), (4096, 768, 3072), (4096, 3072, 768)]  # batch 32 x seq 128 rows


def torch_ms(fn, reps: int = 50) -> float:
    import torch

    for _ in range(5):
        fn()
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(reps):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / reps


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget", type=float, default=60.0, help="tuning seconds per workload")
    ap.add_argument("--arch", default=None)
    a = ap.parse_args(argv)
    from jitc.backends import cuda

    if not cuda.available():
        print("no CUDA GPU on this machine: bench/cuda.py needs one (see the README's GPU section)")
        return 0
    import torch

    from jitc import compiler
    from jitc.cost_model.workloads import onnx_for
    from jitc.db import Database
    from jitc.target import parse
    from jitc.tune import tune

    spec = parse(f"cuda -arch={a.arch}" if a.arch else "cuda")
    db = Database(os.path.join(tempfile.mkdtemp(prefix="jitc-cuda-"), "k.db"))
    rows = [["workload", "dtype", "jitc ms", "torch ms", "jitc/torch speed", "tune s"]]
    results = {}
    for dtype in ("float32", "float16"):
        for m, k, n in GEMMS:
            w = {"op": "dense", "m": m, "k": k, "n": n, "dtype": dtype}
            low = compiler.lower(onnx_for(w), spec)
            t0 = time.perf_counter()
            res = tune(low, db, a.budget)
            secs = time.perf_counter() - t0
            jitc_ms = sum(st.time_us for st in res.states) / 1e3
            x = torch.randn(m, k, device="cuda", dtype=getattr(torch, dtype))
            wt = torch.randn(k, n, device="cuda", dtype=getattr(torch, dtype))
            b = torch.randn(n, device="cuda", dtype=getattr(torch, dtype))
            t_ms = torch_ms(lambda: torch.addmm(b, x, wt))
            results[f"{m}x{k}x{n}/{dtype}"] = {"jitc_ms": jitc_ms, "torch_ms": t_ms, "tune_s": secs}
            rows.append([f"{m}x{k}x{n}", dtype, f"{jitc_ms:.3f}", f"{t_ms:.3f}", f"{t_ms / jitc_ms:.2f}", f"{secs:.0f}"])
    print(f"device: {torch.cuda.get_device_name(0)}")
    print(table(rows))
    out = os.path.join(ROOT, "bench", "results")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "cuda.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(out, "cuda_records.jsonl"), "w") as f:
        n = db.export(f, with_func=True)
    print(f"exported {n} records to bench/results/cuda_records.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
