"""The browser backends, default vs tuned, for the test models (mlp, cnn, encoder):

    python bench/web.py [--models mlp,cnn,encoder] [--budget 20] [--wasm-candidates 6] [--no-browser]

- WGSL on this machine's WebGPU adapter through wgpu (lavapipe, a software Vulkan, here; a
  real GPU where there is one): `jitc tune --target webgpu` measures candidates in the isolated
  worker; per kernel the default candidate's time vs the best found, end to end the model
  built with the defaults vs with the tuned configs (interleaved, median).
- WASM: every kernel's default and next candidates (the CPU rules for wasm32+simd128) built
  into whole-model bundles, each kernel timed in Node (looped in JS); the fastest per kernel
  is "tuned". End to end in Node (the exported bundle's kernels called by jitc-web.js) and in
  wasmtime (from Python: every kernel call also pays the binding's ~30 us).
- Compile cost per candidate: schedule + codegen of one kernel candidate, WGSL and WASM
  (WASM: TVM's LLVM build plus wasm-ld).
- In Chromium (headless, SwiftShader's WebGPU): the encoder bundle's in-browser tune with a
  5 s budget, and the page's latency before and after.

Every variant's outputs are checked against onnxruntime before its time counts. Absolute
numbers are a software rasterizer's (lavapipe, SwiftShader) and a 2-core CPU's: only the
ratios mean anything. Results: bench/results/web.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, median_ms, table  # noqa: E402

NOTE = ("absolute times are a software rasterizer's (lavapipe / SwiftShader) and a 2-core CPU's; "
        "only the ratios mean anything")


def model_path(name: str) -> str:
    return os.path.join(ROOT, "examples", f"{name}.onnx")


def check(got, want, what: str) -> None:
    from jitc.reference import compare

    for g, w in zip(got, want):
        msg = compare(np.asarray(g, np.float32).reshape(w.shape), w, "float32")
        if msg:
            raise SystemExit(f"{what}: wrong outputs: {msg}")


def interleaved(fns: dict, rounds: int = 7, min_time: float = 0.15) -> dict:
    """Median ms of each fn, the fns taking turns round by round."""
    ts = {k: [] for k in fns}
    for _ in range(rounds):
        for k, fn in fns.items():
            ts[k].append(median_ms(fn, min_time=min_time, min_repeat=3, warmup=1)["median_ms"])
    return {k: float(np.median(v)) for k, v in ts.items()}


# ---- WGSL ----------------------------------------------------------------------------------
def wgsl(name: str, budget: float, work: str) -> dict:
    from jitc import schedules
    from jitc.backends.webgpu_runner import WgpuModel
    from jitc.compiler import choose_configs
    from jitc.db.store import Database
    from jitc.device import device_for
    from jitc.reference import onnxruntime_outputs, random_feeds
    from jitc.web.targets import build_webgpu, lower_webgpu

    path = model_path(name)
    db_path = os.path.join(work, f"{name}-webgpu.db")
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "jitc", "tune", path, "--target", "webgpu", "--budget", str(budget),
                        "--db", db_path], capture_output=True, text=True)
    if r.returncode != 0:
        return {"error": r.stderr.strip()[-300:]}
    tune_s = time.perf_counter() - t0
    low = lower_webgpu(path)
    db = Database(db_path)
    dev = device_for(low.target)
    kernels = []
    for n, k in low.kernels.items():
        default = schedules.default_config(k, low.target)
        recs = [x for x in db.records(dev, k.key) if x.status == "ok" and x.median_us]
        d = [x.median_us for x in recs if x.config == default]
        best = db.best(dev, k.key)
        if d and best:
            kernels.append({"kernel": n, "calls": sum(s.kernel == n for s in low.plan.steps), "default_us": d[-1],
                            "tuned_us": best.median_us, "measured": len(recs)})
    tuned = choose_configs(low, db=db)
    feeds = random_feeds(path)
    want = onnxruntime_outputs(path, feeds)
    models = {}
    for label, cfgs in (("default", None), ("tuned", tuned)):
        lib, _ = build_webgpu(low, cfgs)
        m = WgpuModel(low.plan, lib, low.imported.inputs, low.imported.outputs)
        check(m.run(*feeds.values()), want, f"{name} WGSL {label}")
        models[label] = m

    def runner(m, n=10):
        def go():
            for _ in range(n):
                m.dispatch()
            m.sync()
        return go

    e2e = interleaved({k: runner(m) for k, m in models.items()})
    return {"tune_s": tune_s, "kernels": kernels, "default_ms": e2e["default"] / 10, "tuned_ms": e2e["tuned"] / 10,
            "adapter": dev.cpu_model}


def wgsl_compile_cost(name: str) -> dict:
    from jitc import schedules
    from jitc.backends import webgpu
    from jitc.web.targets import lower_webgpu

    low = lower_webgpu(model_path(name))
    ts = []
    for n, k in low.kernels.items():
        for cfg in schedules.space(k, low.target)[:6]:
            t = time.perf_counter()
            try:
                f = schedules.apply(k, cfg, low.target)
            except schedules.ScheduleError:
                continue
            webgpu.build({n: f}, low.target)
            ts.append((time.perf_counter() - t) * 1e3)
    return {"candidates": len(ts), "median_ms": float(np.median(ts))}


# ---- WASM ----------------------------------------------------------------------------------
def node_run(site: str, inputs: str, want, what: str, kernels: bool = False) -> dict:
    r = subprocess.run(["node", os.path.join(ROOT, "tests", "web", "node_run.mjs"), site, inputs]
                       + (["--kernels"] if kernels else []), capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"node: {r.stderr[-500:]}")
    res = json.loads(r.stdout)
    check([np.asarray(v) for v in res["outputs"].values()], want, what)
    return res


def wasm(name: str, candidates: int, work: str) -> dict:
    """Per kernel: the default and the next candidates of the wasm32 space, built into
    whole-model bundles (candidate i of every kernel together) and timed in Node, each kernel
    looped in JS; the fastest per kernel is the tuned choice."""
    from jitc import schedules
    from jitc.backends import wasm as wasm_backend
    from jitc.backends.wasm import WasmModel
    from jitc.reference import onnxruntime_outputs, random_feeds
    from jitc.web.targets import build_wasm, lower_wasm
    from jitc.web.export import export_web

    path = model_path(name)
    low = lower_wasm(path)
    feeds = random_feeds(path)
    want = onnxruntime_outputs(path, feeds)
    inputs = os.path.join(work, f"{name}-in.json")
    with open(inputs, "w") as f:
        json.dump({k: v.ravel().tolist() for k, v in feeds.items()}, f)
    variants = {}
    for n, k in low.kernels.items():
        v = [schedules.default_config(k, low.target)]
        for cfg in schedules.space(k, low.target):
            if len(v) >= candidates:
                break
            if cfg not in v:
                v.append(cfg)
        variants[n] = v
    depth = max(len(v) for v in variants.values())
    per_kernel = {n: [None] * len(v) for n, v in variants.items()}
    for i in range(depth):
        cfgs = {n: v[i] if len(v) > i else v[0] for n, v in variants.items()}
        site = os.path.join(work, f"{name}-wasm-{i}")
        try:
            m = export_web(path, site, wasm_configs=cfgs, webgpu=False, log=lambda s: None)
            res = node_run(site, inputs, want, f"{name} wasm candidate set {i}", kernels=True)
        except Exception as e:  # noqa: BLE001 - a candidate set that does not build or is wrong is skipped
            print(f"  {name} wasm candidate set {i}: {str(e)[:160]}", file=sys.stderr)
            continue
        for n in variants:
            if len(variants[n]) > i and m["wasm"]["configs"][n] == variants[n][i]:
                per_kernel[n][i] = res["kernels_us"][n]
    tuned, kernels = {}, []
    for n, ts in per_kernel.items():
        ok = [(t, j) for j, t in enumerate(ts) if t is not None]
        if not ok:
            continue
        best_t, j = min(ok)
        tuned[n] = variants[n][j]
        if ts[0] is not None:
            kernels.append({"kernel": n, "calls": sum(s.kernel == n for s in low.plan.steps), "default_us": ts[0],
                            "tuned_us": best_t, "measured": len(ok)})
    out = {"kernels": kernels}
    node = {}
    for label, cfgs in (("default", None), ("tuned", tuned)):
        site = os.path.join(work, f"{name}-site-{label}")
        export_web(path, site, wasm_configs=cfgs, webgpu=False, log=lambda s: None)
        node[label] = float(np.median([node_run(site, inputs, want, f"{name} node {label}")["ms"] for _ in range(3)]))
    out["node_default_ms"], out["node_tuned_ms"] = node["default"], node["tuned"]
    # wasmtime: the same kernels from Python (each call also pays the binding's ~30 us)
    models = {}
    for label, cfgs in (("default", None), ("tuned", tuned)):
        data, plan, _ = build_wasm(low, cfgs)
        models[label] = WasmModel(plan, data, low.imported.inputs, low.imported.outputs)
        check(models[label].run(*feeds.values()), want, f"{name} wasmtime {label}")
    e2e = interleaved({k: (lambda m=m: m.dispatch()) for k, m in models.items()})
    out["wasmtime_default_ms"], out["wasmtime_tuned_ms"] = e2e["default"], e2e["tuned"]
    # one candidate alone: TVM's wasm32 build plus wasm-ld, as a tuner pays it
    n0 = max(low.kernels, key=lambda n: low.kernels[n].flops)
    ts = []
    for cfg in variants[n0]:
        t = time.perf_counter()
        try:
            wasm_backend.build({n0: schedules.apply(low.kernels[n0], cfg, low.target)}, low.target)
        except schedules.ScheduleError:
            continue
        ts.append((time.perf_counter() - t) * 1e3)
    out["compile_ms_per_candidate"] = float(np.median(ts)) if ts else None
    return out


# ---- Chromium ------------------------------------------------------------------------------
def browser(work: str, name: str = "encoder") -> dict:
    from jitc.backends.chromium import Chromium, find_chromium
    from jitc.reference import random_feeds
    from jitc.web.export import export_web

    if not find_chromium():
        return {"error": "no Chromium"}
    site = os.path.join(work, f"{name}-browser")
    export_web(model_path(name), site, log=lambda s: None)
    feeds = random_feeds(model_path(name))
    with Chromium() as c:
        page = c.open_bundle(site)
        state = page.wait_ready(timeout=180)
        if state["backend"] != "webgpu":
            return {"error": "no WebGPU adapter in Chromium"}
        _, before = page.run_model(feeds, "webgpu", repeats=30)
        rep = json.loads(page.eval("(async () => JSON.stringify(await window.jitcPage.model.tune({budget: 5000})))()"))
        _, after = page.run_model(feeds, "webgpu", repeats=30)  # a fresh load restores the choices
        _, wasm_ms = page.run_model(feeds, "wasm", repeats=30)
    return {"tune_ms": rep["ms"], "kernels_tuned": len(rep["kernels"]), "skipped": len(rep["skipped"]),
            "default_kernel_us": rep["defaultUs"], "tuned_kernel_us": rep["tunedUs"],
            "page_default_ms": before, "page_tuned_ms": after, "page_wasm_ms": wasm_ms}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="mlp,cnn,encoder")
    ap.add_argument("--budget", type=float, default=20, help="seconds of WebGPU tuning per model")
    ap.add_argument("--wasm-candidates", type=int, default=6)
    ap.add_argument("--no-browser", action="store_true")
    a = ap.parse_args()
    res = {"note": NOTE, "models": {}}
    with tempfile.TemporaryDirectory(prefix="jitc-bench-web-") as work:
        for name in a.models.split(","):
            print(f"{name}: WGSL (tuning {a.budget:.0f} s) ...", file=sys.stderr)
            w = wgsl(name, a.budget, work)
            w["compile"] = wgsl_compile_cost(name)
            print(f"{name}: WASM ...", file=sys.stderr)
            res["models"][name] = {"wgsl": w, "wasm": wasm(name, a.wasm_candidates, work)}
        if not a.no_browser:
            print("Chromium: in-browser tune of the encoder bundle ...", file=sys.stderr)
            res["browser"] = browser(work)
    rows = [["model", "kernel", "calls", "WGSL default us/call", "tuned", "ratio", "WASM (Node) default us/call",
             "tuned", "ratio"]]
    for name, r in res["models"].items():
        wk = {k["kernel"]: k for k in r["wgsl"].get("kernels", [])}
        ak = {k["kernel"]: k for k in r["wasm"]["kernels"]}
        for n in sorted(set(wk) | set(ak), key=lambda n: -max(wk.get(n, {}).get("default_us", 0),
                                                              ak.get(n, {}).get("default_us", 0))):
            w, m = wk.get(n), ak.get(n)
            rows.append([name, n[:40], str((w or m)["calls"]),
                         f"{w['default_us']:.1f}" if w else "-", f"{w['tuned_us']:.1f}" if w else "-",
                         f"{w['default_us'] / w['tuned_us']:.2f}x" if w else "-",
                         f"{m['default_us']:.1f}" if m else "-", f"{m['tuned_us']:.1f}" if m else "-",
                         f"{m['default_us'] / m['tuned_us']:.2f}x" if m else "-"])
    print(table(rows))
    print()
    rows = [["model", "WGSL default ms", "tuned ms", "ratio", "wasmtime default ms", "tuned ms", "ratio",
             "Node default ms", "tuned ms", "ratio", "compile ms/cand WGSL", "WASM"]]
    for name, r in res["models"].items():
        w, m = r["wgsl"], r["wasm"]
        rows.append([name, f"{w.get('default_ms', 0):.3f}", f"{w.get('tuned_ms', 0):.3f}",
                     f"{w['default_ms'] / w['tuned_ms']:.2f}x" if w.get("tuned_ms") else "-",
                     f"{m['wasmtime_default_ms']:.3f}", f"{m['wasmtime_tuned_ms']:.3f}",
                     f"{m['wasmtime_default_ms'] / m['wasmtime_tuned_ms']:.2f}x",
                     f"{m.get('node_default_ms', 0):.3f}", f"{m.get('node_tuned_ms', 0):.3f}",
                     f"{m['node_default_ms'] / m['node_tuned_ms']:.2f}x" if m.get("node_tuned_ms") else "-",
                     f"{w['compile']['median_ms']:.0f}", f"{m['compile_ms_per_candidate'] or 0:.0f}"])
    print(table(rows))
    b = res.get("browser")
    if b and "error" not in b:
        print(f"\nChromium (SwiftShader WebGPU), encoder: tune {b['tune_ms']:.0f} ms of a 5000 ms budget, "
              f"{b['kernels_tuned']} kernels tuned ({b['skipped']} skipped); kernel time per inference "
              f"{b['default_kernel_us']:.0f} -> {b['tuned_kernel_us']:.0f} us "
              f"({b['default_kernel_us'] / b['tuned_kernel_us']:.2f}x); page latency {b['page_default_ms']:.2f} -> "
              f"{b['page_tuned_ms']:.2f} ms ({b['page_default_ms'] / b['page_tuned_ms']:.2f}x); WASM "
              f"{b['page_wasm_ms']:.2f} ms")
    elif b:
        print(f"\nChromium: skipped ({b['error']})")
    print(f"\nnote: {NOTE}")
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "web.json"), "w") as f:
        json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
