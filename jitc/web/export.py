"""`jitc export-web model.onnx -o site/`: a self-contained bundle a web page loads.

    site/model.json    the manifest: inputs, outputs, buffers (shape, dtype, where each weight
                       lies in weights.bin), the kernel calls in order, per kernel the WebGPU
                       candidates (WGSL and launch data of each dispatch), the WASM exports
    site/weights.bin   every weight, 64-byte aligned
    site/shaders.json.gz  the WGSL of every WebGPU candidate (deduplicated, gzip)
    site/kernels.wasm.gz  the WebAssembly fallback (all kernels, linked; gzip)
    site/kernels-threads.wasm.gz  the same kernels with parallel loops, for a shared memory and
                       a pool of workers (a cross-origin isolated page; `threads` > 1)
    site/jitc-web.js   the runtime: `await JitcModel.load("model.json")`, `await model.run(inputs)`,
                       `await model.tune({budget})`
    site/index.html    an example page: runs the model on random inputs, shows outputs, latency,
                       the backend chosen, and tunes on this device

In-browser tuning: each kernel ships up to `candidates` WebGPU variants, the default first
(the database's best with --db), then the ones measured fastest here and the ones the
WebGPU cost model ranks highest (see `webgpu_variants`); the runtime times them on the
visitor's device and keeps the fastest.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import shutil
import numpy as np

from .. import schedules
from ..build import build, build_candidates
from ..compiler import Lowering, lower
from .. import index_checks
from .narrow_types import NARROWED, narrowed, needs_narrowing
from ..target import wasm_spec, webgpu_spec
from ..version import WEB_FORMAT_VERSION, WEB_KERNEL_ABI, WEB_RUNTIME_VERSION
from ..backends import wasm as wasm_backend
from ..backends import WEB_ASSETS
from ..compiler import open_db
from ..cost_model import strategy_for
from ..errors import ModelError
from ..target import LimitError

ALIGN = 64


def webgpu_variants(low, candidates: int, db=None) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Per kernel: the configs to ship, the default first, each checked against the limits.

    The default is the database's best on this machine's WebGPU adapter when `db` has one (a
    `jitc tune --target webgpu` run), else the rules' default. The alternatives the browser
    times are the configs measured fastest in the database, then the rest of the space in the
    order the WebGPU cost model ranks it (cost_model/pretrained_webgpu.json, or
    $JITC_COST_MODEL), or in the rules' order without one. Returns (variants, how each kernel's
    alternatives were ranked)."""
    strategy = strategy_for(low.target)
    measured: dict[str, list[dict]] = {}
    if db is not None:
        from ..device import device_for

        dev = device_for(low.target)
        for k in low.kernels.values():
            recs = [r for r in db.records(dev, k.key) if r.status == "ok" and r.median_us]
            measured[k.key] = [r.config for r in sorted(recs, key=lambda r: r.median_us)]
    out, ranked_by = {}, {}
    for name, k in low.kernels.items():
        space = schedules.space(k, low.target)
        best = measured.get(k.key, [])
        rest = [c for c in space if c not in best]
        if strategy is not None and strategy.trained and len(rest) > 1:
            rest, ranked_by[name] = strategy.rank(k, rest, low.target), "cost model"
        else:
            ranked_by[name] = "rules"
        if best:
            ranked_by[name] = "database, then " + ranked_by[name]
        order = best[:1] + [schedules.default_config(k, low.target)] + best[1:] + rest
        picked = []
        for cfg in order:
            if len(picked) >= candidates:
                break
            if cfg in picked:
                continue
            try:
                schedules.apply(k, cfg, low.target)  # raises if a limit does not fit
            except schedules.ScheduleError:
                continue
            picked.append(cfg)
        if not picked:
            _, cfg = schedules.schedule(k, low.target)  # raises, naming the kernel and the limit
            picked = [cfg]
        out[name] = picked
    return out, ranked_by


