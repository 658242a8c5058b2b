"""jitc's browser path against ONNX Runtime Web, side by side, in one headless Chromium.

    python bench/web_vs_ort.py [--models encoder,cnn,mobilenet_v2,bert_tiny,vit_tiny]
                               [--budget 5000] [--runs 10] [--rounds 1] [--backends wasm,webgpu]

The same ONNX model goes through `jitc export-web` and through onnxruntime-web (npm, pinned:
ORT_VERSION, installed into the ignored bench/.web_vs_ort/ on first use). Each measurement is
a fresh page (a new document, nothing cached: the server says no-store; jitc's remembered
tuning cleared): the script imported, the model fetched and compiled to ready ("load"), the
first inference, then the median of `--runs` inferences, outputs read back to JavaScript
arrays on both sides; `--rounds N` runs every page N times in turns and reports the medians
(this VM's speed drifts by tens of percent within minutes). Backends:

- wasm: jitc's wasm32+simd128 kernels vs ORT's WASM execution provider, one thread each; and
  both with 2 threads (the page served cross-origin isolated, COOP/COEP: jitc's threaded
  kernels on its worker pool, ORT's pthreads);
- webgpu: jitc's WGSL vs ORT's WebGPU execution provider on the same adapter, jitc before and
  after `model.tune({budget})` in the page.

Every output is checked against onnxruntime (Python) before its time counts. Bundle bytes:
what a page downloads (jitc: the bundle's files; ORT: its module, its .wasm and the model).
Here the adapter is SwiftShader (a software Vulkan on 2 CPU cores): only ratios mean anything.
Results: bench/results/web_vs_ort.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, table  # noqa: E402

ORT_VERSION = "1.30.0"
WORK = os.path.join(ROOT, "bench", ".web_vs_ort")
NOTE = ("SwiftShader WebGPU and WASM on 2 CPU cores: absolute times are a software adapter's; "
        "only the ratios mean anything")
MODELS = ["encoder", "cnn", "mobilenet_v2", "bert_tiny", "vit_tiny"]
# ORT's files a page loads: the module, and the .wasm (and its loader) of the execution provider
ORT_FILES = ["ort.all.min.mjs", "ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm",
             "ort-wasm-simd-threaded.jsep.mjs", "ort-wasm-simd-threaded.jsep.wasm",
             "ort-wasm-simd-threaded.asyncify.mjs", "ort-wasm-simd-threaded.asyncify.wasm"]


def ensure_ort() -> str:
    """onnxruntime-web's dist folder, installed from npm on first use."""
    dist = os.path.join(WORK, "node_modules", "onnxruntime-web", "dist")
    pkg = os.path.join(WORK, "node_modules", "onnxruntime-web", "package.json")
    if not (os.path.exists(pkg) and json.load(open(pkg))["version"] == ORT_VERSION):
        os.makedirs(WORK, exist_ok=True)
        if not os.path.exists(os.path.join(WORK, "package.json")):
            with open(os.path.join(WORK, "package.json"), "w") as f:
                json.dump({"name": "web-vs-ort", "private": True}, f)
        r = subprocess.run(["npm", "install", "--no-audit", "--no-fund", f"onnxruntime-web@{ORT_VERSION}"],
                           cwd=WORK, capture_output=True, text=True, timeout=600)
        if r.returncode:
            raise SystemExit(f"npm install onnxruntime-web@{ORT_VERSION} failed: {r.stderr[-1500:]}")
    return dist


def model_file(name: str) -> str:
    """The ONNX file of a bench model (the browser-sized zoo models exported once, cached)."""
    if name in ("encoder", "cnn", "mlp"):
        return os.path.join(ROOT, "examples", f"{name}.onnx")
    path = os.path.join(WORK, f"{name}.onnx")
    if not os.path.exists(path):
        sys.path.insert(0, os.path.join(ROOT, "examples"))
        import zoo

        os.makedirs(WORK, exist_ok=True)
        with open(path, "wb") as f:
            f.write(zoo.to_onnx(name, small=False))
    return path


