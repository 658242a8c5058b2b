"""Shared by the benchmarks: timing in a fresh process per engine, so that TVM's spinning
thread pool never slows a peer (numpy, onnxruntime, torch) measured after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "examples"))


def threads() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def median_ms(fn, min_time: float = 0.5, min_repeat: int = 10, warmup: int = 3) -> dict:
    """Median of repeated calls (at least `min_repeat`, at least `min_time` seconds), in ms."""
    for _ in range(warmup):
        fn()
    ts = []
    t_end = time.perf_counter() + min_time
    while len(ts) < min_repeat or time.perf_counter() < t_end:
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1e3)
        if len(ts) > 100000:
            break
    ts.sort()
    n = len(ts)
    return {"median_ms": ts[n // 2], "p10_ms": ts[n // 10], "p90_ms": ts[(9 * n) // 10], "runs": n}


def in_subprocess(script: str, args: list[str], timeout: float = 900) -> dict:
    """Run `python script args...` in a fresh process; its last stdout line is a JSON dict."""
    env = dict(os.environ)
    env.setdefault("TVM_NUM_THREADS", str(threads()))
    r = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=timeout, env=env)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        return {"error": (r.stderr.strip().splitlines() or ["failed"])[-1][:300]}
    return json.loads(lines[-1])


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "-"
    return f"{a / b:.2f}x"


def table(rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def measured_ghz() -> float:
    """This core's clock under load, from a chain of dependent scalar FMAs built with TVM
    (an FMA's latency is 4 cycles on x86 cores since Skylake and Zen): ns per FMA -> GHz."""
    import importlib.util
    import tempfile

    import numpy as np
    import tvm

    n = 50_000_000
    # a serial recurrence, in TVMScript (which parses functions from a source file)
    src = (
        "from tvm.script import tirx as T\n"
        "@T.prim_func\n"
        "def chain(A: T.Buffer((1,), 'float32'), B: T.Buffer((1,), 'float32')):\n"
        "    acc = T.alloc_buffer((1,), 'float32', scope='local')\n"
        "    acc[0] = A[0]\n"
        f"    for i in range({n}):\n"
        "        acc[0] = acc[0] * T.float32(0.999999) + T.float32(1e-7)\n"
        "    B[0] = acc[0]\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    spec = importlib.util.spec_from_file_location("jitc_clock_chain", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    os.unlink(path)
    from jitc.target import host

    lib = tvm.tirx.build(mod.chain, host().tvm_target())
    a = tvm.runtime.tensor(np.ones(1, "float32"))
    b = tvm.runtime.empty((1,), "float32")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        lib(a, b)
        best = min(best, time.perf_counter() - t0)
    return 4.0 / (best / n * 1e9)