def _webgpu_kernels(low, candidates: int, db, log) -> tuple[dict | None, list[str]]:
    """The manifest's "webgpu" section and the shader table: candidate i of every kernel is
    built in one module; a WGSL source shared by several candidates is stored once."""
    try:
        # WGSL has no 64-bit integers and no bool buffers: kernels on int64 ids, positions and
        # bool masks compute with int32 buffers, and the runtime converts those at the boundary
        # (inputs checked, outputs widened)
        low = Lowering(low.imported, low.target, {n: narrowed(k) if needs_narrowing(k) else k
                                                  for n, k in low.kernels.items()}, low.plan)
        variants, ranked_by = webgpu_variants(low, candidates, open_db(db))
    except (LimitError, schedules.ScheduleError) as e:
        log(f"note: no WebGPU kernels ({e}); the bundle runs on WebAssembly only")
        return None, []
    depth = max(len(v) for v in variants.values())
    kernels = {n: {"variants": [], "ranked_by": ranked_by[n], "kind": k.kind, "key": k.key, "flops": k.flops,
                   "bytes": k.bytes}
               for n, k in low.kernels.items()}
    index: dict[str, int] = {}  # WGSL source -> its place in the shader table
    for i in range(depth):
        built = build_candidates({n: (low.kernels[n], v[i]) for n, v in variants.items() if len(v) > i}, low.target,
                                 full=True)
        if i == 0 and built.errors:  # a default that does not build: no bundle without it
            n, why = next(iter(built.errors.items()))
            raise ModelError(f"{low.imported.source}: kernel {n} does not build for WebGPU: {why[-400:]}")
        for n, lib in built.libs.items():  # (an alternative that does not build is left out)
            dispatches = []
            for d in lib[n]:
                j = d.to_json()
                j["shader"] = index.setdefault(j.pop("wgsl"), len(index))
                dispatches.append(j)
            kernels[n]["variants"].append({"config": variants[n][i], "dispatches": dispatches})
    webgpu = {"kernels": kernels, "limits": low.target.limits, "shaders": "shaders.json.gz",
              "int32_buffers": [i for i, b in enumerate(low.plan.buffers) if b.dtype in NARROWED]}
    return webgpu, sorted(index, key=index.get)


