"""The model zoo against onnxruntime and torch: architectures people deploy (examples/zoo.py),
full size, random weights at a trained network's scale. Each engine runs in its own process
(TVM's spinning thread pool would slow a peer in the same one), on the same inputs:

    onnxruntime   the ONNX export, CPU execution provider, all cores
    torch eager   the nn.Module
    jitc default  jitc.compile of the ONNX export (default schedules); compile seconds
    jitc tuned    `jitc tune MODEL --budget B` (with --tune B): its wall time, then the tuned module
                  alone in a fresh process, like every other engine. (It was timed in turns
                  with the default build in one process: two jitc modules in one process both
                  ran 10-30% slower, MobileNetV2's tuned 4.7 ms there against 3.8 alone, its
                  default 5.1 against 4.0.)

    python bench/zoo.py [--models resnet50,bert_base] [--tune 120s | --tune reuse] [--rounds N] [--small]

--rounds N: every engine N times per model, in turns (onnxruntime, torch, jitc, tuned, then
again), each time in a fresh process, and the median of the N medians in the table: this VM's
speed drifts by 10-30% within minutes, and one window per engine charged the drift to whichever
engine ran in a slow one. --tune reuse: time the tuned modules a previous --tune run saved in
bench/.zoo/ (and keep that run's tuning seconds) instead of tuning again.

Prints one table (ms, ratios to onnxruntime, the geometric mean, compile and tuning seconds),
checks every jitc output against onnxruntime's (relative to the output's scale), and writes
bench/results/zoo.json. The ONNX exports are cached in bench/.zoo/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, in_subprocess, median_ms, table, threads  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, "examples"))
CACHE = os.path.join(ROOT, "bench", ".zoo")


def export(name: str, small: bool) -> tuple[str, str]:
    """(ONNX path, inputs .npz path) of a zoo model, exported once."""
    import zoo

    os.makedirs(CACHE, exist_ok=True)
    tag = f"{name}{'-small' if small else ''}"
    onnx_path, inputs = os.path.join(CACHE, tag + ".onnx"), os.path.join(CACHE, tag + ".npz")
    if not (os.path.exists(onnx_path) and os.path.exists(inputs)):
        module, args = zoo.build(name, small)
        data = zoo.to_onnx(name, small, (module, args))
        with open(onnx_path, "wb") as f:
            f.write(data)
        np.savez(inputs, *[a.numpy() for a in args])
    return onnx_path, inputs


def _feeds(onnx_path: str, inputs: str) -> dict:
    import onnx

    m = onnx.load(onnx_path, load_external_data=False)
    init = {i.name for i in m.graph.initializer}
    names = [i.name for i in m.graph.input if i.name not in init]
    z = np.load(inputs)
    return {n: z[f"arr_{i}"] for i, n in enumerate(names)}


def worker(engine: str, name: str, small: bool, budget: str | None) -> dict:
    onnx_path, inputs = export(name, small)
    feeds = _feeds(onnx_path, inputs)
    if engine == "onnxruntime":
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads = threads()
        t0 = time.perf_counter()
        sess = ort.InferenceSession(onnx_path, so, providers=["CPUExecutionProvider"])
        load = time.perf_counter() - t0
        out = sess.run(None, feeds)[0]
        np.save(os.path.join(CACHE, f"{name}.ort.npy"), out)
        return {**median_ms(lambda: sess.run(None, feeds), min_time=3.0), "load_s": load}
    if engine == "torch":
        import torch
        import zoo

        torch.set_num_threads(threads())
        module, args = zoo.build(name, small)
        with torch.no_grad():
            return median_ms(lambda: module(*args), min_time=3.0)
    import jitc
    from jitc.localize import relative_error

    if engine == "jitc":
        t0 = time.perf_counter()
        m = jitc.compile(onnx_path, db=None)
        compile_s = time.perf_counter() - t0
    else:  # jitc-tuned: the CLI, as a user runs it, its wall time is the tuning time
        out = os.path.join(CACHE, f"{name}.tuned.jitc")
        db = os.path.join(CACHE, "zoo-kernels.db")
        t0 = time.perf_counter()
        if budget == "reuse":  # the module an earlier --tune run saved
            if not os.path.exists(out):
                return {"error": f"--tune reuse: no {out}; run with --tune BUDGET first"}
            compile_s = None
        else:
            r = subprocess.run([sys.executable, "-m", "jitc", "tune", onnx_path, "--budget", budget, "--db", db,
                                "-o", out, "--no-compare"], capture_output=True, text=True)
            compile_s = time.perf_counter() - t0
            if r.returncode != 0:
                return {"error": (r.stderr.strip().splitlines() or ["tune failed"])[-1][:300]}
        m = jitc.load(out)
    got = m.run(feeds)[0]
    ref_path = os.path.join(CACHE, f"{name}.ort.npy")
    err = relative_error(got, np.load(ref_path))[0] if os.path.exists(ref_path) else None
    res = median_ms(lambda: m.run(feeds), min_time=3.0)
    res.update(compile_s=compile_s, rel_error=err)
    if engine == "jitc":
        res["top"] = [{k: r[k] for k in ("kernel", "class", "calls", "ms", "gflops", "share")}
                      for r in m.profile(feeds, repeat=5)[:5]]
    return res


def main() -> int:
    import zoo

    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default=",".join(zoo.ZOO))
    ap.add_argument("--tune", default=None, metavar="BUDGET", help="also `jitc tune --budget BUDGET` each model")
    ap.add_argument("--small", action="store_true", help="the reduced models of the tests")
    ap.add_argument("--rounds", type=int, default=1, help="every engine N times in turns; the median of the N")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "MODEL"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker[0], a.worker[1], a.small, a.tune)))
        return 0
    engines = ["onnxruntime", "torch", "jitc"] + (["jitc-tuned"] if a.tune else [])
    out = os.path.join(ROOT, "bench", "results", "zoo.json" if not a.small else "zoo_small.json")
    earlier = {}
    if os.path.exists(out):
        with open(out) as f:
            earlier = json.load(f).get("results", {})
    results = {}
    for name in a.models.split(","):
        export(name, a.small)
        results[name] = {}
        for rnd in range(max(1, a.rounds)):
            for e in engines:
                tune = a.tune if rnd == 0 else "reuse"  # tuned once; later rounds time what it saved
                args = ["--worker", e, name] + (["--small"] if a.small else []) + (["--tune", tune] if a.tune else [])
                r = in_subprocess(os.path.abspath(__file__), args, timeout=3600)
                first = results[name].setdefault(e, r)
                if "median_ms" in r and "median_ms" in first:
                    first.setdefault("rounds_ms", []).append(r["median_ms"])
                print(f"{name:16s} {e:12s} " + (f"{r['median_ms']:.2f} ms" if "median_ms" in r else r.get("error", "?"))
                      + (f"  (round {rnd + 1})" if a.rounds > 1 else ""), file=sys.stderr, flush=True)
        for e, r in results[name].items():
            if len(r.get("rounds_ms", [])) > 1:
                r["median_ms"] = float(np.median(r["rounds_ms"]))
            if e == "jitc-tuned" and r.get("compile_s") is None:  # --tune reuse: that run's tuning time
                r["compile_s"] = earlier.get(name, {}).get("jitc-tuned", {}).get("compile_s")
    rows = [["model", "onnxruntime ms", "torch ms", "jitc ms", "jitc/ort", "jitc/torch"]
            + (["tuned ms", "tuned/ort"] if a.tune else []) + ["compile s"] + (["tune s"] if a.tune else [])
            + ["error vs ort"]]
    logs = {"default": [], "tuned": []}
    for name, r in results.items():
        o, t, j = (r[e].get("median_ms") for e in ("onnxruntime", "torch", "jitc"))
        row = [name, f"{o:.2f}" if o else r["onnxruntime"].get("error", "-"), f"{t:.2f}" if t else "-",
               f"{j:.2f}" if j else r["jitc"].get("error", "-")[:60], f"{j / o:.2f}x" if j and o else "-",
               f"{j / t:.2f}x" if j and t else "-"]
        if j and o:
            logs["default"].append(math.log(j / o))
        if a.tune:
            tt = r["jitc-tuned"].get("median_ms")
            row += [f"{tt:.2f}" if tt else r["jitc-tuned"].get("error", "-")[:60], f"{tt / o:.2f}x" if tt and o else "-"]
            if tt and o:
                logs["tuned"].append(math.log(tt / o))
        row.append(f"{r['jitc'].get('compile_s', 0):.1f}")
        if a.tune:
            ts = r["jitc-tuned"].get("compile_s")
            row.append(f"{ts:.0f}" if ts is not None else "-")
        err = r["jitc"].get("rel_error")
        row.append(f"{err:.1e}" if err is not None else "-")
        rows.append(row)
    geo = ["geometric mean", "", "", "", f"{math.exp(np.mean(logs['default'])):.2f}x" if logs["default"] else "-", ""]
    if a.tune:
        geo += ["", f"{math.exp(np.mean(logs['tuned'])):.2f}x" if logs["tuned"] else "-"]
    rows.append(geo + [""] * (len(rows[0]) - len(geo)))
    print(table(rows))
    merged = results
    if earlier and a.models != ",".join(zoo.ZOO):  # a subset rerun updates its rows
        merged = {**earlier, **results}
        merged = {k: merged[k] for k in zoo.ZOO if k in merged}
    with open(out, "w") as f:
        json.dump({"threads": threads(), "results": merged}, f, indent=1)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
