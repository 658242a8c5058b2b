"""jitc's lite schedule space against TVM MetaSchedule, on kernels of real models.

    python bench/tune_vs_metaschedule.py                       # all kernels, MetaSchedule at 1x and 10x
    python bench/tune_vs_metaschedule.py --kernels dense_768 --ms-scale 1 10

Per kernel it prints GFLOP/s and tuning seconds for: jitc's default schedule; jitc tuned over
its whole lite space, and within a 30 s budget for all the kernels together; MetaSchedule
(tune_tir, XGBoost cost model, evolutionary search) with the time jitc's exhaustive tuning
took, and with 10x that; numpy and onnxruntime where they have the op; and jitc tuned as a
fraction of the machine's peak.

Every schedule — jitc's and MetaSchedule's best — is timed the same way: in jitc's measuring
worker (a separate process), checked against the unscheduled kernel, TVM's time_evaluator,
median of repeats. numpy and onnxruntime run in their own processes.
Results: bench/results/tune_vs_metaschedule.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, in_subprocess, median_ms, table, threads  # noqa: E402

KERNELS = {
    # name: (onnx builder args, description)
    "dense_768": ("dense", dict(m=128, k=768, n=768), "BERT-base dense 128x768x768 (+bias)"),
    "dense_3072": ("dense", dict(m=128, k=768, n=3072), "BERT-base FFN up 128x768x3072 (+bias)"),
    "dense_768b": ("dense", dict(m=128, k=3072, n=768), "BERT-base FFN down 128x3072x768 (+bias)"),
    "bmm_qk": ("bmm", dict(b=12, m=128, k=64, n=128), "attention Q.K^T 12x128x64 -> 12x128x128"),
    "bmm_av": ("bmm", dict(b=12, m=128, k=128, n=64), "attention A.V 12x128x128 -> 12x128x64"),
    "conv_56": ("conv", dict(n=1, c=64, h=56, w=56, f=64, k=3), "ResNet-50 conv2d 3x3 56x56x64 (+bias, relu)"),
    "layernorm": ("layernorm", dict(m=128, n=768), "BERT layernorm 128x768"),
    "softmax": ("softmax", dict(b=12, m=128, n=128), "BERT attention softmax 12x128x128"),
}


def onnx_model(kind: str, p: dict):
    from jitc.cost_model.workloads import onnx_for

    return onnx_for({"op": kind, **p})


def main_kernel(low):
    return max(low.kernels.values(), key=lambda k: k.flops)


# ---- peers, each in its own process ------------------------------------------------------
def peer_worker(engine: str, name: str) -> dict:
    import numpy as np

    kind, p, _ = KERNELS[name]
    model = onnx_model(kind, p)
    rng = np.random.default_rng(0)
    if engine == "numpy":
        if kind == "dense":
            x = rng.standard_normal((p["m"], p["k"])).astype("float32")
            w = rng.standard_normal((p["k"], p["n"])).astype("float32")
            b = rng.standard_normal(p["n"]).astype("float32")
            return median_ms(lambda: np.add(x @ w, b))
        if kind == "bmm":
            a = rng.standard_normal((p["b"], p["m"], p["k"])).astype("float32")
            c = rng.standard_normal((p["b"], p["k"], p["n"])).astype("float32")
            return median_ms(lambda: np.matmul(a, c))
        return {"error": "no numpy op"}
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads()
    sess = ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])
    feeds = {i.name: rng.standard_normal(i.shape).astype("float32") for i in sess.get_inputs()}
    return median_ms(lambda: sess.run(None, feeds))


# ---- MetaSchedule ------------------------------------------------------------------------
def _ms_build(mod, target, _params):
    import tvm

    return tvm.tirx.build(mod, target)


def run_metaschedule(func, target, trials: int, work_dir: str) -> tuple[object, float, int]:
    """Tune with MetaSchedule's defaults (XGBoost, evolutionary search); returns (best
    scheduled PrimFunc or None, seconds, trials run)."""
    from tvm.s_tir import meta_schedule as ms

    t0 = time.perf_counter()
    db = ms.tune_tir(mod=func, target=target, work_dir=work_dir, max_trials_global=trials,
                     num_trials_per_iter=min(64, trials),
                     builder=ms.builder.LocalBuilder(f_build=_ms_build, timeout_sec=60),
                     runner=ms.runner.LocalRunner(timeout_sec=60), cost_model="xgb")
    secs = time.perf_counter() - t0
    sch = ms.tir_integration.compile_tir(db, func, target)
    n = len(db.get_all_tuning_records())
    return (sch.mod["main"] if sch is not None else None), secs, n


class FixedRule:
    """A schedule rule that returns a function given in the config (MetaSchedule's best), so it
    is measured by the same worker and check as jitc's candidates."""

    name = "bench.fixed"
    kinds = ()

    def apply(self, func, cfg, target):
        import tvm

        return tvm.ir.load_json(cfg["func"])


def _register_fixed():
    from jitc import schedules

    schedules.register(FixedRule())


def machine_peak(target) -> tuple[float, str]:
    """Peak fp32 GFLOP/s: cores x clock x SIMD lanes x 2 (an FMA is 2 FLOPs) x FMA units.
    The clock is measured (a chain of dependent FMAs); it is one core's turbo clock, which
    all cores busy may not hold, so the peak is an upper bound."""
    from common import measured_ghz

    ghz = measured_ghz()
    units = 2 if target.vector_bits >= 256 else 1
    peak = target.num_cores * ghz * target.lanes("float32") * 2 * units
    how = (f"{target.num_cores} cores x {ghz:.2f} GHz (measured: 4-cycle dependent FMAs) x "
           f"{target.lanes('float32')} fp32 lanes x 2 FLOP/FMA x {units} FMA units (assumed for "
           f"{target.vector_bits}-bit SIMD on server cores)")
    return peak, how


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kernels", nargs="+", default=list(KERNELS), choices=list(KERNELS))
    ap.add_argument("--ms-scale", nargs="+", type=float, default=[1.0, 10.0],
                    help="MetaSchedule budgets as multiples of jitc's exhaustive tuning time")
    ap.add_argument("--budget", type=float, default=30.0, help="jitc's budget for all kernels together (s)")
    ap.add_argument("--peer", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--json", default=os.path.join(ROOT, "bench", "results", "tune_vs_metaschedule.json"))
    a = ap.parse_args(argv)
    if a.peer:
        print(json.dumps(peer_worker(*a.peer)))
        return 0
    import tvm

    from jitc import compiler, schedules
    from jitc.db.store import Database
    from jitc.tuning.measure import Measurer, Settings
    from jitc.tuning.tuner import tune

    os.environ["PYTHONPATH"] = os.path.dirname(os.path.abspath(__file__)) + os.pathsep + os.environ.get("PYTHONPATH", "")
    results = {}
    lows = {}
    for name in a.kernels:
        kind, p, _ = KERNELS[name]
        lows[name] = compiler.lower(onnx_model(kind, p))
    target = next(iter(lows.values())).target
    settings = Settings(repeat=5, min_repeat_ms=20)
    tmp = tempfile.mkdtemp(prefix="jitc-bench-")
    try:
        with Measurer(target, settings) as meas:
            # jitc: default and the whole lite space
            for name in a.kernels:
                k = main_kernel(lows[name])
                space = schedules.space(k, target)
                t0 = time.perf_counter()
                res = meas.measure(k, space)
                secs = time.perf_counter() - t0
                ok = [r for r in res if r.ok]
                best = min(ok, key=lambda r: r.median_us) if ok else None
                results[name] = {"kernel": k.name, "flops": k.flops, "space": len(space),
                                 "default_us": res[0].median_us if res[0].ok else None,
                                 "exhaustive_us": best.median_us if best else None,
                                 "exhaustive_config": best.config if best else None,
                                 "exhaustive_s": secs, "wrong": sum(r.status == "wrong" for r in res)}
                print(f"{name}: {len(space)} candidates in {secs:.1f} s, best {results[name]['exhaustive_us']:.1f} us"
                      f" (default {results[name]['default_us']:.1f} us)", flush=True)
        # jitc: everything within the budget, as one model
        class _All:  # the kernels of all benchmark models as one Lowering-like object
            def __init__(self):
                self.target = target
                self.kernels = {n: main_kernel(lows[n]) for n in a.kernels}

        db = Database(os.path.join(tmp, "budget.db"))
        r = tune(_All(), db, a.budget, settings=settings)
        for st in r.states:
            for n in st.names:
                results[n]["budget_us"] = st.best.median_us if st.best and st.best.ok else None
        results["_budget_s"] = r.seconds
        # MetaSchedule: per kernel, a short calibration run measures its seconds per trial
        # (after a warm-up run that pays MetaSchedule's one-time imports), and each budget is
        # then that many trials; the seconds actually spent are reported.
        tvm_target = target.tvm_target()
        scales = [s for s in a.ms_scale if s > 0]
        if scales:
            warm = main_kernel(lows[a.kernels[0]])
            run_metaschedule(warm.func.with_attr("global_symbol", "main"), tvm_target, 4, os.path.join(tmp, "warm"))
        with Measurer(target, settings) as meas:
            for name in a.kernels if scales else []:
                k = main_kernel(lows[name])
                func0 = k.func.with_attr("global_symbol", "main")
                _, cal_s, cal_n = run_metaschedule(func0, tvm_target, 16, os.path.join(tmp, f"cal-{name}"))
                sec_per_trial = cal_s / max(cal_n, 1)
                for scale in scales:
                    want = results[name]["exhaustive_s"] * scale
                    trials = max(8, int(round(want / sec_per_trial)))
                    wd = os.path.join(tmp, f"ms-{name}-{scale}")
                    try:
                        func, secs, n = run_metaschedule(func0, tvm_target, trials, wd)
                    except Exception as e:  # noqa: BLE001
                        results[name][f"ms{scale:g}x"] = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
                        continue
                    entry = {"trials": n, "seconds": secs}
                    if func is not None:
                        cfg = {"rule": "bench.fixed", "module": "tune_vs_metaschedule",
                               "func": tvm.ir.save_json(func)}
                        m = meas.measure(k, [cfg])[0]
                        entry.update(us=m.median_us if m.ok else None, status=m.status)
                    results[name][f"ms{scale:g}x"] = entry
                    print(f"{name}: MetaSchedule {n} trials in {secs:.0f} s -> {entry.get('us')} us", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # peers
    for name in a.kernels:
        for eng in ("numpy", "onnxruntime"):
            pr = in_subprocess(__file__, ["--peer", eng, name])
            results[name][eng + "_us"] = pr["median_ms"] * 1e3 if "median_ms" in pr else None
    peak, how = machine_peak(target)
    results["_peak_gflops"] = peak
    results["_peak_how"] = how

    def g(name, us):
        return results[name]["flops"] / (us * 1e3) if us else None

    rows = [["kernel", "space", "default", "jitc all", "jitc 30s", "MS 1x", "MS 10x", "numpy", "ort",
             "jitc/MS10x", "jitc s", "MS10x s", "jitc/numpy", "%peak"]]
    for name in a.kernels:
        r_ = results[name]
        ms1 = r_.get("ms1x", {}) or {}
        ms10 = r_.get("ms10x", {}) or {}

        def f(x):
            return f"{x:.1f}" if x else "-"

        ex = g(name, r_["exhaustive_us"])
        rows.append([name, str(r_["space"]), f(g(name, r_["default_us"])), f(ex), f(g(name, r_.get("budget_us"))),
                     f(g(name, ms1.get("us"))), f(g(name, ms10.get("us"))), f(g(name, r_.get("numpy_us"))),
                     f(g(name, r_.get("onnxruntime_us"))),
                     f"{ex / g(name, ms10['us']):.2f}" if ex and ms10.get("us") else "-",
                     f"{r_['exhaustive_s']:.0f}", f"{ms10.get('seconds', 0):.0f}" if ms10 else "-",
                     f"{ex / g(name, r_['numpy_us']):.2f}" if ex and r_.get("numpy_us") else "-",
                     f"{100 * ex / peak:.0f}%" if ex and peak else "-"])
    print()
    print("GFLOP/s (higher is better); seconds of tuning; every schedule timed the same way")
    print(table(rows))
    print(f"jitc 30s: all {len(a.kernels)} kernels tuned together in {results['_budget_s']:.0f} s")
    print(f"peak {peak:.0f} GFLOP/s = {how}")
    os.makedirs(os.path.dirname(a.json), exist_ok=True)
    with open(a.json, "w") as f:
        json.dump(results, f, indent=1, default=str)
    return 0


_register_fixed()  # the measuring worker imports this module to find the rule

if __name__ == "__main__":
    sys.exit(main())
