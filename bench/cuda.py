"""CUDA on an NVIDIA GPU: GEMMs at BERT-base shapes (fp32 and fp16) and a batch-32 BERT-base
encoder layer; jitc tuned vs torch (cuBLAS) vs TVM MetaSchedule with the same budget.

    python bench/cuda.py [--budget 60] [--ms-budget 60]   # on a machine with a CUDA GPU
    python bench/cuda.py --check                          # anywhere with nvcc: the plumbing

GEMMs: jitc tunes each (its lite space: SIMT tiles and, for fp16, tensor-core tiles) within
--budget seconds; MetaSchedule gets --ms-budget seconds (trials sized from a 16-trial
calibration run, as bench/tune_vs_metaschedule.py does); both results are timed by jitc's
measuring worker (same timing, output checked against the reference); torch.addmm is timed
with CUDA events. The encoder layer (BERT-base: 768 wide, 12 heads, FFN 3072, GELU, post-norm,
in plain torch ops; batch 32 x 128 tokens, fp32 and fp16) is imported through jitc's torch
frontend, tuned within --budget seconds for the whole model, and timed on the device (inputs
resident, every kernel launched in order) against torch eager.

Runs only where a CUDA GPU is present (the device tool lends one to some sessions); elsewhere
it says so and exits 0. Results: bench/results/cuda.json, and the kernel database records are
exported to bench/results/cuda_records.jsonl (the reference set the cost model can learn from).
`--check` builds everything the run would (lowering, the spaces, nvcc for the default and a
tensor-core candidate, MetaSchedule's design space for the target) without a GPU.
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
BATCH, SEQ, HIDDEN, HEADS, FFN = 32, 128, 768, 12, 3072


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


def module_device_ms(module, reps: int = 50) -> float:
    """Milliseconds per inference of a jitc Module on its device: inputs copied once, then
    every kernel launched in plan order, `reps` times between two synchronizations."""
    module.run(*module.random_inputs())  # weights and inputs on the device
    ws = module._workspace()
    calls = ws.calls(module._epoch, module.plan)
    dev = module.device
    for _ in range(3):
        for f, args in calls:
            f(*args)
    dev.sync()
    t0 = time.perf_counter()
    for _ in range(reps):
        for f, args in calls:
            f(*args)
    dev.sync()
    return (time.perf_counter() - t0) * 1e3 / reps


def encoder_layer(dtype: str):
    """A BERT-base encoder layer (post-norm, GELU) in plain torch ops, and its input."""
    import torch
    from torch import nn

    class BertLayer(nn.Module):
        def __init__(self):
            super().__init__()
            self.qkv = nn.Linear(HIDDEN, 3 * HIDDEN)
            self.out = nn.Linear(HIDDEN, HIDDEN)
            self.norm1, self.norm2 = nn.LayerNorm(HIDDEN), nn.LayerNorm(HIDDEN)
            self.up, self.down = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)

        def forward(self, x):
            b, s, _ = x.shape
            q, k, v = self.qkv(x).reshape(b, s, 3, HEADS, HIDDEN // HEADS).permute(2, 0, 3, 1, 4)
            att = torch.softmax(q @ k.transpose(-1, -2) * (HIDDEN // HEADS) ** -0.5, dim=-1)
            ctx = (att @ v).transpose(1, 2).reshape(b, s, HIDDEN)
            h = self.norm1(x + self.out(ctx))
            return self.norm2(h + self.down(torch.nn.functional.gelu(self.up(h))))

    torch.manual_seed(0)
    layer = BertLayer().eval().to(getattr(torch, dtype))
    x = torch.randn(BATCH, SEQ, HIDDEN).to(getattr(torch, dtype))
    return layer, x


def ms_target(spec):
    """MetaSchedule's target: the CUDA target with the limits its GPU rules read."""
    import tvm

    d = dict(spec.tvm_target().export())
    d.update({"max_threads_per_block": int(spec.limits.get("max_threads_per_block", 1024)),
              "max_shared_memory_per_block": int(spec.limits.get("max_shared_memory_per_block", 48 * 1024)),
              "thread_warp_size": 32})
    return tvm.target.Target(d)