def export_web(model, out_dir: str, shapes=None, constants=None, candidates: int = 4, db=None,
               wasm_configs: dict | None = None, webgpu: bool = True, threads: int = 4, log=print) -> dict:
    """Write the bundle for `model` into `out_dir`; returns the manifest. `db`: a kernel
    database (path or Database) whose WebGPU records pick the default candidates;
    `wasm_configs`: {kernel: config} for the WebAssembly kernels (default: the CPU rules');
    `webgpu=False`: a WebAssembly-only bundle; `threads` > 1: the WebAssembly kernels also
    built with parallel loops split into that many tasks (0 or 1: single-threaded only)."""
    low = lower(model, webgpu_spec(), shapes, None, True, constants)
    # the WebGPU lowering's kernels and plan, for WASM: its index checks assert instead of clamping
    wasm_kernels = {n: (dataclasses.replace(k, func=index_checks.for_cpu(k.func)) if k.meta.get("index_check") else k)
                    for n, k in low.kernels.items()}
    low_wasm = Lowering(low.imported, wasm_spec(), wasm_kernels, low.plan)
    # WebAssembly: the CPU rules for a 128-bit SIMD, one-core target; weights in the layouts they want
    wasm_cfgs = {n: (wasm_configs or {}).get(n) or schedules.default_config(k, low_wasm.target)
                 for n, k in low.kernels.items()}
    wasm_bytes, wplan, wasm_cfgs, _ = build(low_wasm, wasm_cfgs)
    threaded = _threaded_wasm(low, wasm_kernels, wplan, wasm_cfgs, threads, log) if threads > 1 else None
    # WebGPU: candidate i of every kernel built together
    webgpu, shaders = _webgpu_kernels(low, candidates, db, log) if webgpu else (None, [])
    # buffers and weights: the WASM plan's buffers are the WebGPU plan's plus re-laid-out weights
    os.makedirs(out_dir, exist_ok=True)
    params = dict(wplan.params)
    if webgpu:  # WebGPU reads weights in their original layouts: ship those the WASM plan re-laid too
        for b in {b for s in low.plan.steps for b in s.args if b in low.plan.params}:
            params.setdefault(b, low.plan.params[b])
    offsets, blob = {}, bytearray()
    for b in sorted(params):
        pad = (-len(blob)) % ALIGN
        blob += b"\0" * pad
        raw = np.ascontiguousarray(params[b]).tobytes()
        offsets[b] = (len(blob), len(raw))
        blob += raw
    buffers = []
    for i, d in enumerate(wplan.buffers):
        buffers.append({"shape": list(d.shape), "dtype": d.dtype, "nbytes": d.nbytes, "view_of": d.view_of,
                        "kind": d.kind, "name": d.name,
                        "param": {"offset": offsets[i][0], "nbytes": offsets[i][1]} if i in offsets else None})
    key = hashlib.sha256(json.dumps([low.imported.source, [s.to_json() for s in low.imported.inputs],
                                     sorted(low.kernels)], sort_keys=True).encode() + bytes(blob[:4096])).hexdigest()[:16]
    manifest = {
        "format": "jitc-web", "version": WEB_FORMAT_VERSION, "key": key, "source": low.imported.source,
        "runtime": {"version": WEB_RUNTIME_VERSION, "abi": WEB_KERNEL_ABI},
        "index_checks": _index_checks(low),
        "inputs": [dict(s.to_json(), buffer=b) for s, b in zip(low.imported.inputs, low.plan.inputs)],
        "outputs": [dict(s.to_json(), buffer=b) for s, b in zip(low.imported.outputs, low.plan.outputs)],
        "buffers": buffers,
        "steps": [s.to_json() for s in low.plan.steps],
        "weights": "weights.bin",
        "webgpu": webgpu,
        "wasm": {"file": "kernels.wasm.gz", "arena": wasm_backend.WORKSPACE_ARENA,
                 "kernels": {n: f"__tvm_ffi_{n}" for n in low.kernels}, "configs": wasm_cfgs},
    }
    # the WASM steps may read re-laid-out weights: keep their own argument lists
    manifest["wasm"]["steps"] = [s.to_json() for s in wplan.steps]
    if threaded:
        manifest["wasm"]["threads"] = {"file": "kernels-threads.wasm.gz", "tasks": threads,
                                       "memory_pages": wasm_backend.imported_memory_pages(threaded)}
    with open(os.path.join(out_dir, "model.json"), "w") as f:
        json.dump(manifest, f)
    with open(os.path.join(out_dir, "weights.bin"), "wb") as f:
        f.write(bytes(blob))
    # kernels compress about 5x (WGSL: 25x); the runtime inflates them with DecompressionStream
    with open(os.path.join(out_dir, "kernels.wasm.gz"), "wb") as f:
        f.write(gzip.compress(wasm_bytes, 9, mtime=0))
    if threaded:
        with open(os.path.join(out_dir, "kernels-threads.wasm.gz"), "wb") as f:
            f.write(gzip.compress(threaded, 9, mtime=0))
    if webgpu:
        with open(os.path.join(out_dir, "shaders.json.gz"), "wb") as f:
            f.write(gzip.compress(json.dumps(shaders).encode(), 9, mtime=0))
    for stale in ("kernels.wasm",) + (() if webgpu else ("shaders.json.gz",)) + (() if threaded else ("kernels-threads.wasm.gz",)):  # left by earlier exports
        if os.path.exists(os.path.join(out_dir, stale)):
            os.remove(os.path.join(out_dir, stale))
    assets = WEB_ASSETS
    for name in ("jitc-web.js", "index.html"):
        shutil.copy(os.path.join(assets, name), os.path.join(out_dir, name))
    return manifest


def _threaded_wasm(low, wasm_kernels: dict, wplan, configs: dict, threads: int, log) -> bytes | None:
    """The WebAssembly kernels again, for `threads` tasks per parallel loop, with the configs of
    the single-threaded build (so both read the same weight layouts: one weights.bin). None,
    with a line in the log, when the layouts came out different."""
    low_mt = Lowering(low.imported, wasm_spec(threads), wasm_kernels, low.plan)
    wasm, plan, _, _ = build(low_mt, configs)
    same = ([(b.shape, b.dtype, b.view_of) for b in plan.buffers] == [(b.shape, b.dtype, b.view_of) for b in wplan.buffers]
            and [s.to_json() for s in plan.steps] == [s.to_json() for s in wplan.steps])
    if not same:
        log("threaded WebAssembly kernels left out: their weight layouts differ from the single-threaded ones")
        return None
    return wasm


def _index_checks(low) -> dict:
    """{kernel: {what, bounds, last}} of the model's index checks, for the runtime's errors."""
    out = {}
    for name, k in low.kernels.items():
        check = k.meta.get("index_check")
        if check:
            bounds, last = index_checks.parse_bounds(check["bounds"])
            out[name] = {"what": check["what"], "bounds": list(bounds), "last": last}
    return out
