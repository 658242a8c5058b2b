"""Latency of every inference during the first minute of `jitc.jit`, against onnxruntime and
torch eager measured in the same run.

    python bench/jit_curve.py [--budget 60] [--models bert_layer cnn_large]

Models: a BERT-base-sized encoder layer (sequence 128, hidden 768, 12 heads) and a
ResNet-style CNN at 112x112 (examples/models.py), exported to ONNX. Each engine runs in its
own process; jitc starts from an empty kernel database and the shipped cost model, serving
inferences back to back while its tuner measures candidates in a worker process on the same
two cores (so the curve includes the tuner's interference, as a real deployment would).
Prints first-inference latency against the default-schedule module (its median, and its own
first, cold inference), time until the median latency of the last second stays within 10% of
the final value, and the final ratio to onnxruntime; saves
bench/results/jit_curve.png and .json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, in_subprocess, median_ms, threads  # noqa: E402

RESULTS = os.path.join(ROOT, "bench", "results")


def model_path(name: str) -> str:
    import models

    path = os.path.join(tempfile.gettempdir(), f"jitc-bench-{name}.onnx")
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(models.onnx_bytes(name))
    return path


def worker(engine: str, name: str, budget: float) -> dict:
    import numpy as np

    path = model_path(name)
    rng = np.random.default_rng(0)
    if engine == "onnxruntime":
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads = threads()
        sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
        feeds = {i.name: rng.standard_normal(i.shape).astype("float32") for i in sess.get_inputs()}
        return median_ms(lambda: sess.run(None, feeds), min_time=2.0)
    if engine == "torch":
        import models
        import torch

        torch.set_num_threads(threads())
        module, args = models.LARGE[name]()
        with torch.no_grad():
            return median_ms(lambda: module(*args), min_time=2.0)
    import jitc

    db = os.path.join(tempfile.mkdtemp(prefix="jitc-curve-"), "kernels.db")
    default = jitc.compile(path, db=None)
    x = default.random_inputs(0)
    t1 = time.perf_counter()
    default.run(*x)  # its first inference, cold like jitc.jit's first
    default_first_ms = (time.perf_counter() - t1) * 1e3
    default_ms = median_ms(lambda: default.run(*x), min_time=2.0)["median_ms"]
    del default
    t0 = time.perf_counter()
    m = jitc.jit(path, budget=budget, db=db)
    ready = time.perf_counter() - t0
    lat = []
    start = time.perf_counter()
    while m.tuning or time.perf_counter() - start < budget:
        t1 = time.perf_counter()
        m.run(*x)
        lat.append((t1 - start, (time.perf_counter() - t1) * 1e3))
    tail_end = time.perf_counter() + 3.0  # the final latency, the tuner idle
    while time.perf_counter() < tail_end:
        t1 = time.perf_counter()
        m.run(*x)
        lat.append((t1 - start, (time.perf_counter() - t1) * 1e3))
    s = m.stats()
    return {"default_ms": default_ms, "default_first_ms": default_first_ms, "ready_s": ready, "lat": lat, "swaps": s["swaps"], "measured": s["measured"],
            "kernels": s["kernels"], "kernels_tuned": s["kernels_tuned"], "tuning_s": s["tuning_seconds"]}


def analyze(r: dict) -> dict:
    import numpy as np

    lat = r["lat"]
    ts = np.array([t for t, _ in lat])
    ms = np.array([v for _, v in lat])
    final = float(np.median(ms[ts >= ts[-1] - 3.0]))
    # the median latency of the last second: within 10% of final from some time on (a window
    # in time, so a millisecond model's stray slow runs weigh what a 10 ms model's do)
    lo = np.searchsorted(ts, ts - 1.0)
    roll = np.array([np.median(ms[lo[i]: i + 1]) for i in range(len(ms))])
    ok = roll <= 1.10 * final
    t_within = None
    for i in range(len(ok)):
        if ok[i:].all():
            t_within = float(ts[i])
            break
    first = float(ms[0])
    return {"final_ms": final, "first_ms": first, "first_vs_default": first / r["default_ms"],
            "first_vs_default_first": first / r["default_first_ms"] if r.get("default_first_ms") else None,
            "t_within_10pct_s": t_within, "runs": len(ms)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", nargs="+", default=["bert_layer", "cnn_large"])
    ap.add_argument("--budget", type=float, default=60.0)
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.worker:
        print(json.dumps(worker(a.worker[0], a.worker[1], a.budget)))
        return 0
    results = {}
    for name in a.models:
        model_path(name)
        r = {e: in_subprocess(__file__, ["--worker", e, name, "--budget", str(a.budget)], timeout=1800)
             for e in ("onnxruntime", "torch", "jitc")}
        if "error" in r["jitc"]:
            print(f"{name}: jitc failed: {r['jitc']['error']}")
            continue
        an = analyze(r["jitc"])
        ort_ms = r["onnxruntime"].get("median_ms")
        torch_ms = r["torch"].get("median_ms")
        results[name] = {"jitc": r["jitc"], "analysis": an, "onnxruntime_ms": ort_ms, "torch_ms": torch_ms}
        j = r["jitc"]
        print(f"{name}: ready in {j['ready_s']:.2f} s; first inference {an['first_ms']:.2f} ms "
              f"({an['first_vs_default']:.2f}x the default-schedule module's median {j['default_ms']:.2f} ms, "
              f"{an['first_vs_default_first']:.2f}x its first inference {j['default_first_ms']:.2f} ms); "
              f"final {an['final_ms']:.2f} ms after {j['swaps']} swaps ({j['kernels_tuned']}/{j['kernels']} kernels, "
              f"{j['measured']} candidates measured; the tuner finished after {j['tuning_s']:.0f} s)")
        within = an["t_within_10pct_s"]
        print(f"  within 10% of final after {within:.1f} s" if within is not None else "  never within 10% of final")
        print(f"  onnxruntime {ort_ms:.2f} ms, torch eager {torch_ms:.2f} ms: jitc/onnxruntime "
              f"{an['final_ms'] / ort_ms:.2f}, jitc/torch {an['final_ms'] / torch_ms:.2f}")
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "jit_curve.json"), "w") as f:
        json.dump({n: {k: v for k, v in r.items() if k != "jitc"} | {"lat": r["jitc"]["lat"]} for n, r in results.items()},
                  f)
    _plot(results, os.path.join(RESULTS, "jit_curve.png"))
    return 0


def _plot(results, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(results), figsize=(6 * len(results), 4.2), squeeze=False)
    for ax, (name, r) in zip(axes[0], results.items()):
        lat = r["jitc"]["lat"]
        ax.plot([t for t, _ in lat], [v for _, v in lat], ".", ms=2, alpha=0.5, label="jitc.jit, every inference")
        ax.axhline(r["onnxruntime_ms"], color="C1", ls="--", label="onnxruntime")
        ax.axhline(r["torch_ms"], color="C2", ls=":", label="torch eager")
        ax.axhline(r["jitc"]["default_ms"], color="gray", lw=0.8, label="jitc default schedules")
        ax.set_yscale("log")
        ax.set_xlabel("seconds since jitc.jit()")
        ax.set_ylabel("latency, ms")
        ax.set_title(name)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