def site_for(name: str, dist: str, workdir: str) -> tuple[str, dict]:
    """A folder holding jitc's bundle, ORT's files (links) and the model; the export's summary."""
    from jitc.web.export import export_web

    site = os.path.join(workdir, name)
    model = model_file(name)
    t0 = time.perf_counter()
    summary = export_web(model, site, log=lambda s: None)
    export_s = time.perf_counter() - t0
    os.makedirs(os.path.join(site, "ort"), exist_ok=True)
    for f in ORT_FILES:
        if os.path.exists(os.path.join(dist, f)):
            os.symlink(os.path.join(dist, f), os.path.join(site, "ort", f))
    shutil.copy(model, os.path.join(site, "model.onnx"))
    with open(os.path.join(site, "bench.html"), "w") as f:
        f.write("<!doctype html><meta charset=utf-8><title>jitc vs ORT Web</title>")
    return site, {"export_s": export_s, "summary": summary}


def jitc_bytes(site: str) -> int:
    skip = {"model.onnx", "bench.html", "index.html"}
    return sum(os.path.getsize(os.path.join(site, f)) for f in os.listdir(site)
               if f not in skip and os.path.isfile(os.path.join(site, f)))


def ort_bytes(site: str, backend: str) -> int:
    d = os.path.join(site, "ort")
    wasm = "ort-wasm-simd-threaded.jsep" if backend == "webgpu" else "ort-wasm-simd-threaded"
    if backend == "webgpu" and not os.path.exists(os.path.join(d, wasm + ".wasm")):
        wasm = "ort-wasm-simd-threaded.asyncify"
    files = ["ort.all.min.mjs", wasm + ".wasm", wasm + ".mjs"]
    return sum(os.path.getsize(os.path.realpath(os.path.join(d, f))) for f in files if os.path.exists(os.path.join(d, f))) \
        + os.path.getsize(os.path.join(site, "model.onnx"))


_FEEDS_JS = """
  const raw = %s;
  const T = { float32: Float32Array, int32: Int32Array, int64: BigInt64Array };
  const typed = (v) => v.dtype === "int64" ? BigInt64Array.from(v.data.map(BigInt)) : T[v.dtype].from(v.data);
  // median ms per inference over n batches; a batch repeats the inference for >= 20 ms (a
  // page's clock is coarsened to 0.1 ms unless cross-origin isolated)
  const median = async (fn, n) => {
    let t = performance.now(); await fn(); const one = Math.max(performance.now() - t, 0.005);
    const inner = Math.max(1, Math.ceil(20 / one));
    const ts = [];
    for (let i = 0; i < n; i++) { t = performance.now(); for (let j = 0; j < inner; j++) await fn(); ts.push((performance.now() - t) / inner); }
    ts.sort((a, b) => a - b); return ts[Math.floor(ts.length / 2)]; };
"""

_JITC_JS = """(async () => {
  %s
  localStorage.clear();  // a first visit: no tuning remembered from an earlier page
  const t0 = performance.now();
  const { JitcModel } = await import("./jitc-web.js");
  const model = await JitcModel.load("model.json", { backend: %s, threads: %d });
  const load = performance.now() - t0;
  const inputs = {};
  for (const [k, v] of Object.entries(raw)) inputs[k] = typed(v);
  let t = performance.now();
  const outs = await model.run(inputs);
  const first = performance.now() - t;
  const ms = await median(() => model.run(inputs), %d);
  let tuned = null, report = null;
  if (%d > 0) {
    const r = await model.tune({ budget: %d });
    report = { ms: r.ms, kernels: Object.keys(r.kernels).length, skipped: r.skipped.length,
               changed: Object.values(r.kernels).filter((k) => k.chosen !== 0).length, error: r.error || null };
    if (!r.error) tuned = await median(() => model.run(inputs), %d);
  }
  const res = {};
  for (const [k, v] of Object.entries(outs)) res[k] = Array.from(v.data, Number);
  const backend = model.backend;
  model.dispose();
  return JSON.stringify({ backend, threads: model.threads, load, first, ms, tuned, report, outputs: res });
})()"""

