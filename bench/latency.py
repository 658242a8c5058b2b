"""End-to-end latency of the example models: jitc (default schedules, or a .jitc you give),
onnxruntime (CPU, same thread count) and torch eager, each in its own process, as ratios.

    python bench/latency.py [--models mlp cnn encoder] [--rounds 2]

jitc/ort < 1 means jitc is faster. No target is asserted: this is the baseline tuning moves.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, in_subprocess, median_ms, ratio, table, threads  # noqa: E402

MODELS = ["mlp", "cnn", "encoder"]


def worker(engine: str, model: str, module_path: str | None) -> dict:
    import numpy as np

    onnx_path = os.path.join(ROOT, "examples", f"{model}.onnx")
    rng = np.random.default_rng(0)
    if engine == "jitc":
        import jitc

        m = jitc.load(module_path) if module_path else jitc.compile(onnx_path)
        xs = m.random_inputs(0)
        return median_ms(lambda: m.run(*xs))
    if engine == "onnxruntime":
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads = threads()
        so.inter_op_num_threads = 1
        sess = ort.InferenceSession(onnx_path, so, providers=["CPUExecutionProvider"])
        feeds = {i.name: rng.standard_normal([d for d in i.shape]).astype("float32") for i in sess.get_inputs()}
        return median_ms(lambda: sess.run(None, feeds))
    if engine == "torch":
        import models
        import torch

        torch.set_num_threads(threads())
        module, args = models.MODELS[model]()
        with torch.no_grad():
            return median_ms(lambda: module(*args))
    raise SystemExit(f"unknown engine {engine}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", nargs="+", default=MODELS)
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds; the best median counts")
    ap.add_argument("--module", action="append", default=[], metavar="MODEL=FILE.jitc",
                    help="time this compiled module for MODEL instead of compiling with defaults")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "MODEL"), help=argparse.SUPPRESS)
    ap.add_argument("--module-path", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--json", default=os.path.join(ROOT, "bench", "results", "latency.json"))
    a = ap.parse_args(argv)
    if a.worker:
        print(json.dumps(worker(a.worker[0], a.worker[1], a.module_path)))
        return 0
    modules = dict(m.split("=", 1) for m in a.module)
    engines = ["jitc", "onnxruntime", "torch"]
    best: dict = {}
    for _ in range(a.rounds):
        for model in a.models:
            for engine in engines:
                extra = ["--module-path", modules[model]] if engine == "jitc" and model in modules else []
                r = in_subprocess(__file__, ["--worker", engine, model, *extra])
                key = (model, engine)
                if "error" in r:
                    best.setdefault(key, r)
                elif "median_ms" not in best.get(key, {}) or r["median_ms"] < best[key]["median_ms"]:
                    best[key] = r
    rows = [["model", "jitc ms", "onnxruntime ms", "torch ms", "jitc/ort", "jitc/torch"]]
    for model in a.models:
        ms = {e: best[(model, e)].get("median_ms") for e in engines}
        rows.append([model] + [f"{ms[e]:.3f}" if ms[e] else best[(model, e)].get("error", "-")[:40] for e in engines]
                    + [ratio(ms["jitc"], ms["onnxruntime"]), ratio(ms["jitc"], ms["torch"])])
    print(f"median latency, {threads()} threads, best of {a.rounds} interleaved rounds, one process per measurement")
    print(table(rows))
    os.makedirs(os.path.dirname(a.json), exist_ok=True)
    with open(a.json, "w") as f:
        json.dump({f"{m}/{e}": v for (m, e), v in best.items()}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