def metaschedule_gemm(k, spec, budget_s: float, meas, tmp: str) -> dict:
    """MetaSchedule on one kernel within about `budget_s` seconds; its best timed by jitc's
    worker (the same timing and output check as jitc's candidates)."""
    import tvm
    from tune_vs_metaschedule import run_metaschedule

    target = ms_target(spec)
    func0 = k.func.with_attr("global_symbol", "main")
    _, cal_s, cal_n = run_metaschedule(func0, target, 16, os.path.join(tmp, f"cal-{k.key[:8]}"))
    trials = max(16, int(round(budget_s / max(cal_s / max(cal_n, 1), 1e-3))))
    func, secs, n = run_metaschedule(func0, target, trials, os.path.join(tmp, f"ms-{k.key[:8]}"))
    out = {"trials": n, "seconds": secs + cal_s}
    if func is not None:
        cfg = {"rule": "bench.fixed", "module": "tune_vs_metaschedule", "func": tvm.ir.save_json(func)}
        m = meas.measure(k, [cfg])[0]
        out.update(us=m.median_us if m.ok else None, status=m.status)
    return out


def check(spec) -> int:
    """Everything the GPU run builds, built without a GPU."""
    from jitc import compiler, schedules
    from jitc.build import build
    from jitc.backends import cuda
    from jitc.cost_model.workloads import onnx_for
    from tvm.s_tir import meta_schedule as ms

    rows = [["workload", "dtype", "space", "tensor-core", "default cubin B", "tensor-core cubin B"]]
    for dtype in ("float32", "float16"):
        for m, kk, n in GEMMS:
            low = compiler.lower(onnx_for({"op": "dense", "m": m, "k": kk, "n": n, "dtype": dtype}), spec)
            k = next(x for x in low.kernels.values() if x.kind == "matmul")
            space = schedules.space(k, spec)
            tc = [c for c in space if c["rule"] == "gpu.tensorcore"]
            lib = cuda.build({"d": schedules.apply(k, space[0], spec)}, spec)
            size_tc = "-"
            if tc:
                size_tc = str(cuda.compile_check(cuda.build({"t": schedules.apply(k, tc[0], spec)}, spec), spec.arch))
            rows.append([f"{m}x{kk}x{n}", dtype, str(len(space)), str(len(tc)),
                         str(cuda.compile_check(lib, spec.arch)), size_tc])
            if dtype == "float32" and (m, kk, n) == GEMMS[0]:
                ctx = ms.TuneContext(mod=k.func.with_attr("global_symbol", "main"), target=ms_target(spec),
                                     space_generator="post-order-apply", search_strategy="evolutionary")
                designs = ctx.generate_design_space()
                print(f"MetaSchedule design space for {k.name}: {len(designs)} sketches")
    print(table(rows))
    for dtype in ("float32", "float16"):
        try:
            layer, x = encoder_layer(dtype)
        except ImportError:
            print("torch is not installed: the encoder layer is not checked")
            return 0
        low = compiler.lower(layer, spec, example_inputs=(x,))
        lib, _, used, _ = build(low, compiler.choose_configs(low))
        n_tc = sum(1 for k in low.kernels.values() for c in schedules.space(k, spec) if c["rule"] == "gpu.tensorcore")
        print(f"encoder layer {dtype}: {len(low.kernels)} kernels ({n_tc} tensor-core candidates), CUDA compiles "
              f"for {spec.arch}: {cuda.compile_check(lib, spec.arch)} bytes")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget", type=float, default=60.0, help="jitc's tuning seconds per workload")
    ap.add_argument("--ms-budget", type=float, default=None, help="MetaSchedule's seconds per GEMM (default: --budget)")
    ap.add_argument("--arch", default=None)
    ap.add_argument("--no-ms", action="store_true", help="skip MetaSchedule")
    ap.add_argument("--check", action="store_true", help="build everything without a GPU (needs nvcc)")
    a = ap.parse_args(argv)
    from jitc.backends import cuda
    from jitc.target import parse

    spec = parse(f"cuda -arch={a.arch}" if a.arch else "cuda")
    if a.check:
        return check(spec)
    if not cuda.available():
        print("no CUDA GPU on this machine: bench/cuda.py needs one (see the README's CUDA section); "
              "`python bench/cuda.py --check` builds everything without one")
        return 0
    import numpy as np
    import torch

    from jitc import compiler
    from jitc.cost_model.workloads import onnx_for
    from jitc.db.store import Database
    from jitc.tuning.measure import Measurer, Settings
    from jitc.tuning.tuner import tune

    os.environ["PYTHONPATH"] = os.path.dirname(os.path.abspath(__file__)) + os.pathsep + os.environ.get("PYTHONPATH", "")
    from tune_vs_metaschedule import _register_fixed

    _register_fixed()
    tmp = tempfile.mkdtemp(prefix="jitc-cuda-")
    db = Database(os.path.join(tmp, "k.db"))
    ms_budget = a.ms_budget if a.ms_budget is not None else a.budget
    rows = [["workload", "dtype", "jitc ms", "torch ms", "MS ms", "jitc/torch", "jitc/MS", "jitc s", "MS s", "rule"]]
    results: dict = {"device": torch.cuda.get_device_name(0), "arch": spec.arch, "budget_s": a.budget}
    settings = Settings(repeat=10, min_repeat_ms=20)
    for dtype in ("float32", "float16"):
        for m, k, n in GEMMS:
            w = {"op": "dense", "m": m, "k": k, "n": n, "dtype": dtype}
            low = compiler.lower(onnx_for(w), spec)
            t0 = time.perf_counter()
            res = tune(low, db, a.budget, settings=settings)
            secs = time.perf_counter() - t0
            st = next(s for s in res.states if s.kernel.kind == "matmul")
            jitc_ms = st.best.median_us / 1e3 if st.best and st.best.ok else None
            x = torch.randn(m, k, device="cuda", dtype=getattr(torch, dtype))
            wt = torch.randn(k, n, device="cuda", dtype=getattr(torch, dtype))
            b = torch.randn(n, device="cuda", dtype=getattr(torch, dtype))
            t_ms = torch_ms(lambda: torch.addmm(b, x, wt))
            entry = {"jitc_ms": jitc_ms, "torch_ms": t_ms, "tune_s": secs,
                     "config": st.best.config if st.best else None, "flops": st.kernel.flops}
            if not a.no_ms:
                try:
                    with Measurer(spec, settings) as meas:
                        ms_res = metaschedule_gemm(st.kernel, spec, ms_budget, meas, tmp)
                except Exception as e:  # noqa: BLE001 - report, do not stop the benchmark
                    ms_res = {"error": f"{type(e).__name__}: {str(e)[:300]}"}
                entry["metaschedule"] = ms_res
            results[f"gemm {m}x{k}x{n} {dtype}"] = entry
            ms_ms = (entry.get("metaschedule", {}).get("us") or 0) / 1e3 or None
            rows.append([f"{m}x{k}x{n}", dtype, f"{jitc_ms:.3f}" if jitc_ms else "-", f"{t_ms:.3f}",
                         f"{ms_ms:.3f}" if ms_ms else "-", f"{t_ms / jitc_ms:.2f}" if jitc_ms else "-",
                         f"{ms_ms / jitc_ms:.2f}" if jitc_ms and ms_ms else "-", f"{secs:.0f}",
                         f"{entry.get('metaschedule', {}).get('seconds', 0):.0f}",
                         (entry["config"] or {}).get("rule", "-")])
            print(table(rows[:1] + rows[-1:]), flush=True)
    for dtype in ("float32", "float16"):
        layer, x = encoder_layer(dtype)
        low = compiler.lower(layer, spec, example_inputs=(x,))
        t0 = time.perf_counter()
        tune(low, db, a.budget, settings=settings)
        secs = time.perf_counter() - t0
        mod = compiler.compile(layer, spec, example_inputs=(x,), db=db)
        jitc_ms = module_device_ms(mod)
        with torch.no_grad():
            gl, gx = layer.to("cuda"), x.to("cuda")
            t_ms = torch_ms(lambda: gl(gx))
            want = gl(gx).float().cpu().numpy()
        got = np.asarray(mod(x.numpy()), dtype="float32")
        err = float(np.max(np.abs(got - want)))
        results[f"encoder layer {dtype}"] = {"jitc_ms": jitc_ms, "torch_eager_ms": t_ms, "tune_s": secs,
                                             "max_abs_err_vs_torch": err}
        rows.append([f"encoder {BATCH}x{SEQ}x{HIDDEN}", dtype, f"{jitc_ms:.3f}", f"{t_ms:.3f}", "-",
                     f"{t_ms / jitc_ms:.2f}", "-", f"{secs:.0f}", "-", f"max err {err:.2g}"])
        print(table(rows[:1] + rows[-1:]), flush=True)
    print(f"device: {results['device']} ({spec.arch}); jitc/torch and jitc/MS are speed ratios (>1: jitc faster)")
    print(table(rows))
    out = os.path.join(ROOT, "bench", "results")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "cuda.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(out, "cuda_records.jsonl"), "w") as f:
        n_rec = db.export(f, with_func=True)
    print(f"exported {n_rec} records to bench/results/cuda_records.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