_ORT_JS = """(async () => {
  %s
  const t0 = performance.now();
  const ort = await import("./ort/ort.all.min.mjs");
  ort.env.wasm.wasmPaths = new URL("./ort/", location.href).href;
  ort.env.wasm.numThreads = %d;
  ort.env.wasm.proxy = false;
  const session = await ort.InferenceSession.create("model.onnx", { executionProviders: [%s], graphOptimizationLevel: "all" });
  const load = performance.now() - t0;
  const feeds = {};
  for (const [k, v] of Object.entries(raw)) feeds[k] = new ort.Tensor(v.dtype, typed(v), v.shape);
  const read = async (outs) => { const r = {}; for (const [k, v] of Object.entries(outs)) r[k] = Array.from(await v.getData(), Number); return r; };
  let t = performance.now();
  const outputs = await read(await session.run(feeds));
  const first = performance.now() - t;
  const ms = await median(async () => read(await session.run(feeds)), %d);
  await session.release();
  return JSON.stringify({ load, first, ms, outputs, isolated: self.crossOriginIsolated });
})()"""


def _payload(feeds: dict) -> str:
    return json.dumps({k: {"dtype": str(v.dtype), "shape": list(v.shape), "data": np.asarray(v).ravel().tolist()}
                       for k, v in feeds.items()})


def _check(outputs: dict, want: list, what: str) -> float:
    """Max error over the output's scale; raises when off (a wrong answer's time never counts)."""
    worst = 0.0
    for got, w in zip(outputs.values(), want):
        g = np.asarray(got, np.float64).reshape(w.shape)
        scale = max(1.0, float(np.abs(w).max()))
        err = float(np.abs(g - w).max()) / scale
        if not np.isfinite(err) or err > 2e-3:
            raise RuntimeError(f"{what}: outputs differ from onnxruntime (max error {err:.3g} of the output's scale)")
        worst = max(worst, err)
    return worst


