"""`jitc export-web model.onnx -o site/`: the web bundle (jitc.web.export)."""

from __future__ import annotations

import os
import sys

from ..errors import InputError
from ..web.export import export_web
from .args import shapes


def cmd_export_web(a) -> int:

    try:  # before compiling anything: the bundle must have somewhere to go
        os.makedirs(a.output, exist_ok=True)
        probe = os.path.join(a.output, ".jitc-write-test")
        open(probe, "wb").close()
        os.remove(probe)
    except OSError as e:
        raise InputError(f"{a.output}: cannot write the bundle there ({e.strerror})") from None

    m = export_web(a.model, a.output, shapes=shapes(a.shape), candidates=a.candidates, db=a.db,
                   webgpu=not a.no_webgpu, threads=a.threads, log=lambda s: print(s, file=sys.stderr))
    sizes = {f: os.path.getsize(os.path.join(a.output, f)) for f in os.listdir(a.output)}
    n_var = sum(len(k["variants"]) for k in (m["webgpu"] or {"kernels": {}})["kernels"].values())
    print(f"wrote {a.output}/: {len(m['steps'])} kernel calls; WebGPU {'yes' if m['webgpu'] else 'no'} "
          f"({n_var} kernel candidates), WASM fallback"
          f"{' (and threaded: ' + str(a.threads) + ' tasks per parallel loop)' if m['wasm'].get('threads') else ''}; "
          f"{sum(sizes.values()) / 1024:.0f} KiB "
          f"(weights {sizes['weights.bin'] / 1024:.0f} KiB)")
    print(f"serve it: jitc serve-web {a.output}   then open http://localhost:8000/")
    if m["wasm"].get("threads"):
        print("WebAssembly threads need a cross-origin isolated page: serve it with the headers "
              "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp "
              "(`jitc serve-web` does)")
    return 0


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("export-web", help="export a model as a web bundle (WebGPU + WebAssembly)")
    sp.add_argument("model", help="ONNX model file")
    sp.add_argument("-o", "--output", required=True, help="directory to write the bundle into")
    sp.add_argument("--shape", action="append", metavar="NAME=AxB", help="fix a dynamic input dimension")
    sp.add_argument("--candidates", type=int, default=4, help="WebGPU candidates per kernel for in-browser tuning")
    sp.add_argument("--db", default=None,
                    help="kernel database whose WebGPU records (jitc tune --target webgpu) pick the defaults")
    sp.add_argument("--no-webgpu", action="store_true", help="a WebAssembly-only bundle")
    sp.add_argument("--threads", type=int, default=4, metavar="N",
                    help="also ship WebAssembly kernels whose parallel loops split into N tasks, run by a pool "
                         "of workers on a cross-origin isolated page (default 4; 1: single-threaded only)")
    sp.set_defaults(fn=cmd_export_web)

