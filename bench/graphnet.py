"""GraphNet samples on the CPU: jitc against torch eager and TorchInductor.

bench/graphnet/samples/ holds 66 computer-vision and NLP graphs from PaddlePaddle/GraphNet
(MIT license: bench/graphnet/LICENSE; upstream commit in UPSTREAM_COMMIT), vendored: the
TorchDynamo-captured `GraphModule` of each model (model.py, which takes the parameters as
inputs) and the recorded statistics of every input (weight_meta.py). Nothing is fetched.

Each sample runs in its own worker process with a timeout: inputs replayed as GraphNet's
harness does (integers uniform in their recorded range, recorded data as is, floats normal
around the recorded mean with a fifth of the recorded spread, clamped to the recorded range),
then torch eager, jitc (parameters and buffers compiled in as constants, as
`torch.compile(backend="jitc")` does), and TorchInductor (`--inductor`). Reported: the share
that compiles, the share correct, the speedup distribution (eager time / jitc time), and
GraphNet's Speedup Score S(t): the geometric mean over samples of the speedup, or 0.1 for a
sample that fails to compile, run, or match eager within the tolerance of level t (float32:
atol 10^(1.1772 t), rtol 10^t).

    python bench/graphnet.py [--samples N] [--inductor] [--jit 30s] [--timeout 600]

--jit BUDGET: also the just-in-time path a torch.compile(backend="jitc") user gets (jitc.jit
with that budget, an empty kernel database), timed as a user times it: right after compile
returns (calls back to back, so the tuner gets no idle time), then once it has tuned in idle
time (the calls stop until the budget is used). Reported beside the budget-0 `jitc` column as
`jit_now` and `jit_tuned`.

Writes bench/results/graphnet.json.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import os
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLES = os.path.join(HERE, "graphnet", "samples")
sys.path.insert(0, HERE)


def samples() -> list[str]:
    out = []
    for src in sorted(os.listdir(SAMPLES)):
        for name in sorted(os.listdir(os.path.join(SAMPLES, src))):
            if os.path.exists(os.path.join(SAMPLES, src, name, "model.py")):
                out.append(f"{src}/{name}")
    return out


def category(sample: str) -> str:
    path = os.path.join(SAMPLES, sample, "graph_net.json")
    try:
        tag = json.load(open(path)).get("heuristic_tag", "")
    except (OSError, ValueError):
        tag = ""
    if "vision" in tag:
        return "CV"
    if "language" in tag or "nlp" in tag:
        return "NLP"
    return "CV" if sample.split("/")[0] in ("torchvision", "timm") else "NLP"


def _module(path: str, name: str, device: str | None = None, scalars: dict | None = None):
    """The module at `path`; with `device`, the graph's hard-coded CUDA devices (captured on a
    GPU) become `device`, as GraphNet's harness does on another device. `scalars`: {forward
    argument: value} of 0-d hyper-parameters (a dropout's p, a norm's eps) whose `.item()`
    reads become their recorded values (as inputs, torch.export cannot know them: it stops at
    the data-dependent guard `p < 0`)."""
    import types

    src = open(path).read()
    for arg, value in (scalars or {}).items():
        for alias in {arg, "l" + arg[1:] if arg.startswith("L_") else arg}:
            src = re.sub(rf"\b{re.escape(alias)}\.item\(\)", repr(value), src)
    if device:
        src = re.sub(r"""device\(type=["']cuda["'](, index=\d+)?\)""", f'device(type="{device}")', src)
        src = re.sub(r"""(["'])cuda(:\d+)?\1""", f'"{device}"', src)
    mod = types.ModuleType(name)
    mod.__file__ = path
    exec(compile(src, path, "exec"), mod.__dict__)
    return mod


def load(sample: str, seed: int = 0):
    """(GraphModule, [argument in forward order], {name: meta}) with inputs replayed from the
    recorded statistics."""
    import torch

    d = os.path.join(SAMPLES, sample)
    metas = {}
    for f in ("weight_meta.py", "input_meta.py"):
        if os.path.exists(os.path.join(d, f)):
            for _, cls in inspect.getmembers(_module(os.path.join(d, f), "graphnet_meta"), inspect.isclass):
                attrs = {k: v for k, v in vars(cls).items() if not k.startswith("__")}
                if "name" in attrs:
                    metas[attrs["name"]] = attrs
    src = open(os.path.join(d, "model.py")).read()
    scalars = {n: _scalar(m) for n, m in metas.items() if not list(m.get("shape", [1])) and m.get("data") is not None
               and re.search(rf"\b(?:{re.escape(n)}|l{re.escape(n[1:])})\.item\(\)", src)}
    gm = _module(os.path.join(d, "model.py"), "graphnet_model", device="cpu", scalars=scalars).GraphModule().eval()
    gm.specialized = set(scalars)  # forward arguments no longer read
    g = torch.Generator().manual_seed(seed)
    args = []
    for pname in list(inspect.signature(gm.forward).parameters):
        m = metas[pname]
        dtype = getattr(torch, str(m.get("dtype", "torch.float32")).split(".")[-1])
        shape = list(m.get("shape", []))
        lo, hi = m.get("min_val"), m.get("max_val")
        if m.get("data") is not None:
            t = torch.tensor(m["data"], dtype=dtype).reshape(shape)
        elif not dtype.is_floating_point and dtype != torch.bool and lo is not None and hi is not None:
            t = torch.randint(int(lo), int(hi) + 1, shape, dtype=dtype, generator=g)
        elif dtype == torch.bool:
            t = torch.rand(shape, generator=g) > 0.5
        else:
            mean = m.get("mean") if m.get("mean") is not None else 0.0
            std = m.get("std") if m.get("std") is not None else 0.1
            t = (torch.randn(shape, generator=g) * (std * 0.2) + mean).to(dtype) if std else torch.full(shape, mean, dtype=dtype)
            if lo is not None:
                t = t.clamp(min=lo)
            if hi is not None:
                t = t.clamp(max=hi)
            if dtype.is_floating_point:
                t = torch.where(torch.isfinite(t), t, torch.zeros_like(t)).clamp(-100, 100)
        if not shape and not dtype.is_floating_point and m.get("data") is not None and "Sym" in str(
                inspect.signature(gm.forward).parameters[pname].annotation):
            t = int(t.reshape(-1)[0]) if t.numel() else 0  # a SymInt argument
        args.append(t)
    return gm, args


def _scalar(meta: dict):
    """A 0-d hyper-parameter's recorded value as a Python number of its dtype."""
    v = meta["data"]
    v = v[0] if isinstance(v, (list, tuple)) else v
    return float(v) if "float" in str(meta.get("dtype", "float")) else int(v)


def _flat(out) -> list:
    import torch

    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, (list, tuple)):
        return [t for o in out for t in _flat(o)]
    return []


def _time(fn, min_time: float = 1.0) -> float:
    from common import median_ms

    return median_ms(fn, min_time=min_time, min_repeat=5, warmup=2)["median_ms"]


def worker(sample: str, inductor: bool, jit_budget: str | None = None) -> dict:
    import torch

    torch.set_num_threads(len(os.sched_getaffinity(0)))
    res = {"sample": sample, "category": category(sample)}
    gm, args = load(sample)
    specialized = gm.specialized
    with torch.no_grad():
        ref = [t.detach().float().numpy() for t in _flat(gm(*args))]
        res["eager_ms"] = _time(lambda: gm(*args))
    res["outputs"] = len(ref)
    # jitc: parameters and buffers (and SymInts) compiled in as constants
    import jitc
    from jitc.torch_backend import _bind_constants

    # (and the hyper-parameters whose .item() reads load() made their values: now unused)
    static = {i: a for i, (n, a) in enumerate(zip(inspect.signature(gm.forward).parameters, args))
              if not isinstance(a, torch.Tensor) or "_parameters_" in n or "_buffers_" in n or n in specialized}
    user = tuple(a for i, a in enumerate(args) if i not in static)
    t0 = time.perf_counter()
    try:
        m = jitc.compile(_bind_constants(gm, static), example_inputs=user, db=None)
    except Exception as e:  # noqa: BLE001 - the failure is the result
        res["jitc"] = {"status": "compile_fail", "error": f"{type(e).__name__}: {str(e).strip()[:300]}"}
    else:
        res["jitc"] = {"compile_s": time.perf_counter() - t0}
        try:
            got = m.run(*[u.numpy() for u in user])
            res["jitc"]["ms"] = _time(lambda: m.run(*[u.numpy() for u in user]))
            res["jitc"].update(_compare(got, ref))
        except Exception as e:  # noqa: BLE001
            res["jitc"].update(status="runtime_fail", error=f"{type(e).__name__}: {str(e).strip()[:300]}")
        del m
    if jit_budget and res["jitc"].get("status") == "ok":
        import gc
        import tempfile

        gc.collect()
        db = os.path.join(tempfile.mkdtemp(prefix="jitc-graphnet-"), "kernels.db")
        mj = jitc.jit(_bind_constants(gm, static), example_inputs=user, budget=jit_budget, db=db)
        feeds = [u.numpy() for u in user]
        now_ms = _time(lambda: mj.run(*feeds))  # right after compile returned, back to back
        mj.wait(600)  # idle: the tuner works
        got = mj.run(*feeds)
        res["jit_now"] = {"status": "ok", "ms": now_ms, "min_tolerance": res["jitc"]["min_tolerance"]}
        res["jit_tuned"] = {"ms": _time(lambda: mj.run(*feeds)), **_compare(got, ref),
                            "idle_s": mj.stats()["idle_seconds_used"], "swaps": mj.stats()["swaps"]}
        mj.close()
    if inductor:
        t0 = time.perf_counter()
        try:
            c = torch.compile(gm)
            with torch.no_grad():
                got = [t.detach().float().numpy() for t in _flat(c(*args))]
            res["inductor"] = {"compile_s": time.perf_counter() - t0}
            with torch.no_grad():
                res["inductor"]["ms"] = _time(lambda: c(*args))
            res["inductor"].update(_compare(got, ref))
        except Exception as e:  # noqa: BLE001
            res["inductor"] = {"status": "compile_fail", "error": f"{type(e).__name__}: {str(e).strip()[:300]}"}
    return res


def _compare(got, ref) -> dict:
    got = [np.asarray(g, np.float32) for g in got]
    if len(got) != len(ref) or any(g.shape != r.shape for g, r in zip(got, ref)):
        return {"status": "runtime_fail", "error": "outputs differ in number or shape"}
    if any(not np.isfinite(g).all() and np.isfinite(r).all() for g, r in zip(got, ref)):
        return {"status": "runtime_fail", "error": "NaN or Inf where eager has numbers"}
    # the largest tolerance level each output needs: |g - r| <= atol + rtol |r| at level t
    worst = -math.inf
    for g, r in zip(got, ref):
        ok = np.isfinite(r)
        if not ok.any():
            continue
        for t in range(-10, 3):
            atol, rtol = 10 ** (t * 5.886 / 5), 10 ** t
            if np.all(np.abs(g[ok] - r[ok]) <= atol + rtol * np.abs(r[ok])):
                worst = max(worst, t)
                break
        else:
            worst = max(worst, 3)
    scale = max((float(np.abs(r[np.isfinite(r)]).max()) for r in ref if np.isfinite(r).any()), default=1.0)
    err = max((float(np.abs(g - r)[np.isfinite(r)].max()) for g, r in zip(got, ref) if np.isfinite(r).any()),
              default=0.0)
    return {"status": "ok", "min_tolerance": worst, "rel_error": err / (scale or 1.0)}


def s_score(results: list[dict], engine: str, t: int, b: float = 0.1) -> float:
    """GraphNet's S(t): geometric mean of the speedups, b for a failed or inaccurate sample."""
    logs = []
    for r in results:
        e = r.get(engine) or {}
        if e.get("status") == "ok" and e.get("min_tolerance", 99) <= t and e.get("ms"):
            logs.append(math.log(r["eager_ms"] / e["ms"]))
        else:
            logs.append(math.log(b))
    return math.exp(sum(logs) / len(logs)) if logs else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=0, help="only the first N samples")
    ap.add_argument("--only", default="", help="comma-separated sample names")
    ap.add_argument("--inductor", action="store_true", help="also TorchInductor (its C++ compile takes minutes)")
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--jit", default=None, metavar="BUDGET", help="also jitc.jit: right after compile, and tuned")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker, a.inductor, a.jit)))
        return 0
    names = [s for s in samples() if not a.only or s in a.only.split(",")]
    if a.samples:
        names = names[: a.samples]
    results = []
    for i, s in enumerate(names):
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", s] + (["--inductor"] if a.inductor else []) \
            + (["--jit", a.jit] if a.jit else [])
        t0 = time.perf_counter()
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
            lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
            res = json.loads(lines[-1]) if lines else {
                "sample": s, "category": category(s), "error": (r.stderr.strip().splitlines() or ["?"])[-1][:300]}
        except subprocess.TimeoutExpired:
            res = {"sample": s, "category": category(s), "error": f"timeout after {a.timeout:.0f} s"}
        res["wall_s"] = time.perf_counter() - t0
        results.append(res)
        j = res.get("jitc") or {}
        sp = f"{res['eager_ms'] / j['ms']:.2f}x" if j.get("ms") and res.get("eager_ms") else "-"
        ind = res.get("inductor") or {}
        isp = f"{res['eager_ms'] / ind['ms']:.2f}x" if ind.get("ms") and res.get("eager_ms") else ind.get("status", "")
        print(f"[{i + 1}/{len(names)}] {s}: jitc {j.get('status', 'error')} {sp} "
              f"{j.get('error') or res.get('error') or ''}"[:240] + (f" | inductor {isp}" if a.inductor else ""),
              file=sys.stderr, flush=True)
        with open(os.path.join(ROOT, "bench", "results", "graphnet.partial.json"), "w") as f:
            json.dump(results, f, indent=1)  # what a run stopped midway has measured
    out = os.path.join(ROOT, "bench", "results", "graphnet.json")
    if (a.only or a.samples) and os.path.exists(out):  # a subset rerun replaces its samples' rows
        old = {r["sample"]: r for r in json.load(open(out))}
        old.update({r["sample"]: r for r in results})
        results = [old[s] for s in samples() if s in old]
    report(results, a.inductor, bool(a.jit))
    with open(out, "w") as f:
        json.dump(results, f, indent=1)
    return 0