def run_page(browser, site: str, js: str, isolated: bool, timeout: float = 600.0) -> dict:
    """`js` in a fresh tab; once more in another where SwiftShader lost its instance (it does,
    now and then, between tabs)."""
    from jitc.backends.chromium import BrowserError

    for attempt in (0, 1):
        page = browser.open_page(site, "bench.html", isolated=isolated)
        try:
            page.wait_loaded(timeout=60)
            return json.loads(page.eval(js, timeout=timeout))
        except BrowserError as e:
            if attempt or "Instance reference no longer exists" not in str(e):
                raise
        finally:
            browser.close_page(page)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--backends", default="wasm,webgpu")
    ap.add_argument("--budget", type=int, default=5000, help="jitc's in-page tune budget (ms) on WebGPU")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every page this many times in turns (jitc, ORT, jitc, ...); the table shows medians")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "web_vs_ort.json"),
                    help="the results file (a run of some models only: give another name)")
    a = ap.parse_args(argv)
    from jitc.backends.chromium import Chromium, find_chromium
    from jitc.reference import onnxruntime_outputs, random_feeds

    if not find_chromium():
        print("no Chromium: apt-get install chromium (or set JITC_CHROMIUM)")
        return 0
    dist = ensure_ort()
    backends = a.backends.split(",")
    results = {"ort_version": ORT_VERSION, "note": NOTE, "runs": a.runs, "rounds": a.rounds, "budget_ms": a.budget,
               "models": {}}
    rows = [["model", "backend", "jitc load ms", "ORT load ms", "jitc first ms", "ORT first ms", "jitc ms",
             "ORT ms", "jitc/ORT", "jitc tuned ms", "tuned/ORT", "jitc 2 threads ms", "ORT 2 threads ms",
             "2 threads jitc/ORT", "jitc KB", "ORT KB"]]
    work = tempfile.mkdtemp(prefix="jitc-web-vs-ort-")
    with Chromium() as browser:
        adapter = None
        for name in a.models.split(","):
            site, info = site_for(name, dist, work)
            feeds = random_feeds(model_file(name), 0)
            want = onnxruntime_outputs(model_file(name), feeds)
            pre = _FEEDS_JS % _payload(feeds)
            entry = results["models"].setdefault(name, {"export_s": info["export_s"],
                                                        "webgpu_kernels": bool(info["summary"].get("webgpu"))})
            for backend in backends:
                r = {}
                if backend == "webgpu" and not entry["webgpu_kernels"]:
                    r["jitc_error"] = "the bundle has no WebGPU kernels"
                pages = [(key, threads) for key, threads in (("jitc", 1), ("jitc2", 2), ("ort", 1), ("ort2", 2))
                         if threads == 1 or backend == "wasm"]
                seen: dict[str, list[dict]] = {key: [] for key, _ in pages}
                ep = '"webgpu"' if backend == "webgpu" else '"wasm"'
                for _round in range(a.rounds):  # the engines in turns: a slow moment hits both
                    for key, threads in pages:
                        if f"{key}_error" in r:
                            continue
                        try:
                            if key.startswith("jitc"):
                                budget = a.budget if backend == "webgpu" else 0
                                js = _JITC_JS % (pre, json.dumps(backend), threads, a.runs, budget, budget, a.runs)
                            else:
                                js = _ORT_JS % (pre, threads, ep, a.runs)
                            o = run_page(browser, site, js, isolated=threads > 1)
                            if key.startswith("jitc") and o["threads"] != threads:
                                raise RuntimeError(f"asked for {threads} threads, the page ran {o['threads']}")
                            o["err"] = _check(o["outputs"], want, f"{name} {key} {backend} {threads} thread(s)")
                            seen[key].append(o)
                        except Exception as e:  # noqa: BLE001 - report and go on
                            r[f"{key}_error"] = f"{type(e).__name__}: {str(e)[:300]}"
                for key, runs in seen.items():
                    if not runs:
                        continue
                    for k in ("load", "first", "ms", "tuned"):
                        vals = [o[k] for o in runs if isinstance(o.get(k), (int, float))]
                        if vals:
                            r[f"{key}_{k}"] = float(np.median(vals))
                    r[f"{key}_err"] = max(o["err"] for o in runs)
                    r[f"{key}_ms_rounds"] = [o["ms"] for o in runs]
                    if key.startswith("jitc"):
                        r[f"{key}_report"] = runs[-1].get("report")
                    if key == "ort2":
                        r["ort2_isolated"] = runs[-1]["isolated"]
                r["jitc_bytes"], r["ort_bytes"] = jitc_bytes(site), ort_bytes(site, backend)
                entry[backend] = r

                def f(k, d=1):
                    v = r.get(k)
                    return f"{v:.{d}f}" if isinstance(v, (int, float)) else "-"

                ratio = f"{r['jitc_ms'] / r['ort_ms']:.2f}x" if r.get("jitc_ms") and r.get("ort_ms") else "-"
                tratio = f"{r['jitc_tuned'] / r['ort_ms']:.2f}x" if r.get("jitc_tuned") and r.get("ort_ms") else "-"
                ratio2 = f"{r['jitc2_ms'] / r['ort2_ms']:.2f}x" if r.get("jitc2_ms") and r.get("ort2_ms") else "-"
                rows.append([name, backend, f("jitc_load"), f("ort_load"), f("jitc_first"), f("ort_first"),
                             f("jitc_ms", 2), f("ort_ms", 2), ratio, f("jitc_tuned", 2), tratio, f("jitc2_ms", 2), f("ort2_ms", 2), ratio2,
                             f"{r['jitc_bytes'] / 1024:.0f}", f"{r['ort_bytes'] / 1024:.0f}"])
                print(table(rows[:1] + rows[-1:]), flush=True)
                for k in ("jitc_error", "jitc2_error", "ort_error", "ort2_error"):
                    if k in r:
                        print(f"  {name} {backend} {k}: {r[k]}", flush=True)
            if adapter is None:
                try:
                    p = browser.open_page(site, "bench.html")
                    p.wait_loaded(timeout=60)
                    adapter = p.adapter_info()
                    browser.close_page(p)
                except Exception:  # noqa: BLE001
                    adapter = None
                results["adapter"] = adapter
    shutil.rmtree(work, ignore_errors=True)
    print(f"ONNX Runtime Web {ORT_VERSION}; adapter: {adapter}; {NOTE}")
    print("jitc/ORT: latency ratio (< 1: jitc faster); bytes: what the page downloads")
    print(table(rows))
    out = a.out
    with open(out, "w") as fh:
        json.dump(results, fh, indent=1)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