def report(results: list[dict], inductor: bool, jit: bool = False) -> None:
    engines = ["jitc"] + (["jit_now", "jit_tuned"] if jit else []) + (["inductor"] if inductor else [])
    n = len(results)
    print(f"{n} GraphNet samples ({sum(r['category'] == 'CV' for r in results)} CV, "
          f"{sum(r['category'] == 'NLP' for r in results)} NLP), CPU, {len(os.sched_getaffinity(0))} threads")
    for e in engines:
        comp = [r for r in results if (r.get(e) or {}).get("compile_s") is not None
                or (e.startswith("jit_") and r.get(e))]
        ok = [r for r in comp if (r.get(e) or {}).get("status") == "ok" and r[e].get("min_tolerance", 99) <= -3]
        sp = sorted(r["eager_ms"] / r[e]["ms"] for r in ok if r[e].get("ms"))
        q = (lambda p: sp[min(len(sp) - 1, int(p * len(sp)))]) if sp else (lambda p: float("nan"))
        print(f"{e}: compiles {len(comp)}/{n} ({100 * len(comp) / max(n, 1):.0f}%), correct at t=-3 "
              f"{len(ok)}/{n} ({100 * len(ok) / max(n, 1):.0f}%); speedup over eager of the correct ones: "
              f"min {q(0):.2f}x, p25 {q(0.25):.2f}x, median {q(0.5):.2f}x, p75 {q(0.75):.2f}x, max {q(1.0):.2f}x; "
              + ", ".join(f"S({t}) {s_score(results, e, t):.3f}" for t in (-5, -3, -1)))
        for cat in ("CV", "NLP"):
            sub = [r for r in results if r["category"] == cat]
            if sub:
                print(f"  {cat}: S(-3) {s_score(sub, e, -3):.3f} over {len(sub)} samples")
    fails: dict = {}
    for r in results:
        j = r.get("jitc") or {}
        if j.get("status") not in ("ok", None) or r.get("error"):
            key = (j.get("error") or r.get("error") or "?").split(":")[0][:80]
            fails.setdefault(key, []).append(r["sample"])
    for k, v in sorted(fails.items(), key=lambda kv: -len(kv[1])):
        print(f"  jitc failure {k!r}: {len(v)} ({', '.join(x.split('/')[-1] for x in v[:4])}{' ...' if len(v) > 4 else ''})")


if __name__ == "__main__":
    sys.exit(main())
